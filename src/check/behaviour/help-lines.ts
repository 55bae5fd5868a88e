/** One line of `commands help` output: `    usage, description`, split where Dokku splits it. */
export interface HelpLine {
  raw: string;
  hasComma: boolean;
  /** Text before the first comma: the column `dokku help` shows as the usage. */
  usage: string;
  /** The first word of the usage: `name` or `name:command`. */
  command: string;
  args: string[];
}

export function parseHelpLines(output: string): HelpLine[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((raw) => {
      const comma = raw.indexOf(',');
      const usage = (comma === -1 ? raw : raw.slice(0, comma)).trim();
      const [command = '', ...args] = usage.split(/\s+/);
      return { raw, hasComma: comma !== -1, usage, command, args };
    });
}

/** Brackets left open in the usage column mean a comma inside the usage split the line too early. */
export function usageSplitEarly(line: HelpLine): boolean {
  const count = (character: string): number => line.usage.split(character).length - 1;
  return line.hasComma && (count('[') !== count(']') || count('<') !== count('>'));
}

/** Whether the command takes the app first (`<app>` or `[<app>]`), and so must honour --app too. */
export function isAppScoped(line: HelpLine): boolean {
  return /^\[?<app(?:[-_]?name)?>\]?$/i.test(line.args[0] ?? '');
}

/** Whether a help line describes a command of the plugin NAME (`NAME` or `NAME:…`). */
export function belongsTo(line: HelpLine, name: string): boolean {
  return line.command === name || line.command.startsWith(`${name}:`);
}
