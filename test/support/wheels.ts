/**
 * A factory of real, installable wheels and sdists for tests: pip installs and
 * imports them on Python 2.7 and 3.x. Output is deterministic (fixed mtimes,
 * fixed order), so the same spec gives the same bytes; `seed`, `versionAttr`,
 * `commit` give different bytes under the same filename. `broken` makes one
 * specific defect and nothing else.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { arch as hostArch, platform as hostPlatform } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zconst, crc32, deflateRawSync } from 'node:zlib';
import yazl from 'yazl';
import { tarGz, type TarEntry } from './tar.js';
import { patchZipEntries } from './zip-patch.js';

export type WheelDefect =
  | 'no-record'
  | 'no-metadata'
  | 'no-wheel-file'
  | 'zip-bomb'
  | 'dotdot-member'
  | 'absolute-member'
  | 'bad-record-hash';

export interface WheelSpec {
  name: string;
  version: string;
  /** compressed tag set; default 'py3-none-any' */
  tags?: string;
  build?: string;
  /** default: the normalized name with '-' → '_' */
  importName?: string;
  /** __version__ in the package; default `version` */
  versionAttr?: string;
  /** __commit__ in the package; default 'deadbeef' */
  commit?: string;
  requires?: string[];
  requiresPython?: string;
  /** adds an incompressible, stored data file of this many bytes */
  padBytes?: number;
  /** changes the bytes (package source and padding) without changing anything else */
  seed?: string;
  extraMembers?: { path: string; data: Buffer | string; compress?: boolean }[];
  broken?: WheelDefect;
  /** 'zip-bomb' only: uncompressed size of the bomb member; default 1 GiB (about 1 MiB compressed) */
  bombBytes?: number;
  /** 'pep427' (default) escapes the name as PEP 427 does, keeping case; 'normalized' lower-cases it too */
  nameStyle?: 'pep427' | 'normalized';
}

/** PEP 503 normalized name: 'Foo.Bar_baz' → 'foo-bar-baz'. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** PEP 427 filename component escaping: runs of anything but letters, digits and '.' become '_'. */
export function escapeName(name: string): string {
  return name.replace(/[^\p{L}\p{N}_.]+/gu, '_');
}

function filenameName(spec: Pick<WheelSpec, 'name' | 'nameStyle'>): string {
  return spec.nameStyle === 'normalized' ? normalizeName(spec.name).replace(/-/g, '_') : escapeName(spec.name);
}

/** Version as it appears in filenames: '-' is the separator, so it becomes '_' ('+local' stays). */
function filenameVersion(version: string): string {
  return version.replace(/-/g, '_');
}

export function wheelFilename(spec: Pick<WheelSpec, 'name' | 'version' | 'tags' | 'build' | 'nameStyle'>): string {
  const build = spec.build ? `-${spec.build}` : '';
  return `${filenameName(spec)}-${filenameVersion(spec.version)}${build}-${spec.tags ?? 'py3-none-any'}.whl`;
}

/** The PEP 625 sdist filename: normalized name with '_', then '-<version>.tar.gz'. */
export function sdistFilename(spec: { name: string; version: string }): string {
  return `${normalizeName(spec.name).replace(/-/g, '_')}-${filenameVersion(spec.version)}.tar.gz`;
}

/** 'py2.py3-none-any' → ['py2-none-any', 'py3-none-any']. */
export function expandTags(tags: string): string[] {
  const parts = tags.split('-');
  if (parts.length !== 3) throw new Error(`a tag set has three parts (python-abi-platform): ${tags}`);
  const [pys, abis, plats] = parts.map((p) => p.split('.'));
  const out: string[] = [];
  for (const py of pys) for (const abi of abis) for (const plat of plats) out.push(`${py}-${abi}-${plat}`);
  return out;
}

export function defaultImportName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

/**
 * A tag that the interpreter of `pythonVersion` ('2.7', '3.12') installs:
 * 'pure' → 'py2-none-any' / 'py3-none-any'; 'universal' → 'py2.py3-none-any';
 * 'native' → a CPython tag for this machine, e.g. 'cp312-cp312-manylinux2014_x86_64',
 * 'cp27-cp27mu-manylinux1_x86_64' (the pyenv 2.7 here is a UCS-4 build).
 */
export function compatibleTag(
  pythonVersion: string,
  kind: 'pure' | 'universal' | 'native' = 'pure',
  platform?: string,
): string {
  const m = /^(\d+)\.(\d+)/.exec(pythonVersion);
  if (!m) throw new Error(`not a Python version: ${pythonVersion}`);
  const major = Number(m[1]);
  const minor = Number(m[2]);
  if (kind === 'pure') return `py${major}-none-any`;
  if (kind === 'universal') return 'py2.py3-none-any';
  const cp = `cp${major}${minor}`;
  const abi = major === 2 ? `${cp}mu` : minor <= 7 ? `${cp}m` : cp;
  return `${cp}-${abi}-${platform ?? nativePlatform(major, minor)}`;
}

function nativePlatform(major: number, minor: number): string {
  const a = hostArch();
  if (hostPlatform() === 'darwin') return a === 'arm64' ? 'macosx_11_0_arm64' : 'macosx_10_9_x86_64';
  if (a === 'arm64') return 'manylinux2014_aarch64';
  // pip before 19.3 (what 2.7 and 3.6 carry here) does not know manylinux2014
  return major === 2 || (major === 3 && minor <= 6) ? 'manylinux1_x86_64' : 'manylinux2014_x86_64';
}

// Local-time constructor: yazl converts with local getters, so the DOS fields are the same in every time zone.
const FIXED_DATE = new Date(2020, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;
const DEFAULT_BOMB_BYTES = 1024 * 1024 * 1024;

/** RECORD hash form: sha256=<urlsafe base64 without padding>. */
export function recordHash(digest: Buffer): string {
  return `sha256=${digest.toString('base64url')}`;
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function pyString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

function initPy(spec: WheelSpec): string {
  const lines = [
    '# -*- coding: utf-8 -*-',
    `__version__ = ${pyString(spec.versionAttr ?? spec.version)}`,
    `__commit__ = ${pyString(spec.commit ?? 'deadbeef')}`,
  ];
  if (spec.seed !== undefined) lines.push(`# seed: ${spec.seed.replace(/[\r\n]/g, ' ')}`);
  return lines.join('\n') + '\n';
}

/** Deterministic incompressible bytes (AES-128-CTR keystream) streamed in 1 MiB chunks. */
function padStream(seed: string, size: number): Readable {
  const key = createHash('sha256').update(`pad:${seed}`).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const n = Math.min(left, zeros.length);
      left -= n;
      this.push(cipher.update(zeros.subarray(0, n)));
    },
  });
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function hashStream(stream: Readable): Promise<Buffer> {
  const h = createHash('sha256');
  for await (const chunk of stream) h.update(chunk as Buffer);
  return h.digest();
}

interface Bomb {
  deflated: Buffer;
  crc: number;
  sha: Buffer;
}
const bombs = new Map<number, Bomb>();

/**
 * A raw deflate stream of `size` zero bytes built from repeated full-flush
 * blocks (each self-contained), so a 1 GiB bomb takes milliseconds to make.
 */
function bomb(size: number): Bomb {
  const cached = bombs.get(size);
  if (cached) return cached;
  if (size >= 0xffffffff) throw new Error('bombBytes must stay below 4 GiB (no zip64 here)');
  const chunkSize = 1024 * 1024;
  const zeros = Buffer.alloc(chunkSize);
  const block = deflateRawSync(zeros, { level: 9, finishFlush: zconst.Z_FULL_FLUSH });
  const full = Math.floor(size / chunkSize);
  const rest = size % chunkSize;
  const parts: Buffer[] = new Array<Buffer>(full).fill(block);
  if (rest) parts.push(deflateRawSync(zeros.subarray(0, rest), { level: 9, finishFlush: zconst.Z_FULL_FLUSH }));
  parts.push(Buffer.from([0x03, 0x00])); // an empty final fixed-Huffman block
  let crc = 0;
  const h = createHash('sha256');
  for (let i = 0; i < full; i++) {
    crc = crc32(zeros, crc);
    h.update(zeros);
  }
  if (rest) {
    crc = crc32(zeros.subarray(0, rest), crc);
    h.update(zeros.subarray(0, rest));
  }
  const made = { deflated: Buffer.concat(parts), crc, sha: h.digest() };
  bombs.set(size, made);
  return made;
}

/** The long description (the METADATA body), so `twine check --strict` has something to render. */
function description(name: string): string {
  return `# ${name}\n\nA package made by the test factory of python-release-actions.\n`;
}

interface Member {
  path: string;
  /** the name written in the archive, when it differs (patched afterwards) */
  placeholder?: string;
  data?: Buffer;
  stream?: () => Readable;
  size: number;
  sha: Buffer;
  compress: boolean;
}

/** Writes a wheel for `spec` into `dir` and returns its path. */
export async function makeWheel(dir: string, spec: WheelSpec): Promise<string> {
  await mkdir(dir, { recursive: true });
  const imp = spec.importName ?? defaultImportName(spec.name);
  const distInfo = `${filenameName(spec)}-${filenameVersion(spec.version)}.dist-info`;
  const tags = expandTags(spec.tags ?? 'py3-none-any');
  const purelib = tags.every((t) => t.endsWith('-none-any'));
  const broken = spec.broken;

  const members: Member[] = [];
  const addBuffer = (path: string, data: Buffer | string, compress = true, placeholder?: string) => {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    members.push({ path, placeholder, data: buf, size: buf.length, sha: sha256(buf), compress });
  };

  addBuffer(`${imp}/__init__.py`, initPy(spec));
  if (spec.padBytes !== undefined && spec.padBytes > 0) {
    const seed = `${spec.name}|${spec.version}|${spec.seed ?? ''}`;
    const size = spec.padBytes;
    members.push({
      path: `${imp}/_padding.bin`,
      stream: () => padStream(seed, size),
      size,
      sha: await hashStream(padStream(seed, size)),
      compress: false,
    });
  }
  for (const extra of spec.extraMembers ?? []) addBuffer(extra.path, extra.data, extra.compress ?? true);

  let bombMember: { path: string; bomb: Bomb; size: number } | undefined;
  if (broken === 'zip-bomb') {
    const size = spec.bombBytes ?? DEFAULT_BOMB_BYTES;
    const b = bomb(size);
    const path = `${imp}/_bomb.bin`;
    bombMember = { path, bomb: b, size };
    // stored as-is now; the header is patched to 'deflated, <size> bytes' below
    members.push({ path, data: b.deflated, size, sha: b.sha, compress: false });
  }
  if (broken === 'dotdot-member') addBuffer('../../evil_dotdot.py', 'print("escaped")\n', true, 'xx/xx/evil_dotdot.py');
  if (broken === 'absolute-member') addBuffer('/tmp/evil_absolute.py', 'print("escaped")\n', true, 'Xtmp/evil_absolute.py');

  const metadata = [
    'Metadata-Version: 2.1',
    `Name: ${spec.name}`,
    `Version: ${spec.version}`,
    `Summary: Test package ${spec.name} made by the wheel factory`,
    ...(spec.requiresPython ? [`Requires-Python: ${spec.requiresPython}`] : []),
    ...(spec.requires ?? []).map((r) => `Requires-Dist: ${r}`),
    'Description-Content-Type: text/markdown',
  ].join('\n') + `\n\n${description(spec.name)}`;
  const wheelFile = [
    'Wheel-Version: 1.0',
    'Generator: python-release-actions-test-factory (1.0)',
    `Root-Is-Purelib: ${purelib ? 'true' : 'false'}`,
    ...tags.map((t) => `Tag: ${t}`),
    ...(spec.build ? [`Build: ${spec.build}`] : []),
  ].join('\n') + '\n';
  if (broken !== 'no-metadata') addBuffer(`${distInfo}/METADATA`, metadata);
  if (broken !== 'no-wheel-file') addBuffer(`${distInfo}/WHEEL`, wheelFile);
  addBuffer(`${distInfo}/top_level.txt`, `${imp}\n`);

  if (broken !== 'no-record') {
    const rows = members.map((m) => {
      let sha = m.sha;
      if (broken === 'bad-record-hash' && m.path === `${imp}/__init__.py`) sha = sha256(Buffer.from('not the content'));
      return `${csvField(m.path)},${recordHash(sha)},${m.size}`;
    });
    rows.push(`${csvField(`${distInfo}/RECORD`)},,`);
    addBuffer(`${distInfo}/RECORD`, rows.join('\n') + '\n');
  }

  const zip = new yazl.ZipFile();
  for (const m of members) {
    const name = m.placeholder ?? m.path;
    const opts = { mtime: FIXED_DATE, mode: FILE_MODE, compress: m.compress, forceDosTimestamp: true };
    // Buffered even when streamed: yazl writes a streamed member with a data descriptor, and
    // PyPI (so the preflight) refuses zips that carry one.
    zip.addBuffer(m.stream ? await collect(m.stream()) : m.data!, name, opts);
  }
  zip.end();
  const file = join(dir, wheelFilename(spec));
  const partial = `${file}.partial-${process.pid}`;
  await pipeline(zip.outputStream, createWriteStream(partial));

  const patches: Record<string, { name?: string; method?: 0 | 8; crc32?: number; uncompressedSize?: number }> = {};
  for (const m of members) if (m.placeholder) patches[m.placeholder] = { name: m.path };
  if (bombMember) {
    patches[bombMember.path] = { method: 8, crc32: bombMember.bomb.crc, uncompressedSize: bombMember.size };
  }
  if (Object.keys(patches).length > 0) await patchZipEntries(partial, patches);
  await rename(partial, file);
  return file;
}

export interface SdistSpec {
  name: string;
  version: string;
  importName?: string;
  versionAttr?: string;
  commit?: string;
  seed?: string;
  requires?: string[];
}

/**
 * Writes a PEP 625 sdist (`<name>-<version>/PKG-INFO` plus a setup.py project
 * that builds with setuptools, Python 2.7 included) and returns its path.
 */
export async function makeSdist(dir: string, spec: SdistSpec): Promise<string> {
  await mkdir(dir, { recursive: true });
  const filename = sdistFilename(spec);
  const stem = filename.slice(0, -'.tar.gz'.length);
  const imp = spec.importName ?? defaultImportName(spec.name);
  const pkgInfo = [
    'Metadata-Version: 2.1',
    `Name: ${spec.name}`,
    `Version: ${spec.version}`,
    `Summary: Test package ${spec.name} made by the sdist factory`,
    ...(spec.requires ?? []).map((r) => `Requires-Dist: ${r}`),
    'Description-Content-Type: text/markdown',
  ].join('\n') + `\n\n${description(spec.name)}`;
  const setupPy = [
    'from setuptools import setup',
    '',
    `setup(name=${pyString(spec.name)}, version=${pyString(spec.version)}, packages=[${pyString(imp)}],`,
    `      install_requires=[${(spec.requires ?? []).map(pyString).join(', ')}])`,
  ].join('\n') + '\n';
  const entries: TarEntry[] = [
    { path: `${stem}/` },
    { path: `${stem}/PKG-INFO`, data: pkgInfo },
    // no build-backend key: pip may then fall back to setup.py (needed on 2.7 without `wheel`)
    { path: `${stem}/pyproject.toml`, data: '[build-system]\nrequires = ["setuptools>=40.8.0"]\n' },
    { path: `${stem}/setup.py`, data: setupPy },
    { path: `${stem}/${imp}/` },
    { path: `${stem}/${imp}/__init__.py`, data: initPy({ ...spec }) },
  ];
  const file = join(dir, filename);
  await writeFile(file, tarGz(entries));
  return file;
}
