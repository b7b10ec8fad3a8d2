/**
 * One way every `pyrelease` subcommand reads its command line: `--help`/`-h`
 * prints the usage and exits 0 (wherever it stands before `--`), and a
 * command line node:util's parseArgs refuses (an unknown option, a missing
 * value) gets one line naming the problem and exit 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { err, out } from './print.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The process's own streams, through the one printer (src/cli/print.ts). */
export const processIo: CliIo = { out, err };

/** Exit status for bad usage, as getopt-style tools use it. */
export const USAGE_EXIT = 2;

/** `--help` or `-h` among the options (not after `--`, where it would be an argument). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** parseArgs' error as one short line: "unknown option '--bogus'". */
export function describeArgsError(error: unknown): string {
  // Duck-typed: an error from another realm (a test's vm context) is not `instanceof Error`.
  const raw = (error as { message?: unknown } | null)?.message;
  const message = typeof raw === 'string' ? raw : String(error);
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}'`;
  const unexpected = /^Unexpected argument '([^']*)'/.exec(message);
  if (unexpected) return `unexpected argument '${unexpected[1]}': this command takes no arguments besides its options`;
  const first = message.split('\n')[0]!.replace(/\.$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/** The one line printed for bad usage, pointing at the help. */
export function usageLine(command: string, problem: string): string {
  return `pyrelease ${command}: ${problem} (see 'pyrelease ${command} --help')\n`;
}

/**
 * parseArgs with the suite's conventions. Returns the parsed command line, or
 * the exit status when it has already answered (0 after the usage, 2 after a
 * refusal).
 */
export function parseCommandLine<T extends ParseArgsConfig & { args: string[] }>(
  command: string,
  usage: string,
  config: T,
  io: CliIo = processIo,
): ReturnType<typeof parseArgs<T>> | number {
  if (asksForHelp(config.args)) {
    io.out(usage);
    return 0;
  }
  try {
    // strict (parseArgs' default): an unknown option is refused, never taken as an argument.
    return parseArgs(config);
  } catch (error) {
    io.err(usageLine(command, describeArgsError(error)));
    return USAGE_EXIT;
  }
}
