/**
 * verify-install checks who published the bytes it installed: against the
 * embedded index with trusted publishing and attestation checks, signatures
 * from the local Sigstore stand-in (Fulcio and Rekor on loopback, tokens from
 * the local OIDC issuer for octo/example's release.yml, the runner harness's
 * own run). It passes and names the publisher of an attested wheel, and fails,
 * naming the reason, on a wheel without provenance where it is required, on
 * provenance that does not verify, and on another publisher.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { signAttestations } from '../../../src/attestations/sign.js';
import { createTrustedPublishing } from '../../../src/index-server/oidc.js';
import { startLocalIndex, type LocalIndex } from '../../../src/index-server/index.js';
import { MemoryLogger } from '../../../src/log.js';
import { ISSUER } from '../../support/oidc.js';
import { cleanupRunsAfterAll, runAction, type ActionRun } from '../../support/runner.js';
import { startTestSigstore, type TestSigstore } from '../../support/sigstore.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { cleanupAll, publishWheel, tempDir } from './support.js';

cleanupRunsAfterAll();
afterAll(cleanupAll);

const PY = '3.12';
const python = pythonPath(PY);
const PUBLISHER = { repository: 'octo/example', workflow: 'release.yml' };
const STATIC_TOKEN = 'pypi-static-token-for-unattested-uploads';
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

let s: TestSigstore;
let other: TestSigstore;
let index: LocalIndex;
let indexDir: string;
let dir: string;
let trustConfig: string;
let otherTrustConfig: string;

function idToken(audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  return s.oidc.sign({ ...s.oidc.claims, environment: 'pypi', jti: randomUUID(), aud: audience, iss: ISSUER, iat: now, nbf: now - 5, exp: now + 300 });
}

async function mintUploadToken(): Promise<string> {
  const res = await fetch(new URL('/_/oidc/mint-token', index.url), { method: 'POST', body: JSON.stringify({ token: idToken('pypi') }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

/** Uploads a wheel with a fresh trusted-publishing token and its publish attestation, signed as octo/example's release.yml. */
async function publishAttested(name: string): Promise<string> {
  return publishWheel({ uploadUrl: `${index.url}legacy/` }, { name, version: '1.0', tags: 'py3-none-any' }, async (path) => {
    const signed = await signAttestations([{ filename: basename(path), sha256: sha256(path) }], {
      trust: s.trust, getToken: async () => idToken('sigstore'), publisher: PUBLISHER, log: new MemoryLogger(),
    });
    return { token: await mintUploadToken(), attestations: JSON.stringify([signed.get(basename(path))]) };
  });
}

function verify(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction('verify-install', {
    version: '1.0',
    'index-url': `${index.url}simple/`,
    python: PY,
    'trusted-root': trustConfig,
    'wait-timeout': '30',
    ...inputs,
  }, { env });
}

function manifestFor(path: string, attested: boolean): string {
  const file = join(dir, `manifest-${basename(path)}.json`);
  writeFileSync(file, JSON.stringify({
    schema: 'python-release-actions/manifest', schemaVersion: 1, createdAt: '2026-01-01T00:00:00.000Z',
    files: [{ filename: basename(path), size: readFileSync(path).length, sha256: sha256(path), ...(attested ? { attestation: { filename: `${basename(path)}.publish.attestation`, sha256: 'a'.repeat(64) } } : {}) }],
  }));
  return file;
}

function result(run: ActionRun): { provenance: string; wheels: { filename: string; provenance: { status: string; publisher?: Record<string, string>; reason?: string } }[] } {
  return JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8'));
}

beforeAll(async () => {
  if (!python) return;
  s = await startTestSigstore();
  other = await startTestSigstore();
  dir = await tempDir('verify-provenance-');
  indexDir = await tempDir('verify-provenance-index-');
  const tp = createTrustedPublishing({ key: s.oidc.publicKey, publishers: [{ ...PUBLISHER, environment: 'pypi' }] });
  index = await startLocalIndex({ dir: indexDir, token: STATIC_TOKEN, trustedPublishing: tp, trustedRoot: s.sigstore.trustedRoot });
  trustConfig = await s.writeTrustConfig(dir);
  otherTrustConfig = await other.writeTrustConfig(await tempDir('verify-provenance-other-'));
});
afterAll(async () => {
  await index?.close();
  await s?.close();
  await other?.close();
});

describeIf(python, `Python ${PY} is not installed under /root/.pyenv/versions`)('provenance of the installed wheel', () => {
  it('an attested wheel: verified against the trust root, published by this repository\'s release workflow, and said so', async () => {
    const path = await publishAttested('attested-demo');
    const run = await verify({ package: 'attested-demo', provenance: 'required' });
    expect(run.errors).toEqual([]);
    expect(run.outputs.provenance).toBe('verified');
    expect(run.outputs.publisher).toBe('octo/example/.github/workflows/release.yml@refs/heads/main');
    expect(run.summary).toContain('<td>✅ octo/example&#x27;s release.yml at refs/heads/main (environment pypi, as the index states)</td>');
    const check = (JSON.parse(readFileSync(run.outputs['result-file']!, 'utf8')) as { checks: { name: string; detail: string }[] }).checks.find((c) => c.name === 'provenance');
    expect(check?.detail).toBe(`${basename(path)} was published by octo/example's release.yml at refs/heads/main (environment pypi, as the index states), the expected publisher; 1 attestation of these bytes verified against the ${trustConfig} Sigstore trust root`);
    expect(result(run)).toMatchObject({
      provenance: 'verified',
      wheels: [{ filename: basename(path), provenance: { status: 'verified', publisher: { repository: 'octo/example', workflow: 'release.yml', ref: 'refs/heads/main', environment: 'pypi' } } }],
    });
  });

  it('names another publisher: the wheel was not published by the repository and workflow expected', async () => {
    await publishAttested('forked-demo');
    const run = await verify({ package: 'forked-demo' }, { GITHUB_REPOSITORY: 'octo/fork', GITHUB_WORKFLOW_REF: 'octo/fork/.github/workflows/release.yml@refs/heads/main' });
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain("names another publisher: forked_demo-1.0-py3-none-any.whl was published by octo/example's release.yml at refs/heads/main (environment pypi, as the index states), not by octo/fork's release.yml (Certificate's OIDCSourceRepositoryURI does not match (got 'https://github.com/octo/example', expected 'https://github.com/octo/fork'))");
    expect(run.outputs.provenance).toBe('failed');
    const other = await verify({ package: 'forked-demo', 'publisher-repository': 'octo/example', 'publisher-workflow': 'publish.yml' });
    expect(other.errors[0]).toContain("not by octo/example's publish.yml (Certificate's Build Config URI (https://github.com/octo/example/.github/workflows/release.yml@refs/heads/main) does not match expected Trusted Publisher (publish.yml @ octo/example))");
  });

  it('does not verify: against another trust root (the production one, another Sigstore), or about other bytes', async () => {
    const path = await publishAttested('unverifiable-demo');
    const elsewhere = await verify({ package: 'unverifiable-demo', 'trusted-root': otherTrustConfig });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.errors[0]).toMatch(new RegExp(`the provenance of ${basename(path).replace(/\./g, '\\.')} \\(http://[^)]+/provenance\\) does not verify against the ${otherTrustConfig.replace(/\./g, '\\.')} Sigstore trust root: Verification failed: `));
    const production = await verify({ package: 'unverifiable-demo', 'trusted-root': '' });
    expect(production.errors[0]).toContain('does not verify against the production Sigstore trust root: Verification failed: ');

    // The index's stored provenance now speaks of other bytes: the installed ones are not what was attested.
    const stored = readdirSync(join(indexDir), { recursive: true }).map(String).find((f) => f.endsWith(`${basename(path)}.provenance`))!;
    const provenance = JSON.parse(readFileSync(join(indexDir, stored), 'utf8'));
    const attestation = provenance.attestation_bundles[0].attestations[0];
    const statement = JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
    statement.subject[0].digest.sha256 = 'b'.repeat(64);
    attestation.envelope.statement = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(join(indexDir, stored), JSON.stringify(provenance));
    const tampered = await verify({ package: 'unverifiable-demo' });
    expect(tampered.code).toBe(1);
    expect(tampered.errors[0]).toContain('does not verify against the');
    expect(result(tampered).wheels[0].provenance.status).toBe('failed');
  });

  it('fails on provenance the index changed: a malformed bundle beside a good one, or a publisher object the certificate contradicts', async () => {
    const path = await publishAttested('restated-demo');
    const stored = join(indexDir, readdirSync(join(indexDir), { recursive: true }).map(String).find((f) => f.endsWith(`${basename(path)}.provenance`))!);
    const original = readFileSync(stored, 'utf8');
    const good = await verify({ package: 'restated-demo' });
    expect(good.errors).toEqual([]);

    const provenance = JSON.parse(original);
    provenance.attestation_bundles.push('garbage', { publisher: { kind: 'GitHub', repository: 'evil/fork', workflow: 'x.yml' }, attestations: 'not-a-list' });
    writeFileSync(stored, JSON.stringify(provenance));
    const malformed = await verify({ package: 'restated-demo' });
    expect(malformed.code).toBe(1);
    expect(malformed.errors[0]).toContain('is malformed: attestation_bundles[1] is not an object; attestation_bundles[2].attestations is not a list');
    expect(result(malformed).wheels[0].provenance.status).toBe('failed');

    const restated = JSON.parse(original);
    restated.attestation_bundles[0].publisher = { kind: 'GitHub', repository: 'someone/else', workflow: 'x.yml', environment: 'prod-approved' };
    writeFileSync(stored, JSON.stringify(restated));
    const contradicted = await verify({ package: 'restated-demo' });
    expect(contradicted.code).toBe(1);
    expect(contradicted.errors[0]).toContain("names someone/else's x.yml as the publisher, but the signing certificate names octo/example's release.yml at refs/heads/main");
    expect(JSON.stringify(result(contradicted))).not.toContain('prod-approved');
    writeFileSync(stored, original);
  });

  describe('a wheel published without attestations', () => {
    let path: string;
    beforeAll(async () => {
      path = await publishWheel({ uploadUrl: `${index.url}legacy/` }, { name: 'plain-demo', version: '1.0', tags: 'py3-none-any' }, { token: STATIC_TOKEN });
    });

    it('auto: passes, and says the wheel is not attested', async () => {
      const run = await verify({ package: 'plain-demo' });
      expect(run.errors).toEqual([]);
      expect(run.outputs.provenance).toBe('none');
      expect(run.outputs.publisher).toBeUndefined();
      expect(run.summary).toContain('not attested');
    });

    it('required: fails, naming the reason', async () => {
      const run = await verify({ package: 'plain-demo', provenance: 'required' });
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain(`${basename(path)} has no provenance: the index links none for it (PEP 740), but provenance is required`);
    });

    it('auto, with a manifest that names its attestation: fails', async () => {
      const run = await verify({ package: 'plain-demo', 'expect-manifest': manifestFor(path, true) });
      expect(run.code).toBe(1);
      expect(run.errors[0]).toContain(`${basename(path)} has no provenance: the index links none for it (PEP 740), but the manifest says it was published with the attestation ${basename(path)}.publish.attestation`);
    });

    it('off: not checked at all', async () => {
      const run = await verify({ package: 'plain-demo', provenance: 'off', 'expect-manifest': manifestFor(path, true) });
      expect(run.errors).toEqual([]);
      expect(run.outputs.provenance).toBe('off');
    });
  });
});
