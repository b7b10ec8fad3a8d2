/**
 * PEP 440 versions as `packaging.version.Version` has them: the same grammar
 * (its VERSION_PATTERN, surrounding whitespace allowed), the same normal form
 * (`str(Version(v))`) and the same order (`Version._key`). Every number is a
 * BigInt: packaging takes `1.0.post99999999999999999999` and so must we, and a
 * JavaScript number would round it. @renovatebot/pep440 keeps using JS numbers,
 * so it serves for specifiers and validity only, never for numbers or order.
 */
import { UserError } from '../errors.js';
import type { Bump } from './bump.js';

/** The three PEP 440 pre-release phases, in the order they sort. */
export type Phase = 'a' | 'b' | 'rc';
const PHASE_ORDER: Record<Phase, number> = { a: 0, b: 1, rc: 2 };
const PHASE_NAME: Record<Phase, string> = { a: 'alpha', b: 'beta', rc: 'rc' };

/** A PEP 440 version taken apart; `null` means "segment absent". */
export interface Pep440Parts {
  epoch: bigint;
  release: bigint[];
  pre: [Phase, bigint] | null;
  post: bigint | null;
  dev: bigint | null;
  /** Normalized: lower case, segments joined by "."; numeric segments without leading zeros. */
  local: string | null;
}

/** What Python's `\s` matches in a str pattern (str.isspace), which JavaScript's `\s` does not quite. */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

/** packaging.version.VERSION_PATTERN, matched case-insensitively between optional whitespace. */
const VERSION = new RegExp(
  `^${PY_SPACE}*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)`
    + '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?'
    + '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?'
    + '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)'
    + `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?${PY_SPACE}*$`,
  'i',
);

const PRE_SPELLING: Record<string, Phase> = { a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };

/** `Version(text)` taken apart, or undefined when packaging would raise InvalidVersion. */
export function parsePep440(text: string): Pep440Parts | undefined {
  const g = VERSION.exec(text)?.groups;
  if (!g) return undefined;
  const post = g.post_n1 ?? g.post_n2 ?? (g.post_l !== undefined ? '0' : undefined);
  return {
    epoch: BigInt(g.epoch ?? 0),
    release: g.release.split('.').map((n) => BigInt(n)),
    pre: g.pre_l !== undefined ? [PRE_SPELLING[g.pre_l.toLowerCase()], BigInt(g.pre_n ?? 0)] : null,
    post: post !== undefined ? BigInt(post) : null,
    dev: g.dev_l !== undefined ? BigInt(g.dev_n ?? 0) : null,
    local: g.local !== undefined
      ? g.local.toLowerCase().split(/[-_.]/).map((s) => (/^[0-9]+$/.test(s) ? BigInt(s).toString() : s)).join('.')
      : null,
  };
}

/** The normal form, `str(Version(v))`: the spelling PyPI and pip print. */
export function formatPep440(p: Pep440Parts): string {
  let s = p.epoch !== 0n ? `${p.epoch}!` : '';
  s += p.release.join('.');
  if (p.pre) s += `${p.pre[0]}${p.pre[1]}`;
  if (p.post !== null) s += `.post${p.post}`;
  if (p.dev !== null) s += `.dev${p.dev}`;
  if (p.local !== null) s += `+${p.local}`;
  return s;
}

/** `str(Version(v))`, or undefined when `v` is not a PEP 440 version. */
export function normalizedPep440(version: string): string | undefined {
  const p = parsePep440(version);
  return p ? formatPep440(p) : undefined;
}

/**
 * packaging.utils.canonicalize_version: the normal form with trailing ".0"
 * release segments dropped ("1.0.0" → "1"); how warehouse identifies a release.
 */
export function canonicalPep440(p: Pep440Parts): string {
  const release = [...p.release];
  while (release.length > 1 && release[release.length - 1] === 0n) release.pop();
  return formatPep440({ ...p, release });
}

const SPEC_HINT = 'Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).';

/** Parses as PEP 440 allows (surrounding spaces, a leading `v`, any case and separators), or throws a UserError. */
export function parsePep440Parts(version: string, what = 'version'): Pep440Parts {
  if (version.trim() === '') throw new UserError(`The ${what} is empty. ${SPEC_HINT}`);
  const p = parsePep440(version);
  if (!p) throw new UserError(`The ${what} "${version}" is not a valid PEP 440 version. ${SPEC_HINT}`);
  return p;
}

export function normalizePep440(version: string, what?: string): string {
  return formatPep440(parsePep440Parts(version, what));
}

/** One element of packaging's `_key`, comparable across versions: -∞, a number, a string or a tuple. */
type KeyPart = { inf: -1 | 1 } | bigint | string | KeyPart[];

const NEG: KeyPart = { inf: -1 };
const POS: KeyPart = { inf: 1 };

/** packaging's `_cmpkey`: the order of versions is the order of these keys. */
function sortKey(p: Pep440Parts): KeyPart[] {
  const release = [...p.release];
  while (release.length > 0 && release[release.length - 1] === 0n) release.pop();
  // A dev release of a final sorts before its pre-releases; a final sorts after them.
  const pre: KeyPart = p.pre === null && p.post === null && p.dev !== null ? NEG : p.pre === null ? POS : [p.pre[0], p.pre[1]];
  const post: KeyPart = p.post === null ? NEG : p.post;
  const dev: KeyPart = p.dev === null ? POS : p.dev;
  // Local segments: numbers sort after strings, and compare as numbers.
  const local: KeyPart = p.local === null
    ? NEG
    : p.local.split('.').map((s): KeyPart => (/^[0-9]+$/.test(s) ? [BigInt(s), ''] : [NEG, s]));
  return [p.epoch, release, pre, post, dev, local];
}

function compareKey(a: KeyPart, b: KeyPart): number {
  const infA = typeof a === 'object' && !Array.isArray(a) ? a.inf : 0;
  const infB = typeof b === 'object' && !Array.isArray(b) ? b.inf : 0;
  if (infA !== 0 || infB !== 0) return Math.sign(infA - infB);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKey(a[i], b[i]);
      if (c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  // Strings (phase letters, local labels) compare by code point, like Python's str.
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Negative, zero or positive as `a` sorts before, equal to or after `b`, as `Version(a) < Version(b)`. */
export function comparePep440(a: Pep440Parts, b: Pep440Parts): number {
  return compareKey(sortKey(a), sortKey(b));
}

/** Compares two version strings; throws a UserError naming one that is not PEP 440. */
export function comparePep440Versions(a: string, b: string): number {
  return comparePep440(parsePep440Parts(a), parsePep440Parts(b));
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
  const nextParts = bumpParts(p, bump, shown);
  const next = formatPep440(nextParts);
  if (comparePep440(nextParts, p) <= 0) {
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
  while (release.length <= index) release.push(0n);
  const lowerAreZero = release.slice(index + 1).every((n) => n === 0n);
  if (isPreOfRelease(p) && lowerAreZero) return finalOf(p);
  release[index] += 1n;
  for (let i = index + 1; i < release.length; i++) release[i] = 0n;
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
      if (p.dev !== null) return { ...p, dev: p.dev + 1n };
      if (p.pre !== null) return { ...finalOf(p), pre: [p.pre[0], p.pre[1] + 1n], dev: 0n };
      return { ...bumpRelease(finalOf(p), 2), dev: 0n };
    case 'post':
      if (isPreOfRelease(p)) {
        throw new UserError(
          `Cannot bump post: ${shown} is a pre-release, and PEP 440 strongly discourages post-releases of ` +
            `pre-releases. Use pre/alpha/beta/rc to advance it, or release to finalize it.`,
        );
      }
      if (p.post !== null && p.dev !== null) return { ...p, dev: null };
      return { ...p, post: p.post === null ? 0n : p.post + 1n, dev: null };
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
      const lower = formatPep440({ ...finalOf(p), pre: [phase, 0n] });
      throw new UserError(
        `Cannot bump ${PHASE_NAME[phase]}: ${shown} is already at ${PHASE_NAME[current]}, and ${lower} would sort ` +
          `before it. Use ${PHASE_NAME[current]} (or pre) to advance, release to finalize, or major/minor/patch.`,
      );
    }
    if (phase !== current) return { ...finalOf(p), pre: [phase, 0n] };
    // 1.0rc1.dev2 precedes 1.0rc1, so the next step is 1.0rc1 itself.
    if (p.dev !== null && p.post === null) return { ...finalOf(p), pre: [phase, n] };
    return { ...finalOf(p), pre: [phase, n + 1n] };
  }
  // 1.0.dev3 precedes 1.0a0: the release segment has not been published yet.
  if (p.dev !== null && p.post === null) return { ...finalOf(p), pre: [phase, 0n] };
  // A final release was published: its pre-releases would sort lower, so move on.
  return { ...bumpRelease(finalOf(p), 2), pre: [phase, 0n] };
}
