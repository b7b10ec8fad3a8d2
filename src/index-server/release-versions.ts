/**
 * How the index identifies and orders releases: by canonical version, like
 * warehouse (`Release.canonical_version == canonicalize_version(meta.version)`),
 * so "1.0" and "1.0.0" are one release.
 */
import { compare, eq, explain } from '@renovatebot/pep440';
import { normalizeVersion } from './distributions.js';

/** packaging.utils.canonicalize_version: normalized, trailing ".0"s of the release dropped. */
export function canonicalVersion(version: string): string {
  const normalized = normalizeVersion(version);
  if (normalized === undefined) return version;
  const match = /^(\d+!)?(\d+(?:\.\d+)*)(.*)$/s.exec(normalized);
  if (!match) return normalized;
  const release = match[2].split('.');
  while (release.length > 1 && release[release.length - 1] === '0') release.pop();
  return (match[1] ?? '') + release.join('.') + match[3];
}

/** Ascending PEP 440 order; strings that are not versions sort first, by text. */
export function compareVersions(a: string, b: string): number {
  const va = explain(a) !== null;
  const vb = explain(b) !== null;
  if (va && vb) return compare(a, b);
  if (va !== vb) return va ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isPrerelease(version: string): boolean {
  return explain(version)?.is_prerelease ?? false;
}

/** PEP 440 equality ("1.0" equals "1.0.0"); strings that are not versions only equal themselves. */
export function versionsEqualLoose(a: string, b: string): boolean {
  if (explain(a) === null || explain(b) === null) return a === b;
  return eq(a, b);
}
