import { describe, expect, it } from '@jest/globals';
import { parseCoreMetadata, parseDistributionFilename, type DistributionInfo } from '../../../src/distributions/index.js';
import type { IndexFile, IndexRelease } from '../../../src/index-client/index.js';
import { planAgainstIndex, releaseId, releaseKey } from '../../../src/commands/pypi-publish/plan.js';
import { uploadOrder } from '../../../src/commands/pypi-publish/publish.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const hex = (c: string) => c.repeat(64);

function local(filename: string, sha: string, blake = sha): DistributionInfo {
  return {
    path: `/d/${filename}`, filename, parsed: parseDistributionFilename(filename), size: 1, sha256: hex(sha), blake2b256: hex(blake),
    metadata: parseCoreMetadata('Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n'), problems: [],
  };
}
function remote(filename: string, sha: string, daysAgo = 1, blake = sha): IndexFile {
  return { filename, sha256: hex(sha), blake2b256: hex(blake), packagetype: filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist', uploadTime: new Date(NOW.getTime() - daysAgo * 86400_000) };
}
function releases(files: IndexFile[]): Map<string, IndexRelease> {
  return new Map([[releaseId({ project: 'demo', version: '1.0' }), { found: files.length > 0, files, source: 'x' }]]);
}

const W1 = 'demo-1.0-cp312-cp312-win_amd64.whl';
const W2 = 'demo-1.0-cp312-cp312-macosx_11_0_arm64.whl';
const SD = 'demo-1.0.tar.gz';

describe('planAgainstIndex', () => {
  it('skips byte-identical files and uploads the rest', () => {
    const { planned, problems } = planAgainstIndex([local(W1, '1'), local(W2, '2')], releases([remote(W1, '1')]), { skipExisting: true, now: NOW, closesOldReleases: true });
    expect(problems).toEqual([]);
    expect(planned.map((p) => [p.info.filename, p.action])).toEqual([[W1, 'present'], [W2, 'upload']]);
    expect(releaseKey(planned[0].info)).toEqual({ project: 'demo', version: '1.0' });
  });

  it('names both hashes when a filename is taken by other bytes', () => {
    const { problems } = planAgainstIndex([local(W1, '1')], releases([remote(W1, '9')]), { skipExisting: true, now: NOW, closesOldReleases: true });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(`the index has sha256 ${hex('9')}, the local file has sha256 ${hex('1')}`);
  });

  it('refuses an identical file when skip-existing is off', () => {
    const { problems } = planAgainstIndex([local(W1, '1')], releases([remote(W1, '1')]), { skipExisting: false, now: NOW, closesOldReleases: true });
    expect(problems[0].message).toContain('skip-existing is false');
  });

  it('refuses the same bytes under a second name, a second sdist, and a release older than 14 days', () => {
    expect(planAgainstIndex([local(W2, '1')], releases([remote(W1, '1')]), { skipExisting: true, now: NOW, closesOldReleases: true }).problems[0].message)
      .toContain(`has exactly the bytes of ${W1}`);
    expect(planAgainstIndex([local(SD, '2')], releases([remote('demo-1.0.zip', '3')]), { skipExisting: true, now: NOW, closesOldReleases: true }).problems[0].message)
      .toContain('Only one sdist may be uploaded per release.');
    const old = planAgainstIndex([local(W1, '1'), local(W2, '2')], releases([remote(W1, '1', 15)]), { skipExisting: true, now: NOW, closesOldReleases: true });
    expect(old.problems.map((p) => p.file)).toEqual([W2]);
    expect(old.problems[0].message).toContain('15 days ago');
    // Nothing to upload to an old release: nothing to refuse.
    expect(planAgainstIndex([local(W1, '1')], releases([remote(W1, '1', 30)]), { skipExisting: true, now: NOW, closesOldReleases: true }).problems).toEqual([]);
    expect(planAgainstIndex([local(W2, '2')], releases([remote(W1, '1', 13)]), { skipExisting: true, now: NOW, closesOldReleases: true }).problems).toEqual([]);    // Another index than PyPI and TestPyPI has no such rule.
    expect(planAgainstIndex([local(W1, '1'), local(W2, '2')], releases([remote(W1, '1', 15)]), { skipExisting: true, now: NOW, closesOldReleases: false }).problems).toEqual([]);
  });

  it('refuses a file the listing gives without a sha256, since what it holds cannot be told', () => {
    const listed = new Map([[releaseId({ project: 'demo', version: '1.0' }), { found: true, files: [], source: 'https://idx.example/simple/demo/', unhashed: [W1] }]]);
    const { planned, problems } = planAgainstIndex([local(W1, '1'), local(W2, '2')], listed, { skipExisting: true, now: NOW, closesOldReleases: true });
    expect(problems.map((p) => p.file)).toEqual([W1]);
    expect(problems[0].message).toContain(`https://idx.example/simple/demo/ lists it without a sha256, so whether it holds the local bytes (sha256 ${hex('1')}) cannot be told`);
    expect(planned.map((p) => p.action)).toEqual(['upload', 'upload']);
  });
});

describe('uploadOrder', () => {
  const names = (order: ReturnType<typeof uploadOrder>) => ({ phases: order.phases.map((p) => p.map((f) => f.info.filename)), firsts: order.firsts.map((f) => f.info.filename) });
  const plan = (index: Map<string, IndexRelease>) => planAgainstIndex([local(SD, '3'), local(W1, '1'), local(W2, '2')], index, { skipExisting: true, now: NOW, closesOldReleases: true }).planned;

  it('a new release: its smallest wheel first (the one that creates it), the other wheels, then the sdist', () => {
    const planned = plan(releases([]));
    expect(names(uploadOrder(planned, releases([])))).toEqual({ phases: [[W1, W2], [SD]], firsts: [W1] });
    const bigFirst = planned.map((p) => (p.info.filename === W1 ? { ...p, info: { ...p.info, size: p.info.size + 1000 } } : p));
    expect(names(uploadOrder(bigFirst, releases([])))).toEqual({ phases: [[W2, W1], [SD]], firsts: [W2] });
  });

  it('a release the index has: the wheels, then the sdist, with no first file to wait for', () => {
    const index = releases([remote('demo-1.0-py3-none-any.whl', '9')]);
    expect(names(uploadOrder(plan(index), index))).toEqual({ phases: [[W1, W2], [SD]], firsts: [] });
  });

  it('a new release of an sdist alone: the sdist creates it', () => {
    const planned = planAgainstIndex([local(SD, '3')], releases([]), { skipExisting: true, now: NOW, closesOldReleases: true }).planned;
    expect(names(uploadOrder(planned, releases([])))).toEqual({ phases: [[SD], []], firsts: [SD] });
  });
});
