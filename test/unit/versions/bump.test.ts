import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import { bumpVersion, type Bump } from '../../../src/versions/index.js';

/**
 * The bump conventions, PEP 440 (the default scheme). Where PEP 440 leaves a
 * choice, the row's comment names the convention chosen.
 */
const pep440: [string, Bump, string][] = [
  // Required cases from the design.
  ['1.0.0rc1', 'rc', '1.0.0rc2'],
  ['1.0.0rc2', 'release', '1.0.0'],
  ['2.9.0', 'minor', '2.10.0'],
  ['1.0.dev3', 'dev', '1.0.dev4'],
  ['1!2.0', 'major', '1!3.0'],
  ['1.0.post1', 'post', '1.0.post2'],
  ['0.8.0', 'alpha', '0.8.1a0'], // entering a phase from a final release: next patch, phase starts at 0
  ['1.0a2', 'beta', '1.0b0'], // a later phase keeps the release and starts at 0
  ['1.0b0', 'beta', '1.0b1'], // the same phase increments

  // major / minor / patch: zero the lower segments, keep the segment count and the epoch.
  ['1.2.3', 'major', '2.0.0'],
  ['1.2.3', 'minor', '1.3.0'],
  ['1.2.3', 'patch', '1.2.4'],
  ['0.9.9', 'minor', '0.10.0'],
  ['1.2', 'patch', '1.2.1'], // the bumped segment is added when missing
  ['1', 'minor', '1.1'],
  ['1', 'patch', '1.0.1'],
  ['1.2.3.4', 'patch', '1.2.4.0'],
  ['1.2.3.4', 'major', '2.0.0.0'],
  ['1!1.2.3', 'minor', '1!1.3.0'],
  ['2024.1.0', 'minor', '2024.2.0'],
  // ... and drop post/dev segments.
  ['1.2.3.post1', 'patch', '1.2.4'],
  ['1.2.3.post1.dev0', 'patch', '1.2.4'], // a dev release of a post release comes after 1.2.3
  // A pre-release of X finalizes to X when X's lower segments are already zero (as semver does).
  ['1.2.3rc1', 'patch', '1.2.3'],
  ['1.2.3.dev0', 'patch', '1.2.3'],
  ['1.2.3a1.dev2', 'patch', '1.2.3'],
  ['1.2.0rc1', 'minor', '1.2.0'],
  ['2.0.0b1', 'major', '2.0.0'],
  ['2.0.0b1', 'minor', '2.0.0'],
  ['1.0rc1', 'patch', '1.0'], // finalizing keeps the segment count
  ['1.2.3rc1', 'minor', '1.3.0'], // 1.2.3 is not a minor release: move on to 1.3.0
  ['1.2.3rc1', 'major', '2.0.0'],
  ['1.2rc1', 'major', '2.0'],

  // alpha / beta / rc.
  ['1.0.0', 'rc', '1.0.1rc0'],
  ['1.0', 'beta', '1.0.1b0'], // the release is padded to 3 segments for the patch bump
  ['1.0.post2', 'alpha', '1.0.1a0'], // a post release is a final release
  ['1!1.0.0', 'alpha', '1!1.0.1a0'],
  ['1.0.0a1', 'rc', '1.0.0rc0'],
  ['1.0.0a1', 'alpha', '1.0.0a2'],
  ['1.0.0rc9', 'rc', '1.0.0rc10'],
  ['1.0.dev3', 'alpha', '1.0a0'], // 1.0.dev3 precedes 1.0a0: keep the release
  ['1.0a1.dev0', 'beta', '1.0b0'],
  ['1.0.0rc1.dev2', 'rc', '1.0.0rc1'], // a dev release of rc1 leads to rc1 itself
  ['1.0.0rc1.post1', 'rc', '1.0.0rc2'],
  ['2!1.0a1', 'beta', '2!1.0b0'],

  // pre: advance the current phase.
  ['1.0rc1', 'pre', '1.0rc2'],
  ['1.0a5', 'pre', '1.0a6'],
  ['1.0b1.dev1', 'pre', '1.0b1'],

  // dev.
  ['1.0.0', 'dev', '1.0.1.dev0'], // on a final release: the next patch's .dev0
  ['1.0.post1', 'dev', '1.0.1.dev0'],
  ['1.0rc1', 'dev', '1.0rc2.dev0'], // on a pre-release: the next pre-release's .dev0
  ['1.0rc1.dev0', 'dev', '1.0rc1.dev1'],
  ['1.0.post1.dev2', 'dev', '1.0.post1.dev3'],

  // post: starts at .post0 (PEP 440's implicit number, as hatch does).
  ['1.0', 'post', '1.0.post0'],
  ['1.0.post0', 'post', '1.0.post1'],
  ['1.0.post2.dev0', 'post', '1.0.post2'],

  // release: drop the pre-release / dev segments.
  ['1.0rc1.dev1', 'release', '1.0'],
  ['1.0.dev3', 'release', '1.0'],
  ['1.0b2.post1', 'release', '1.0'],
  ['1.0.post1.dev0', 'release', '1.0.post1'],
  ['1!2.0a1', 'release', '1!2.0'],

  // Input in any PEP 440 spelling; output normalized.
  ['1.0-RC1', 'rc', '1.0rc2'],
  ['v1.2', 'minor', '1.3'],
  ['1.0.0.ALPHA1', 'alpha', '1.0.0a2'],
  ['1.0.0-preview.3', 'rc', '1.0.0rc4'],
  [' 1.0.0 ', 'patch', '1.0.1'],
  ['1.0-1', 'post', '1.0.post2'],
];

describe('bumpVersion (pep440)', () => {
  it.each(pep440)('%s + %s → %s', (current, bump, expected) => {
    expect(bumpVersion(current, bump)).toBe(expected);
    expect(bumpVersion(current, bump, 'pep440')).toBe(expected);
  });

  const refused: [string, Bump, RegExp][] = [
    ['1.0rc1', 'alpha', /already at rc, and 1\.0a0 would sort before it/],
    ['1.0rc1', 'beta', /already at rc/],
    ['1.0b3', 'alpha', /already at beta/],
    ['1.0.0', 'pre', /final release, so there is no pre-release number/],
    ['1.0.post1', 'pre', /final release/],
    ['1.0.dev1', 'pre', /development release with no alpha\/beta\/rc number/],
    ['1.0.0', 'release', /already a final release/],
    ['1.0.post1', 'release', /already a final release/],
    ['1.0rc1', 'post', /post-releases of pre-releases/],
    ['1.0.dev0', 'post', /post-releases of pre-releases/],
    ['1.0+abc', 'patch', /local version label "\+abc".*PyPI refuses.*such as 1\.0/s],
    ['1.0rc1+ubuntu.1', 'rc', /PyPI refuses/],
    ['not-a-version', 'patch', /"not-a-version" is not a valid PEP 440 version/],
    ['1.0.', 'patch', /not a valid PEP 440 version/],
    ['', 'patch', /empty/],
  ];
  it.each(refused)('%s + %s is refused', (current, bump, message) => {
    expect(() => bumpVersion(current, bump)).toThrow(UserError);
    expect(() => bumpVersion(current, bump)).toThrow(message);
  });

  it('refuses an unknown bump or scheme with the accepted values', () => {
    expect(() => bumpVersion('1.0', 'huge' as Bump)).toThrow(/Unknown bump "huge"; use one of major, minor, patch, pre/);
    expect(() => bumpVersion('1.0', 'patch', 'calver' as 'pep440')).toThrow(/Unknown version scheme "calver"/);
  });
});

const semver: [string, Bump, string][] = [
  ['1.2.3', 'major', '2.0.0'],
  ['1.2.3', 'minor', '1.3.0'],
  ['1.2.3', 'patch', '1.2.4'],
  ['v1.2.3', 'patch', '1.2.4'],
  ['1.2.3-rc.1', 'patch', '1.2.3'],
  ['1.2.3-rc.1', 'minor', '1.3.0'],
  ['1.2.0-rc.1', 'minor', '1.2.0'],
  ['2.0.0-beta.1', 'major', '2.0.0'],
  ['1.2.3', 'alpha', '1.2.4-alpha.0'],
  ['1.2.3', 'rc', '1.2.4-rc.0'],
  ['1.2.4-alpha.0', 'alpha', '1.2.4-alpha.1'],
  ['1.2.4-alpha.3', 'beta', '1.2.4-beta.0'],
  ['1.2.4-beta.0', 'rc', '1.2.4-rc.0'],
  ['1.2.4-rc.0', 'rc', '1.2.4-rc.1'],
  ['1.2.4-rc.1', 'pre', '1.2.4-rc.2'],
  ['1.2.4-0', 'pre', '1.2.4-1'],
  ['1.2.4-rc.1', 'release', '1.2.4'],
  ['1.2.3', 'dev', '1.2.4-dev.0'],
  ['1.2.4-dev.0', 'dev', '1.2.4-dev.1'],
];

describe('bumpVersion (semver)', () => {
  it.each(semver)('%s + %s → %s', (current, bump, expected) => {
    expect(bumpVersion(current, bump, 'semver')).toBe(expected);
  });

  const refused: [string, Bump, RegExp][] = [
    ['1.2.3', 'post', /semver has no post-releases/],
    ['1.2.4-rc.0', 'alpha', /already at rc/],
    ['1.2.4-next.0', 'alpha', /would not be higher/],
    ['1.2.3', 'pre', /final release/],
    ['1.2.3', 'release', /already a final release/],
    ['1.2.4-rc.0', 'dev', /dev release is x\.y\.z-dev\.N/],
    ['1.2.3+build.7', 'patch', /build metadata "\+build\.7"/],
    ['1.2', 'patch', /"1\.2" is not a valid semantic version/],
  ];
  it.each(refused)('%s + %s is refused', (current, bump, message) => {
    expect(() => bumpVersion(current, bump, 'semver')).toThrow(UserError);
    expect(() => bumpVersion(current, bump, 'semver')).toThrow(message);
  });
});
