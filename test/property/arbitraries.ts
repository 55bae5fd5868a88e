import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { REPO_ROOT } from '../support/paths.js';
import { anyText, RawBytes, validText, withoutRefusedCharacters, type Word } from './text.js';

/**
 * Random generator inputs. Each spec is drawn from valid parts and then, about one time in four, broken on
 * purpose, so both the accepted and the refused paths are exercised. `expect` says what an independent
 * reader of the README's rules expects: `accept` (every part follows the documented rules), `refuse`
 * (a part breaks one), or `either` (the rules leave it open, e.g. names that collide only in Go, very
 * long names or invalid UTF-8, which may be refused or warned about).
 */
export type Expectation = 'accept' | 'refuse' | 'either';

export interface DirectorySetup {
  /** `out`: a fresh path; `empty`: `--directory ''`; `file`: a file; `below-file`: a path below a file. */
  kind: 'out' | 'empty' | 'file' | 'below-file';
}

export interface PluginSpec {
  kind: 'plugin';
  lang: 'bash' | 'go';
  name: string;
  description: Word | undefined;
  author: Word | undefined;
  version: string | undefined;
  commands: Word[];
  triggers: string[];
  properties: Word[];
  defaultCommand: string | undefined;
  /** Flags added by a mutation (e.g. `--scheme=redis` on a plugin). */
  extra: Word[];
  directory: DirectorySetup;
  expect: Expectation;
  /** What was broken on purpose, for the report of a failure. */
  broken: string[];
}

export interface AddonSpec {
  kind: 'addon';
  name: string;
  description: Word | undefined;
  scheme: string;
  perApp: boolean;
  dumpRestore: boolean;
  extra: Word[];
  directory: DirectorySetup;
  expect: Expectation;
  broken: string[];
}

export type Spec = PluginSpec | AddonSpec;

/** Shell keywords, Go keywords and predeclared Go names: each must work as a plugin, command or property name. */
export const KEYWORDS = ['do', 'done', 'fi', 'then', 'else', 'elif', 'esac', 'case', 'in', 'for', 'while', 'until',
  'if', 'function', 'select', 'time', 'coproc', 'func', 'type', 'var', 'range', 'map', 'chan', 'package', 'import',
  'return', 'break', 'continue', 'struct', 'interface', 'switch', 'const', 'defer', 'fallthrough', 'goto', 'go',
  'string', 'error', 'len', 'nil', 'true', 'false', 'main', 'init', 'os', 'fmt', 'args', 'err', 'ctx'];

/** Names built to collide in Go (`a-1`, `a1`, `a_1` give one identifier), which makes a spec "either". */
const COLLIDING = ['a-1', 'a1', 'a_1', 'err', 'err-value', 'err_value', 'x-y', 'xy'];
/** Names the generated code once used for its own locals: a user's argument must never collide with ours. */
const INTERNAL = ['cmd', 'positional', 'operands', 'argument', 'flag', 'arg', 'i', 'rest'];

/** Plugin-name prefixes no core plugin or dispatcher alias starts with, so random names stay valid. */
const SAFE_START = ['q', 'x', 'z', 'w', 'j'];

const CATALOG = JSON.parse(readFileSync(path.join(REPO_ROOT, 'catalog/triggers.json'), 'utf8')) as Array<{ name: string; coreOnly: boolean }>;
/** Triggers a community plugin may implement, read from the shipped catalog (data, not the code under test). */
export const PLUGIN_TRIGGERS = CATALOG.filter((entry) => !entry.coreOnly).map((entry) => entry.name);
const CORE_ONLY_TRIGGERS = CATALOG.filter((entry) => entry.coreOnly).map((entry) => entry.name);

const simpleName = fc.tuple(fc.constantFrom(...SAFE_START), fc.stringMatching(/^[a-z0-9]{0,6}$/), fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { maxLength: 2 }))
  .map(([start, rest, parts]) => [`${start}${rest}`, ...parts].join('-'));

export const pluginName = fc.oneof({ weight: 3, arbitrary: simpleName }, { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS) });

/** Argument and flag names; `normal` ones never collide by construction, the colliding pool may. */
const argName = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3})?$/) },
  { weight: 2, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...COLLIDING) },
  { weight: 1, arbitrary: fc.constantFrom(...INTERNAL) },
);

type Shape = 'required' | 'optional' | 'variadic' | 'optional-variadic' | 'flag';

/** Go turns `a-1`, `a_1` and `a1` into one identifier; so do the generated code's own names. */
function goKey(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase();
}

export interface CommandDraft {
  line: string;
  name: string;
  /** The names of its arguments and flags collide in Go or with generated names. */
  risky: boolean;
}

/** `name [<app>|<app>] args..., description` with every argument shape, in an order the rules allow. */
export function command(plugin: string): fc.Arbitrary<CommandDraft> {
  const name = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,7}(-[a-z0-9]{1,4})?$/) }, { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS, 'a-1', 'a1') })
    .filter((candidate) => !['help', 'default', 'report', 'set'].includes(candidate));
  const item = fc.record({ label: argName, shape: fc.constantFrom<Shape>('required', 'optional', 'variadic', 'optional-variadic', 'flag', 'flag') });
  return fc.record({
    name,
    qualified: fc.boolean(),
    app: fc.constantFrom('', '<app>', '[<app>]'),
    items: fc.uniqueArray(item, { maxLength: 5, selector: (entry) => entry.label.replace(/-/g, '_') }),
    flagSlots: fc.array(fc.nat(), { maxLength: 5 }),
    description: validText(4),
  }).map(({ name: commandName, qualified, app, items, flagSlots, description }) => {
    const usable = items.filter((entry) => entry.label !== 'app');
    const required = usable.filter((entry) => entry.shape === 'required').map((entry) => `<${entry.label}>`);
    const optional = usable.filter((entry) => entry.shape === 'optional').map((entry) => `[<${entry.label}>]`);
    const variadic = usable.find((entry) => entry.shape === 'variadic' || entry.shape === 'optional-variadic');
    let tail: string[] = [];
    if (variadic) {
      tail = [variadic.shape === 'variadic' && optional.length === 0 ? `<${variadic.label}>...` : `[<${variadic.label}>...]`];
    }
    const positional = [...required, ...optional, ...tail];
    const words = [...positional];
    usable.filter((entry) => entry.shape === 'flag').forEach((entry, index) => {
      const at = (flagSlots[index] ?? 0) % (words.length + 1);
      // Flags are written with "-" only (`[--a-1]`); "_" is for argument names.
      words.splice(at, 0, `[--${entry.label.replace(/_/g, '-')}]`);
    });
    const keys = [commandName, ...usable.map((entry) => entry.label)].map(goKey);
    const risky = new Set(keys.slice(1)).size !== keys.length - 1 || usable.some((entry) => entry.label.startsWith('err'));
    const head = qualified ? `${plugin}:${commandName}` : commandName;
    return { line: [head, app, ...words].filter((word) => word !== '').join(' ') + `, ${description}`, name: commandName, risky };
  });
}

const version = fc.oneof(
  fc.constant(undefined),
  fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.constantFrom('', '-rc.1', '-alpha', '+build.7')).map(([a, b, c, suffix]) => `${a}.${b}.${c}${suffix}`),
);

const property = fc.record({
  name: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,3})?$/), fc.constantFrom(...KEYWORDS)),
  value: fc.option(fc.oneof(
    anyText(3).map(withoutRefusedCharacters),
    fc.constantFrom('-n', '-e', '-E', 'x\\ny', '\\x41', 'redis:7', '', '=', 'a=b', ' padded '),
  // A trailing :app or :global would be read as the scope, not as part of the default.
  ).map((text) => (/:(app|global)$/.test(text) ? `${text}.` : text)), { nil: undefined }),
}, { requiredKeys: ['name'] });

/**
 * Keys whose report flags or JSON keys meet: `global-x` or `computed-x` next to `x`, and `NAME-x` next to `x`
 * (the unprefixed JSON key of one is the prefixed key of the other), and any key of a plugin named `global` or
 * `computed`, whose legacy JSON key meets its own global or computed row. Such specs are refused.
 */
function reportNamesClash(pluginName: string, keys: string[]): boolean {
  const plugin = pluginName.trim().replace(/^dokku-/, '');
  return (keys.length > 0 && ['global', 'computed'].includes(plugin))
    || keys.some((key) => keys.some((other) => [`global-${other}`, `computed-${other}`, `${plugin}-${other}`].includes(key)));
}

/** A plugin spec the rules accept, or `either` when its names collide in Go. */
export function validPlugin(lang?: 'bash' | 'go'): fc.Arbitrary<PluginSpec> {
  return fc.record({
    lang: lang ? fc.constant(lang) : fc.constantFrom<'bash' | 'go'>('bash', 'go'),
    name: pluginName,
    description: fc.option(validText(), { nil: undefined }),
    author: fc.option(validText(3), { nil: undefined }),
    version,
    triggers: fc.uniqueArray(fc.constantFrom(...PLUGIN_TRIGGERS), { maxLength: 5 }),
    properties: fc.uniqueArray(property, { maxLength: 3, selector: (entry) => entry.name }),
    defaultPick: fc.option(fc.nat(), { nil: undefined }),
  }).chain((base) => fc.uniqueArray(command(base.name), { maxLength: 4, selector: (entry) => entry.name }).map((commands): PluginSpec => {
    const propertyKeys = base.properties.map((entry) => goKey(entry.name));
    const commandKeys = commands.map((entry) => goKey(entry.name));
    const risky = commands.some((entry) => entry.risky) || new Set(commandKeys).size !== commandKeys.length
      || new Set(propertyKeys).size !== propertyKeys.length || reportNamesClash(base.name, base.properties.map((entry) => entry.name));
    const chosen = base.defaultPick === undefined || commands.length === 0 ? undefined : commands[base.defaultPick % commands.length];
    return {
      kind: 'plugin',
      lang: base.lang,
      name: base.name,
      description: base.description,
      author: base.author,
      version: base.version,
      commands: commands.map((entry) => entry.line),
      triggers: base.triggers,
      properties: base.properties.map((entry) => (entry.value === undefined ? entry.name : `${entry.name}=${entry.value}`)),
      defaultCommand: chosen?.name,
      extra: [],
      directory: { kind: 'out' },
      expect: risky ? 'either' : 'accept',
      broken: [],
    };
  }));
}

type Mutation = (spec: PluginSpec) => fc.Arbitrary<PluginSpec>;

const refuse = (spec: PluginSpec, broken: string, change: Partial<PluginSpec>, expect: Expectation = 'refuse'): PluginSpec => ({
  ...spec, ...change, broken: [...spec.broken, broken], expect: spec.expect === 'refuse' || expect === 'refuse' ? 'refuse' : 'either',
});

/** Ways to break a valid plugin spec; each breaks one documented rule (or, marked `either`, tests a limit). */
const PLUGIN_MUTATIONS: Mutation[] = [
  (spec) => fc.constantFrom('Bad', 'apps', 'help', 'report', 'a--b', '-x', '9lives', 'x y', 'a:b', '').map((name) => refuse(spec, `name ${JSON.stringify(name)}`, { name })),
  (spec) => fc.constantFrom('', '  ', 'a,b', 'line\nbreak', 'tab\there', 'nul\u0001').map((description) => refuse(spec, 'description', { description })),
  (spec) => fc.constantFrom('', '\n').map((author) => refuse(spec, 'author', { author })),
  (spec) => fc.constantFrom('1', 'v1.0.0', '1.0', '01.0.0', 'x').map((version) => refuse(spec, 'version', { version })),
  (spec) => fc.constantFrom('enable <app>', 'Bad, Upper', 'x <app>..., many apps', 'x <a> <app>, app second', 'x <a>... <b>, after variadic',
    'x [<a>] <b>, required after optional', 'x [<a>, unbalanced', 'x <a> <a>, twice', 'x [--y] [--y], flag twice', 'help, reserved', 'default, reserved',
    'x <A>, upper arg', 'x, a, b', 'x, ', 'x\ny, newline', 'x [--app], app flag').map((line) => refuse(spec, `command ${JSON.stringify(line)}`, { commands: [...spec.commands, line] })),
  (spec) => fc.constantFrom('', 'post-deplo', 'nope', ...CORE_ONLY_TRIGGERS.slice(0, 3)).map((trigger) => refuse(spec, `trigger ${JSON.stringify(trigger)}`, { triggers: [...spec.triggers, trigger] })),
  (spec) => fc.constantFrom('Bad=1', '=x', 'a b', 'x=line\nbreak', 'x=tab\t').map((entry) => refuse(spec, `property ${JSON.stringify(entry)}`, { properties: [...spec.properties, entry] })),
  (spec) => fc.constantFrom('--scheme=redis', '--per-app', '--lang=rust', '--license=not spdx', '--repository=http://x y', '--kind=thing', '--default-command=nope', '--no-dump-restore', '--dump-restore')
    .map((flag) => refuse(spec, flag, { extra: [...spec.extra, flag] })),
  (spec) => fc.constantFrom<DirectorySetup['kind']>('empty', 'file', 'below-file').map((kind) => refuse(spec, `directory ${kind}`, { directory: { kind } })),
  // Limits: the generator may refuse them (naming the flag) or accept them, but then the plugin must work.
  (spec) => fc.integer({ min: 60, max: 300 }).map((length) => refuse(spec, `name of ${length} characters`, { name: `q${'a'.repeat(length - 1)}` }, 'either')),
  (spec) => fc.integer({ min: 60, max: 300 }).map((length) => refuse(spec, `command name of ${length} characters`, { commands: [...spec.commands, `q${'b'.repeat(length - 1)}, Long`] }, 'either')),
  (spec) => fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0x80, 0x41]).map((bytes) =>
    refuse(spec, 'invalid UTF-8 description', { description: new RawBytes([0x41, ...bytes, 0x42]) }, 'either')),
];

/** Mostly valid plugin specs, one in four broken by one or two mutations. */
export function pluginSpec(lang?: 'bash' | 'go'): fc.Arbitrary<PluginSpec> {
  return fc.oneof(
    { weight: 3, arbitrary: validPlugin(lang) },
    {
      weight: 1,
      arbitrary: validPlugin(lang).chain((spec) => fc.array(fc.constantFrom(...PLUGIN_MUTATIONS), { minLength: 1, maxLength: 2 })
        .chain((mutations) => mutations.reduce<fc.Arbitrary<PluginSpec>>((acc, mutation) => acc.chain(mutation), fc.constant(spec)))),
    },
  );
}

/** Mostly valid add-on specs, one in four broken. */
export function addonSpec(): fc.Arbitrary<AddonSpec> {
  const valid = fc.record({
    name: fc.oneof(fc.stringMatching(/^[qxzwj][a-z0-9_]{0,10}$/), fc.constantFrom('do', 'fi', 'done', 'func', 'type')),
    description: fc.option(validText(), { nil: undefined }),
    scheme: fc.constantFrom('redis', 'postgres', 'mysql', 'mariadb', 'mongodb', 'memcached', 'amqp', 'custom+tls', 'x.y-z'),
    perApp: fc.boolean(),
    dumpRestore: fc.boolean(),
  }).map((base): AddonSpec => ({ kind: 'addon', ...base, extra: [], directory: { kind: 'out' }, expect: 'accept', broken: [] }));
  const broken = valid.chain((spec) => fc.constantFrom<Array<[string, Partial<AddonSpec>]>>(
    ['name with dash', { name: 'a-b' }], ['upper name', { name: 'Cache' }], ['empty scheme', { scheme: '' }],
    ['bad scheme', { scheme: 'Re dis' }], ['--command', { extra: ['--command=x, y'] }], ['--trigger', { extra: ['--trigger=post-deploy'] }],
    ['description newline', { description: 'a\nb' }], ['directory file', { directory: { kind: 'file' } }],
  ).map(([why, change]): AddonSpec => ({ ...spec, ...change, expect: 'refuse', broken: [why] })));
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: broken });
}
