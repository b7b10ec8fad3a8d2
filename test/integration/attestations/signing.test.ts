/**
 * Keyless signing end to end on loopback: sigstore-js signs publish
 * attestations with certificates from the local Fulcio stand-in (for tokens
 * of the local OIDC issuer) and entries in the local Rekor stand-in; the
 * attestations verify against the stand-in's trust root and name the
 * workflow; what the stand-in must refuse, it refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { certificateClaims } from '../../../src/attestations/identity.js';
import { signAttestations } from '../../../src/attestations/sign.js';
import { productionTrustedRoot } from '../../../src/attestations/trust-root.js';
import { statementOf } from '../../../src/attestations/pep740.js';
import { verifyAttestation } from '../../../src/attestations/verify.js';
import { MemoryLogger } from '../../../src/log.js';
import { startTestSigstore, type TestSigstore } from '../../support/sigstore.js';

const PUBLISHER = { repository: 'octo/example', workflow: 'release.yml' };
const files = ['demo_native-1.2.0-cp312-cp312-win_amd64.whl', 'demo_native-1.2.0.tar.gz'].map((filename) => ({
  filename,
  sha256: createHash('sha256').update(filename).digest('hex'),
}));

let s: TestSigstore;
beforeAll(async () => {
  s = await startTestSigstore();
});
afterAll(async () => {
  await s.close();
});

describe('signing with the local Sigstore stand-in', () => {
  it('signs each file, and each attestation verifies and names the workflow', async () => {
    const log = new MemoryLogger();
    const signed = await signAttestations(files, { trust: s.trust, getToken: () => s.sigstoreToken(), publisher: PUBLISHER, log });
    expect([...signed.keys()]).toEqual(files.map((f) => f.filename));
    expect(s.sigstore.certificates).toHaveLength(2);
    expect(s.sigstore.entries).toBe(2);
    // one token, reused for both certificates
    expect(s.oidc.issued.filter((i) => i.audience === 'sigstore')).toHaveLength(1);
    for (const file of files) {
      const attestation = signed.get(file.filename)!;
      expect(verifyAttestation(attestation, file, { trustedRoot: s.trust.trustedRoot, publisher: PUBLISHER }).predicateType)
        .toBe('https://docs.pypi.org/attestations/publish/v1');
      expect(statementOf(attestation)).toMatchObject({ subject: [{ name: file.filename, digest: { sha256: file.sha256 } }] });
      const claims = certificateClaims(attestation.verification_material.certificate);
      expect(claims.subjectAlternativeName).toBe('https://github.com/octo/example/.github/workflows/release.yml@refs/heads/main');
      expect(claims.buildConfigUri).toBe('https://github.com/octo/example/.github/workflows/release.yml@refs/heads/main');
      expect(claims.sourceRepositoryUri).toBe('https://github.com/octo/example');
      expect(claims.issuer).toBe('https://token.actions.githubusercontent.com');
      expect(attestation.verification_material.transparency_entries[0]).toMatchObject({ kindVersion: { kind: 'dsse', version: '0.0.1' } });
    }
    expect(log.text()).toContain(`Signed ${files[0].filename}`);
  });

  it('does not verify against another trust root, nor for another publisher', async () => {
    const signed = await signAttestations([files[0]], { trust: s.trust, getToken: () => s.sigstoreToken(), publisher: PUBLISHER, log: new MemoryLogger() });
    const attestation = signed.get(files[0].filename)!;
    expect(() => verifyAttestation(attestation, files[0], { trustedRoot: productionTrustedRoot() })).toThrow(/^Verification failed: /);
    expect(() => verifyAttestation(attestation, files[0], { trustedRoot: s.trust.trustedRoot, publisher: { repository: 'octo/other', workflow: 'release.yml' } }))
      .toThrow("Verification failed: Certificate's OIDCSourceRepositoryURI does not match (got 'https://github.com/octo/example', expected 'https://github.com/octo/other')");
    expect(() => verifyAttestation(attestation, files[0], { trustedRoot: s.trust.trustedRoot, publisher: { repository: 'octo/example', workflow: 'publish.yml' } }))
      .toThrow("Verification failed: Certificate's Build Config URI (https://github.com/octo/example/.github/workflows/release.yml@refs/heads/main) does not match expected Trusted Publisher (publish.yml @ octo/example)");
  });

  it('issues no certificate for a token with another audience, and the token never shows in the error', async () => {
    const before = s.sigstore.certificates.length;
    let token = '';
    const getToken = async (): Promise<string> => {
      const res = await fetch(`${s.oidc.requestUrl}&audience=pypi`, { headers: { Authorization: `Bearer ${s.oidc.requestToken}` } });
      token = ((await res.json()) as { value: string }).value;
      return token;
    };
    const failure = await signAttestations([files[0]], { trust: s.trust, getToken, publisher: PUBLISHER, log: new MemoryLogger() }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`Signing the attestation for ${files[0].filename} with Sigstore (local) failed`);
    expect((failure as Error).message).not.toContain(token);
    expect(s.sigstore.certificates).toHaveLength(before);
    expect(s.sigstore.refusals.at(-1)).toEqual({ status: 401, message: 'There was an error processing the identity token' });
  });
});
