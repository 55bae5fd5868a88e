import type { InputProblem } from './input-error.js';

/**
 * The longest plugin, command, property and add-on name, in characters (their patterns allow only ASCII, so
 * also in bytes). Names become file and directory names, and each must fit NAME_MAX, 255 bytes on Linux file
 * systems. The longest made from a name is bats's link to a command's test file in its temp directory,
 * `N-command-NAME.bats.source_file` (about 30 bytes besides the name); others are `dokku-NAME`,
 * `dokku-addon-NAME` and Dokku's own `config/PLUGIN/APP/PROPERTY`. 64 keeps every one of them under 100
 * bytes, and is well beyond any name Dokku's own plugins and commands use (the longest are under 25).
 */
export const NAME_LIMIT = 64;

/** Why `name`, given with `what` ("a plugin name", "an add-on name", …), is too long; undefined when it is not. */
export function nameLengthProblem(name: string, what: string): string | undefined {
  if (name.length <= NAME_LIMIT) {
    return undefined;
  }
  return `"${name.slice(0, 24)}…" is ${name.length} characters long; ${what} may have at most ${NAME_LIMIT}, so that every file made from it fits the file system's 255-byte limit: shorten it`;
}

/** What Node makes of bytes in argv (or on stdin) that are not UTF-8: each becomes U+FFFD. */
const REPLACEMENT_CHARACTER = '\ufffd';

/**
 * One problem for each flag whose text holds U+FFFD. Node has already replaced the invalid bytes, so
 * anything written from that text would differ from what the user typed.
 */
export function invalidUtf8Problems(fields: Array<[flag: string, value: string | string[] | undefined]>): InputProblem[] {
  return fields
    .filter(([, value]) => [value ?? []].flat().some((text) => text.includes(REPLACEMENT_CHARACTER)))
    .map(([flag]) => ({
      flag,
      message: `is not valid UTF-8: bytes that are not UTF-8 reach the generator as U+FFFD (${REPLACEMENT_CHARACTER}); give the text in UTF-8 (check the terminal's encoding, for example LANG=C.UTF-8)`,
    }));
}

/**
 * All problems, with those of a flag whose text is not valid UTF-8 replaced by that one problem: whatever
 * else it breaks comes from the replaced bytes.
 */
export function withUtf8ProblemsFirst(utf8: InputProblem[], others: InputProblem[]): InputProblem[] {
  const flags = new Set(utf8.map((problem) => problem.flag));
  return [...utf8, ...others.filter((problem) => !flags.has(problem.flag))];
}

/** `--directory ''` would write into the current directory, which the user did not ask for. */
export function emptyDirectoryProblem(directory: string | undefined, example: string): InputProblem | undefined {
  if (directory === undefined || directory.trim() !== '') {
    return undefined;
  }
  return { flag: '--directory', message: `is empty; give the directory to write to, such as --directory ${example} (or leave --directory out for ./${example}; use --directory . for the current one)` };
}
