/**
 * What an unpinned leg asks pip for: the plain name while the release is the
 * newest version pip would consider, else the release's own series, for every
 * PEP 440 shape a release can take.
 */
import { describe, expect, it } from '@jest/globals';
import { seriesOf, upgradeRequirement } from '../../../../src/commands/verify-install/upgrade.js';

const files = (...names: (string | [string, string | boolean])[]) => names.map((n) => (Array.isArray(n) ? { filename: n[0], yanked: n[1] } : { filename: n, yanked: false }));

describe('seriesOf', () => {
  it('is the release segment as written without its last component, under the same epoch', () => {
    expect(seriesOf('2.9.4')).toBe('2.9');
    expect(seriesOf('2.9.4.post1')).toBe('2.9');
    expect(seriesOf('2.9.5rc1')).toBe('2.9');
    expect(seriesOf('2.9.5.dev3')).toBe('2.9');
    expect(seriesOf('1!2.9.4')).toBe('1!2.9');
    expect(seriesOf('2.10')).toBe('2');
    expect(seriesOf('7')).toBe('7');
    expect(seriesOf('1.2.3.4')).toBe('1.2.3');
  });
});

describe('upgradeRequirement', () => {
  const listing = files('ray-2.9.3-py3-none-any.whl', 'ray-2.10.0-py3-none-any.whl', 'ray-2.9.4-py3-none-any.whl', 'ray-2.9.4.tar.gz');

  it('a maintenance release (2.9.4 after 2.10.0): the release must win its own series', () => {
    expect(upgradeRequirement('ray', '2.9.4', listing, false)).toEqual({ requirement: 'ray==2.9.*', kind: 'series', series: '2.9', higher: '2.10.0' });
  });

  it('the newest release: a plain pip install -U', () => {
    expect(upgradeRequirement('ray', '2.10.0', listing, false)).toEqual({ requirement: 'ray', kind: 'newest' });
    expect(upgradeRequirement('ray', '2.10', listing, false).kind).toBe('newest');
  });

  it('counts only what pip would consider: the project\'s files, not yanked, pre-releases only with --pre', () => {
    expect(upgradeRequirement('ray', '2.9.4', files('ray-2.9.4-py3-none-any.whl', ['ray-2.10.0-py3-none-any.whl', 'broken build']), false).kind).toBe('newest');
    expect(upgradeRequirement('ray', '2.9.4', files('ray-2.9.4-py3-none-any.whl', 'ray-2.10.0rc1-py3-none-any.whl'), false).kind).toBe('newest');
    expect(upgradeRequirement('ray', '2.9.4', files('ray-2.9.4-py3-none-any.whl', 'ray-2.10.0rc1-py3-none-any.whl'), true))
      .toEqual({ requirement: 'ray==2.9.*', kind: 'series', series: '2.9', higher: '2.10.0rc1' });
    expect(upgradeRequirement('ray', '2.9.4', files('ray-2.9.4-py3-none-any.whl', 'ray_cpp-3.0.0-py3-none-any.whl', 'not a file name'), false).kind).toBe('newest');
  });

  it('a post-release, a pre-release and an epoch keep their series', () => {
    expect(upgradeRequirement('ray', '2.9.4.post1', listing, false).requirement).toBe('ray==2.9.*');
    expect(upgradeRequirement('ray', '2.9.5rc1', listing, true).requirement).toBe('ray==2.9.*');
    expect(upgradeRequirement('Ray', '1!2.9.4', files('ray-1!3.0-py3-none-any.whl'), false).requirement).toBe('Ray==1!2.9.*');
  });
});
