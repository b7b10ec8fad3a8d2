/**
 * How the index identifies and orders releases: by canonical version, like
 * warehouse (`Release.canonical_version == canonicalize_version(meta.version)`),
 * so "1.0" and "1.0.0" are one release. Numbers of any size, as packaging.
 */
import { canonicalPep440, comparePep440, parsePep440 } from '../versions/pep440.js';

/** packaging.utils.canonicalize_version: normalized, trailing ".0"s of the release dropped. */
export function canonicalVersion(version: string): string {
  const parsed = parsePep440(version);
  return parsed ? canonicalPep440(parsed) : version;
}

/** Ascending PEP 440 order; strings that are not versions sort first, by text. */
export function compareVersions(a: string, b: string): number {
  const va = parsePep440(a);
  const vb = parsePep440(b);
  if (va && vb) return comparePep440(va, vb);
  if (!va !== !vb) return va ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isPrerelease(version: string): boolean {
  const parsed = parsePep440(version);
  return parsed !== undefined && (parsed.pre !== null || parsed.dev !== null);
}

/** PEP 440 equality ("1.0" equals "1.0.0"); strings that are not versions only equal themselves. */
export function versionsEqualLoose(a: string, b: string): boolean {
  const va = parsePep440(a);
  const vb = parsePep440(b);
  if (!va || !vb) return a === b;
  return comparePep440(va, vb) === 0;
}
