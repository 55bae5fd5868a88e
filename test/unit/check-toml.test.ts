import assert from 'node:assert/strict';
import type { Finding } from '../../src/check/finding.js';
import { walkPlugin } from '../../src/check/plugin-tree.js';
import { tomlFindings } from '../../src/check/toml-checks.js';
import { writeTree } from './check-support.js';

const toml = (text: string) => tomlFindings(walkPlugin(writeTree({ 'plugin.toml': text })));
const brief = (findings: Finding[]) => findings.map((finding) => `${finding.id}@${finding.line ?? '-'}`);

const MISSING_DESCRIPTION = { id: 'toml-missing-description', severity: 'warning', file: 'plugin.toml', message: '[plugin] has no description: `dokku plugin:list` shows an empty line for it', fix: 'add description = "One line saying what the plugin does" under [plugin]' };
const MISSING_VERSION = { id: 'toml-missing-version', severity: 'warning', file: 'plugin.toml', message: '[plugin] has no version: `dokku plugin:list` cannot tell releases apart', fix: 'add version = "0.1.0" under [plugin] and raise it with each release' };
const MISSING_CONFIG = { id: 'toml-missing-config', severity: 'error', file: 'plugin.toml', message: 'plugin.toml has no [plugin.config] table: plugn fails exporting it before each of the plugin\'s triggers', fix: 'add an empty [plugin.config] table at the end of plugin.toml' };

describe('unit: check, plugin.toml', () => {
  it('a complete plugin.toml has no finding', () => {
    assert.deepEqual(toml('[plugin]\ndescription = "Sample"\nversion = "0.1.0"\n[plugin.config]\n'), []);
  });

  it('an add-on has no plugin.toml and needs none', () => {
    const addon = writeTree({ provision: { exec: '#!/bin/sh\n' }, url: { exec: '#!/bin/sh\n' } });
    assert.deepEqual(tomlFindings(walkPlugin(addon)), []);
    assert.deepEqual(tomlFindings({ root: addon, kind: 'plugin', entries: [] }).map((finding) => finding.id), ['toml-missing']);
  });

  it('a missing plugin.toml is an error', () => {
    assert.deepEqual(tomlFindings(walkPlugin(writeTree({ commands: { exec: '#!/bin/sh\n' } }))), [
      { id: 'toml-missing', severity: 'error', file: 'plugin.toml', message: 'plugin.toml is missing: plugn cannot list the plugin or export its config', fix: 'add plugin.toml with [plugin] description = "…", version = "0.1.0" and an empty [plugin.config] table' },
    ]);
  });

  it('a plugin.toml that does not parse: the parser\'s first line, at the 1-based line', () => {
    assert.deepEqual(toml('[plugin]\ndescription = "x\n'), [
      { id: 'toml-invalid', severity: 'error', file: 'plugin.toml', line: 2, message: 'plugin.toml does not parse: Unterminated string at row 2, col 17, pos 26:', fix: 'correct the TOML syntax at that line (strings in double quotes, one key = value per line)' },
    ]);
    assert.deepEqual(brief(toml('a = 1\n[plugin]\nversion = \n')), ['toml-invalid@3']);
  });

  it('no [plugin] table, or a plugin key that is no table, is one error', () => {
    const expected = [{ id: 'toml-missing-plugin', severity: 'error', file: 'plugin.toml', message: 'plugin.toml has no [plugin] table: plugn finds no description, version or config', fix: 'add a [plugin] table with description, version and an empty [plugin.config] table' }];
    assert.deepEqual(toml('[other]\nkey = "value"\n'), expected);
    assert.deepEqual(toml('plugin = "sample"\n'), expected);
    assert.deepEqual(toml('plugin = [1, 2]\n'), expected);
  });

  it('description missing, blank or not a string is a warning at the [plugin] line', () => {
    const rest = 'version = "1.0.0"\n[plugin.config]\n';
    assert.deepEqual(toml(`# a comment\n\n[plugin]\n${rest}`), [{ ...MISSING_DESCRIPTION, line: 3 }]);
    assert.deepEqual(brief(toml(`[ plugin ]\ndescription = "  "\n${rest}`)), ['toml-missing-description@1']);
    assert.deepEqual(brief(toml(`x = 1\n[plugin]\ndescription = 3\n${rest}`)), ['toml-missing-description@2']);
    assert.deepEqual(brief(toml(`[plugin]\ndescription = " x "\n${rest}`)), []);
  });

  it('version missing is a warning at the [plugin] line', () => {
    assert.deepEqual(toml('\n[plugin]\ndescription = "Sample"\n[plugin.config]\n'), [{ ...MISSING_VERSION, line: 2 }]);
  });

  it('a version that is not semantic: at its own line, quoted as written, or the [plugin] line', () => {
    assert.deepEqual(toml('[plugin]\ndescription = "Sample"\n  version = "1.0"\n[plugin.config]\n'), [
      { id: 'toml-version-not-semver', severity: 'warning', file: 'plugin.toml', line: 3, message: '[plugin] version "1.0" is not a semantic version', fix: 'write the version as a quoted MAJOR.MINOR.PATCH string, such as version = "1.2.0"' },
    ]);
    const number = toml('[plugin]\nversion = 1\ndescription = "Sample"\n[plugin.config]\n');
    assert.deepEqual(number.map((finding) => [finding.line, finding.message]), [[2, '[plugin] version 1 is not a semantic version']]);
    assert.deepEqual(brief(toml('\n[plugin]\ndescription = "Sample"\n"version" = "2"\n[plugin.config]\n')), ['toml-version-not-semver@2']);
  });

  it('semantic versions as semver.org writes them are accepted, anything else is not', () => {
    const verdict = (version: string) => toml(`[plugin]\ndescription = "S"\nversion = "${version}"\n[plugin.config]\n`).length === 0;
    for (const good of ['0.0.0', '1.2.3', '10.20.30', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0-x-y.Z9', '1.0.0+build', '1.0.0+build.1.2', '1.0.0-rc.1+b-2.3']) {
      assert.equal(verdict(good), true, good);
    }
    for (const bad of ['1.0', '1', '01.0.0', '1.01.0', '1.0.01', '1.0.0-', '1.0.0+', '1.0.0-a..b', '1.0.0+a..b', '1.0.0-a.', 'v1.0.0', '1.0.0 ', ' 1.0.0', '1.0.0-a_b', '1.0.0+a_b', '1.0.0.0', 'a.b.c', '1.a.0', '1.0.a', '1..0', '1.0.0-rc.1+']) {
      assert.equal(verdict(bad), false, bad);
    }
  });

  it('no [plugin.config], or one that is no table, is an error at the [plugin] line', () => {
    assert.deepEqual(toml('# x\n[plugin]\ndescription = "Sample"\nversion = "1.0.0"\n'), [{ ...MISSING_CONFIG, line: 2 }]);
    assert.deepEqual(brief(toml('[plugin]\ndescription = "Sample"\nversion = "1.0.0"\nconfig = "x"\n')), ['toml-missing-config@1']);
    assert.deepEqual(brief(toml('[plugin]\ndescription = "Sample"\nversion = "1.0.0"\nconfig = []\n')), ['toml-missing-config@1']);
  });

  it('a [plugin] written inline has no header line, so its findings have none', () => {
    assert.deepEqual(toml('plugin = { other = 1 }\n'), [MISSING_DESCRIPTION, MISSING_VERSION, MISSING_CONFIG]);
  });

  it('the [plugin] line is the table header itself, not a mention of it', () => {
    assert.deepEqual(brief(toml('#[plugin] comes next\nnote = "see [plugin]"\n[plugin]\ndescription = "S"\n')), ['toml-missing-version@3', 'toml-missing-config@3']);
  });

  it('the version line is the key itself, however it is spaced, not a mention of it', () => {
    assert.deepEqual(brief(toml('[plugin]\ndescription = "old version = 0"\nversion="1.0"\n[plugin.config]\n')), ['toml-version-not-semver@3']);
    assert.deepEqual(brief(toml('[plugin]\ndescription = "S"\nversion  =  "1.0"\n[plugin.config]\n')), ['toml-version-not-semver@3']);
  });
});
