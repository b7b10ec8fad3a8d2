/**
 * Verifying attestations the way PyPI does, so the embedded index refuses
 * what PyPI refuses and pypi-publish's preflight finds it first:
 *
 * - one attestation (pypi-attestations `Attestation.verify`): the Sigstore
 *   bundle verifies against a trust root (certificate chain, SCT,
 *   transparency log, signature, all sigstore-js), the certificate names the
 *   trusted publisher, and the in-toto statement names exactly this file: its
 *   filename (compared parsed, as packaging does) and its sha256, with a
 *   predicate type PyPI knows;
 * - a file's set (warehouse `IntegrityService.parse_attestations`): a
 *   non-empty JSON list of at most two, each verified, no predicate type
 *   twice. Failures carry warehouse's texts, which the index prefixes with
 *   "Invalid attestations supplied during upload: ".
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial } from '@sigstore/verify';
import { FilenameError, parseDistributionFilename, type DistributionFilename } from '../distributions/index.js';
import { certificateClaims, checkGitHubPublisher, type CertificateClaims } from './identity.js';
import {
  AttestationFormatError,
  attestationToBundle,
  IN_TOTO_STATEMENT_V1,
  KNOWN_PREDICATE_TYPES,
  parseAttestation,
  statementOf,
  type Attestation,
} from './pep740.js';
import type { TrustedRootJson } from './trust-root.js';

/** The file an attestation must be about. */
export interface DistributionRef {
  filename: string;
  /** Lower-case hex. */
  sha256: string;
}

export interface VerifyOptions {
  trustedRoot: TrustedRootJson;
  /** The trusted publisher the certificate must name; absent: any signer the trust root vouches for. */
  publisher?: { repository: string; workflow: string };
  /** The warehouse limit: one per predicate type. */
  maxPerFile?: number;
}

export interface VerifiedAttestation {
  attestation: Attestation;
  predicateType: string;
  claims: CertificateClaims;
}

/** pypi-attestations' VerificationError: "Verification failed: …". */
export class AttestationVerificationError extends Error {
  override name = 'AttestationVerificationError';
  constructor(reason: string) {
    super(`Verification failed: ${reason}`);
  }
}

/** warehouse's AttestationUploadError: the message follows "Invalid attestations supplied during upload: ". */
export class AttestationRejected extends Error {
  override name = 'AttestationRejected';
}

const materials = new WeakMap<TrustedRootJson, TrustMaterial>();

function trustMaterial(root: TrustedRootJson): TrustMaterial {
  let material = materials.get(root);
  if (!material) {
    material = toTrustMaterial(TrustedRoot.fromJSON(root));
    materials.set(root, material);
  }
  return material;
}

function sameDistribution(a: DistributionFilename, b: DistributionFilename): boolean {
  if (a.kind !== b.kind || a.normalizedName !== b.normalizedName || a.normalizedVersion !== b.normalizedVersion) return false;
  if (a.kind === 'sdist' || b.kind === 'sdist') return true;
  const tags = (f: typeof a & { kind: 'wheel' }) => [...new Set(f.tags)].sort().join(' ');
  return (a.build?.number ?? null) === (b.build?.number ?? null) && (a.build?.rest ?? '') === (b.build?.rest ?? '') && tags(a) === tags(b);
}

/** One attestation against one file; throws AttestationVerificationError with pypi-attestations' reason. */
export function verifyAttestation(attestation: Attestation, dist: DistributionRef, opts: VerifyOptions): VerifiedAttestation {
  let claims: CertificateClaims;
  try {
    const entity = toSignedEntity(bundleFromJSON(attestationToBundle(attestation)));
    new Verifier(trustMaterial(opts.trustedRoot), { tlogThreshold: 1, ctlogThreshold: 1 }).verify(entity);
    claims = certificateClaims(attestation.verification_material.certificate);
  } catch (err) {
    throw new AttestationVerificationError(err instanceof Error ? err.message : String(err));
  }
  if (opts.publisher) {
    const mismatch = checkGitHubPublisher(claims, opts.publisher);
    if (mismatch) throw new AttestationVerificationError(mismatch);
  }

  let statement: unknown;
  try {
    statement = statementOf(attestation);
  } catch (err) {
    throw new AttestationVerificationError(`invalid statement: ${(err as Error).message}`);
  }
  const s = statement as { _type?: unknown; subject?: unknown; predicateType?: unknown };
  if (!s || typeof s !== 'object' || s._type !== IN_TOTO_STATEMENT_V1 || typeof s.predicateType !== 'string' || !Array.isArray(s.subject)) {
    throw new AttestationVerificationError('invalid statement: not an in-toto Statement v1');
  }
  if (s.subject.length !== 1) throw new AttestationVerificationError('too many subjects in statement (must be exactly one)');
  const subject = s.subject[0] as { name?: unknown; digest?: { sha256?: unknown } } | null;
  if (!subject || typeof subject.name !== 'string' || subject.name === '') throw new AttestationVerificationError('invalid subject: missing name');
  let parsedSubject: DistributionFilename;
  try {
    parsedSubject = parseDistributionFilename(subject.name);
  } catch (err) {
    throw new AttestationVerificationError(`invalid subject: ${err instanceof FilenameError ? err.packagingMessage : (err as Error).message}`);
  }
  if (!sameDistribution(parsedSubject, parseDistributionFilename(dist.filename))) {
    throw new AttestationVerificationError(`subject does not match distribution name: ${subject.name} != ${dist.filename}`);
  }
  if (subject.digest?.sha256 !== dist.sha256) throw new AttestationVerificationError('subject does not match distribution digest');
  if (!KNOWN_PREDICATE_TYPES.has(s.predicateType)) throw new AttestationVerificationError(`unknown attestation type: ${s.predicateType}`);
  return { attestation, predicateType: s.predicateType, claims };
}

/**
 * The `attestations` form field of one upload, as warehouse checks it (after its trusted
 * publishing check, which is the caller's): throws AttestationRejected with warehouse's text.
 */
export function checkAttestationSet(field: string | unknown[], dist: DistributionRef, opts: VerifyOptions): VerifiedAttestation[] {
  let list: unknown;
  if (typeof field === 'string') {
    try {
      list = JSON.parse(field) as unknown;
    } catch (err) {
      throw new AttestationRejected(`Malformed attestations: invalid JSON (${(err as Error).message})`);
    }
  } else {
    list = field;
  }
  if (!Array.isArray(list)) throw new AttestationRejected('Malformed attestations: expected a JSON list of attestation objects');
  let attestations: Attestation[];
  try {
    attestations = list.map((a, i) => parseAttestation(a, `attestations[${i}]`));
  } catch (err) {
    if (err instanceof AttestationFormatError) throw new AttestationRejected(`Malformed attestations: ${err.message}`);
    throw err;
  }
  if (attestations.length === 0) throw new AttestationRejected('Malformed attestations: an empty attestation set is not permitted');
  const max = opts.maxPerFile ?? KNOWN_PREDICATE_TYPES.size;
  if (attestations.length > max) throw new AttestationRejected(`A maximum of ${max} attestations per file are supported`);
  const seen = new Set<string>();
  const verified: VerifiedAttestation[] = [];
  for (const attestation of attestations) {
    let one: VerifiedAttestation;
    try {
      one = verifyAttestation(attestation, dist, opts);
    } catch (err) {
      if (err instanceof AttestationVerificationError) {
        throw new AttestationRejected(`Could not verify the uploaded artifact using the included attestation: ${err.message}`);
      }
      throw new AttestationRejected(`Unknown error while trying to verify included attestations: ${(err as Error).message}`);
    }
    if (seen.has(one.predicateType)) {
      throw new AttestationRejected(`Multiple attestations for the same file with the same predicate type (${one.predicateType}) are not supported`);
    }
    seen.add(one.predicateType);
    verified.push(one);
  }
  return verified;
}
