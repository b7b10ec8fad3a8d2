/**
 * Attestation files beside a distribution, as twine pairs them: every
 * `<filename>.<kind>.attestation` in the same directory belongs to `<filename>`;
 * this suite writes `<filename>.publish.attestation` (the name
 * gh-action-pypi-publish and uv use). Read with a size bound and kept as parsed
 * JSON, so what is sent is what the file says.
 */
import { open, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../files/atomic-write.js';
import { digestBytes } from '../hashing/index.js';
import { AttestationFormatError, parseAttestation, type Attestation } from './pep740.js';

const MAX_ATTESTATION_BYTES = 1024 * 1024;

export interface AttestationFile {
  path: string;
  filename: string;
  /** sha256 of the file's bytes (the manifest names it). */
  sha256: string;
  /** The JSON as written in the file (sent as is). */
  json: unknown;
  attestation: Attestation;
}

export function publishAttestationPath(distPath: string): string {
  return `${distPath}.publish.attestation`;
}

/** Every `<filename>.*.attestation` beside the distribution, sorted by name. */
export async function findAttestationFiles(distPath: string): Promise<string[]> {
  const prefix = `${basename(distPath)}.`;
  const names = await readdir(dirname(distPath));
  // `<filename>.<kind>.attestation`, the kind not empty.
  return names.filter((n) => n.startsWith(prefix) && /^[^.].*\.attestation$/.test(n.slice(prefix.length))).sort().map((n) => join(dirname(distPath), n));
}

export async function readAttestationFile(path: string): Promise<AttestationFile> {
  let bytes: Buffer;
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    if (size > MAX_ATTESTATION_BYTES) throw new UserError(`${path} is ${size} bytes; an attestation is a few kilobytes. Remove it, or check what wrote it.`);
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8')) as unknown;
  } catch (err) {
    throw new UserError(`${path} is not JSON (${(err as Error).message}); remove it to sign the file anew.`);
  }
  try {
    return { path, filename: basename(path), sha256: digestBytes(bytes, 'sha256').toString('hex'), json, attestation: parseAttestation(json, basename(path)) };
  } catch (err) {
    if (err instanceof AttestationFormatError) throw new UserError(`${path} is not a PEP 740 attestation: ${err.message}. Remove it to sign the file anew.`);
    throw err;
  }
}

/** Writes the attestation as compact JSON (as pypi-attestations does), atomically. */
export async function writeAttestationFile(path: string, attestation: Attestation): Promise<AttestationFile> {
  const text = JSON.stringify(attestation);
  await writeFileAtomically(path, text);
  return { path, filename: basename(path), sha256: digestBytes(text, 'sha256').toString('hex'), json: JSON.parse(text) as unknown, attestation };
}
