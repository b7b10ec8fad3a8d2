import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { fakeOctokit } from '../../support/github-fake/octokit.js';
import { loadOpenApi, startFakeGitHub, type FakeGitHub } from '../../support/github-fake/index.js';

describe('fake GitHub: OpenAPI checking', () => {
  let fake: FakeGitHub;

  beforeEach(async () => {
    fake = await startFakeGitHub({ token: 'ghs_secret' });
  });

  afterEach(async () => {
    await fake.close();
  });

  it('reports a malformed request as a violation and answers 400 without changing state', async () => {
    const gh = fakeOctokit(fake);
    const before = fake.snapshot();
    const tree = fake.commit(fake.branchSha('main') as string)?.tree as string;
    const bad = gh.rest.git.createTree({
      owner: 'octo',
      repo: 'example',
      base_tree: tree,
      tree: [{ path: 'run.sh', mode: '100777' as '100755', type: 'blob', content: 'echo\n' }],
    });
    await expect(bad).rejects.toMatchObject({ status: 400 });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]).toMatch(/git\/create-tree.*request: body\/tree\/0\/mode must be equal to one of the allowed values/);
    expect(fake.snapshot()).toBe(before);
  });

  it('reports unknown operations, unknown query parameters and wrong parameter types', async () => {
    const headers = { authorization: 'token ghs_secret' };
    const unknown = await fetch(`${fake.url}/repos/octo/example/no-such-endpoint`, { headers });
    expect(unknown.status).toBe(404);
    const unknownParam = await fetch(`${fake.url}/repos/octo/example/releases?perpage=5`, { headers });
    expect(unknownParam.status).toBe(400);
    const badType = await fetch(`${fake.url}/repos/octo/example/releases/not-a-number`, { headers });
    expect(badType.status).toBe(400);
    const missingBody = await fetch(`${fake.url}/repos/octo/example/git/refs`, { method: 'POST', headers });
    expect(missingBody.status).toBe(400);
    expect(fake.violations).toEqual([
      expect.stringContaining('no operation in GitHub\'s OpenAPI description matches'),
      expect.stringContaining('unknown query parameter "perpage"'),
      expect.stringContaining('path parameter release_id must be integer'),
      expect.stringContaining('missing required request body'),
    ]);
    // 401 comes first for a request without the token.
    const anonymous = await fetch(`${fake.url}/repos/octo/example`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
  });

  it('checks response bodies against the documented schema', () => {
    const openapi = loadOpenApi();
    const operation = openapi.operation('repos/get-release');
    expect(operation).toBeDefined();
    const problems = openapi.validateResponse(operation!, 200, { kind: 'json', value: { id: 'one', tag_name: 'v1' } });
    expect(problems.join('\n')).toMatch(/must have required property 'assets_url'/);
    expect(openapi.validateResponse(operation!, 201, { kind: 'json', value: {} })).toEqual([expect.stringContaining('status 201 is not documented')]);
    // Multi-segment parameters keep their slashes; literal segments win over parameters.
    expect(openapi.match('GET', '/repos/o/r/git/ref/heads/feature/x', 'api')?.pathParams.ref).toBe('heads/feature/x');
    expect(openapi.match('GET', '/repos/o/r/commits/abc/check-runs', 'api')?.operation.operationId).toBe('checks/list-for-ref');
    expect(openapi.match('GET', '/repos/o/r/releases/latest', 'api')?.operation.operationId).toBe('repos/get-latest-release');
    expect(openapi.match('POST', '/repos/o/r/releases/1/assets', 'uploads')?.operation.operationId).toBe('repos/upload-release-asset');
    expect(openapi.match('POST', '/repos/o/r/releases/1/assets', 'api')).toBeUndefined();
    expect(openapi.stats.operations).toBeGreaterThan(1000);
  });
});

describe('fake GitHub: fault injection', () => {
  let fake: FakeGitHub;

  beforeEach(async () => {
    fake = await startFakeGitHub();
  });

  afterEach(async () => {
    await fake.close();
  });

  it('retries through injected 502s (plugin-retry)', async () => {
    fake.injectFaults((req) => (req.operationId === 'repos/get' && req.count <= 2 ? { status: 502, body: { message: 'Server Error' } } : undefined));
    const gh = fakeOctokit(fake);
    const { data } = await gh.rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(data.full_name).toBe('octo/example');
    expect(fake.requests.filter((r) => r.operationId === 'repos/get').map((r) => [r.status, r.fault ?? false])).toEqual([
      [502, true],
      [502, true],
      [200, false],
    ]);
    expect(fake.violations).toEqual([]);
  });

  it('waits out a secondary rate limit with retry-after (plugin-throttling)', async () => {
    fake.injectFaults((req) =>
      req.operationId === 'repos/list-releases' && req.count === 1
        ? {
            status: 403,
            headers: { 'retry-after': '1' },
            body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
          }
        : undefined,
    );
    const gh = fakeOctokit(fake, { throttle: true });
    const { data } = await gh.rest.repos.listReleases({ owner: 'octo', repo: 'example' });
    expect(data).toEqual([]);
    expect(fake.requests.filter((r) => r.operationId === 'repos/list-releases').map((r) => r.status)).toEqual([403, 200]);
  });

  it('answers 403 when the primary rate limit is spent', async () => {
    fake.rateLimit.remaining = 0;
    const gh = fakeOctokit(fake, { retries: 0 });
    await expect(gh.rest.repos.get({ owner: 'octo', repo: 'example' })).rejects.toMatchObject({ status: 403 });
    expect(fake.requests.at(-1)?.status).toBe(403);
  });

  it('can drop the connection', async () => {
    fake.injectFaults((req) => (req.count === 1 ? { status: 0, destroy: true } : undefined));
    const gh = fakeOctokit(fake);
    const { data } = await gh.rest.repos.get({ owner: 'octo', repo: 'example' });
    expect(data.name).toBe('example');
    expect(fake.requests.filter((r) => r.operationId === 'repos/get')).toHaveLength(2);
  });
});
