/**
 * Trusted publishing, both sides: the local index's audience and mint-token
 * endpoints (warehouse's rules and answers) and the client that uses them,
 * talking over real HTTP on loopback.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import { TrustedPublisher, unverifiedClaims } from '../../../src/index-client/index.js';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { createTrustedPublishing, type TrustedPublishing, type TrustedPublishingOptions } from '../../../src/index-server/oidc.js';
import { defaultClaims, ISSUER, startOidcEndpoint, type OidcEndpoint } from '../../support/oidc.js';

const open: { index: LocalIndex; dir: string; oidc?: OidcEndpoint }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.index.close();
    await o.oidc?.close();
    await rm(o.dir, { recursive: true, force: true });
  }
});

async function start(opts: Partial<TrustedPublishingOptions> & { key: TrustedPublishingOptions['key'] }, oidc?: OidcEndpoint): Promise<{ index: LocalIndex; tp: TrustedPublishing }> {
  const dir = await mkdtemp(join(tmpdir(), 'tp-unit-'));
  const tp = createTrustedPublishing({ publishers: [{ repository: 'octo/example', workflow: 'release.yml' }], ...opts });
  const index = await startLocalIndex({ dir, trustedPublishing: tp });
  open.push({ index, dir, ...(oidc ? { oidc } : {}) });
  return { index, tp };
}

function hs256(claims: Record<string, unknown>, secret: string, alg = 'HS256'): string {
  const head = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const sig = alg === 'none' ? '' : createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

function claims(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { ...defaultClaims(), iss: ISSUER, aud: 'pypi', jti: `j-${Math.random()}`, iat: now, nbf: now, exp: now + 300, ...extra };
}

async function mint(index: LocalIndex, body: unknown, path = '/_/oidc/mint-token'): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, index.url), { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const errorOf = (json: Record<string, unknown>) => (json.errors as { code: string; description: string }[])[0];

describe('the local index’s mint-token', () => {
  it('announces its audience, mints a token for a matching HS256 token once, and accepts it for uploads', async () => {
    const { index, tp } = await start({ key: 'shared-secret', audience: 'testpypi' });
    expect(await (await fetch(new URL('/_/oidc/audience', index.url))).json()).toEqual({ audience: 'testpypi' });
    const jwt = hs256(claims({ aud: 'testpypi' }), 'shared-secret');
    const ok = await mint(index, { token: jwt });
    expect(ok.status).toBe(200);
    expect(ok.json.success).toBe(true);
    expect(String(ok.json.token)).toMatch(/^pypi-/);
    expect(typeof ok.json.expires).toBe('number');
    expect(tp.acceptToken(String(ok.json.token))).toBe(true);
    expect(tp.acceptToken('pypi-made-up')).toBe(false);
    const again = await mint(index, { token: jwt }, '/_/oidc/github/mint-token');
    expect(again.status).toBe(422);
    expect(errorOf(again.json)).toEqual({ code: 'invalid-reuse-token', description: 'invalid token: already used' });
    // The upload API takes the minted token and nothing else.
    const auth = (t: string) => `Basic ${Buffer.from(`__token__:${t}`).toString('base64')}`;
    const post = (t: string) => fetch(index.uploadUrl, { method: 'POST', headers: { Authorization: auth(t), 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x\r\nContent-Disposition: form-data; name=":action"\r\n\r\nfile_upload\r\n--x--\r\n' });
    expect((await post('pypi-made-up')).status).toBe(403);
    expect((await post(String(ok.json.token))).status).toBe(400); // past authentication; the form is what is wrong
  });

  it('answers 422 with warehouse’s codes', async () => {
    const { index } = await start({ key: 'k' });
    const cases: [unknown, string, string][] = [
      ['not json', 'invalid-payload', '1 validation error for TokenPayload'],
      [{}, 'invalid-payload', 'Field required'],
      [{ token: 'a.b' }, 'invalid-payload', 'malformed JWT'],
      [{ token: hs256(claims({ iss: 'https://gitlab.com' }), 'k') }, 'invalid-payload', 'unknown trusted publishing issuer'],
      [{ token: hs256(claims(), 'other') }, 'invalid-token', 'malformed or invalid token'],
      [{ token: hs256(claims(), 'k', 'none') }, 'invalid-token', 'malformed or invalid token'],
      [{ token: hs256(claims({ aud: 'testpypi' }), 'k') }, 'invalid-token', 'malformed or invalid token'],
      [{ token: hs256(claims({ exp: Math.floor(Date.now() / 1000) - 3600 }), 'k') }, 'invalid-token', 'malformed or invalid token'],
      [{ token: hs256(claims({ repository: 'octo/other' }), 'k') }, 'invalid-publisher', 'valid token, but no corresponding publisher (Publisher with matching claims was not found)'],
    ];
    for (const [body, code, text] of cases) {
      const res = await mint(index, body);
      expect({ body, status: res.status, message: res.json.message }).toEqual({ body, status: 422, message: 'Token request failed' });
      expect(errorOf(res.json).code).toBe(code);
      expect(errorOf(res.json).description).toContain(text);
    }
  });

  it('says not-enabled when switched off, and 403 on the audience', async () => {
    const { index } = await start({ key: 'k', enabled: false });
    const aud = await fetch(new URL('/_/oidc/audience', index.url));
    expect(aud.status).toBe(403);
    expect(await aud.json()).toEqual({ message: 'Trusted publishing functionality not enabled' });
    expect(errorOf((await mint(index, { token: hs256(claims(), 'k') })).json)).toEqual({ code: 'not-enabled', description: 'GitHub trusted publishing functionality not enabled' });
  });
});

describe('TrustedPublisher (the client)', () => {
  it('mints once, then again only when a third of the token’s life remains, with a fresh GitHub token each time', async () => {
    const oidc = await startOidcEndpoint();
    const { index, tp } = await start({ key: oidc.publicKey, tokenLifetimeSeconds: 600 }, oidc);
    let now = Date.now();
    const masked: string[] = [];
    const log = new MemoryLogger();
    const getIdToken = async (aud: string) => {
      const res = await fetch(`${oidc.requestUrl}&audience=${aud}`, { headers: { Authorization: `Bearer ${oidc.requestToken}` } });
      return ((await res.json()) as { value: string }).value;
    };
    const client = new TrustedPublisher({ base: new URL(index.url), getIdToken, mask: (s) => masked.push(s), log, now: () => now });
    const first = await client.token();
    expect(await client.token()).toBe(first);
    now += 350_000; // 250 s left, more than a third of the 600 s life: kept
    expect(await client.token()).toBe(first);
    now += 60_000; // 190 s left, less than a third: renewed
    const second = await client.token();
    expect(second).not.toBe(first);
    expect(tp.minted.map((m) => m.token)).toEqual([first, second]);
    expect(oidc.issued).toHaveLength(2);
    expect(masked).toEqual(expect.arrayContaining([first, second, oidc.issued[0].jwt, oidc.issued[1].jwt]));
    expect(client.mints).toBe(2);
    expect(unverifiedClaims(oidc.issued[0].jwt)?.aud).toBe('pypi');
  });

  it('explains an index without trusted publishing and a refused exchange', async () => {
    const oidc = await startOidcEndpoint();
    const { index } = await start({ key: oidc.publicKey, publishers: [] }, oidc);
    const getIdToken = async () => oidc.sign({ ...defaultClaims(), iss: ISSUER, aud: 'pypi', jti: 'x', exp: Math.floor(Date.now() / 1000) + 60 });
    const client = new TrustedPublisher({ base: new URL(index.url), getIdToken, mask: () => {}, log: new MemoryLogger() });
    const err = (await client.token().then(() => undefined, (e: unknown) => e)) as Error;
    expect(err.message).toContain('* `invalid-publisher`: valid token, but no corresponding publisher');
    expect(err.message).toContain('the workflow filename (the file that contains this job');
    expect(err.message).toContain('* `sub`: `repo:octo/example:ref:refs/heads/main`');

    const none = new TrustedPublisher({ base: new URL('http://127.0.0.1:9/'), getIdToken, mask: () => {}, log: new MemoryLogger(), retry: { maxAttempts: 1 } });
    await expect(none.token()).rejects.toThrow('audience retrieval failed: 127.0.0.1:9 could not be reached');
  });
  it.each([
    ['sigstore', {}, "that is the audience of Sigstore's signing service"],
    ['sts.amazonaws.com', {}, 'that is the audience of AWS role federation'],
    ['api://AzureADTokenExchange', {}, 'that is the audience of Azure workload identity federation'],
    ['//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh', {}, 'that is the audience of Google Cloud workload identity federation'],
    ['pypi', { expectedAudience: 'testpypi' }, 'is TestPyPI, whose audience is "testpypi"'],
  ])('asks for no GitHub token when the index names the audience %s', async (audience, extra, why) => {
    const oidc = await startOidcEndpoint();
    const { index } = await start({ key: oidc.publicKey, audience }, oidc);
    const asked: string[] = [];
    const getIdToken = async (aud: string) => {
      asked.push(aud);
      return 'never';
    };
    const client = new TrustedPublisher({ base: new URL(index.url), getIdToken, mask: () => {}, log: new MemoryLogger(), ...extra });
    const err = (await client.token().then(() => undefined, (e: unknown) => e)) as Error;
    expect(err.message).toContain(`asks for a GitHub OIDC token with the audience ${JSON.stringify(audience)}, and `);
    expect(err.message).toContain(why);
    expect(err.message).toContain('so none was requested');
    expect(asked).toEqual([]);
  });
});
