/**
 * The version questions a distribution file raises, answered as packaging
 * answers them (src/versions/pep440.ts: its grammar, normal form and order,
 * with numbers of any size): `str(Version(v))` is what PyPI prints in its
 * messages and uses in PEP 625 sdist filenames.
 */
import { comparePep440, formatPep440, parsePep440 } from '../versions/pep440.js';

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
export function normalizeVersion(version: string): string | undefined {
  const parsed = parsePep440(version);
  return parsed ? formatPep440(parsed) : undefined;
}

export function isValidVersion(version: string): boolean {
  return parsePep440(version) !== undefined;
}

/** The local segment ("abc" in "1.0+abc"), normalized; undefined when there is none or the version is invalid. */
export function localVersionLabel(version: string): string | undefined {
  return parsePep440(version)?.local ?? undefined;
}

/**
 * PEP 440 equality, as `Version(a) == Version(b)` (so "1.0" equals "1.0.0"); this
 * is how PyPI compares a filename's version with METADATA's. Invalid versions are
 * equal only when they are the identical string.
 */
export function versionsEqual(a: string, b: string): boolean {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (pa === undefined || pb === undefined) return a === b;
  return comparePep440(pa, pb) === 0;
}
