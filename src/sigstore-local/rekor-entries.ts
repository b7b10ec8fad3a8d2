/**
 * What Rekor stores for a proposed entry. For `dsse` v0.0.1 it checks the
 * envelope's signature against the submitted verifier (a certificate) and
 * keeps hashes instead of the envelope: envelopeHash, payloadHash and the
 * signature with its verifier — the canonicalized body clients compare
 * against their bundle. `hashedrekord` is stored as proposed. Anything else is
 * refused, with the reason.
 */
import { verify, X509Certificate } from 'node:crypto';
import { digestBytes } from '../hashing/index.js';

export type StoredEntry = { apiVersion: string; kind: string; spec: Record<string, unknown> };

function pae(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type, Buffer.from(` ${payload.length} `), payload]);
}

export function canonicalEntry(proposed: unknown): StoredEntry | string {
  const p = proposed as { apiVersion?: unknown; kind?: unknown; spec?: Record<string, unknown> } | null;
  if (!p || typeof p !== 'object' || typeof p.spec !== 'object' || p.spec === null) return 'The proposed entry has no spec';
  if (p.kind === 'hashedrekord' && p.apiVersion === '0.0.1') return { apiVersion: '0.0.1', kind: 'hashedrekord', spec: p.spec };
  if (p.kind !== 'dsse' || p.apiVersion !== '0.0.1') return `Entries of kind ${String(p.kind)} ${String(p.apiVersion)} are not supported here (dsse 0.0.1, hashedrekord 0.0.1)`;
  const content = p.spec.proposedContent as { envelope?: unknown; verifiers?: unknown } | undefined;
  if (!content || typeof content.envelope !== 'string' || !Array.isArray(content.verifiers) || content.verifiers.length !== 1 || typeof content.verifiers[0] !== 'string') {
    return 'A dsse entry needs proposedContent.envelope and exactly one verifier';
  }
  let envelope: { payload?: unknown; payloadType?: unknown; signatures?: { sig?: unknown }[] };
  try {
    envelope = JSON.parse(content.envelope) as typeof envelope;
  } catch {
    return 'The DSSE envelope is not JSON';
  }
  if (typeof envelope.payload !== 'string' || typeof envelope.payloadType !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length !== 1 || typeof envelope.signatures[0].sig !== 'string') {
    return 'The DSSE envelope needs a payload, a payloadType and exactly one signature';
  }
  const verifierPem = Buffer.from(content.verifiers[0], 'base64').toString('utf8');
  const payload = Buffer.from(envelope.payload, 'base64');
  const signature = Buffer.from(envelope.signatures[0].sig, 'base64');
  try {
    const key = new X509Certificate(verifierPem).publicKey;
    if (!verify('sha256', pae(envelope.payloadType, payload), key, signature)) return 'The DSSE signature does not verify with the submitted certificate';
  } catch {
    return 'The verifier is not a PEM certificate';
  }
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: digestBytes(content.envelope, 'sha256').toString('hex') },
      payloadHash: { algorithm: 'sha256', value: digestBytes(payload, 'sha256').toString('hex') },
      signatures: [{ signature: envelope.signatures[0].sig, verifier: content.verifiers[0] }],
    },
  };
}
