import { compare as comparePep440, parse as parsePep440 } from '@renovatebot/pep440';
import { UserError } from '../errors.js';
import type { Bump } from './bump.js';

/** The three PEP 440 pre-release phases, in the order they sort. */
export type Phase = 'a' | 'b' | 'rc';
const PHASE_ORDER: Record<Phase, number> = { a: 0, b: 1, rc: 2 };
const PHASE_NAME: Record<Phase, string> = { a: 'alpha', b: 'beta', rc: 'rc' };

/** A PEP 440 version taken apart; `null` means "segment absent". */
export interface Pep440Parts {
  epoch: number;
  release: number[];
  pre: [Phase, number] | null;
  post: number | null;
  dev: number | null;
  local: string | null;
}

/**
 * The shape `parse` really returns in @renovatebot/pep440 v4 (its typings describe
 * `explain` instead): letter segments come as `[letter, number]` pairs.
 */
interface RawParsed {
  epoch: number;
  release: number[];
  pre: [string, number] | null;
  post: [string, number] | null;
  dev: [string, number] | null;
  local: (string | number)[] | null;
}

const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).';

/** Parses leniently as PEP 440 allows (surrounding spaces, a leading `v`, any case and separators). */
export function parsePep440Parts(version: string, what = 'version'): Pep440Parts {
  const text = version.trim();
  if (text === '') throw new UserError(`The ${what} is empty. ${SPEC_HINT}`);
  const raw = parsePep440(text) as unknown as RawParsed | null;
  if (!raw) throw new UserError(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
  const numbers = [raw.epoch, ...raw.release, raw.pre?.[1], raw.post?.[1], raw.dev?.[1]];
  if (numbers.some((n) => n !== undefined && !Number.isSafeInteger(n))) {
    throw new UserError(`The ${what} "${version}" has a number too large to handle.`);
  }
  return {
    epoch: raw.epoch,
    release: [...raw.release],
    pre: raw.pre ? [raw.pre[0] as Phase, raw.pre[1]] : null,
    post: raw.post ? raw.post[1] : null,
    dev: raw.dev ? raw.dev[1] : null,
    local: raw.local ? raw.local.join('.') : null,
  };
}

/** The normalized form (PEP 440 "Normalization"): the spelling PyPI and pip print. */
export function formatPep440(p: Pep440Parts): string {
  let s = p.epoch !== 0 ? `${p.epoch}!` : '';
  s += p.release.join('.');
  if (p.pre) s += `${p.pre[0]}${p.pre[1]}`;
  if (p.post !== null) s += `.post${p.post}`;
  if (p.dev !== null) s += `.dev${p.dev}`;
  if (p.local !== null) s += `+${p.local}`;
  return s;
}

export function normalizePep440(version: string, what?: string): string {
  return formatPep440(parsePep440Parts(version, what));
}

export function comparePep440Versions(a: string, b: string): number {
  const left = normalizePep440(a);
  const right = normalizePep440(b);
  return Math.sign(comparePep440(left, right));
}

/** PEP 440: a version with a pre-release or a development segment is a pre-release. */
export function isPep440Prerelease(version: string): boolean {
  const p = parsePep440Parts(version);
  return p.pre !== null || p.dev !== null;
}

export function rejectLocal(p: Pep440Parts, version: string, doing: string): void {
  if (p.local === null) return;
  const pub = formatPep440({ ...p, local: null });
  throw new UserError(
    `Cannot ${doing} ${version}: it has a local version label "+${p.local}", and PyPI refuses uploads whose version ` +
      `has a local label. Use a public version such as ${pub}.`,
  );
}

/**
 * The next version after `current` for one bump. The conventions (all documented
 * in docs of the action and pinned by test/unit/versions/bump.test.ts):
 *
 * - `major`/`minor`/`patch` keep the epoch, drop pre/post/dev, zero the lower
 *   release segments and keep the number of segments (padding when the bumped
 *   segment is missing: `1.2`+patch → `1.2.1`). Like semver, when `current` is a
 *   pre-release (or dev release) of a version whose lower segments are already
 *   zero, the bump *finalizes* it instead of skipping it: `1.2.3rc1`+patch →
 *   `1.2.3`, `2.0.0b1`+major → `2.0.0`, but `1.2.3rc1`+minor → `1.3.0`.
 * - `alpha`/`beta`/`rc` from a final (or post) release bump the patch segment and
 *   start the phase at 0 (`0.8.0`+alpha → `0.8.1a0`); from a dev release of a
 *   final keep the release (`1.0.dev3`+alpha → `1.0a0`); from an earlier phase
 *   keep the release and start at 0 (`1.0a2`+beta → `1.0b0`); within the same
 *   phase increment (`1.0b0`+beta → `1.0b1`), except that a dev release of a
 *   pre-release becomes that pre-release (`1.0rc1.dev2`+rc → `1.0rc1`). Going to
 *   an earlier phase (rc → alpha) is an error: it would sort lower.
 * - `pre` advances the current phase like the phase's own bump; it is an error on
 *   a version without a pre-release phase.
 * - `dev`: `.devN` → `.devN+1`; on a pre-release the next pre-release's `.dev0`
 *   (`1.0rc1`+dev → `1.0rc2.dev0`); on a final release the next patch's `.dev0`.
 * - `post`: starts at `.post0` (PEP 440's implicit number, as hatch does), then
 *   increments; a dev release of a post release becomes that post release. Post
 *   releases of pre-releases are refused (PEP 440 strongly discourages them).
 * - `release` drops the pre-release/dev segments; an error on a final release.
 * - A local version (`1.0+abc`) is refused: PyPI refuses local versions.
 */
export function bumpPep440(current: string, bump: Bump): string {
  const p = parsePep440Parts(current, 'current version');
  rejectLocal(p, current, `bump`);
  const shown = formatPep440(p);
  const next = formatPep440(bumpParts(p, bump, shown));
  if (comparePep440(next, shown) <= 0) {
    // Every rule above moves forward; this guards the rules, not user input.
    throw new Error(`bump ${bump} of ${shown} produced ${next}, which is not higher`);
  }
  return next;
}

/** A pre-release or dev release *of the release segment itself* (not `1.0.post1.dev0`). */
function isPreOfRelease(p: Pep440Parts): boolean {
  return p.pre !== null || (p.dev !== null && p.post === null);
}

function finalOf(p: Pep440Parts, release = p.release): Pep440Parts {
  return { epoch: p.epoch, release, pre: null, post: null, dev: null, local: null };
}

function bumpRelease(p: Pep440Parts, index: number): Pep440Parts {
  const release = [...p.release];
  while (release.length <= index) release.push(0);
  const lowerAreZero = release.slice(index + 1).every((n) => n === 0);
  if (isPreOfRelease(p) && lowerAreZero) return finalOf(p);
  release[index] += 1;
  for (let i = index + 1; i < release.length; i++) release[i] = 0;
  return finalOf(p, release);
}

function bumpParts(p: Pep440Parts, bump: Bump, shown: string): Pep440Parts {
  switch (bump) {
    case 'major':
      return bumpRelease(p, 0);
    case 'minor':
      return bumpRelease(p, 1);
    case 'patch':
      return bumpRelease(p, 2);
    case 'alpha':
      return enterPhase(p, 'a', shown);
    case 'beta':
      return enterPhase(p, 'b', shown);
    case 'rc':
      return enterPhase(p, 'rc', shown);
    case 'pre':
      if (p.pre === null) {
        throw new UserError(
          p.dev !== null && p.post === null
            ? `Cannot bump pre: ${shown} is a development release with no alpha/beta/rc number to advance. ` +
                `Use alpha, beta or rc to start a pre-release, dev for the next development release, or release.`
            : `Cannot bump pre: ${shown} is a final release, so there is no pre-release number to advance. ` +
                `Use alpha, beta or rc to start a pre-release of the next version.`,
        );
      }
      return enterPhase(p, p.pre[0], shown);
    case 'dev':
      if (p.dev !== null) return { ...p, dev: p.dev + 1 };
      if (p.pre !== null) return { ...finalOf(p), pre: [p.pre[0], p.pre[1] + 1], dev: 0 };
      return { ...bumpRelease(finalOf(p), 2), dev: 0 };
    case 'post':
      if (isPreOfRelease(p)) {
        throw new UserError(
          `Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
            `pre-releases. Use pre/alpha/beta/rc to advance it, or release to finalize it.`,
        );
      }
      if (p.post !== null && p.dev !== null) return { ...p, dev: null };
      return { ...p, post: p.post === null ? 0 : p.post + 1, dev: null };
    case 'release':
      if (isPreOfRelease(p)) return finalOf(p);
      if (p.dev !== null) return { ...p, dev: null };
      throw new UserError(
        `Cannot bump release: ${shown} is already a final release. Use major, minor or patch to start the next one.`,
      );
  }
}

function enterPhase(p: Pep440Parts, phase: Phase, shown: string): Pep440Parts {
  if (p.pre !== null) {
    const [current, n] = p.pre;
    if (PHASE_ORDER[phase] < PHASE_ORDER[current]) {
      const lower = formatPep440({ ...finalOf(p), pre: [phase, 0] });
      throw new UserError(
        `Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
          `before it. Use ${PHASE_NAME[current]} (or pre) to advance, release to finalize, or major/minor/patch.`,
      );
    }
    if (phase !== current) return { ...finalOf(p), pre: [phase, 0] };
    // 1.0rc1.dev2 precedes 1.0rc1, so the next step is 1.0rc1 itself.
    if (p.dev !== null && p.post === null) return { ...finalOf(p), pre: [phase, n] };
    return { ...finalOf(p), pre: [phase, n + 1] };
  }
  // 1.0.dev3 precedes 1.0a0: the release segment has not been published yet.
  if (p.dev !== null && p.post === null) return { ...finalOf(p), pre: [phase, 0] };
  // A final release was published: its pre-releases would sort lower, so move on.
  return { ...bumpRelease(finalOf(p), 2), pre: [phase, 0] };
}
