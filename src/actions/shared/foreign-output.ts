/**
 * What reaches the runner's log without passing the printer (print.ts): lines
 * the toolkit libraries write themselves (@actions/artifact logs a file name
 * taken from a server's Content-Disposition, @actions/tool-cache and Octokit
 * log URLs and error messages), a dependency's console output, a crash's
 * stack. The runner reads stdout and stderr alike for workflow commands, and
 * some of that text comes from outside, so while an action runs every write
 * the printer did not make is treated as untrusted:
 *   - secrets of the run are scrubbed and control characters escaped;
 *   - a `::debug::` line as @actions/core writes it (one line, its data
 *     escaped) passes: it shows only in debug mode and runs nothing;
 *   - an `::add-mask::` line passes untouched, and its value joins the run's
 *     secrets: a library hiding a credential must be obeyed;
 *   - a write holding any other line the runner would run (`::set-output`,
 *     `::stop-commands::`, `##[…]` anywhere, even an annotation) is shown
 *     inside a `::stop-commands::` fence, as the printer shows outside text.
 *
 * The printer marks its own writes with `asOwnOutput`. The state lives on the
 * global object, so that the root action, which loads another action's bundle
 * (its own copy of this module) into the same process, keeps one guard and one
 * notion of "own".
 */
import { randomBytes } from 'node:crypto';
import { runSecrets } from '../../text/secrets.js';
import { printable, runsAsCommand } from '../../text/untrusted.js';

interface Shared {
  /** Depth of printer calls in progress: their writes are the suite's own. */
  own: number;
  /** The neutraliser of the bundle that asked last: the running action's, whose secret registry holds its secrets. */
  neutralise: (text: string, atLineStart: boolean) => string;
}

const SHARED = Symbol.for('python-release-actions: foreign output');
const GUARDED = Symbol.for('python-release-actions: foreign output guarded');

function shared(): Shared {
  const g = globalThis as { [SHARED]?: Shared };
  return (g[SHARED] ??= { own: 0, neutralise: neutraliseForeign });
}

/** Runs `print` (a call into @actions/core) with its writes counted as the printer's own. */
export function asOwnOutput<T>(print: () => T): T {
  const s = shared();
  s.own++;
  try {
    return print();
  } finally {
    s.own--;
  }
}

/** A stream's write, as node:stream types it, loosely: the guard only passes the arguments on. */
type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
interface Guardable {
  write: Write;
  [GUARDED]?: true;
}

function fence(text: string): string {
  let token: string;
  do token = randomBytes(16).toString('hex');
  while (text.includes(token));
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`;
}

/** core's escaping of command data (`%`, CR, LF), undone. */
function unescapeData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** A line @actions/core writes for a library and the runner may act on as it is. */
function passes(line: string): boolean {
  return line.startsWith('::debug::') || line.startsWith('::add-mask::');
}

/**
 * `text`, written by something other than the printer, made safe for the
 * runner. `atLineStart`: whether the stream's last byte ended a line (a fence
 * must begin on a line of its own).
 */
export function neutraliseForeign(text: string, atLineStart: boolean): string {
  const lines = text.split(/(?<=\n)/);
  let commands = false;
  const out = lines.map((raw) => {
    const eol = raw.endsWith('\n') ? '\n' : '';
    const line = raw.slice(0, raw.length - eol.length).replace(/\r$/, '');
    if (line.startsWith('::add-mask::')) {
      const value = unescapeData(line.slice('::add-mask::'.length));
      if (value.trim() !== '') runSecrets.add(value);
      return raw;
    }
    const shown = printable(line);
    if (!passes(shown) && runsAsCommand(shown)) commands = true;
    return shown + eol;
  });
  if (!commands) return out.join('');
  // Masks still register; everything else is shown, not run.
  const masks = out.filter((l) => l.startsWith('::add-mask::'));
  const rest = out.filter((l) => !l.startsWith('::add-mask::')).join('');
  return `${masks.join('')}${atLineStart ? '' : '\n'}${fence(rest)}`;
}

function decode(chunk: unknown, encoding: unknown): string {
  if (typeof chunk === 'string') return typeof encoding === 'string' && Buffer.isEncoding(encoding) && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(chunk, encoding).toString('utf8') : chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
  return String(chunk);
}

/** Puts the guard on `stream`'s write (once per stream, whoever asks). */
export function guardStream(stream: Guardable): void {
  if (stream[GUARDED]) return;
  stream[GUARDED] = true;
  const write = stream.write.bind(stream) as Write;
  let atLineStart = true;
  stream.write = (chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
    const text = decode(chunk, encoding);
    if (text === '') return write(chunk, encoding, callback);
    const { own, neutralise } = shared();
    const out = own > 0 ? text : neutralise(text, atLineStart);
    atLineStart = out.endsWith('\n');
    return typeof encoding === 'function' ? write(out, encoding) : write(out, 'utf8', callback);
  };
}

/** Guards the process's stdout and stderr for the rest of the run. */
export function guardForeignOutput(): void {
  shared().neutralise = neutraliseForeign;
  guardStream(process.stdout as unknown as Guardable);
  guardStream(process.stderr as unknown as Guardable);
}
