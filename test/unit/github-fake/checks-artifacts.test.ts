import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import yauzl from 'yauzl';
import { fakeOctokit, type FakeOctokit } from '../../support/github-fake/octokit.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';

/** Entry name → text of every file in a zip held in memory. */
function unzip(data: Buffer): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const out: Record<string, string> = {};
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out[entry.fileName] = Buffer.concat(chunks).toString('utf8');
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('fake GitHub: checks, statuses and artifacts', () => {
  let fake: FakeGitHub;
  let gh: FakeOctokit;
  const owner = 'octo';
  const repo = 'example';

  beforeAll(async () => {
    fake = await startFakeGitHub({ token: 'ghs_secret' });
    gh = fakeOctokit(fake);
  });

  afterAll(async () => {
    await fake.close();
  });

  it('lists check runs for a ref, latest per name by default', async () => {
    const sha = fake.branchSha('main') as string;
    fake.addCheckRun(sha, 'build', 'failure');
    fake.addCheckRun(sha, 'build', 'success');
    fake.addCheckRun(sha, 'lint', null);
    const { data } = await gh.rest.checks.listForRef({ owner, repo, ref: 'main' });
    expect(data.total_count).toBe(2);
    expect(data.check_runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([
      ['lint', 'in_progress', null],
      ['build', 'completed', 'success'],
    ]);
    const { data: all } = await gh.rest.checks.listForRef({ owner, repo, ref: sha, filter: 'all', check_name: 'build' });
    expect(all.check_runs.map((r) => r.conclusion)).toEqual(['success', 'failure']);
    const { data: done } = await gh.rest.checks.listForRef({ owner, repo, ref: sha, status: 'completed' });
    expect(done.total_count).toBe(1);
    expect(fake.violations).toEqual([]);
  });

  it('combines commit statuses', async () => {
    const sha = fake.branchSha('main') as string;
    const { data: empty } = await gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    expect(empty).toMatchObject({ state: 'pending', total_count: 0 });
    fake.addStatus(sha, 'ci/tests', 'pending');
    fake.addStatus(sha, 'ci/tests', 'success');
    fake.addStatus(sha, 'ci/docs', 'success');
    const { data: combined } = await gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: 'main' });
    expect(combined.state).toBe('success');
    expect(combined.statuses.map((s) => s.context).sort()).toEqual(['ci/docs', 'ci/tests']);
    const { data: statuses } = await gh.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha });
    expect(statuses).toHaveLength(3);
    await gh.rest.repos.createCommitStatus({ owner, repo, sha, state: 'failure', context: 'ci/docs' });
    const { data: failed } = await gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    expect(failed.state).toBe('failure');
    expect(fake.violations).toEqual([]);
  });

  it('lists a run’s artifacts by name and downloads the zip through the redirect', async () => {
    await fake.addArtifact(42, 'wheels-linux', { 'example-1.0-cp312-manylinux_x86_64.whl': 'linux wheel' });
    await fake.addArtifact(42, 'wheels-macos', { 'example-1.0-cp312-macosx_11_0_arm64.whl': 'mac wheel' });
    await fake.addArtifact(43, 'wheels-linux', { 'other.whl': 'other run' });
    await fake.addArtifact(42, 'old', { 'x.whl': 'x' }, { expired: true });

    const { data: listed } = await gh.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 42 });
    expect(listed.total_count).toBe(3);
    const { data: named } = await gh.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 42, name: 'wheels-linux' });
    expect(named.artifacts.map((a) => a.name)).toEqual(['wheels-linux']);
    const paged = await gh.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 42, per_page: 1 });
    expect(paged.data.artifacts).toHaveLength(1);
    expect(paged.headers.link).toContain('rel="last"');

    const artifact = named.artifacts[0];
    const download = await gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
    expect(download.url).toContain(`${fake.webUrl}/_objects/artifacts/`);
    expect(await unzip(Buffer.from(download.data as ArrayBuffer))).toEqual({ 'example-1.0-cp312-manylinux_x86_64.whl': 'linux wheel' });

    const expired = listed.artifacts.find((a) => a.name === 'old');
    expect(expired?.expired).toBe(true);
    await expect(gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: expired?.id as number, archive_format: 'zip' })).rejects.toMatchObject({ status: 410 });
    // The object URL needs no token, but a forged signature is refused.
    const forged = await fetch(download.url.replace(/sig=[0-9a-f]+/, 'sig=0000'));
    expect(forged.status).toBe(403);
    expect(fake.violations).toEqual([]);
  });
});
