/**
 * The manifest: the suite's chain of custody. fetch-wheels writes it, publishing
 * to TestPyPI confirms it, verify-install checks installed bytes against it, and
 * publishing to PyPI refuses any file whose sha256 is not in it. It is versioned
 * JSON written byte-for-byte reproducibly (stable key order, files sorted by name).
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../files/atomic-write.js';
import { scrubSecretsDeep } from '../text/secrets.js';

export const MANIFEST_SCHEMA = 'python-release-actions/manifest';
export const MANIFEST_SCHEMA_VERSION = 1;

export interface ManifestEntry {
  filename: string;
  size: number;
  /** Lower-case hex. */
  sha256: string;
  /** Lower-case hex. */
  blake2b256?: string;
  /** Where the file came from (an S3 URL, an artifact, a local path). */
  source?: string;
  /** What the source said identified the bytes when they were fetched (an S3 ETag…; sources/types.ts): a rerun reuses the file only while the source still says it. */
  sourceEtag?: string;
  /** The file's URL on the index once published. */
  url?: string;
  /** The PEP 740 publish attestation beside the file (`<filename>.publish.attestation`), once signed. */
  attestation?: { filename: string; sha256: string };
}

export interface Manifest {
  schema: 'python-release-actions/manifest';
  schemaVersion: 1;
  project?: string;
  version?: string;
  /** ISO 8601. */
  createdAt: string;
  files: ManifestEntry[];
}

export function createManifest(entries: ManifestEntry[], meta: { project?: string; version?: string } = {}): Manifest {
  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    ...(meta.project !== undefined ? { project: meta.project } : {}),
    ...(meta.version !== undefined ? { version: meta.version } : {}),
    createdAt: new Date().toISOString(),
    files: entries.map(canonicalEntry),
  };
  validateManifest(manifest, 'the new manifest');
  return canonical(manifest);
}

export async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read the manifest ${path}: ${error instanceof Error ? error.message : String(error)}. Pass the manifest file fetch-wheels or pypi-publish wrote.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`The manifest ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); pass the manifest file fetch-wheels or pypi-publish wrote, unmodified.`);
  }
  return parseManifest(data, path);
}

/** Validates a parsed JSON value as a manifest; `where` names it in error messages. */
export function parseManifest(data: unknown, where = 'the manifest'): Manifest {
  if (!isObject(data)) throw new UserError(`${where} is not a manifest: expected a JSON object.`);
  if (data.schema !== MANIFEST_SCHEMA) {
    throw new UserError(`${where} is not a python-release-actions manifest: "schema" is ${JSON.stringify(data.schema)}, expected "${MANIFEST_SCHEMA}".`);
  }
  if (data.schemaVersion !== MANIFEST_SCHEMA_VERSION) {
    const newer = typeof data.schemaVersion === 'number' && data.schemaVersion > MANIFEST_SCHEMA_VERSION;
    throw new UserError(
      `${where} has schemaVersion ${JSON.stringify(data.schemaVersion)}; this version of python-release-actions reads schemaVersion ${MANIFEST_SCHEMA_VERSION}. `
      + (newer ? 'Use the same (or a newer) release of the actions for every step of the pipeline.' : 'Regenerate the manifest with fetch-wheels.'),
    );
  }
  validateManifest(data, where);
  return canonical(data as unknown as Manifest);
}

/** Stable key order, files sorted by filename, two-space indent, trailing newline; written atomically. */
export async function writeManifest(path: string, m: Manifest): Promise<void> {
  validateManifest(m as unknown as Record<string, unknown>, 'the manifest to write');
  // Later jobs read it and the runner never masks a file: no secret of the run may be in it.
  const text = `${JSON.stringify(scrubSecretsDeep(canonical(m)), null, 2)}\n`;
  await writeFileAtomically(path, text);
}

export interface ManifestComparison {
  missing: ManifestEntry[];
  unexpected: ManifestEntry[];
  /** `blake2b256` is compared only when both sides have one. */
  mismatched: { expected: ManifestEntry; actual: ManifestEntry; fields: ('sha256' | 'size' | 'blake2b256')[] }[];
  ok: boolean;
}

/** Matches files by filename; digests compare case-insensitively. */
export function compareManifest(expected: Manifest, actual: ManifestEntry[]): ManifestComparison {
  const actualByName = new Map(actual.map((entry) => [entry.filename, entry]));
  const expectedByName = new Map(expected.files.map((entry) => [entry.filename, entry]));
  const missing: ManifestEntry[] = [];
  const mismatched: ManifestComparison['mismatched'] = [];
  for (const want of expected.files) {
    const got = actualByName.get(want.filename);
    if (!got) {
      missing.push(want);
      continue;
    }
    const fields: ('sha256' | 'size' | 'blake2b256')[] = [];
    if (want.sha256.toLowerCase() !== got.sha256.toLowerCase()) fields.push('sha256');
    if (want.size !== got.size) fields.push('size');
    if (want.blake2b256 !== undefined && got.blake2b256 !== undefined && want.blake2b256.toLowerCase() !== got.blake2b256.toLowerCase()) {
      fields.push('blake2b256');
    }
    if (fields.length > 0) mismatched.push({ expected: want, actual: got, fields });
  }
  const unexpected = actual.filter((entry) => !expectedByName.has(entry.filename));
  return { missing, unexpected, mismatched, ok: missing.length === 0 && unexpected.length === 0 && mismatched.length === 0 };
}

const HEX64 = /^[0-9a-fA-F]{64}$/;

function validateManifest(data: Record<string, unknown> | Manifest, where: string): void {
  const m = data as Record<string, unknown>;
  const fail = (detail: string): never => {
    throw new UserError(`${where} is invalid: ${detail}. Regenerate it with fetch-wheels rather than editing it by hand.`);
  };
  for (const key of ['project', 'version'] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'string') fail(`"${key}" must be a string`);
  }
  if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt))) fail('"createdAt" must be an ISO 8601 date');
  if (!Array.isArray(m.files)) fail('"files" must be a list');
  const seen = new Set<string>();
  (m.files as unknown[]).forEach((entry, i) => {
    const at = `files[${i}]`;
    if (!isObject(entry)) return fail(`${at} must be an object`);
    if (typeof entry.filename !== 'string' || entry.filename === '' || /[/\\]/.test(entry.filename)) {
      fail(`${at}.filename must be a file name (no directories)`);
    }
    if (seen.has(entry.filename as string)) fail(`${entry.filename as string} is listed twice`);
    seen.add(entry.filename as string);
    if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0) fail(`${at}.size must be a whole number of bytes`);
    if (typeof entry.sha256 !== 'string' || !HEX64.test(entry.sha256)) fail(`${at}.sha256 must be 64 hex digits`);
    if (entry.blake2b256 !== undefined && (typeof entry.blake2b256 !== 'string' || !HEX64.test(entry.blake2b256))) fail(`${at}.blake2b256 must be 64 hex digits`);
    for (const key of ['source', 'sourceEtag', 'url'] as const) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(`${at}.${key} must be a string`);
    }
    const att = entry.attestation;
    if (att !== undefined && (!isObject(att) || typeof att.filename !== 'string' || /[/\\]/.test(att.filename) || typeof att.sha256 !== 'string' || !HEX64.test(att.sha256))) {
      fail(`${at}.attestation must name a file beside it and its sha256`);
    }
  });
}

function canonicalEntry(entry: ManifestEntry): ManifestEntry {
  return {
    filename: entry.filename,
    size: entry.size,
    sha256: typeof entry.sha256 === 'string' ? entry.sha256.toLowerCase() : entry.sha256,
    ...(entry.blake2b256 !== undefined ? { blake2b256: typeof entry.blake2b256 === 'string' ? entry.blake2b256.toLowerCase() : entry.blake2b256 } : {}),
    ...(entry.source !== undefined ? { source: entry.source } : {}),
    ...(entry.sourceEtag !== undefined ? { sourceEtag: entry.sourceEtag } : {}),
    ...(entry.url !== undefined ? { url: entry.url } : {}),
    ...(entry.attestation !== undefined ? { attestation: { filename: entry.attestation.filename, sha256: entry.attestation.sha256.toLowerCase() } } : {}),
  };
}

/** Known keys only, in a fixed order; files sorted by filename (code-point order, not locale). */
function canonical(m: Manifest): Manifest {
  return {
    schema: MANIFEST_SCHEMA,
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    ...(m.project !== undefined ? { project: m.project } : {}),
    ...(m.version !== undefined ? { version: m.version } : {}),
    createdAt: m.createdAt,
    files: m.files.map(canonicalEntry).sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
