import { CheckContext } from '../../src/check/behaviour/check-context.js';
import { CheckSession } from '../../src/check/behaviour/dokku-layout.js';
import { FindingsList } from '../../src/check/behaviour/findings-list.js';
import type { Finding } from '../../src/check/finding.js';
import { writeTree, type TreeSpec } from './check-support.js';

const sessions: CheckSession[] = [];

/** A check context over a copy of `files`, as the plugin `name`; every session is removed after each test. */
export function contextFor(files: TreeSpec, name = 'demo'): CheckContext {
  const session = new CheckSession(writeTree(files, `dokku-${name}`), name);
  sessions.push(session);
  return new CheckContext(session, name, new FindingsList());
}

export function disposeSessions(): void {
  for (const session of sessions.splice(0)) {
    session.dispose();
  }
}

/** `ID FILE: MESSAGE` per finding, in the order they were found. */
export function described(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.id} ${finding.file ?? '-'}: ${finding.message}`);
}
