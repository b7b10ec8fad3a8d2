import { UserError } from '../errors.js';
import { BUMPS, SCHEMES, isBump, isScheme, type Bump, type Scheme } from './bump.js';
import {
  bumpPep440,
  comparePep440Versions,
  isPep440Prerelease,
  normalizePep440,
  parsePep440Parts,
  rejectLocal,
} from './pep440.js';
import { bumpSemver, compareSemver, isSemverPrerelease, normalizeSemver, parseSemver, rejectBuild } from './semver-scheme.js';

export type { Bump, Scheme } from './bump.js';

function checkScheme(scheme: Scheme): Scheme {
  if (!isScheme(scheme)) throw new UserError(`Unknown version scheme "${String(scheme)}"; use one of ${SCHEMES.join(', ')}.`);
  return scheme;
}

/**
 * The canonical spelling of a version: PEP 440 normalization (`1.0-RC1` →
 * `1.0rc1`, `v1.2` → `1.2`, `1.0.0.POST` → `1.0.0.post0`), or for semver the
 * version without a leading `v`. Throws a UserError naming the bad value.
 */
export function normalizeVersion(v: string, scheme: Scheme = 'pep440'): string {
  return checkScheme(scheme) === 'semver' ? normalizeSemver(v) : normalizePep440(v);
}

/** The next version; see `bumpPep440` and `bumpSemver` for the conventions. */
export function bumpVersion(current: string, bump: Bump, scheme: Scheme = 'pep440'): string {
  if (!isBump(bump)) throw new UserError(`Unknown bump "${String(bump)}"; use one of ${BUMPS.join(', ')}.`);
  return checkScheme(scheme) === 'semver' ? bumpSemver(current, bump) : bumpPep440(current, bump);
}

/** Negative, zero or positive as `a` sorts before, equal to or after `b` (1.0 and 1.0.0 are equal in PEP 440). */
export function compareVersions(a: string, b: string, scheme: Scheme = 'pep440'): number {
  return checkScheme(scheme) === 'semver' ? compareSemver(a, b) : comparePep440Versions(a, b);
}

/** PEP 440 counts dev releases as pre-releases too (so does pip's `--pre`). */
export function isPrerelease(v: string, scheme: Scheme = 'pep440'): boolean {
  return checkScheme(scheme) === 'semver' ? isSemverPrerelease(v) : isPep440Prerelease(v);
}

export interface NextVersionRequest {
  bump?: Bump;
  version?: string;
  allowDowngrade?: boolean;
  scheme?: Scheme;
}

/**
 * Decides the release version from the current one and either a bump or an
 * explicit version. Both results are normalized. An explicit version must be
 * higher than the current one (lower only with `allowDowngrade`, never equal),
 * and must not carry a local label / build metadata, which PyPI refuses.
 */
export function chooseNextVersion(current: string, req: NextVersionRequest): { previous: string; next: string } {
  const scheme = checkScheme(req.scheme ?? 'pep440');
  const hasBump = req.bump !== undefined && (req.bump as string) !== '';
  const hasVersion = req.version !== undefined && req.version.trim() !== '';
  if (hasBump && hasVersion) {
    throw new UserError(`Give either a bump (${req.bump}) or an explicit version (${req.version}), not both.`);
  }
  if (!hasBump && !hasVersion) {
    throw new UserError(`Give a bump (one of ${BUMPS.join(', ')}) or an explicit version.`);
  }
  const previous = scheme === 'semver' ? normalizeSemver(current, 'current version') : normalizePep440(current, 'current version');
  if (hasBump) return { previous, next: bumpVersion(previous, req.bump as Bump, scheme) };

  const requested = req.version as string;
  let next: string;
  if (scheme === 'semver') {
    rejectBuild(parseSemver(requested, 'requested version'), requested, 'release');
    next = normalizeSemver(requested, 'requested version');
  } else {
    rejectLocal(parsePep440Parts(requested, 'requested version'), requested, 'release');
    next = normalizePep440(requested, 'requested version');
  }
  const order = compareVersions(next, previous, scheme);
  if (order === 0) {
    throw new UserError(
      `The requested version ${requested} is the current version${next === previous ? '' : ` (${previous})`}; ` +
        `give a different version or a bump.`,
    );
  }
  if (order < 0 && !req.allowDowngrade) {
    throw new UserError(
      `The requested version ${requested} is lower than the current version ${previous}. ` +
        `Give a higher version, or set allow-downgrade to go back on purpose.`,
    );
  }
  return { previous, next };
}
