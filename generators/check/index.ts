import Generator from 'yeoman-generator';
import { checkCommand } from '../../src/check/check-command.js';
import { tidyYeomanHelp } from '../../src/grow/yeoman-help.js';

/**
 * `yo dokku-plugin:check [DIR]`: the command line's `check`, started by Yeoman. It writes nothing, so no
 * file system or conflicter is involved: the report goes to stdout and the result to the exit code.
 */
export default class DokkuPluginCheckGenerator extends Generator {
  constructor(args: string[], options: Record<string, unknown>) {
    super(args, options as never);
    this.setFeatures({ customInstallTask: true });
    this.argument('dir', { type: String, required: false, description: 'The plugin directory (default: here)' });
    this.option('format', { type: String, description: 'human (default), json or github' });
    this.option('strict', { type: Boolean, description: 'Fail on warnings too' });
    tidyYeomanHelp(this, {});
  }

  async check(): Promise<void> {
    const argv: string[] = [];
    const options = this.options as Record<string, unknown>;
    const dir = options.dir;
    if (typeof dir === 'string' && dir !== '') {
      argv.push(dir);
    }
    if (options.format !== undefined) {
      argv.push('--format', String(options.format));
    }
    if (options.strict === true) {
      argv.push('--strict');
    }
    const code = await checkCommand(argv, 'yo dokku-plugin:check', { cwd: this.env.cwd });
    // Yeoman finishes normally either way; the exit code alone says whether the check passed.
    process.exitCode = code;
  }
}
