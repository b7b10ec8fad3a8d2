/**
 * The one way the actions print, set outputs and register secrets. Every
 * message may carry text from outside (a server's answer, a file, an input),
 * so each goes through `printable` (secrets and their fragments scrubbed,
 * control characters escaped) and then:
 *   - log lines: as they are, unless a line would run as a workflow command;
 *     then the whole message is fenced by `::stop-commands::` and a fresh
 *     random token, so the runner shows it and runs nothing in it;
 *   - annotations, debug lines, group names and the failure: through
 *     @actions/core, whose command escaping keeps each on one line;
 *   - outputs and the step summary: scrubbed (the runner masks only the log).
 * A static test (test/unit/text/print-sites.test.ts) keeps every other module
 * from printing by any other way; what libraries print themselves is guarded
 * by foreign-output.ts, which lets through as is only what this printer marks
 * as its own.
 */
import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import type { Logger } from '../../log.js';
import { runSecrets, scrubSecrets } from '../../text/secrets.js';
import { escapeControls, holdsCommand, printable } from '../../text/untrusted.js';
import { asOwnOutput } from './foreign-output.js';

/** Registers a secret of the run: masked by the runner in the log, scrubbed by this suite everywhere it writes. */
export function registerSecret(secret: string | undefined): void {
  if (secret === undefined || secret.trim() === '') return;
  for (const form of runSecrets.add(secret)) asOwnOutput(() => core.setSecret(form));
}

export function registerSecrets(secrets: Iterable<string | undefined>): void {
  for (const s of secrets) registerSecret(s);
}

function freshToken(text: string): string {
  for (;;) {
    const token = randomBytes(16).toString('hex');
    if (!text.includes(token)) return token;
  }
}

/** A log message: its lines as they are, or fenced when one of them would run as a command. */
export function info(message: string): void {
  const text = printable(message);
  if (!holdsCommand(text)) {
    asOwnOutput(() => core.info(text));
    return;
  }
  const token = freshToken(text);
  // One write, so nothing the process prints meanwhile lands inside the fence.
  asOwnOutput(() => core.info(`::stop-commands::${token}\n${text}\n::${token}::`));
}

export function warning(message: string): void {
  asOwnOutput(() => core.warning(printable(message)));
}

export function error(message: string): void {
  asOwnOutput(() => core.error(printable(message)));
}

export function notice(message: string): void {
  asOwnOutput(() => core.notice(printable(message)));
}

export function debug(message: string): void {
  asOwnOutput(() => core.debug(printable(message)));
}

/** The step's failure: its one `::error::` line, and exit code 1. */
export function fail(message: string): void {
  asOwnOutput(() => core.setFailed(printable(message)));
}

export function startGroup(name: string): void {
  asOwnOutput(() => core.startGroup(printable(name)));
}

export function endGroup(): void {
  asOwnOutput(() => core.endGroup());
}

/** An output for later steps, scrubbed (its bytes are otherwise kept as they are: it is data, not a log line). */
export function setOutput(name: string, value: string): void {
  asOwnOutput(() => core.setOutput(name, scrubSecrets(value)));
}

/** The domain's Logger, written through this printer. */
export const printLogger: Logger = { info, warning, error, debug };

const SCRUBBING = Symbol('scrubbing summary writes');

/**
 * The step summary is built with core.summary's builder wherever it is made;
 * every write is scrubbed and its control characters escaped here, so no
 * summary can carry a secret, or an escape sequence or bidi override that
 * makes a file name or digest read as another, however it was put together.
 */
function scrubSummaryWrites(): void {
  const summary = core.summary as typeof core.summary & { [SCRUBBING]?: true };
  if (summary[SCRUBBING]) return;
  summary[SCRUBBING] = true;
  const write = summary.write.bind(summary);
  summary.write = async (options) => {
    const text = escapeControls(scrubSecrets(summary.stringify()));
    summary.emptyBuffer().addRaw(text);
    return write(options);
  };
}
scrubSummaryWrites();
