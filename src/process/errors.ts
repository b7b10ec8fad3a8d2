/** Why a process did not do its job, in words that name the command and show its own explanation. */
import { tail } from './command.js';
import type { ProcessResult } from './run.js';

/** Duck-typed: node's own errors may come from another realm (jest's VM), where `instanceof Error` is false. */
function messageOf(err: unknown): string {
  const message = (err as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : String(err);
}

/** The process never started: no such file, not executable, a missing working directory. */
export class ProcessStartError extends Error {
  /** ENOENT, EACCES… */
  readonly code?: string;
  constructor(readonly command: string, cause: unknown) {
    super(`Could not start ${command}: ${messageOf(cause)}`, { cause });
    this.name = 'ProcessStartError';
    const code = (cause as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string') this.code = code;
  }

  /** The system's reason alone ("spawn git ENOENT"). */
  get reason(): string {
    return messageOf(this.cause);
  }
}

/** The process ran but failed: its command line, how it ended, and the end of what it said. */
export class ProcessError extends Error {
  constructor(readonly result: ProcessResult, what: string) {
    super(what);
    this.name = 'ProcessError';
  }
}

export interface FailureOptions {
  /** Output cut to maxOutputBytes counts as a failure (the caller parses all of it). */
  complete?: boolean;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** How the run ended, when that was not a success; undefined for a complete exit 0. */
export function failureOf(r: ProcessResult, opts: FailureOptions = {}): ProcessError | undefined {
  let how: string;
  if (r.timedOut) how = `did not finish within ${seconds(r.timeoutMs)} and was stopped`;
  else if (r.signal) how = `was ended by ${r.signal}`;
  else if (r.code !== 0) how = `exited with code ${r.code}`;
  else if (opts.complete && r.dropped?.stdout) how = `printed ${r.dropped.stdout} bytes more than the runner keeps, so its output is incomplete`;
  else return undefined;
  const said = tail(r.stderr || r.stdout);
  return new ProcessError(r, `${r.command} ${how}${said ? `:\n${said}` : '.'}`);
}
