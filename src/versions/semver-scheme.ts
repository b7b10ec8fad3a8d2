import semver from 'semver';
import { UserError } from '../errors.js';
import type { Bump } from './bump.js';

const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3-rc.1 or 1.2.3-alpha.0 (https://semver.org).';

/** The order of the pre-release identifiers our bumps produce (and their common short forms). */
const PHASE_ORDER: Record<string, number> = { alpha: 0, a: 0, beta: 1, b: 1, rc: 2 };
const PHASE_ID: Partial<Record<Bump, string>> = { alpha: 'alpha', beta: 'beta', rc: 'rc' };

export function parseSemver(version: string, what = 'version'): semver.SemVer {
  const text = version.trim().replace(/^[vV]/, '');
  if (text === '') throw new UserError(`The ${what} is empty. ${SPEC_HINT}`);
  const parsed = semver.parse(text);
  if (!parsed) throw new UserError(`The ${what} "${version}" is not a valid semantic version. ${SPEC_HINT}`);
  return parsed;
}

/** semver's own `version` drops build metadata; normalization must not lose it. */
export function normalizeSemver(version: string, what?: string): string {
  const v = parseSemver(version, what);
  return v.build.length > 0 ? `${v.version}+${v.build.join('.')}` : v.version;
}

export function compareSemver(a: string, b: string): number {
  return semver.compare(parseSemver(a), parseSemver(b));
}

export function isSemverPrerelease(version: string): boolean {
  return parseSemver(version).prerelease.length > 0;
}

export function rejectBuild(v: semver.SemVer, original: string, doing: string): void {
  if (v.build.length === 0) return;
  throw new UserError(
    `Cannot ${doing} ${original}: it has build metadata "+${v.build.join('.')}", which is ignored for ordering ` +
      `(and refused by PyPI as a local version). Use ${v.version} instead.`,
  );
}

/**
 * The same bump names mapped onto semver: major/minor/patch as `semver.inc`
 * (which also finalizes `1.2.3-rc.1`+patch → `1.2.3`), alpha/beta/rc as the
 * pre-release identifiers `alpha`/`beta`/`rc` (from a final release on the next
 * patch, starting at `.0`), `pre` as semver's `prerelease` on an existing
 * pre-release, `dev` as a `-dev.N` pre-release, `release` dropping the
 * pre-release. semver has no post-releases, so `post` is refused.
 */
export function bumpSemver(current: string, bump: Bump): string {
  const v = parseSemver(current, 'current version');
  rejectBuild(v, current, 'bump');
  const shown = v.version;
  const pre = v.prerelease;
  const head = typeof pre[0] === 'string' ? pre[0] : undefined;
  let next: string | null;
  switch (bump) {
    case 'major':
    case 'minor':
    case 'patch':
      next = semver.inc(shown, bump);
      break;
    case 'release':
      if (pre.length === 0) {
        throw new UserError(`Cannot bump release: ${shown} is already a final release. Use major, minor or patch.`);
      }
      next = `${v.major}.${v.minor}.${v.patch}`;
      break;
    case 'pre':
      if (pre.length === 0) {
        throw new UserError(
          `Cannot bump pre: ${shown} is a final release, so there is no pre-release to advance. ` +
            `Use alpha, beta or rc to start a pre-release of the next version.`,
        );
      }
      next = semver.inc(shown, 'prerelease');
      break;
    case 'alpha':
    case 'beta':
    case 'rc': {
      const id = PHASE_ID[bump] as string;
      if (pre.length === 0) {
        next = semver.inc(shown, 'prepatch', id, '0');
        break;
      }
      const from = head === undefined ? undefined : PHASE_ORDER[head];
      if (from !== undefined && PHASE_ORDER[id] < from) {
        throw new UserError(
          `Cannot bump ${bump}: ${shown} is already at ${head}, and ${v.major}.${v.minor}.${v.patch}-${id}.0 would ` +
            `sort before it. Use ${head} (or pre) to advance, release to finalize, or major/minor/patch.`,
        );
      }
      next = semver.inc(shown, 'prerelease', id, '0');
      break;
    }
    case 'dev':
      if (pre.length === 0) next = semver.inc(shown, 'prepatch', 'dev', '0');
      else if (head === 'dev') next = semver.inc(shown, 'prerelease', 'dev', '0');
      else {
        throw new UserError(
          `Cannot bump dev: ${shown} is already a "${pre.join('.')}" pre-release; with semver a dev release is ` +
            `x.y.z-dev.N. Use pre, alpha, beta or rc to advance it, or release to finalize it.`,
        );
      }
      break;
    case 'post':
      throw new UserError(`Cannot bump post with scheme semver: semver has no post-releases. Use patch instead.`);
  }
  if (next === null || !semver.gt(next, shown)) {
    throw new UserError(
      `Cannot bump ${bump} on ${shown}: the result${next ? ` ${next}` : ''} would not be higher. ` +
        `Give an explicit version instead.`,
    );
  }
  return next;
}
