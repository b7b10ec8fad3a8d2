/**
 * The embedded index checks attestations as warehouse does, over real HTTP:
 * only with a trusted-publishing token, at most two per file, no predicate
 * type twice, the statement about exactly the uploaded bytes, the certificate
 * issued to the trusted publisher's workflow, the bundle verifying against the
 * index's trust root. Accepted attestations are served by the Integrity API
 * and linked from the simple pages (PEP 691 and PEP 503), also after a restart
 * on the same directory. Signatures come from the local Sigstore stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { signAttestations } from '../../../src/attestations/sign.js';
import type { Attestation } from '../../../src/attestations/pep740.js';
import { createTrustedPublishing, type TrustedPublishing } from '../../../src/index-server/oidc.js';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { MemoryLogger } from '../../../src/log.js';
import { ISSUER } from '../../support/oidc.js';
import { startTestSigstore, type TestSigstore } from '../../support/sigstore.js';
import { buildWheel, hashes, tempDir, tokenAuth, upload, type Dist } from '../../unit/index-server/builders.js';

const PUBLISHER = { repository: 'octo/example', workflow: 'release.yml' };
const STATIC_TOKEN = 'pypi-static-token-for-arranging-state';
const PREFIX = 'Invalid attestations supplied during upload: ';

let s: TestSigstore;
let tp: TrustedPublishing;
let dir: { path: string; remove(): Promise<void> };
let index: LocalIndex;

/** A GitHub OIDC token of the local issuer with these claims on top of the harness's. */
function idToken(audience: string, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  return s.oidc.sign({ ...s.oidc.claims, ...claims, jti: randomUUID(), aud: audience, iss: ISSUER, iat: now, nbf: now - 5, exp: now + 300 });
}

async function mintUploadToken(): Promise<string> {
  const res = await fetch(new URL('/_/oidc/mint-token', index.url), { method: 'POST', body: JSON.stringify({ token: idToken('pypi', { environment: 'pypi' }) }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function sign(dist: { filename: string; sha256: string }, claims: Record<string, unknown> = {}, publisher = PUBLISHER): Promise<Attestation> {
  const signed = await signAttestations([dist], { trust: s.trust, getToken: async () => idToken('sigstore', claims), publisher, log: new MemoryLogger() });
  return signed.get(dist.filename)!;
}

async function refusal(res: Response): Promise<string> {
  expect(res.status).toBe(400);
  const body = await res.text();
  return decodeHtml(/<br\/><br\/>\n([\s\S]*?)\n\n\n/.exec(body)?.[1] ?? body);
}

function decodeHtml(text: string): string {
  return text.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

async function wheel(seed: string): Promise<Dist & { sha256: string }> {
  const dist = await buildWheel({ name: 'attested-demo', version: '1.0.0', tag: `cp312-cp312-${seed}` });
  return { ...dist, sha256: (await hashes(dist.bytes)).sha256 };
}

beforeAll(async () => {
  s = await startTestSigstore();
  tp = createTrustedPublishing({ key: s.oidc.publicKey, publishers: [{ ...PUBLISHER, environment: 'pypi' }] });
  dir = await tempDir('attested-index-');
  index = await startLocalIndex({ dir: dir.path, token: STATIC_TOKEN, trustedPublishing: tp, trustedRoot: s.sigstore.trustedRoot });
});
afterAll(async () => {
  await index.close();
  await s.close();
  await dir.remove();
});

describe('attestations on upload', () => {
  it('accepts a verified attestation from the trusted publisher and serves its provenance', async () => {
    const dist = await wheel('win_amd64');
    const attestation = await sign(dist, { environment: 'pypi' });
    const res = await upload(index.url, dist, { auth: tokenAuth(await mintUploadToken()), fields: { attestations: JSON.stringify([attestation]) } });
    expect(res.status).toBe(200);

    const url = new URL(`integrity/attested-demo/1.0.0/${dist.filename}/provenance`, index.url);
    const provenance = await fetch(url);
    expect(provenance.status).toBe(200);
    expect(await provenance.json()).toEqual({
      version: 1,
      attestation_bundles: [{ publisher: { kind: 'GitHub', repository: 'octo/example', workflow: 'release.yml', environment: 'pypi' }, attestations: [attestation] }],
    });
    const simple = (await (await fetch(new URL('simple/attested-demo/', index.url), { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })).json()) as {
      meta: Record<string, unknown>;
      files: { filename: string; provenance: string | null }[];
    };
    expect(simple.meta['api-version']).toBe('1.3');
    expect(simple.files.find((f) => f.filename === dist.filename)?.provenance).toBe(url.href);
    const html = await (await fetch(new URL('simple/attested-demo/', index.url))).text();
    expect(html).toContain(`data-provenance="${url.href}"`);
    // Another project or version in the path is not this file.
    expect((await fetch(new URL(`integrity/attested-demo/2.0.0/${dist.filename}/provenance`, index.url))).status).toBe(404);
  });

  it('says a file has no provenance when it was uploaded without attestations', async () => {
    const dist = await wheel('macosx_11_0_arm64');
    expect((await upload(index.url, dist, { auth: tokenAuth(STATIC_TOKEN) })).status).toBe(200);
    const res = await fetch(new URL(`integrity/attested-demo/1.0.0/${dist.filename}/provenance`, index.url));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: `No provenance available for ${dist.filename}` });
    const simple = (await (await fetch(new URL('simple/attested-demo/', index.url), { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })).json()) as { files: { filename: string; provenance: string | null }[] };
    expect(simple.files.find((f) => f.filename === dist.filename)?.provenance).toBeNull();
  });

  const refusals: { name: string; arrange(dist: Dist & { sha256: string }): Promise<{ field: string; auth?: 'static' }>; message: string }[] = [
    {
      name: 'an attestation for other bytes',
      arrange: async (dist) => ({ field: JSON.stringify([await sign({ filename: dist.filename, sha256: 'a'.repeat(64) })]) }),
      message: 'Could not verify the uploaded artifact using the included attestation: Verification failed: subject does not match distribution digest',
    },
    {
      name: 'an attestation for another file',
      arrange: async (dist) => ({ field: JSON.stringify([await sign({ filename: dist.filename.replace('attested_demo', 'other_demo'), sha256: dist.sha256 })]) }),
      message: 'Could not verify the uploaded artifact using the included attestation: Verification failed: subject does not match distribution name: ',
    },
    {
      name: 'a second attestation with the same predicate type',
      arrange: async (dist) => {
        const one = await sign(dist);
        return { field: JSON.stringify([one, await sign(dist)]) };
      },
      message: 'Multiple attestations for the same file with the same predicate type (https://docs.pypi.org/attestations/publish/v1) are not supported',
    },
    {
      name: 'three attestations',
      arrange: async (dist) => {
        const one = await sign(dist);
        return { field: JSON.stringify([one, one, one]) };
      },
      message: 'A maximum of 2 attestations per file are supported',
    },
    {
      name: 'a certificate from another repository',
      arrange: async (dist) => ({
        field: JSON.stringify([await sign(dist, {
          repository: 'octo/other',
          job_workflow_ref: 'octo/other/.github/workflows/release.yml@refs/heads/main',
          workflow_ref: 'octo/other/.github/workflows/release.yml@refs/heads/main',
        }, { repository: 'octo/other', workflow: 'release.yml' })]),
      }),
      message: "Could not verify the uploaded artifact using the included attestation: Verification failed: Certificate's OIDCSourceRepositoryURI does not match (got 'https://github.com/octo/other', expected 'https://github.com/octo/example')",
    },
    {
      name: 'attestations sent with a plain API token',
      arrange: async (dist) => ({ field: JSON.stringify([await sign(dist)]), auth: 'static' }),
      message: 'Attestations are only supported when using Trusted Publishing',
    },
    { name: 'an empty list', arrange: async () => ({ field: '[]' }), message: 'Malformed attestations: an empty attestation set is not permitted' },
    { name: 'not JSON', arrange: async () => ({ field: 'attestation' }), message: 'Malformed attestations: invalid JSON' },
  ];

  for (const r of refusals) {
    it(`refuses ${r.name} with warehouse's message, and stores nothing`, async () => {
      const dist = await wheel(['manylinux_2_17_x86_64', 'manylinux_2_17_aarch64', 'musllinux_1_2_x86_64', 'musllinux_1_2_aarch64', 'macosx_10_9_x86_64', 'linux_armv7l', 'manylinux_2_28_x86_64', 'win_arm64'][refusals.indexOf(r)]);
      const { field, auth } = await r.arrange(dist);
      const before = index.files().length;
      const token = auth === 'static' ? STATIC_TOKEN : await mintUploadToken();
      const res = await upload(index.url, dist, { auth: tokenAuth(token), fields: { attestations: field } });
      const message = await refusal(res);
      expect(message.slice(0, PREFIX.length + r.message.length)).toBe(PREFIX + r.message);
      expect(res.statusText.slice(0, PREFIX.length)).toBe(PREFIX);
      expect(index.files()).toHaveLength(before);
    });
  }

  it('refuses attestations that do not verify against its trust root (here: production)', async () => {
    const other = await tempDir('attested-prod-');
    const prod = await startLocalIndex({ dir: other.path, trustedPublishing: tp });
    try {
      const dist = await wheel('win32');
      const mint = await fetch(new URL('/_/oidc/mint-token', prod.url), { method: 'POST', body: JSON.stringify({ token: idToken('pypi', { environment: 'pypi' }) }) });
      const token = ((await mint.json()) as { token: string }).token;
      const res = await upload(prod.url, dist, { auth: tokenAuth(token), fields: { attestations: JSON.stringify([await sign(dist)]) } });
      expect(await refusal(res)).toMatch(/^Invalid attestations supplied during upload: Could not verify the uploaded artifact using the included attestation: Verification failed: /);
      expect(prod.files()).toEqual([]);
    } finally {
      await prod.close();
      await other.remove();
    }
  });

  it('serves the stored provenance again after a restart on the same directory', async () => {
    const before = index.files().filter((f) => f.provenance);
    expect(before.length).toBeGreaterThan(0);
    const url = new URL(`integrity/attested-demo/1.0.0/${before[0].filename}/provenance`, index.url);
    const served = await (await fetch(url)).text();
    await index.close();
    index = await startLocalIndex({ dir: dir.path, token: STATIC_TOKEN, trustedPublishing: tp, trustedRoot: s.sigstore.trustedRoot });
    const again = await fetch(new URL(`integrity/attested-demo/1.0.0/${before[0].filename}/provenance`, index.url));
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(served);
  });
});
