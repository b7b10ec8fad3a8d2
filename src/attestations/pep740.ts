/**
 * PEP 740 attestation objects and their conversion to and from Sigstore
 * bundles, as pypi-attestations (`Attestation.from_bundle` / `to_bundle`)
 * does it: the bundle's leaf certificate and transparency-log entries become
 * `verification_material`, its DSSE envelope's payload and single signature
 * become `envelope.statement` and `envelope.signature` (base64 either way).
 * This conversion is the only part of the attestation format written by hand;
 * signing and verification are sigstore-js.
 */
import type { SerializedBundle } from '@sigstore/bundle';

export const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** pypi-attestations' `AttestationType`: the predicate types PyPI knows. */
export const KNOWN_PREDICATE_TYPES: ReadonlySet<string> = new Set([PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1]);
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** A transparency-log entry in the protobuf-specs JSON form (camelCase), kept as received. */
export type TransparencyEntry = Record<string, unknown>;

export interface Attestation {
  version: 1;
  verification_material: {
    /** base64(DER(leaf certificate)). */
    certificate: string;
    transparency_entries: TransparencyEntry[];
    /** base64 RFC 3161 signed timestamps, when the signer got any. */
    timestamps?: string[];
  };
  envelope: {
    /** base64 of the in-toto Statement JSON. */
    statement: string;
    /** base64 of the DSSE signature. */
    signature: string;
  };
}

/** PEP 740 publisher of a GitHub trusted publisher, as PyPI's provenance names it. */
export interface GitHubPublisher {
  kind: 'GitHub';
  repository: string;
  workflow: string;
  environment: string | null;
}

export interface AttestationBundle {
  publisher: GitHubPublisher | Record<string, unknown>;
  attestations: Attestation[];
}

/** The Integrity API's provenance object. */
export interface Provenance {
  version: 1;
  attestation_bundles: AttestationBundle[];
}

/** A value that is not a well-formed attestation; the message says which part. */
export class AttestationFormatError extends Error {
  override name = 'AttestationFormatError';
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function base64Field(value: unknown, where: string): string {
  if (typeof value !== 'string' || value === '' || !BASE64.test(value)) throw new AttestationFormatError(`${where} must be base64 text`);
  return value;
}

/** Checks the shape pypi-attestations' `Attestation` model accepts; returns a typed copy. */
export function parseAttestation(value: unknown, where = 'attestation'): Attestation {
  if (!isObject(value)) throw new AttestationFormatError(`${where} must be a JSON object`);
  if (value.version !== 1) throw new AttestationFormatError(`${where}.version must be 1`);
  const material = value.verification_material;
  if (!isObject(material)) throw new AttestationFormatError(`${where}.verification_material must be an object`);
  const entries = material.transparency_entries;
  if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isObject)) {
    throw new AttestationFormatError(`${where}.verification_material.transparency_entries must be a list of at least one object`);
  }
  const timestamps = material.timestamps;
  if (timestamps !== undefined && timestamps !== null && !Array.isArray(timestamps)) {
    throw new AttestationFormatError(`${where}.verification_material.timestamps must be a list`);
  }
  const envelope = value.envelope;
  if (!isObject(envelope)) throw new AttestationFormatError(`${where}.envelope must be an object`);
  return {
    version: 1,
    verification_material: {
      certificate: base64Field(material.certificate, `${where}.verification_material.certificate`),
      transparency_entries: entries as TransparencyEntry[],
      ...(Array.isArray(timestamps) && timestamps.length > 0
        ? { timestamps: timestamps.map((t, i) => base64Field(t, `${where}.verification_material.timestamps[${i}]`)) }
        : {}),
    },
    envelope: {
      statement: base64Field(envelope.statement, `${where}.envelope.statement`),
      signature: base64Field(envelope.signature, `${where}.envelope.signature`),
    },
  };
}

/** `Attestation.from_bundle`: a Sigstore bundle (JSON) with a DSSE envelope, one signature and a leaf certificate. */
export function attestationFromBundle(bundle: SerializedBundle): Attestation {
  const material = bundle.verificationMaterial;
  const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  if (!certificate) throw new AttestationFormatError('the bundle has no signing certificate');
  const envelope = bundle.dsseEnvelope;
  if (!envelope) throw new AttestationFormatError('bundle does not contain a DSSE envelope');
  if (envelope.signatures.length !== 1) throw new AttestationFormatError(`expected exactly one signature, got ${envelope.signatures.length}`);
  if (material.tlogEntries.length === 0) throw new AttestationFormatError('the bundle has no transparency log entry');
  const timestamps = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map((t) => t.signedTimestamp);
  return {
    version: 1,
    verification_material: {
      certificate,
      transparency_entries: material.tlogEntries.map((e) => JSON.parse(JSON.stringify(e)) as TransparencyEntry),
      ...(timestamps.length > 0 ? { timestamps } : {}),
    },
    envelope: { statement: envelope.payload, signature: envelope.signatures[0].sig },
  };
}

/** `Attestation.to_bundle`: a v0.3 Sigstore bundle (JSON) that sigstore-js can verify. */
export function attestationToBundle(attestation: Attestation): SerializedBundle {
  const material = attestation.verification_material;
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: {
      certificate: { rawBytes: material.certificate },
      tlogEntries: material.transparency_entries as unknown as SerializedBundle['verificationMaterial']['tlogEntries'],
      timestampVerificationData: { rfc3161Timestamps: (material.timestamps ?? []).map((signedTimestamp) => ({ signedTimestamp })) },
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
    },
  } as SerializedBundle;
}

export interface Statement {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

/**
 * The in-toto Statement v1 of a PyPI publish attestation for one file, byte for byte as
 * sigstore-python's StatementBuilder writes it (compact JSON, `predicate` null).
 */
export function publishStatement(filename: string, sha256: string): Buffer {
  const statement: Statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: filename, digest: { sha256 } }],
    predicateType: PYPI_PUBLISH_V1,
    predicate: null,
  };
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

/** The statement inside an attestation, parsed (its shape is checked by `verifyAttestation`). */
export function statementOf(attestation: Attestation): unknown {
  return JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8')) as unknown;
}
