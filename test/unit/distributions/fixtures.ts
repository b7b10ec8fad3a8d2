/**
 * Real distribution bytes for the distributions tests: wheels built with yazl,
 * sdists as gzip-compressed ustar archives, and byte-level patches for the
 * archives no honest tool would write (unsafe names, lying sizes).
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import yazl from 'yazl';

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pra-distributions-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface ZipMember {
  name: string;
  data?: Buffer | string;
  /** A stream of `size` zero bytes (for bombs) instead of data. */
  zeros?: number;
  compress?: boolean;
  directory?: boolean;
}

export async function zipBuffer(members: ZipMember[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const m of members) {
    if (m.directory) zip.addEmptyDirectory(m.name, { mtime });
    else if (m.zeros !== undefined) zip.addReadStream(zerosStream(m.zeros), m.name, { mtime, compress: m.compress ?? true });
    else zip.addBuffer(Buffer.from(m.data ?? ''), m.name, { mtime, compress: m.compress ?? true });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function zerosStream(size: number): Readable {
  const block = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(left, block.length);
      left -= n;
      this.push(block.subarray(0, n));
    },
  });
}

export function recordDigest(data: Buffer | string): string {
  return createHash('sha256').update(Buffer.from(data)).digest('base64url');
}

export interface WheelSpec {
  /** Defaults to `${name}-${version}-${tag}.whl`. */
  filename?: string;
  name?: string;
  version?: string;
  tag?: string;
  /** The .dist-info directory; defaults to `${name}-${version}.dist-info` with the filename's spelling. */
  distInfo?: string;
  /** METADATA text; null leaves METADATA out. */
  metadata?: string | null;
  metadataName?: string;
  metadataVersion?: string;
  coreMetadataVersion?: string;
  /** WHEEL text; null leaves it out. */
  wheel?: string | null;
  /** RECORD text; null leaves it out; undefined computes a correct one. */
  record?: string | null;
  files?: Record<string, string | Buffer>;
  /** Extra members added after RECORD is computed (so RECORD does not list them). */
  unlisted?: ZipMember[];
}

export function metadataText(name: string, version: string, metadataVersion = '2.1', extra = ''): string {
  return `Metadata-Version: ${metadataVersion}\nName: ${name}\nVersion: ${version}\nSummary: A test project\n${extra}\nThe long description.\n`;
}

export function wheelText(tags: string[]): string {
  return `Wheel-Version: 1.0\nGenerator: pra-tests (1.0)\nRoot-Is-Purelib: true\n${tags.map((t) => `Tag: ${t}\n`).join('')}\n`;
}

export function wheelMembers(spec: WheelSpec): { filename: string; members: ZipMember[] } {
  const name = spec.name ?? 'demo_pkg';
  const version = spec.version ?? '1.0.0';
  const tag = spec.tag ?? 'py3-none-any';
  const filename = spec.filename ?? `${name}-${version}-${tag}.whl`;
  const [fname, fversion] = filename.split('-');
  const distInfo = spec.distInfo ?? `${fname}-${fversion}.dist-info`;
  const files: Record<string, string | Buffer> = spec.files ?? { [`${name}/__init__.py`]: '__version__ = "1.0.0"\n' };
  const members: ZipMember[] = Object.entries(files).map(([n, data]) => ({ name: n, data }));
  const [py, abi, plat] = tag.split('-');
  const tags = py.split('.').flatMap((p) => abi.split('.').flatMap((a) => plat.split('.').map((pl) => `${p}-${a}-${pl}`)));
  if (spec.metadata !== null) {
    members.push({ name: `${distInfo}/METADATA`, data: spec.metadata ?? metadataText(spec.metadataName ?? name, spec.metadataVersion ?? version, spec.coreMetadataVersion) });
  }
  if (spec.wheel !== null) members.push({ name: `${distInfo}/WHEEL`, data: spec.wheel ?? wheelText(tags) });
  if (spec.record !== null) {
    const record = spec.record ?? [
      ...members.map((m) => `${m.name},sha256=${recordDigest(m.data ?? '')},${Buffer.byteLength(m.data ?? '')}`),
      `${distInfo}/RECORD,,`,
    ].join('\n') + '\n';
    members.push({ name: `${distInfo}/RECORD`, data: record });
  }
  members.push(...(spec.unlisted ?? []));
  return { filename, members };
}

export async function writeWheel(dir: string, spec: WheelSpec = {}): Promise<string> {
  const { filename, members } = wheelMembers(spec);
  const path = join(dir, filename);
  await writeFile(path, await zipBuffer(members));
  return path;
}

/**
 * yazl refuses unsafe names, as any honest tool does; write a same-length placeholder
 * and replace its bytes in the local header and the central directory.
 */
export function renameMember(zip: Buffer, placeholder: string, actual: string): Buffer {
  if (placeholder.length !== actual.length) throw new Error('placeholder and actual name must have the same length');
  const from = Buffer.from(placeholder);
  const to = Buffer.from(actual);
  const out = Buffer.from(zip);
  let at = out.indexOf(from);
  let count = 0;
  while (at !== -1) {
    to.copy(out, at);
    count++;
    at = out.indexOf(from, at + to.length);
  }
  if (count < 2) throw new Error(`placeholder ${placeholder} found ${count} times`);
  return out;
}

/** Overwrites fields of a member's central directory record (offsets from APPNOTE 4.3.12). */
export function patchCentralDirectory(zip: Buffer, member: string, patch: { uncompressedSize?: number; compressionMethod?: number }): Buffer {
  const out = Buffer.from(zip);
  const name = Buffer.from(member);
  let at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (at !== -1) {
    const nameLength = out.readUInt16LE(at + 28);
    if (nameLength === name.length && out.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      if (patch.uncompressedSize !== undefined) out.writeUInt32LE(patch.uncompressedSize, at + 24);
      if (patch.compressionMethod !== undefined) out.writeUInt16LE(patch.compressionMethod, at + 10);
      return out;
    }
    at = out.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
  }
  throw new Error(`no central directory record for ${member}`);
}

export interface TarMember {
  name: string;
  data?: string | Buffer;
  /** A file, a symbolic link (to `linkname`), a directory or a FIFO. */
  type?: '0' | '2' | '5' | '6';
  linkname?: string;
}

/** A minimal ustar writer (names up to 100 bytes), gzip-compressed. */
export function tarGz(members: TarMember[]): Buffer {
  const blocks: Buffer[] = [];
  for (const m of members) {
    const data = Buffer.from(m.data ?? '');
    const header = Buffer.alloc(512);
    header.write(m.name, 0, 100, 'utf8');
    header.write(m.type === '5' ? '0000755\0' : '0000644\0', 100, 'latin1');
    header.write('0000000\0', 108, 'latin1');
    header.write('0000000\0', 116, 'latin1');
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
    header.write('14000000000\0', 136, 'latin1');
    header.write('        ', 148, 'latin1');
    header.write(m.type ?? '0', 156, 'latin1');
    if (m.linkname) header.write(m.linkname, 157, 100, 'utf8');
    header.write('ustar\0', 257, 'latin1');
    header.write('00', 263, 'latin1');
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

export function pkgInfoText(name: string, version: string): string {
  return `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: A test project\n\nLong description.\n`;
}

export async function writeSdist(dir: string, name: string, version: string, opts: { filename?: string; top?: string; pkgInfo?: string | null; extra?: TarMember[] } = {}): Promise<string> {
  const filename = opts.filename ?? `${name}-${version}.tar.gz`;
  const top = opts.top ?? `${name}-${version}`;
  const members: TarMember[] = [
    { name: top, type: '5' },
    { name: `${top}/setup.py`, data: 'from setuptools import setup\nsetup()\n' },
    ...(opts.pkgInfo === null ? [] : [{ name: `${top}/PKG-INFO`, data: opts.pkgInfo ?? pkgInfoText(name, version) }]),
    ...(opts.extra ?? []),
  ];
  const path = join(dir, filename);
  await writeFile(path, tarGz(members));
  return path;
}

/** Wheels nobody here wrote: Debian's and the pyenv interpreters' bundled pip/setuptools. */
export function realWheels(): string[] {
  const found: string[] = [];
  const wheelsIn = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) if (name.endsWith('.whl')) found.push(join(dir, name));
  };
  wheelsIn('/usr/share/python-wheels');
  const versions = '/root/.pyenv/versions';
  if (existsSync(versions)) {
    for (const version of readdirSync(versions)) {
      const lib = join(versions, version, 'lib');
      if (!existsSync(lib)) continue;
      for (const python of readdirSync(lib)) {
        if (python.startsWith('python')) wheelsIn(join(lib, python, 'ensurepip', '_bundled'));
      }
    }
  }
  return found.sort();
}

/** A python3 that has `packaging` (26.x here), for differential tests; undefined when there is none. */
export function pythonWithPackaging(): string | undefined {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(candidate, ['-c', 'import packaging.utils, packaging.version, packaging.metadata; print(packaging.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return candidate;
  }
  return undefined;
}

export function runPython(python: string, script: string, input: unknown): unknown {
  const out = execFileSync(python, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out);
}

export function haveTool(tool: string): boolean {
  return ['/usr/bin', '/bin', '/usr/local/bin'].some((dir) => existsSync(join(dir, tool)));
}
