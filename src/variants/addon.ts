import type { AddonModel } from '../model/addon-model.js';
import { fixedFile } from './common-files.js';
import { EXECUTABLE, REGULAR, type Ownership, type PlannedFile } from './planned-file.js';

/** A Dokku add-on (Dokku's add-ons plugin contract): five scripts, optional dump/restore, and a contract kit. */
const FILES: Array<[string, PlannedFile['mode'], Ownership]> = [
  ['enable', EXECUTABLE, 'author'],
  ['disable', EXECUTABLE, 'author'],
  ['provision', EXECUTABLE, 'author'],
  ['unprovision', EXECUTABLE, 'author'],
  ['url', EXECUTABLE, 'author'],
  ['addon-functions', REGULAR, 'author'],
  ['README.md', REGULAR, 'author'],
  ['Makefile', REGULAR, 'author'],
  ['_gitignore', REGULAR, 'author'],
  ['_github/workflows/ci.yml', REGULAR, 'author'],
  ['tests/addon.bats', REGULAR, 'author'],
  ['tests/contract/addon-contract', EXECUTABLE, 'generated'],
  ['tests/contract/fake-docker', EXECUTABLE, 'generated'],
];
const BACKUP: Array<[string, PlannedFile['mode'], Ownership]> = [
  ['dump', EXECUTABLE, 'author'],
  ['restore', EXECUTABLE, 'author'],
];

export function addonFiles(addon: AddonModel): PlannedFile[] {
  // LICENSE and .editorconfig are shared with plugins; their template reads `plugin`.
  const data = { addon, plugin: addon };
  return [
    ...FILES.map((entry) => fixedFile('addon', entry, data)),
    ...(addon.dumpRestore ? BACKUP.map((entry) => fixedFile('addon', entry, data)) : []),
    fixedFile('common', ['LICENSE', REGULAR, 'author'], data),
    fixedFile('common', ['_editorconfig', REGULAR, 'author'], data),
  ];
}
