import { UserError } from '../errors.js';
import type { Scheme } from './bump.js';
import { AUTO_DETECTION, searchedFor, type VersionLocation } from './locate.js';
import { compareVersions, normalizeVersion } from './version.js';

const FILES_HINT =
  'List the files that hold the release version in the files input: one per line, as path, ' +
  'path:regex-with-one-group or path:toml.dotted.key.';

/**
 * The one version all locations hold, normalized. Values are compared as
 * versions (so `1.0-RC1` and `1.0rc1`, or `1.0` and `1.0.0` under PEP 440,
 * agree). Throws a UserError listing every location and its value when they
 * disagree or a value is not a version, and listing what was searched when
 * nothing was found.
 */
export function checkAgreement(locs: VersionLocation[], scheme: Scheme = 'pep440'): string {
  if (locs.length === 0) {
    const searched = searchedFor(locs) ?? AUTO_DETECTION;
    throw new UserError(`No version found. Searched:\n${searched.map((s) => `  - ${s}`).join('\n')}\n${FILES_HINT}`);
  }
  const width = Math.max(...locs.map((l) => l.describe.length));
  const listing = (mark?: (l: VersionLocation) => string): string =>
    locs.map((l) => `  ${l.describe.padEnd(width)}  ${l.value}${mark ? mark(l) : ''}`).join('\n');

  const invalid = new Set<VersionLocation>();
  const normalized = new Map<VersionLocation, string>();
  for (const loc of locs) {
    try {
      normalized.set(loc, normalizeVersion(loc.value, scheme));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      invalid.add(loc);
    }
  }
  const label = scheme === 'semver' ? 'semantic version' : 'PEP 440 version';
  if (invalid.size > 0) {
    throw new UserError(
      `Not every version found is a valid ${label}:\n${listing((l) => (invalid.has(l) ? `   <- not a valid ${label}` : ''))}\n` +
        `Fix the value, or leave that file out with the files input. ${FILES_HINT}`,
    );
  }
  const first = normalized.get(locs[0]!)!;
  if (locs.some((l) => compareVersions(normalized.get(l)!, first, scheme) !== 0)) {
    throw new UserError(
      `The version files disagree:\n${listing()}\nMake them hold the same version before bumping, ` +
        `or choose which files to bump. ${FILES_HINT}`,
    );
  }
  return first;
}
