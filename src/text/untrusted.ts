/**
 * Text that came from outside (a server's answer, a file, an input) made safe
 * to print where the GitHub runner reads it. The runner reads its output line
 * by line (a bare CR ends a line too) and runs as a workflow command
 *   - a line that starts with `::` once leading whitespace is trimmed
 *     (`::set-output name=x::…`, `::stop-commands::…`, `::add-mask::…`), and
 *   - the legacy `##[command]` form anywhere in a line
 * (actions/runner, src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse).
 * Control characters also rewrite what a terminal or the log viewer shows (ESC
 * sequences, bidi overrides). This module is pure: the printers
 * (src/actions/shared/print.ts, src/cli/print.ts) decide how to fence what
 * `holdsCommand` finds.
 */
import { scrubSecrets } from './secrets.js';

/**
 * Escaped as \xNN or \uNNNN: C0 controls but tab and line feed, a CR that is
 * not part of CRLF (the runner ends a line there), DEL, C1 controls, the Unicode
 * line and paragraph separators, and the bidi embedding, override and isolate
 * controls.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

export function escapeControls(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(CONTROL, (c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    });
}

/**
 * Whether the runner would run something in this line. Leading whitespace is
 * what .NET's TrimStart removes, a superset taken to be safe (NEL included).
 */
export function runsAsCommand(line: string): boolean {
  return /^[\s\u0085]*::/.test(line) || line.includes('##[');
}

/** Whether any line of `text` (split as the runner splits, on LF, CR or CRLF) would run as a command. */
export function holdsCommand(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some(runsAsCommand);
}

/** Untrusted text ready for a printer: every secret of the run scrubbed (fragments included), controls escaped. */
export function printable(text: string): string {
  return escapeControls(scrubSecrets(text));
}

/** The most of a server's own words a message keeps: enough for any real one, and no page of it in a log or summary. */
export const MAX_MESSAGE_CHARS = 500;

/** `text` cut to `max` characters, saying how many more there were. */
export function clip(text: string, max: number = MAX_MESSAGE_CHARS): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}
