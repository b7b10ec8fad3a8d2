import { describe, expect, it } from '@jest/globals';
import { asksForHelp, parseCommandLine } from '../../../src/cli/args.js';

function io() {
  const seen = { out: '', err: '' };
  return { seen, io: { out: (t: string) => (seen.out += t), err: (t: string) => (seen.err += t) } };
}

describe('parseCommandLine', () => {
  const config = (args: string[]) => ({ args, options: { name: { type: 'string' as const }, json: { type: 'boolean' as const } } });

  it('answers --help and -h with the usage, but not after --', () => {
    expect(asksForHelp(['--json', '-h'])).toBe(true);
    expect(asksForHelp(['--', '--help'])).toBe(false);
    const { seen, io: cli } = io();
    expect(parseCommandLine('demo', 'usage: pyrelease demo\n', config(['--name', 'x', '--help']), cli)).toBe(0);
    expect(seen).toEqual({ out: 'usage: pyrelease demo\n', err: '' });
  });

  it.each([
    [['--nope'], "unknown option '--nope'"],
    [['-q'], "unknown option '-q'"],
    [['--name'], "option '--name <value>' argument missing"],
    [['extra'], "unexpected argument 'extra': this command takes no arguments besides its options"],
  ])('refuses %j with one line and exit 2', (argv, problem) => {
    const { seen, io: cli } = io();
    expect(parseCommandLine('demo', 'usage\n', config(argv), cli)).toBe(2);
    expect(seen).toEqual({ out: '', err: `pyrelease demo: ${problem} (see 'pyrelease demo --help')\n` });
  });

  it('returns what parseArgs parsed', () => {
    const { seen, io: cli } = io();
    expect(parseCommandLine('demo', 'usage\n', config(['--name', 'x', '--json']), cli)).toMatchObject({ values: { name: 'x', json: true }, positionals: [] });
    expect(seen).toEqual({ out: '', err: '' });
  });
});
