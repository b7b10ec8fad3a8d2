/**
 * The one way `pyrelease` prints. What it prints may carry text from outside
 * (a project's files, an index's answers, a leg's result file), so every
 * chunk goes through `printable` (secrets scrubbed, control characters
 * escaped: no ESC sequence reaches a terminal). On a GitHub runner
 * (GITHUB_ACTIONS=true) stdout and stderr are read for workflow commands, so a
 * chunk in which a line would run as one is fenced by `::stop-commands::` and
 * a fresh random token, as the actions' printer does (src/actions/shared/print.ts).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../log.js';
import { holdsCommand, printable } from '../text/untrusted.js';

export interface Sink {
  write(text: string): unknown;
}

/** One output stream; it remembers the line it is in the middle of, since a command may be made of two chunks. */
export class Printer {
  private partial = '';

  constructor(
    private readonly sink: Sink,
    private readonly onRunner: () => boolean,
  ) {}

  write(chunk: string): void {
    const text = printable(chunk);
    if (!this.onRunner() || !holdsCommand(this.partial + text)) {
      this.sink.write(text);
      this.remember(text);
      return;
    }
    let token: string;
    do token = randomBytes(16).toString('hex');
    while (text.includes(token));
    // The fence lines must be lines of their own: end the line in progress first.
    const before = this.partial === '' ? '' : '\n';
    const after = text.endsWith('\n') ? '' : '\n';
    this.sink.write(`${before}::stop-commands::${token}\n${text}${after}::${token}::\n`);
    this.partial = '';
  }

  /** A workflow command of our own (an annotation), on a line of its own. */
  command(line: string): void {
    this.sink.write(`${this.partial === '' ? '' : '\n'}${line}\n`);
    this.partial = '';
  }

  private remember(text: string): void {
    const nl = text.lastIndexOf('\n');
    this.partial = nl < 0 ? this.partial + text : text.slice(nl + 1);
  }
}

const onRunner = () => process.env.GITHUB_ACTIONS === 'true';
export const stdout = new Printer(process.stdout, onRunner);
export const stderr = new Printer(process.stderr, onRunner);

/** Text for a person on stdout. */
export function out(text: string): void {
  stdout.write(text);
}

/** Progress, warnings and errors on stderr. */
export function err(text: string): void {
  stderr.write(text);
}

/** @actions/core's escaping of command data: the message stays on the command's one line. */
function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** An annotation on the run page when on a runner, else a `level: message` line; on stderr. */
export function annotate(level: 'error' | 'warning', message: string): void {
  if (onRunner()) stderr.command(`::${level}::${commandData(printable(message))}`);
  else err(`${level}: ${message}\n`);
}

/** The domain's Logger for the CLI: info on stdout, the rest on stderr with a level prefix. */
export const cliLogger: Logger = {
  info: (m) => out(`${m}\n`),
  warning: (m) => err(`warning: ${m}\n`),
  error: (m) => err(`error: ${m}\n`),
  debug: (m) => {
    if (process.env.PYRELEASE_DEBUG) err(`debug: ${m}\n`);
  },
};
