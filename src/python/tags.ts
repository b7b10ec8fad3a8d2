/**
 * Which wheels an interpreter can install: its compatible tags in pip's
 * priority order, and whether a wheel's (compressed) tag set meets them.
 */
import { parseWheelFilename } from '../distributions/filename.js';
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { Interpreter } from './interpreters.js';
import type { Environment } from './environments.js';
import { markedJson, pythonScript } from './scripts/index.js';
import { commandOf, isEnvironment, runPython } from './run.js';

export type TagSource =
  | 'pip debug'
  | 'pip._internal.utils.compatibility_tags'
  | 'pip._internal.pep425tags'
  | 'pip.pep425tags'
  | 'pip._vendor.packaging.tags'
  | 'packaging.tags'
  | 'computed';

/**
 * `pip debug --verbose` prints "Compatible tags: N" and then N indented tags.
 * Undefined unless exactly N tags follow, so a changed output format (the
 * command's output is documented as provisional) falls through to the
 * embedded script instead of producing a wrong list.
 */
export function parsePipDebugTags(stdout: string): string[] | undefined {
  const lines = stdout.split(/\r?\n/);
  const at = lines.findIndex((l) => /^Compatible tags: \d+\s*$/.test(l));
  if (at === -1) return undefined;
  const count = Number(/\d+/.exec(lines[at])![0]);
  const tags: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const m = /^\s+([^\s-]+-[^\s-]+-[^\s-]+)\s*$/.exec(line);
    if (!m) break;
    tags.push(m[1]);
  }
  return tags.length === count && count > 0 ? tags : undefined;
}

/** Printed before compatible_tags.py's answer. */
const MARK = '__PYRELEASE_TAGS__';

export interface TagsResult {
  tags: string[];
  source: TagSource;
}

export interface TagOptions {
  log?: Logger;
  /** Skip pip and packaging and use the embedded computation (for tests and comparisons). */
  computedOnly?: boolean;
}

/**
 * The compatible tags of an interpreter (its own pip) or of an environment
 * (the environment's pip, which is the one that will install), with where
 * they came from.
 */
export async function supportedTagsWithSource(target: Interpreter | Environment, opts: TagOptions = {}): Promise<TagsResult> {
  const log = opts.log ?? silentLogger;
  if (!opts.computedOnly) {
    const debug = await runPython(target, ['-m', 'pip', 'debug', '--verbose'], { log, timeoutMs: 120_000 });
    const tags = debug.code === 0 ? parsePipDebugTags(debug.stdout) : undefined;
    if (tags) return { tags, source: 'pip debug' };
    log.debug('pip debug --verbose gave no tag list (pip older than 19.2, missing, or a changed output); asking Python directly');
  }
  const r = await runPython(target, ['-c', pythonScript('compatible_tags'), ...(opts.computedOnly ? ['computed'] : [])], { log, timeoutMs: 120_000 });
  const result = markedJson<TagsResult>(r.stdout, MARK);
  if (r.code !== 0 || !result || result.tags.length === 0) {
    throw new Error(`Could not compute the compatible wheel tags of ${commandOf(target).file}: exit ${r.code}\n${r.stderr}`);
  }
  return result;
}

/**
 * The interpreter's compatible wheel tags in priority order (most preferred
 * first). Remembered in `py.tags` for an Interpreter.
 */
export async function supportedTags(target: Interpreter | Environment, log: Logger = silentLogger): Promise<string[]> {
  if (!isEnvironment(target) && target.tags) return target.tags;
  const { tags, source } = await supportedTagsWithSource(target, { log });
  log.debug(`${tags.length} compatible tags (from ${source}); first: ${tags.slice(0, 3).join(', ')}`);
  if (!isEnvironment(target)) target.tags = tags;
  return tags;
}

/** The expanded tag set of a wheel filename ("py2.py3-none-any" → py2-none-any, py3-none-any). */
export function wheelTags(wheelFilename: string): string[] {
  return parseWheelFilename(basename(wheelFilename)).tags.map((t) => t.toLowerCase());
}

/** Whether pip would consider the wheel installable: its tag set meets the interpreter's tags. */
export function wheelIsCompatible(wheelFilename: string, tags: string[]): boolean {
  return wheelSupportIndex(wheelFilename, tags) !== -1;
}

/** The position of the wheel's best tag in `tags` (lower is preferred, as pip ranks), or -1. */
export function wheelSupportIndex(wheelFilename: string, tags: string[]): number {
  const rank = new Map<string, number>();
  tags.forEach((t, i) => { if (!rank.has(t.toLowerCase())) rank.set(t.toLowerCase(), i); });
  let best = -1;
  for (const tag of wheelTags(wheelFilename)) {
    const i = rank.get(tag);
    if (i !== undefined && (best === -1 || i < best)) best = i;
  }
  return best;
}

/** Of several wheels, the one pip would choose for these tags; undefined when none fits. */
export function preferredWheel(wheelFilenames: string[], tags: string[]): string | undefined {
  let chosen: string | undefined;
  let chosenIndex = Infinity;
  for (const file of wheelFilenames) {
    const i = wheelSupportIndex(file, tags);
    if (i !== -1 && i < chosenIndex) {
      chosen = file;
      chosenIndex = i;
    }
  }
  return chosen;
}
