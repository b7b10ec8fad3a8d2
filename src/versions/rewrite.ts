import { UserError } from '../errors.js';
import type { VersionLocation } from './locate.js';

/** Characters a PEP 440 or semver version can contain: nothing that needs quoting or escaping. */
const SAFE_VERSION = /^[0-9A-Za-z.!+_-]+$/;

/**
 * Replaces exactly the version characters of `loc` in `text`: quotes, line
 * endings (CRLF stays CRLF), a BOM, spacing and every other byte stay as they
 * were.
 */
export function rewrite(text: string, loc: VersionLocation, next: string): string {
  if (!SAFE_VERSION.test(next)) throw new Error(`refusing to write ${JSON.stringify(next)} as a version`);
  const found = text.slice(loc.start, loc.end);
  if (found !== loc.value) {
    throw new UserError(
      `${loc.describe}: expected "${loc.value}" at offset ${loc.start} but found "${found}"; ` +
        `the file changed after it was read. Run the bump again.`,
    );
  }
  return text.slice(0, loc.start) + next + text.slice(loc.end);
}

/** The text to write at `loc` for version `next`: keeps a leading `v` the file already used. */
export function spelledLike(loc: VersionLocation, next: string): string {
  const prefix = /^[vV](?=\d)/.exec(loc.value)?.[0] ?? '';
  return prefix + next;
}
