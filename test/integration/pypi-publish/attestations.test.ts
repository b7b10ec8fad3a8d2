/**
 * PEP 740 attestations through the bundled action, end to end on loopback:
 * the action signs each file with the local Sigstore stand-in (Fulcio-like CA
 * for tokens of the local OIDC issuer, Rekor-like log), writes the
 * attestations beside the files, uploads them with trusted publishing to a
 * local index that verifies them as warehouse does, and a second index gets
 * the same attestation bytes. What the index would refuse, and a release that
 * would end up with mixed provenance, is refused before the first byte; no
 * token shows anywhere.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { certificateClaims } from '../../../src/attestations/identity.js';
import { signAttestations } from '../../../src/attestations/sign.js';
import { statementOf, type Attestation, type Provenance } from '../../../src/attestations/pep740.js';
import { readManifest } from '../../../src/distributions/index.js';
import { createTrustedPublishing, type TrustedPublishing } from '../../../src/index-server/oidc.js';
import { MemoryLogger } from '../../../src/log.js';
import { ISSUER } from '../../support/oidc.js';
import { cleanupRunsAfterAll, secretLeaks, type ActionRun } from '../../support/runner.js';
import { startTestSigstore, type TestSigstore } from '../../support/sigstore.js';
import { json, localDigests, makeReleaseSet, publish, publishInputs, startTestIndex, storedDigests, tempDir, TOKEN, type ReleaseSet, type TestIndex } from './helpers.js';

cleanupRunsAfterAll();

const OTHER_CLAIMS = {
  repository: 'octo/other',
  job_workflow_ref: 'octo/other/.github/workflows/release.yml@refs/heads/main',
  workflow_ref: 'octo/other/.github/workflows/release.yml@refs/heads/main',
};

let template: ReleaseSet;
let s: TestSigstore;
let tp: TrustedPublishing;
let trustConfig: string;
let work: string;
let set: ReleaseSet;
const indexes: TestIndex[] = [];

beforeAll(async () => {
  template = await makeReleaseSet(await tempDir('att-template'), { pythons: ['cp312'], platforms: ['win_amd64', 'macosx_11_0_arm64'] });
  s = await startTestSigstore();
  tp = createTrustedPublishing({ key: s.oidc.publicKey, publishers: [{ repository: 'octo/example', workflow: 'release.yml' }, { repository: 'octo/other', workflow: 'release.yml' }] });
  trustConfig = await s.writeTrustConfig(template.dir.replace(/[^/]+$/, ''));
});
afterAll(async () => {
  await Promise.all(indexes.map((t) => t.close()));
  await s.close();
  await rm(template.dir, { recursive: true, force: true });
  await rm(trustConfig, { force: true });
});
beforeEach(async () => {
  // Each test publishes a fresh copy of the same files: attestation files get written beside them.
  work = await tempDir('att-work');
  for (const p of template.paths) await copyFile(p, join(work, basename(p)));
  set = { dir: work, paths: template.paths.map((p) => join(work, basename(p))), filenames: template.filenames };
  s.oidc.claims = { ...s.oidc.claims, repository: 'octo/example', job_workflow_ref: 'octo/example/.github/workflows/release.yml@refs/heads/main', workflow_ref: 'octo/example/.github/workflows/release.yml@refs/heads/main' };
});

async function index(): Promise<TestIndex> {
  const t = await startTestIndex({ trustedPublishing: tp, trustedRoot: s.sigstore.trustedRoot });
  indexes.push(t);
  return t;
}

function publishAttested(t: TestIndex, extra: Record<string, string> = {}, env: Record<string, string | undefined> = {}): Promise<ActionRun> {
  const inputs: Record<string, string> = { ...publishInputs(t.index.uploadUrl, set.dir), ...extra };
  if (!('token' in extra)) delete inputs.token;
  return publish(inputs, { env: { ...s.env(trustConfig), ...env } });
}

async function provenanceOf(t: TestIndex, filename: string): Promise<{ status: number; body: Provenance }> {
  const res = await fetch(new URL(`integrity/demo-native/1.2.0/${filename}/provenance`, t.index.url));
  return { status: res.status, body: (await res.json()) as Provenance };
}

async function attestationFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.attestation')).sort();
}

function expectNoTokenLeak(run: ActionRun): void {
  const secrets = [...s.oidc.issued.map((i) => i.jwt), ...tp.minted.map((m) => m.token)];
  for (const secret of secrets) {
    expect(secretLeaks(run, secret)).toEqual([]);
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
    expect(JSON.stringify(run.outputs)).not.toContain(secret);
    expect(run.summary).not.toContain(secret);
  }
}

/** An attestation signed by another identity than the job's (octo/other's release workflow). */
async function signAsOther(filename: string, sha256: string): Promise<Attestation> {
  const token = async (): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    return s.oidc.sign({ ...s.oidc.claims, ...OTHER_CLAIMS, jti: randomUUID(), aud: 'sigstore', iss: ISSUER, iat: now, nbf: now - 5, exp: now + 300 });
  };
  const signed = await signAttestations([{ filename, sha256 }], { trust: s.trust, getToken: token, publisher: { repository: 'octo/other', workflow: 'release.yml' }, log: new MemoryLogger() });
  return signed.get(filename)!;
}

describe('pypi-publish with PEP 740 attestations', () => {
  it('signs, uploads and gets every file attested; a second index receives the same attestation bytes', async () => {
    const testpypi = await index();
    const run = await publishAttested(testpypi);
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);
    expect(await storedDigests(testpypi)).toEqual(await localDigests(set.paths));
    expect(await attestationFiles(set.dir)).toEqual(set.filenames.map((f) => `${f}.publish.attestation`));
    expect(run.log).toContain(`Attestations: signing ${set.paths.length} files with Sigstore`);
    const certificates = s.sigstore.certificates.length;

    const digests = await localDigests(set.paths);
    for (const filename of set.filenames) {
      const { status, body } = await provenanceOf(testpypi, filename);
      expect(status).toBe(200);
      expect(body.attestation_bundles).toHaveLength(1);
      expect(body.attestation_bundles[0].publisher).toEqual({ kind: 'GitHub', repository: 'octo/example', workflow: 'release.yml', environment: null });
      const [attestation] = body.attestation_bundles[0].attestations;
      expect(body.attestation_bundles[0].attestations).toHaveLength(1);
      expect(statementOf(attestation)).toEqual({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: filename, digest: { sha256: digests.get(filename) } }],
        predicateType: 'https://docs.pypi.org/attestations/publish/v1',
        predicate: null,
      });
      const claims = certificateClaims(attestation.verification_material.certificate);
      expect(claims.buildConfigUri).toBe('https://github.com/octo/example/.github/workflows/release.yml@refs/heads/main');
      expect(claims.subjectAlternativeName).toBe('https://github.com/octo/example/.github/workflows/release.yml@refs/heads/main');
      expect(attestation).toEqual(JSON.parse(await readFile(join(set.dir, `${filename}.publish.attestation`), 'utf8')));
    }
    const manifest = await readManifest(run.outputs.manifest);
    for (const entry of manifest.files) {
      const bytes = await readFile(join(set.dir, `${entry.filename}.publish.attestation`));
      expect(entry.attestation).toEqual({ filename: `${entry.filename}.publish.attestation`, sha256: (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex') });
    }
    expect(run.summary).toContain('PEP 740 attestations sent, signed with Sigstore for GitHub octo/example, workflow release.yml.');
    expectNoTokenLeak(run);

    // The brief job: the same files and attestations checked against PyPI before the gate, with no
    // OIDC token (no id-token: write) and nothing uploaded or signed.
    const pypi = await index();
    const preflight = await publishAttested(
      pypi,
      { 'expect-manifest': run.outputs.manifest, 'preflight-only': 'true' },
      { ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined, ACTIONS_ID_TOKEN_REQUEST_URL: undefined },
    );
    expect(preflight.errors).toEqual([]);
    expect(preflight.code).toBe(0);
    expect(preflight.log).toContain('preflight-only: nothing was uploaded.');
    expect(await storedDigests(pypi)).toEqual(new Map());
    expect(s.sigstore.certificates).toHaveLength(certificates);

    // The PyPI job: the same files, their attestations, and the manifest TestPyPI confirmed.
    const second = await publishAttested(pypi, { 'expect-manifest': run.outputs.manifest });
    expect(second.errors).toEqual([]);
    expect(second.code).toBe(0);
    expect(s.sigstore.certificates).toHaveLength(certificates);
    expect(second.log).toContain(`Attestations: reusing ${set.paths.length} existing publish attestations`);
    for (const filename of set.filenames) {
      const a = (await provenanceOf(testpypi, filename)).body.attestation_bundles[0].attestations;
      const b = (await provenanceOf(pypi, filename)).body.attestation_bundles[0].attestations;
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
    expectNoTokenLeak(second);
  });

  it('on a rerun from a fresh runner, reads the attestations of what is already on the index back, so PyPI still gets the same bytes', async () => {
    // The TestPyPI job's first attempt uploads everything, then fails in a later step.
    const testpypi = await index();
    const first = await publishAttested(testpypi);
    expect(first.code).toBe(0);
    const signed = new Map(await Promise.all(set.filenames.map(async (f) => [f, await readFile(join(set.dir, `${f}.publish.attestation`), 'utf8')] as const)));
    const certificates = s.sigstore.certificates.length;

    // "Re-run failed jobs": a fresh runner, the distributions from the wheels artifact, no attestation files.
    for (const name of await attestationFiles(set.dir)) await rm(join(set.dir, name));
    const rerun = await publishAttested(testpypi);
    expect(rerun.errors).toEqual([]);
    expect(rerun.warnings).toEqual([]);
    expect(rerun.code).toBe(0);
    expect(s.sigstore.certificates).toHaveLength(certificates);
    for (const f of set.filenames) {
      expect(rerun.log).toContain(`Attestations: ${f} is already on the index; its publish attestation was read back from the index`);
      expect(JSON.parse(await readFile(join(set.dir, `${f}.publish.attestation`), 'utf8'))).toEqual(JSON.parse(signed.get(f)!));
    }
    const manifest = await readManifest(rerun.outputs.manifest);
    expect(manifest.files.map((e) => [e.filename, e.attestation?.filename])).toEqual(set.filenames.map((f) => [f, `${f}.publish.attestation`]).sort());

    // The PyPI job, with the attestations the rerun wrote: no new signature, the same bytes on both indexes.
    const pypi = await index();
    const second = await publishAttested(pypi, { 'expect-manifest': rerun.outputs.manifest });
    expect(second.errors).toEqual([]);
    expect(second.code).toBe(0);
    expect(s.sigstore.certificates).toHaveLength(certificates);
    for (const filename of set.filenames) {
      const a = (await provenanceOf(testpypi, filename)).body.attestation_bundles[0].attestations;
      const b = (await provenanceOf(pypi, filename)).body.attestation_bundles[0].attestations;
      expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    }
    expectNoTokenLeak(rerun);
  });

  it('on a rerun, says which files kept no attestation when the index holds none by this workflow', async () => {
    const t = await index();
    // Published with a token: on the index, without attestations.
    const plain = await publishAttested(t, { token: TOKEN });
    expect(plain.code).toBe(0);
    const rerun = await publishAttested(t, { 'allow-mixed-provenance': 'true' });
    expect(rerun.code).toBe(0);
    expect(rerun.warnings.join('\n')).toContain(`Attestations: no publish attestation was found for ${set.paths.length} files already on the index`);
    expect(rerun.warnings.join('\n')).toContain('the index holds no attestation of these bytes by this workflow');
    expect(await attestationFiles(set.dir)).toEqual([]);
    expect((await readManifest(rerun.outputs.manifest)).files.every((e) => e.attestation === undefined)).toBe(true);
  });

  it('with a token, says in one line that no attestations are sent, and uploads', async () => {
    const t = await index();
    const run = await publishAttested(t, { token: TOKEN });
    expect(run.code).toBe(0);
    expect(run.log.split('\n').filter((l) => l.includes('Attestations: not sent: PyPI accepts PEP 740 attestations only with trusted publishing, and a token or password was given.'))).toHaveLength(1);
    expect(await attestationFiles(set.dir)).toEqual([]);
    expect((await provenanceOf(t, set.filenames[0])).status).toBe(404);
  });

  it('says exactly that id-token: write is missing when signing has no OIDC token', async () => {
    const t = await index();
    const run = await publishAttested(t, {}, { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined });
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions');
    expect(run.errors[0]).toContain('Signing PEP 740 attestations (like trusted publishing) needs `id-token: write`');
    expect(t.index.files()).toEqual([]);
  });

  const preflightCases: { name: string; arrange(): Promise<void>; message: string }[] = [
    {
      name: 'an attestation for other bytes',
      arrange: async () => {
        const p = set.paths[1];
        await writeFile(`${p}.publish.attestation`, JSON.stringify(await signAsOtherBytes(basename(p))));
      },
      message: 'Could not verify the uploaded artifact using the included attestation: Verification failed: subject does not match distribution digest',
    },
    {
      name: 'a second attestation with the same predicate type',
      arrange: async () => {
        const seeded = await index();
        const seededRun = await publishAttested(seeded);
        expect(seededRun.errors).toEqual([]);
        expect(seededRun.code).toBe(0);
        await copyFile(`${set.paths[0]}.publish.attestation`, `${set.paths[0]}.copy.attestation`);
      },
      message: 'Multiple attestations for the same file with the same predicate type (https://docs.pypi.org/attestations/publish/v1) are not supported',
    },
    {
      name: 'a certificate from another repository',
      arrange: async () => {
        const p = set.paths[0];
        const sha = (await localDigests([p])).get(basename(p))!;
        await writeFile(`${p}.publish.attestation`, JSON.stringify(await signAsOther(basename(p), sha)));
      },
      message: "Could not verify the uploaded artifact using the included attestation: Verification failed: Certificate's OIDCSourceRepositoryURI does not match (got 'https://github.com/octo/other', expected 'https://github.com/octo/example')",
    },
  ];

  /** A valid attestation of this job's identity, but for other bytes under the file's name. */
  async function signAsOtherBytes(filename: string): Promise<Attestation> {
    const signed = await signAttestations([{ filename, sha256: 'b'.repeat(64) }], { trust: s.trust, getToken: () => s.sigstoreToken(), publisher: { repository: 'octo/example', workflow: 'release.yml' }, log: new MemoryLogger() });
    return signed.get(filename)!;
  }

  for (const c of preflightCases) {
    it(`refuses ${c.name} in the preflight, before any upload or signing`, async () => {
      await c.arrange();
      const t = await index();
      const certificates = s.sigstore.certificates.length;
      const run = await publishAttested(t);
      expect(run.code).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toContain('Attestations: 1 problem; nothing was uploaded.');
      expect(run.errors[0]).toContain(c.message);
      expect(t.index.files()).toEqual([]);
      expect(s.sigstore.certificates).toHaveLength(certificates);
      expectNoTokenLeak(run);
    });
  }

  it('refuses a release already carrying files attested by another identity before the first byte, unless allowed', async () => {
    const t = await index();
    // octo/other's release workflow published one wheel of the release, attested.
    const first = basename(set.paths[0]);
    s.oidc.claims = { ...s.oidc.claims, ...OTHER_CLAIMS };
    const seeded = await publishAttested(t, { files: first }, { GITHUB_WORKFLOW_REF: OTHER_CLAIMS.workflow_ref });
    expect(seeded.errors).toEqual([]);
    expect((await provenanceOf(t, first)).body.attestation_bundles[0].publisher).toMatchObject({ repository: 'octo/other' });
    // This job has only the distributions; octo/other's attestation stayed with octo/other.
    await rm(`${set.paths[0]}.publish.attestation`);
    s.oidc.claims = { ...s.oidc.claims, repository: 'octo/example', job_workflow_ref: 'octo/example/.github/workflows/release.yml@refs/heads/main', workflow_ref: 'octo/example/.github/workflows/release.yml@refs/heads/main' };

    const certificates = s.sigstore.certificates.length;
    const run = await publishAttested(t);
    expect(run.code).toBe(1);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('nothing was uploaded');
    expect(run.errors[0]).toContain(`demo-native 1.2.0 on the index already has files attested by another publisher (${first}: GitHub octo/other, workflow release.yml)`);
    expect(run.errors[0]).toContain('Set allow-mixed-provenance: true to publish anyway.');
    expect(t.index.files()).toHaveLength(1);
    expect(s.sigstore.certificates).toHaveLength(certificates);
    expectNoTokenLeak(run);

    const allowed = await publishAttested(t, { 'allow-mixed-provenance': 'true' });
    expect(allowed.errors).toEqual([]);
    expect(allowed.code).toBe(0);
    expect(allowed.warnings.join('\n')).toContain('allow-mixed-provenance: demo-native 1.2.0 on the index already has files attested by another publisher');
    expect(json<string[]>(allowed.outputs.uploaded)).toHaveLength(set.paths.length - 1);
  });

  it('refuses to attest new files of a release whose files carry no attestations (partial provenance)', async () => {
    const t = await index();
    const seeded = await publish(publishInputs(t.index.uploadUrl, set.dir, { files: basename(set.paths[0]) }));
    expect(seeded.code).toBe(0);
    const run = await publishAttested(t);
    expect(run.code).toBe(1);
    expect(run.errors[0]).toContain(`demo-native 1.2.0 on the index already has files without attestations (${basename(set.paths[0])}); adding attested files would leave the release with partial provenance.`);
    expect(t.index.files()).toHaveLength(1);
    expect(await attestationFiles(set.dir)).toEqual([]);
  });
});
