/**
 * The command line behaves like one (issue 14): every subcommand answers
 * --help and -h with its usage and exit 0, an unknown option gets one line
 * naming it and exit 2, and a reader that closes the pipe early ends the
 * command quietly. Runs the bundle (dist/pyrelease/index.js) as a user would.
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { bundlePath, runCli } from '../../support/runner.js';

const SUBCOMMANDS = ['brief', 'bump', 'check', 'hash', 'plan-verify', 'rehearse', 'serve-index'];

describe('pyrelease', () => {
  it('lists every subcommand in its own usage, which --help prints with exit 0', async () => {
    const run = await runCli(['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    for (const name of SUBCOMMANDS) expect(run.stdout).toContain(`pyrelease ${name} `);
  });

  it('without a command, prints the usage to stderr and exits 2; an unknown command gets one line', async () => {
    const bare = await runCli([]);
    expect([bare.code, bare.stdout]).toEqual([2, '']);
    expect(bare.stderr).toContain('pyrelease check');
    const unknown = await runCli(['deploy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining("unknown command 'deploy'")]);
  });

  it('help COMMAND is COMMAND --help', async () => {
    const run = await runCli(['help', 'hash']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^usage: pyrelease hash/);
  });
});

describe.each(SUBCOMMANDS)('pyrelease %s', (name) => {
  it.each(['--help', '-h'])('answers %s with its usage on stdout and exit 0, whatever else is on the line', async (flag) => {
    const run = await runCli([name, '--bogus-before', flag]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: pyrelease ${name}`, 'i'));
    expect(run.stdout).toContain('-h, --help');
  });

  it('refuses an unknown option with one line naming it and exit 2', async () => {
    const run = await runCli([name, '--no-such-option']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`pyrelease ${name}: unknown option '--no-such-option' (see 'pyrelease ${name} --help')\n`);
  });

  it('ends quietly when the reader has closed stdout (| head -1)', async () => {
    const child = spawn(process.execPath, [bundlePath('pyrelease'), name, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The read end is closed before the command writes a byte, so its first write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    // As a tool killed by SIGPIPE reports itself (128 + 13), so `set -o pipefail` still sees the cut.
    expect(code).toBe(141);
  });
});
