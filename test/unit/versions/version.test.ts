import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import {
  chooseNextVersion,
  compareVersions,
  isPrerelease,
  normalizeVersion,
} from '../../../src/versions/index.js';

describe('normalizeVersion', () => {
  it.each([
    ['1.0-RC1', '1.0rc1'],
    ['v1.2', '1.2'],
    ['V1.2', '1.2'],
    [' 2.0\n', '2.0'],
    ['1.0.0', '1.0.0'],
    ['1.0alpha', '1.0a0'],
    ['1.0.0.beta.2', '1.0.0b2'],
    ['1.0c1', '1.0rc1'],
    ['1.0preview2', '1.0rc2'],
    ['1.0.0.POST', '1.0.0.post0'],
    ['1.0-1', '1.0.post1'],
    ['1.0-r4', '1.0.post4'],
    ['1.0.dev', '1.0.dev0'],
    ['1.0_DEV-3', '1.0.dev3'],
    ['01.02.03', '1.2.3'],
    ['1!0.1', '1!0.1'],
    ['0!1.0', '1.0'],
    ['1.0+ABC-1_2', '1.0+abc.1.2'],
    ['2.9.0rc1.post2.dev3', '2.9.0rc1.post2.dev3'],
  ])('pep440: %j → %s', (input, expected) => {
    expect(normalizeVersion(input)).toBe(expected);
    expect(normalizeVersion(input, 'pep440')).toBe(expected);
  });

  it.each(['', '   ', 'abc', '1.0.', '1..0', '1.0-foo', 'v', '1.0+', '1.0 rc1', '=1.0'])('pep440: %j is refused', (input) => {
    expect(() => normalizeVersion(input)).toThrow(UserError);
    expect(() => normalizeVersion(input)).toThrow(/PEP 440|empty/);
  });

  it('says what a PEP 440 version looks like', () => {
    expect(() => normalizeVersion('release-1')).toThrow(
      'The version "release-1" is not a valid PEP 440 version. Versions look like 1.2.3, 1.2.3rc1, 1.2.3.post1, 1.2.3.dev0 or 1!2.0 (https://peps.python.org/pep-0440/).',
    );
  });

  it.each([
    ['v1.2.3', '1.2.3'],
    ['1.2.3-rc.1', '1.2.3-rc.1'],
    ['1.2.3+build.5', '1.2.3+build.5'],
    [' 1.2.3 ', '1.2.3'],
  ])('semver: %j → %s', (input, expected) => {
    expect(normalizeVersion(input, 'semver')).toBe(expected);
  });

  it.each(['1.2', '1.2.3rc1', '01.2.3', ''])('semver: %j is refused', (input) => {
    expect(() => normalizeVersion(input, 'semver')).toThrow(UserError);
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0', '1.0.0', 0],
    ['1.0-RC1', '1.0rc1', 0],
    ['v2.0', '2.0', 0],
    ['1.0rc1', '1.0', -1],
    ['1.0.dev0', '1.0a0', -1],
    ['1.0a0', '1.0b0', -1],
    ['1.0rc1.dev0', '1.0rc1', -1],
    ['1.0.post1', '1.0', 1],
    ['1.0.post1.dev0', '1.0', 1],
    ['2.10.0', '2.9.0', 1],
    ['1!0.1', '2.0', 1],
    ['1.0+local', '1.0', 1],
  ])('pep440: %s vs %s → %d', (a, b, sign) => {
    expect(compareVersions(a, b)).toBe(sign);
    expect(compareVersions(b, a)).toBe(-sign || 0);
  });

  it.each([
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha.1', '1.0.0-beta.0', -1],
    ['v1.0.0', '1.0.0', 0],
    ['1.10.0', '1.9.0', 1],
  ])('semver: %s vs %s → %d', (a, b, sign) => {
    expect(compareVersions(a, b, 'semver')).toBe(sign);
  });

  it('refuses what is not a version', () => {
    expect(() => compareVersions('1.0', 'banana')).toThrow(UserError);
  });
});

describe('isPrerelease', () => {
  it.each([
    ['1.0rc1', true],
    ['1.0a0', true],
    ['1.0.dev0', true],
    ['1.0.post1.dev0', true],
    ['1.0a1.post1', true],
    ['1.0', false],
    ['1.0.post1', false],
    ['1!2.0', false],
  ])('pep440: %s → %s', (v, expected) => {
    expect(isPrerelease(v)).toBe(expected);
  });

  it.each([
    ['1.0.0-rc.1', true],
    ['1.0.0', false],
    ['1.0.0+build', false],
  ])('semver: %s → %s', (v, expected) => {
    expect(isPrerelease(v, 'semver')).toBe(expected);
  });
});

describe('chooseNextVersion', () => {
  it('applies a bump and normalizes both versions', () => {
    expect(chooseNextVersion('1.0.0', { bump: 'minor' })).toEqual({ previous: '1.0.0', next: '1.1.0' });
    expect(chooseNextVersion('1.0-RC1', { bump: 'rc' })).toEqual({ previous: '1.0rc1', next: '1.0rc2' });
    expect(chooseNextVersion('v1.2.3', { bump: 'rc', scheme: 'semver' })).toEqual({ previous: '1.2.3', next: '1.2.4-rc.0' });
  });

  it('validates and normalizes an explicit version', () => {
    expect(chooseNextVersion('1.0.0', { version: 'v1.2.0' })).toEqual({ previous: '1.0.0', next: '1.2.0' });
    expect(chooseNextVersion('1.0.0', { version: '1.1.0-RC1' })).toEqual({ previous: '1.0.0', next: '1.1.0rc1' });
    expect(chooseNextVersion('1.0.0', { version: '1.1.0-rc.1', scheme: 'semver' }).next).toBe('1.1.0-rc.1');
    expect(chooseNextVersion('1.0.0', { version: '1!0.1' }).next).toBe('1!0.1');
  });

  it('refuses a lower version unless allowDowngrade', () => {
    expect(() => chooseNextVersion('1.0.0', { version: '0.9' })).toThrow(
      'The requested version 0.9 is lower than the current version 1.0.0. Give a higher version, or set allow-downgrade to go back on purpose.',
    );
    expect(() => chooseNextVersion('1.0.0', { version: '1.0.0rc1' })).toThrow(/lower than the current version/);
    expect(chooseNextVersion('1.0.0', { version: '0.9', allowDowngrade: true })).toEqual({ previous: '1.0.0', next: '0.9' });
  });

  it('refuses the current version, even with allowDowngrade', () => {
    expect(() => chooseNextVersion('1.0.0', { version: '1.0.0' })).toThrow(/1\.0\.0 is the current version/);
    expect(() => chooseNextVersion('1.0.0', { version: '1.0', allowDowngrade: true })).toThrow(
      /1\.0 is the current version \(1\.0\.0\)/,
    );
  });

  it('needs exactly one of bump and version', () => {
    expect(() => chooseNextVersion('1.0.0', { bump: 'patch', version: '1.0.1' })).toThrow(/either a bump \(patch\) or an explicit version \(1\.0\.1\), not both/);
    expect(() => chooseNextVersion('1.0.0', {})).toThrow(/Give a bump \(one of major, minor, patch, pre, alpha, beta, rc, dev, post, release\) or an explicit version/);
    expect(() => chooseNextVersion('1.0.0', { version: '  ' })).toThrow(/Give a bump/);
  });

  it('names which version is invalid', () => {
    expect(() => chooseNextVersion('1.0.0', { version: 'next' })).toThrow(/requested version "next" is not a valid PEP 440 version/);
    expect(() => chooseNextVersion('dev', { bump: 'patch' })).toThrow(/current version "dev" is not a valid PEP 440 version/);
    expect(() => chooseNextVersion('1.0.0', { version: '1.1', scheme: 'semver' })).toThrow(/requested version "1\.1" is not a valid semantic version/);
  });

  it('refuses local versions and build metadata, which PyPI does not accept', () => {
    expect(() => chooseNextVersion('1.0.0', { version: '1.1+local' })).toThrow(/local version label "\+local".*PyPI refuses/s);
    expect(() => chooseNextVersion('1.0.0', { version: '1.1.0+b7', scheme: 'semver' })).toThrow(/build metadata/);
  });
});
