/**
 * PEP 440 helpers on top of @renovatebot/pep440. Its `clean()` joins local
 * segments with commas ("1.0+a,b"), so the canonical string is rebuilt here from
 * `explain()` to match `str(packaging.version.Version(v))`, which is what PyPI
 * prints in its messages and uses in PEP 625 sdist filenames.
 */
import { eq, explain } from '@renovatebot/pep440';

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
export function normalizeVersion(version: string): string | undefined {
  const parsed = explain(version.trim());
  if (!parsed) return undefined;
  const local = parsed.local === null || parsed.local === undefined
    ? ''
    : '+' + parsed.local
      .toLowerCase()
      .split(/[._-]/)
      // packaging stores numeric local segments as ints, so "01" prints as "1".
      .map((segment) => (/^\d+$/.test(segment) ? String(BigInt(segment)) : segment))
      .join('.');
  return parsed.public + local;
}

export function isValidVersion(version: string): boolean {
  return normalizeVersion(version) !== undefined;
}

/** The local segment ("abc" in "1.0+abc"), normalized; undefined when there is none or the version is invalid. */
export function localVersionLabel(version: string): string | undefined {
  const normalized = normalizeVersion(version);
  if (!normalized) return undefined;
  const plus = normalized.indexOf('+');
  return plus === -1 ? undefined : normalized.slice(plus + 1);
}

/**
 * PEP 440 equality, as `Version(a) == Version(b)` (so "1.0" equals "1.0.0"); this
 * is how PyPI compares a filename's version with METADATA's. Invalid versions are
 * equal only when they are the identical string.
 */
export function versionsEqual(a: string, b: string): boolean {
  const na = normalizeVersion(a);
  const nb = normalizeVersion(b);
  if (na === undefined || nb === undefined) return a === b;
  return eq(na, nb);
}
