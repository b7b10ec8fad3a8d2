import { describe, expect, it } from '@jest/globals';
import {
  higherFinalTag,
  isPrerelease,
  previousVersionTag,
  releaseVersion,
  tagScheme,
  tagVersion,
} from '../../../../src/commands/create-release/version-tags.js';

// Created in this order: v2.8.1 is a backport tagged last, so "newest by date" would pick it.
const TAGS = ['v2.8.0', 'v2.9.0', 'v2.10.0rc1', 'v2.10.0', 'v2.8.1', 'nightly', 'v2.11.0.dev1', 'other-3.0.0', 'vv9.0'];

describe('previousVersionTag', () => {
  it('picks the highest earlier version in PEP 440 order, not the newest tag', () => {
    expect(previousVersionTag(TAGS, 'v2.11.0', '2.11.0')?.tag).toBe('v2.10.0');
    expect(previousVersionTag(TAGS, 'v2.10.1', '2.10.1')?.tag).toBe('v2.10.0');
  });

  it('skips pre-releases for a final release: 2.10.0 notes start at 2.9.0, not at 2.10.0rc1', () => {
    expect(previousVersionTag(TAGS, 'v2.10.0', '2.10.0')?.tag).toBe('v2.9.0');
  });

  it('counts pre-releases for a pre-release', () => {
    expect(previousVersionTag(TAGS, 'v2.10.0rc2', '2.10.0rc2')?.tag).toBe('v2.10.0rc1');
    expect(previousVersionTag(TAGS, 'v2.11.0rc1', '2.11.0rc1')?.tag).toBe('v2.11.0.dev1');
  });

  it('compares 2.10 above 2.9 (not as strings) and ignores tags of another scheme', () => {
    expect(previousVersionTag(['v2.9.0', 'v2.10.0', 'v10.0.0'], 'v2.10.1', '2.10.1')?.tag).toBe('v2.10.0');
    expect(previousVersionTag(['other-3.0.0', 'v1.0.0'], 'v3.1.0', '3.1.0')?.tag).toBe('v1.0.0');
    expect(previousVersionTag(['release-1.0', 'v1.5'], 'release-2.0', '2.0')?.tag).toBe('release-1.0');
  });

  it('finds nothing below the first release', () => {
    expect(previousVersionTag(TAGS, 'v1.0.0', '1.0.0')).toBeUndefined();
  });
});

describe('higherFinalTag', () => {
  it('names a higher final release, so a backport is not made latest', () => {
    expect(higherFinalTag(TAGS, 'v2.8.2', '2.8.2')?.tag).toBe('v2.10.0');
    expect(higherFinalTag(TAGS, 'v2.10.1', '2.10.1')).toBeUndefined();
    // a higher pre-release does not count
    expect(higherFinalTag(['v3.0.0rc1'], 'v2.10.1', '2.10.1')).toBeUndefined();
  });
});

describe('tags and versions', () => {
  it('derives the scheme and the version from a tag', () => {
    expect(tagScheme('v2.10.0', '2.10.0')).toEqual({ prefix: 'v', suffix: '' });
    expect(tagScheme('pkg-v1.0-final', '1.0')).toEqual({ prefix: 'pkg-v', suffix: '-final' });
    expect(tagScheme('release-2.0rc1')).toEqual({ prefix: 'release-', suffix: '' });
    expect(tagScheme('nightly')).toBeUndefined();
    expect(tagVersion('vv9.0', { prefix: 'v', suffix: '' })).toBeUndefined();
    expect(releaseVersion('v2.10.0rc1')).toBe('2.10.0rc1');
    expect(releaseVersion('nightly')).toBeUndefined();
    expect(releaseVersion('nightly', '1.0')).toBe('1.0');
  });

  it('knows PEP 440 pre-releases (dev releases included, post releases not)', () => {
    expect(isPrerelease('2.10.0rc1')).toBe(true);
    expect(isPrerelease('2.10.0.dev3')).toBe(true);
    expect(isPrerelease('1.0a1')).toBe(true);
    expect(isPrerelease('2.10.0')).toBe(false);
    expect(isPrerelease('2.10.0.post1')).toBe(false);
  });
});

describe('version tags with numbers beyond 2^53', () => {
  it('orders them as packaging does, not as rounded JavaScript numbers', () => {
    const tags = ['v1.0.post99999999999999999998', 'v1.0.post99999999999999999999', 'v1.0.post100000000000000000001'];
    expect(previousVersionTag(tags, 'v1.0.post100000000000000000000', '1.0.post100000000000000000000')?.tag).toBe('v1.0.post99999999999999999999');
    expect(higherFinalTag(tags, 'v1.0.post100000000000000000000', '1.0.post100000000000000000000')?.tag).toBe('v1.0.post100000000000000000001');
  });
});
