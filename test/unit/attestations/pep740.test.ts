/**
 * The hand-written PEP 740 conversion against a real attestation from
 * pypi-attestations' test assets: attestation → Sigstore bundle verifies with
 * sigstore-js against the production trust root shipped with sigstore-js, and
 * bundle → attestation gives back the same JSON. The statement builder writes
 * the exact bytes sigstore-python wrote for that file.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON, bundleToJSON } from '@sigstore/bundle';
import {
  attestationFromBundle,
  attestationToBundle,
  parseAttestation,
  publishStatement,
  statementOf,
} from '../../../src/attestations/pep740.js';
import { certificateClaims } from '../../../src/attestations/identity.js';
import { productionTrustedRoot } from '../../../src/attestations/trust-root.js';
import { AttestationVerificationError, checkAttestationSet, verifyAttestation } from '../../../src/attestations/verify.js';

const FIXTURE = join(process.cwd(), 'test/fixtures/attestations/pypi_attestations-0.0.19.tar.gz.publish.attestation.with_timestamp');
const raw = readFileSync(FIXTURE, 'utf8');
const SDIST = { filename: 'pypi_attestations-0.0.19.tar.gz', sha256: '9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3' };

describe('PEP 740 conversion', () => {
  it('turns the attestation into a bundle and back into the same JSON', () => {
    const attestation = parseAttestation(JSON.parse(raw));
    const bundle = bundleToJSON(bundleFromJSON(attestationToBundle(attestation)));
    expect(bundle.dsseEnvelope?.payloadType).toBe('application/vnd.in-toto+json');
    expect(bundle.verificationMaterial.certificate?.rawBytes).toBe(attestation.verification_material.certificate);
    expect(JSON.stringify(attestationFromBundle(bundle))).toBe(raw);
  });

  it('builds the statement sigstore-python wrote, byte for byte', () => {
    const attestation = parseAttestation(JSON.parse(raw));
    expect(publishStatement(SDIST.filename, SDIST.sha256).toString('base64')).toBe(attestation.envelope.statement);
    expect(statementOf(attestation)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: SDIST.filename, digest: { sha256: SDIST.sha256 } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: null,
    });
  });

  it('refuses what pypi-attestations refuses to convert', () => {
    const bundle = bundleToJSON(bundleFromJSON(attestationToBundle(parseAttestation(JSON.parse(raw)))));
    const twoSignatures = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope!, signatures: [...bundle.dsseEnvelope!.signatures, ...bundle.dsseEnvelope!.signatures] } };
    expect(() => attestationFromBundle(twoSignatures as typeof bundle)).toThrow('expected exactly one signature, got 2');
    const { dsseEnvelope: _, ...noEnvelope } = bundle;
    expect(() => attestationFromBundle(noEnvelope as typeof bundle)).toThrow('bundle does not contain a DSSE envelope');
    const data = JSON.parse(raw) as Record<string, any>;
    expect(() => parseAttestation({ ...data, version: 2 })).toThrow('attestation.version must be 1');
    expect(() => parseAttestation({ ...data, verification_material: { ...data.verification_material, transparency_entries: [] } }))
      .toThrow('transparency_entries must be a list of at least one object');
    expect(() => parseAttestation({ ...data, envelope: { ...data.envelope, signature: 'not base64!' } })).toThrow('envelope.signature must be base64 text');
  });
});

describe('verification against the production trust root (offline)', () => {
  const root = productionTrustedRoot();
  const attestation = parseAttestation(JSON.parse(raw));

  it('verifies the real attestation and reads its signer from the certificate', () => {
    const verified = verifyAttestation(attestation, SDIST, { trustedRoot: root });
    expect(verified.predicateType).toBe('https://docs.pypi.org/attestations/publish/v1');
    expect(verified.claims.subjectAlternativeName).toBe('jku@goto.fi');
    expect(certificateClaims(attestation.verification_material.certificate).issuer).toBe('https://github.com/login/oauth');
  });

  it('refuses it for other bytes or another file, in pypi-attestations’ words', () => {
    expect(() => verifyAttestation(attestation, { ...SDIST, sha256: '0'.repeat(64) }, { trustedRoot: root }))
      .toThrow(new AttestationVerificationError('subject does not match distribution digest'));
    expect(() => verifyAttestation(attestation, { ...SDIST, filename: 'other-0.0.19.tar.gz' }, { trustedRoot: root }))
      .toThrow('Verification failed: subject does not match distribution name: pypi_attestations-0.0.19.tar.gz != other-0.0.19.tar.gz');
  });

  it('refuses a signature that does not match the statement', () => {
    const forged = { ...attestation, envelope: { ...attestation.envelope, statement: publishStatement(SDIST.filename, 'f'.repeat(64)).toString('base64') } };
    expect(() => verifyAttestation(forged, { ...SDIST, sha256: 'f'.repeat(64) }, { trustedRoot: root })).toThrow(/^Verification failed: /);
  });

  it('refuses a non-GitHub signer when a trusted publisher is expected', () => {
    expect(() => verifyAttestation(attestation, SDIST, { trustedRoot: root, publisher: { repository: 'pypi/pypi-attestations', workflow: 'release.yml' } }))
      .toThrow("Verification failed: Certificate's OIDCIssuerV2 does not match (got 'https://github.com/login/oauth', expected 'https://token.actions.githubusercontent.com')");
  });

  it('checks a file’s set as warehouse does', () => {
    expect(checkAttestationSet(raw.replace(/^/, '[') + ']', SDIST, { trustedRoot: root })).toHaveLength(1);
    expect(() => checkAttestationSet('[]', SDIST, { trustedRoot: root })).toThrow('Malformed attestations: an empty attestation set is not permitted');
    expect(() => checkAttestationSet(`[${raw},${raw},${raw}]`, SDIST, { trustedRoot: root })).toThrow('A maximum of 2 attestations per file are supported');
    expect(() => checkAttestationSet(`[${raw},${raw}]`, SDIST, { trustedRoot: root }))
      .toThrow('Multiple attestations for the same file with the same predicate type (https://docs.pypi.org/attestations/publish/v1) are not supported');
    expect(() => checkAttestationSet('{', SDIST, { trustedRoot: root })).toThrow(/^Malformed attestations: invalid JSON/);
    expect(() => checkAttestationSet(`[${raw}]`, { ...SDIST, sha256: '1'.repeat(64) }, { trustedRoot: root }))
      .toThrow('Could not verify the uploaded artifact using the included attestation: Verification failed: subject does not match distribution digest');
  });
});
