/**
 * Test support for the local index: small but complete wheels and sdists built
 * in memory (METADATA, WHEEL, RECORD; PKG-INFO in a ustar/gzip archive), the
 * form twine would send for them, and an upload over real HTTP with fetch.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBLAKE2b } from 'hash-wasm';
import yazl from 'yazl';

export interface Dist {
  filename: string;
  bytes: Buffer;
  /** The core metadata fields as twine sends them. */
  metadata: Record<string, string | string[]>;
  filetype: 'bdist_wheel' | 'sdist';
  pyversion: string;
}

export interface DistSpec {
  name?: string;
  version?: string;
  /** Wheel tag triple, default py3-none-any. */
  tag?: string;
  requiresPython?: string;
  summary?: string;
  /** Extra bytes in the package so two builds of one release differ. */
  payload?: string;
  /** Write the name into the wheel filename and .dist-info as given, unnormalized (as old setuptools did). */
  keepNameAsIs?: boolean;
  /** RECORD gives the package's module a hash that is not its content's. */
  wrongRecordHash?: boolean;
}

function metadataText(name: string, version: string, spec: DistSpec): string {
  return [
    'Metadata-Version: 2.1',
    `Name: ${name}`,
    `Version: ${version}`,
    `Summary: ${spec.summary ?? 'A demo package'}`,
    ...(spec.requiresPython ? [`Requires-Python: ${spec.requiresPython}`] : []),
    'Classifier: Programming Language :: Python :: 3',
    'Classifier: License :: OSI Approved :: MIT License',
    '',
    'Long description.',
    '',
  ].join('\n');
}

function twineMetadata(name: string, version: string, spec: DistSpec): Record<string, string | string[]> {
  return {
    metadata_version: '2.1',
    name,
    version,
    summary: spec.summary ?? 'A demo package',
    description: 'Long description.\n',
    ...(spec.requiresPython ? { requires_python: spec.requiresPython } : {}),
    classifiers: ['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License'],
  };
}

function recordHash(bytes: Buffer): string {
  return 'sha256=' + createHash('sha256').update(bytes).digest('base64url');
}

export async function buildWheel(spec: DistSpec = {}): Promise<Dist> {
  const name = spec.name ?? 'demo_pkg';
  const version = spec.version ?? '1.0';
  const tag = spec.tag ?? 'py3-none-any';
  const escaped = spec.keepNameAsIs ? name : name.replace(/[-_.]+/g, '_').toLowerCase();
  const distInfo = `${escaped}-${version}.dist-info`;
  const files: [string, Buffer][] = [
    [`${escaped}/__init__.py`, Buffer.from(`VALUE = ${JSON.stringify(spec.payload ?? 'demo')}\n`)],
    [`${distInfo}/METADATA`, Buffer.from(metadataText(name, version, spec))],
    [`${distInfo}/WHEEL`, Buffer.from(`Wheel-Version: 1.0\nGenerator: test-builder\nRoot-Is-Purelib: true\nTag: ${tag}\n\n`)],
  ];
  const record = files.map(([path, bytes], i) => `${path},${recordHash(spec.wrongRecordHash && i === 0 ? Buffer.from('other bytes') : bytes)},${bytes.length}`).join('\n') + `\n${distInfo}/RECORD,,\n`;
  files.push([`${distInfo}/RECORD`, Buffer.from(record)]);
  const zip = new yazl.ZipFile();
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const [path, bytes] of files) zip.addBuffer(bytes, path, { mtime, mode: 0o100644 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  const pyversion = tag.split('-')[0];
  return {
    filename: `${escaped}-${version}-${tag}.whl`,
    bytes: Buffer.concat(chunks),
    metadata: twineMetadata(name, version, spec),
    filetype: 'bdist_wheel',
    pyversion,
  };
}

function tarHeader(name: string, size: number, type: '0' | '5'): Buffer {
  const header = Buffer.alloc(512);
  const put = (offset: number, length: number, value: string): void => {
    header.write(value.slice(0, length), offset, length, 'utf8');
  };
  const octal = (value: number, length: number): string => value.toString(8).padStart(length - 1, '0') + '\0';
  put(0, 100, name);
  put(100, 8, octal(type === '5' ? 0o755 : 0o644, 8));
  put(108, 8, octal(0, 8));
  put(116, 8, octal(0, 8));
  put(124, 12, octal(size, 12));
  put(136, 12, octal(1704067200, 12));
  header.fill(' ', 148, 156);
  put(156, 1, type);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  let sum = 0;
  for (const byte of header) sum += byte;
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return header;
}

/** A ustar archive, gzipped: `entries` are paths to contents; directories end with "/". */
export function tarGz(entries: [string, Buffer | null][]): Buffer {
  const blocks: Buffer[] = [];
  for (const [path, bytes] of entries) {
    if (bytes === null) {
      blocks.push(tarHeader(path, 0, '5'));
      continue;
    }
    blocks.push(tarHeader(path, bytes.length, '0'), bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

export async function buildSdist(spec: DistSpec = {}): Promise<Dist> {
  const name = spec.name ?? 'demo_pkg';
  const version = spec.version ?? '1.0';
  const escaped = name.replace(/[-_.]+/g, '_').toLowerCase();
  const top = `${escaped}-${version}`;
  const bytes = tarGz([
    [`${top}/`, null],
    [`${top}/PKG-INFO`, Buffer.from(metadataText(name, version, spec))],
    [`${top}/setup.py`, Buffer.from(`# ${spec.payload ?? 'demo'}\nfrom setuptools import setup\nsetup()\n`)],
  ]);
  return { filename: `${top}.tar.gz`, bytes, metadata: twineMetadata(name, version, spec), filetype: 'sdist', pyversion: 'source' };
}

export interface Hashes {
  md5: string;
  sha256: string;
  blake2b256: string;
}

export async function hashes(bytes: Buffer): Promise<Hashes> {
  const blake = await createBLAKE2b(256);
  blake.update(bytes);
  return {
    md5: createHash('md5').update(bytes).digest('hex'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blake2b256: blake.digest('hex'),
  };
}

export type FormSpec = Record<string, string | string[] | undefined>;

/** The fields twine sends for `dist` (metadata, then :action and protocol_version, then digests). */
export async function twineForm(dist: Dist): Promise<FormSpec> {
  const h = await hashes(dist.bytes);
  return {
    ...dist.metadata,
    pyversion: dist.pyversion,
    filetype: dist.filetype,
    ':action': 'file_upload',
    protocol_version: '1',
    sha256_digest: h.sha256,
    blake2_256_digest: h.blake2b256,
  };
}

export interface UploadOptions {
  /** Basic credentials; default `__token__` with the index's token when given. */
  auth?: { user: string; password: string } | null;
  /** Override or remove (undefined) form fields. */
  fields?: FormSpec;
  /** Send the file under another name, or as another part name. */
  filename?: string;
  contentType?: string;
  /** Leave out the content part. */
  noContent?: boolean;
  path?: string;
  /** Fields sent after the content part, in this order (twine sends every field first). */
  fieldsAfterContent?: Record<string, string>;
}

export async function upload(baseUrl: string, dist: Dist, opts: UploadOptions = {}): Promise<Response> {
  const form = new FormData();
  const fields = { ...(await twineForm(dist)), ...(opts.fields ?? {}) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  }
  if (!opts.noContent) {
    form.append('content', new Blob([dist.bytes], { type: opts.contentType ?? 'application/octet-stream' }), opts.filename ?? dist.filename);
  }
  for (const [key, value] of Object.entries(opts.fieldsAfterContent ?? {})) form.append(key, value);
  const headers: Record<string, string> = {};
  if (opts.auth) headers.Authorization = 'Basic ' + Buffer.from(`${opts.auth.user}:${opts.auth.password}`).toString('base64');
  return fetch(new URL(opts.path ?? 'legacy/', baseUrl), { method: 'POST', body: form, headers, redirect: 'manual' });
}

export function tokenAuth(token: string): { user: string; password: string } {
  return { user: '__token__', password: token };
}

/** A clock tests move by hand. */
export class FakeClock {
  private t: number;
  constructor(start = '2026-03-01T12:00:00.000Z') {
    this.t = Date.parse(start);
  }
  now = (): Date => new Date(this.t);
  advance(seconds: number): void {
    this.t += seconds * 1000;
  }
}

/** A fresh directory under the OS temp dir, and its removal. */
export async function tempDir(prefix = 'local-index-'): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
