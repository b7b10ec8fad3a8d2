/**
 * Which wheels an interpreter can install: its compatible tags in pip's
 * priority order, and whether a wheel's (compressed) tag set meets them.
 */
import { parseWheelFilename } from '../distributions/filename.js';
import { basename } from 'node:path';
import { silentLogger, type Logger } from '../log.js';
import type { Interpreter } from './interpreters.js';
import type { Environment } from './environments.js';
import { interpreterFacts, type TagsResult } from './facts.js';
import { commandOf, isEnvironment } from './run.js';

export interface TagOptions {
  log?: Logger;
  /** Skip pip and packaging and use the embedded computation (for tests and comparisons). */
  computedOnly?: boolean;
}

/**
 * The compatible tags of an interpreter, or of an environment's interpreter,
 * with where they came from: the modules the interpreter's pip decides with
 * (what `pip debug --verbose` prints, without starting pip), else a
 * standalone packaging, else computed.
 */
export async function supportedTagsWithSource(target: Interpreter | Environment, opts: TagOptions = {}): Promise<TagsResult> {
  const facts = await interpreterFacts(target, { tags: opts.computedOnly ? 'computed' : true, ...(opts.log ? { log: opts.log } : {}) });
  if (!facts.tags) throw new Error(`Could not compute the compatible wheel tags of ${commandOf(target).file}.`);
  return facts.tags;
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
