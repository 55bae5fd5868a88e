/** Plugins the generated-output suites build: together they cover every shape the model allows. */
export interface Spec {
  label: string;
  name: string;
  options: Record<string, unknown>;
}

export const SPECS: Spec[] = [
  { label: 'no commands, no extra triggers', name: 'bare', options: { yes: true } },
  {
    label: 'app-scoped and global commands with every argument form',
    name: 'demo',
    options: {
      yes: true,
      description: 'Demo tools for apps',
      command: [
        'enable <app>, Enable demo for an app',
        'disable <app>, Disable demo for an app',
        'set <app> <key> [<value>], Set a demo property',
        'import <app> <file-name>... [--dry-run], Import files into the app',
        'report [<app>], Show the demo report',
        'list, List apps with demo enabled',
        'purge <pattern> [<limit>], Purge old demo data',
        'tag [<label>...], Tag demo data',
      ],
    },
  },
  {
    label: 'many triggers, including stdin, output and rest-argument ones',
    name: 'hooks',
    options: {
      yes: true,
      command: ['status <app>, Show status'],
      trigger: ['post-deploy', 'post-delete', 'post-app-rename-setup', 'docker-args-process-deploy', 'scheduler-run',
        'post-domains-update', 'post-container-create', 'app-urls', 'storage-status', 'pre-restore', 'report'],
    },
  },
  {
    label: 'odd but valid descriptions: quotes, $, backticks, backslashes and unicode',
    name: 'odd-text',
    options: {
      description: 'It\'s "odd": $HOME `uname` \\n $(id) — ünïcödé 日本 ✓',
      command: [
        'say <app> <words>..., Say "hi" to $USER with `echo` — ✓',
        'quote, It\'s a \'quote\' \\ backslash; done',
      ],
      defaultCommand: 'quote',
      author: 'Zoë "Z" O\'Brien',
      license: 'Apache-2.0',
    },
  },
  {
    label: 'the report and properties kit',
    name: 'props',
    options: { yes: true, command: ['enable <app>, Enable it'], property: ['enabled=false', 'image=redis:7', 'note'] },
  },
  {
    label: 'a default command that is app-scoped',
    name: 'defaulted',
    options: { yes: true, command: ['show <app>, Show the app', 'list, List'], defaultCommand: 'show' },
  },
];

export const LANGUAGES = ['bash', 'go'] as const;

/** Every spec in every language: the Go variant must behave exactly as the bash one. */
export const SPECS_BY_LANGUAGE = LANGUAGES.flatMap((language) =>
  SPECS.map((spec): Spec & { language: string } => ({
    ...spec,
    language,
    label: `${language}: ${spec.label}`,
    options: { ...spec.options, lang: language, git: false },
  })));
