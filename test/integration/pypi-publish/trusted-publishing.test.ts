/**
 * Trusted publishing end to end: the action asks the local index for its
 * audience, gets a GitHub OIDC token from a local stand-in for the runner's
 * token endpoint (RS256, the public key shared with the index), exchanges it at
 * the index's mint-token for a short-lived upload token, and uploads with it.
 * Every refusal code warehouse answers is provoked and must be explained; no
 * token may show in the log, the outputs or the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { createTrustedPublishing, type TrustedPublishing, type TrustedPublishingOptions } from '../../../src/index-server/oidc.js';
import { startHostile } from '../../support/hostile-http.js';
import { startOidcEndpoint, type OidcEndpoint, type TokenMode } from '../../support/oidc.js';
import { cleanupRunsAfterAll, secretLeaks, type ActionRun } from '../../support/runner.js';
import { json, localDigests, makeReleaseSet, publish, publishInputs, startTestIndex, storedDigests, tempDir, TOKEN, type ReleaseSet, type TestIndex } from './helpers.js';

cleanupRunsAfterAll();

let set: ReleaseSet;
beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('tp'), { pythons: ['cp311', 'cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64'] });
});
afterAll(async () => {
  await rm(set.dir, { recursive: true, force: true });
});

interface Setup {
  oidc: OidcEndpoint;
  tp: TrustedPublishing;
  t: TestIndex;
  close(): Promise<void>;
}

/** A local index that takes only minted tokens (or TOKEN, for arranging state), and a token endpoint. */
async function setup(opts: { tp?: Partial<TrustedPublishingOptions>; mode?: TokenMode; claims?: Record<string, unknown> } = {}): Promise<Setup> {
  const oidc = await startOidcEndpoint({ mode: opts.mode ?? 'valid', ...(opts.claims ? { claims: opts.claims } : {}) });
  const tp = createTrustedPublishing({
    key: oidc.publicKey,
    publishers: [{ repository: 'octo/example', workflow: 'release.yml' }],
    ...opts.tp,
  });
  const t = await startTestIndex({ trustedPublishing: tp });
  return { oidc, tp, t, close: async () => { await t.close(); await oidc.close(); } };
}

/** Runs the action with no token: trusted publishing (attestations are attestations.test.ts's subject). */
function publishTrusted(s: Setup, extraEnv: Record<string, string | undefined> = {}, url = s.t.index.uploadUrl): Promise<ActionRun> {
  const inputs: Record<string, string> = { ...publishInputs(url, set.dir), attestations: 'false' };
  delete inputs.token;
  return publish(inputs, { env: { ...s.oidc.env(), ...extraEnv } });
}

/** No secret anywhere a later reader sees it; in raw stdout only inside its own ::add-mask:: line. */
function expectNoLeak(run: ActionRun, secret: string): void {
  expect(secretLeaks(run, secret)).toEqual([]);
  expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(secret);
  expect(run.stderr).not.toContain(secret);
  expect(JSON.stringify(run.outputs)).not.toContain(secret);
  expect(run.summary).not.toContain(secret);
}

describe('trusted publishing', () => {
  it('mints a token for the index’s audience, uploads with it, and never shows it', async () => {
    const s = await setup();
    try {
      const run = await publishTrusted(s);
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(await storedDigests(s.t)).toEqual(await localDigests(set.paths));
      expect(s.oidc.issued.map((i) => i.audience)).toEqual(['pypi']);
      expect(s.tp.minted).toHaveLength(1);
      expect(run.masks).toContain(s.tp.minted[0].token);
      expectNoLeak(run, s.tp.minted[0].token);
      expectNoLeak(run, s.oidc.issued[0].jwt);
      expect(run.log).toContain('Trusted publishing: minted a PyPI API token for audience "pypi"');
      expect(run.summary).toContain('authenticated with trusted publishing');
      expect(run.warnings).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("keeps the runner's request token out of everything when the token service echoes it", async () => {
    const s = await setup();
    // The runner's token service, gone hostile: its answers echo the bearer.
    let calls = 0;
    const service = await startHostile((req, res) => {
      calls++;
      res.writeHead(calls === 1 ? 503 : 400, { 'content-type': 'application/json', 'retry-after': '0' });
      res.end(JSON.stringify({ message: `bad request, you sent ${req.headers.authorization}` }));
    });
    try {
      const run = await publishTrusted(s, { ACTIONS_ID_TOKEN_REQUEST_URL: `${service.url}/idtoken?api-version=2.0` });
      expect(run.code).not.toBe(0);
      expect(service.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${s.oidc.requestToken}`, `Bearer ${s.oidc.requestToken}`]);
      expect(run.errors.join('\n')).toMatch(/OpenID Connect token retrieval failed: GitHub's OIDC token service answered 400: bad request, you sent Bearer \*\*\*\./);
      expectNoLeak(run, s.oidc.requestToken);
      expect(s.t.index.files()).toHaveLength(0);
    } finally {
      await service.close();
      await s.close();
    }
  });

  it('mints again, with a fresh GitHub token, once the upload token is near its expiry', async () => {
    // The index's clock runs 905 s behind, so every 900-second token it mints has already reached
    // its expiry by the action's clock (the index still takes it): the action must mint before every
    // upload, whatever the timing, and each upload must be accepted with the new token.
    const s = await setup({ tp: { now: () => new Date(Date.now() - 905_000), leewaySeconds: 1000 } });
    try {
      const inputs: Record<string, string> = { ...publishInputs(s.t.index.uploadUrl, set.dir, { concurrency: '1' }), attestations: 'false' };
      delete inputs.token;
      const run = await publish(inputs, { env: s.oidc.env() });
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(s.t.index.files()).toHaveLength(set.paths.length);
      expect(s.tp.minted.length).toBeGreaterThanOrEqual(set.paths.length);
      expect(new Set(s.oidc.issued.map((i) => i.claims.jti)).size).toBe(s.tp.minted.length);
      for (const m of s.tp.minted) expectNoLeak(run, m.token);
    } finally {
      await s.close();
    }
  });

  const refusals: { name: string; arrange?: (s: Setup) => Promise<void>; options: Parameters<typeof setup>[0]; code: string; description: string; noClaims?: boolean; help?: string }[] = [
    {
      name: 'no publisher matches the claims',
      options: { tp: { publishers: [{ repository: 'octo/other', workflow: 'release.yml' }] } },
      code: 'invalid-publisher',
      description: 'valid token, but no corresponding publisher (Publisher with matching claims was not found)',
    },
    {
      name: 'the publisher names an environment the job does not use',
      options: { tp: { publishers: [{ repository: 'octo/example', workflow: 'release.yml', environment: 'pypi' }] } },
      code: 'invalid-publisher',
      description: 'valid token, but no corresponding publisher',
    },
    {
      name: 'a pending publisher for a project that already exists',
      options: { tp: { publishers: [], pendingPublishers: [{ project: 'demo-native', repository: 'octo/example', workflow: 'release.yml' }] } },
      arrange: async (s) => {
        const other = await makeReleaseSet(await tempDir('pending'), { pythons: ['cp310'], platforms: ['win_amd64'], sdist: false });
        const run = await publish(publishInputs(s.t.index.uploadUrl, other.dir, { token: TOKEN }));
        await rm(other.dir, { recursive: true, force: true });
        expect(run.code).toBe(0);
      },
      code: 'invalid-pending-publisher',
      description: 'valid token, but project already exists',
    },
    {
      name: 'the GitHub token was already exchanged',
      options: { mode: 'same-token' },
      arrange: async (s) => {
        const res = await fetch(`${s.oidc.requestUrl}&audience=pypi`, { headers: { Authorization: `Bearer ${s.oidc.requestToken}` } });
        const { value } = (await res.json()) as { value: string };
        const minted = await fetch(new URL('/_/oidc/mint-token', s.t.index.url), { method: 'POST', body: JSON.stringify({ token: value }) });
        expect(minted.status).toBe(200);
      },
      code: 'invalid-reuse-token',
      description: 'invalid token: already used',
    },
    { name: 'the token is signed with a key the index does not trust', options: { mode: 'wrong-key' }, code: 'invalid-token', description: 'malformed or invalid token' },
    { name: 'the token has expired', options: { mode: 'expired' }, code: 'invalid-token', description: 'malformed or invalid token' },
    { name: 'the token is not a JWT', options: { mode: 'garbage' }, code: 'invalid-payload', description: 'malformed JWT', noClaims: true },
    {
      name: 'the index has switched off GitHub as a provider',
      options: { tp: { githubEnabled: false } },
      code: 'not-enabled',
      description: 'GitHub trusted publishing functionality not enabled',
      help: 'Trusted publishing is switched off on this index. Use an API token (the token input) instead',
    },
  ];

  for (const r of refusals) {
    it(`explains ${r.code} when ${r.name}, and uploads nothing`, async () => {
      const s = await setup(r.options);
      try {
        await r.arrange?.(s);
        const before = s.t.index.files().length;
        const run = await publishTrusted(s);
        expect(run.code).toBe(1);
        expect(run.errors).toHaveLength(1);
        const error = run.errors[0];
        expect(error).toContain('Trusted publishing exchange failure: Token request failed: the server refused the request for the following reasons:');
        expect(error).toContain(`* \`${r.code}\`: ${r.description}`);
        expect(error).toContain(r.noClaims ? '* `repository`: `MISSING`' : '* `repository`: `octo/example`');
        expect(error).toContain(r.noClaims ? '* `workflow_ref`: `MISSING`' : '* `workflow_ref`: `octo/example/.github/workflows/release.yml@refs/heads/main`');
        expect(error).toContain('* `environment`: `MISSING`');
        expect(error).toContain('Nothing was uploaded.');
        if (r.help) expect(error).toContain(r.help);
        expect(run.summary).toContain(r.code);
        expect(s.t.index.files()).toHaveLength(before);
        for (const issued of s.oidc.issued) expectNoLeak(run, issued.jwt);
      } finally {
        await s.close();
      }
    });
  }

  it('says so when the index has trusted publishing switched off', async () => {
    const s = await setup({ tp: { enabled: false } });
    try {
      const run = await publishTrusted(s);
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain(`audience retrieval failed: repository at ${new URL(s.t.index.url).host} has trusted publishing disabled`);
      expect(s.oidc.issued).toEqual([]);
      expect(s.t.index.files()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('asks for id-token: write when the job has no OIDC token', async () => {
    const s = await setup();
    try {
      const run = await publishTrusted(s, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain('OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions');
      expect(run.errors[0]).toContain('`id-token: write`');
      expect(s.t.index.files()).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('warns that reusable workflows are not supported when the job runs in one', async () => {
    const s = await setup({ claims: { job_workflow_ref: 'octo/shared/.github/workflows/publish.yml@refs/heads/main' } });
    try {
      const run = await publishTrusted(s);
      expect(run.code).toBe(1);
      expect(run.warnings.join('\n')).toContain('Reusable workflows are not currently supported');
      expect(run.errors[0]).toContain('`invalid-publisher`');
      expect(run.errors[0]).toContain('* `job_workflow_ref`: `octo/shared/.github/workflows/publish.yml@refs/heads/main`');
    } finally {
      await s.close();
    }
  });

  it('needs no token at all when everything is already published', async () => {
    const s = await setup();
    try {
      const seed = await publish(publishInputs(s.t.index.uploadUrl, set.dir, { token: TOKEN }));
      expect(seed.code).toBe(0);
      const run = await publishTrusted(s, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
      expect(run.errors).toEqual([]);
      expect(run.code).toBe(0);
      expect(json<string[]>(run.outputs.skipped).sort()).toEqual(set.filenames);
    } finally {
      await s.close();
    }
  });
});
