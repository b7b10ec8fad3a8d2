import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readWheelArchive } from '../../../src/distributions/wheel-archive.js';
import type { WheelArchive } from '../../../src/distributions/wheel-archive.js';
import { makeTempDir, metadataText, patchCentralDirectory, pythonWithPackaging, realWheels, renameMember, runPython, wheelMembers, writeWheel, zipBuffer } from './fixtures.js';
import type { ZipMember } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

async function zipFile(name: string, members: ZipMember[], patch?: (zip: Buffer) => Buffer): Promise<string> {
  const path = join(dir, name);
  let bytes = await zipBuffer(members);
  if (patch) bytes = patch(bytes);
  await writeFile(path, bytes);
  return path;
}

function rules(archive: WheelArchive): string[] {
  return archive.problems.map((p) => p.rule);
}

describe('readWheelArchive', () => {
  it('reads METADATA, WHEEL and RECORD from a good wheel', async () => {
    const path = await writeWheel(dir, { name: 'good', version: '1.0' });
    const archive = await readWheelArchive(path);
    expect(archive.problems).toEqual([]);
    expect(archive.readable).toBe(true);
    expect(archive.distInfoDirs).toEqual(['good-1.0.dist-info']);
    expect(archive.distInfoDir).toBe('good-1.0.dist-info');
    expect(archive.expectedDistInfoDir).toBe('good-1.0.dist-info');
    expect(archive.members).toEqual(['good/__init__.py', 'good-1.0.dist-info/METADATA', 'good-1.0.dist-info/WHEEL', 'good-1.0.dist-info/RECORD']);
    expect(archive.metadata).toBe(metadataText('good', '1.0'));
    expect(archive.wheel).toMatch(/^Wheel-Version: 1.0/);
    expect(archive.record).toMatch(/good-1.0.dist-info\/RECORD,,/);
    expect(archive.entries[0]).toMatchObject({ name: 'good/__init__.py', size: 22, isDirectory: false });
    expect(archive.entries[0].sha256).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('skips inflating other members when verifyMembers is off', async () => {
    const path = await writeWheel(dir, { name: 'quick', version: '1.0' });
    const archive = await readWheelArchive(path, { verifyMembers: false });
    expect(archive.metadata).toBeDefined();
    expect(archive.entries[0].sha256).toBeUndefined();
  });

  it('reports a file that is not a zip', async () => {
    const path = join(dir, 'notzip-1.0-py3-none-any.whl');
    await writeFile(path, '<html>404 Not Found</html>');
    const archive = await readWheelArchive(path);
    expect(archive.readable).toBe(false);
    expect(archive.problems).toEqual([expect.objectContaining({ rule: 'zip-invalid', pypiMessage: 'Invalid distribution file. File is not a zipfile' })]);
  });

  it('reports ../, absolute and backslash member paths without stopping at the first', async () => {
    const { members } = wheelMembers({ name: 'evil', version: '1.0', filename: 'evil-1.0-py3-none-any.whl' });
    members.push({ name: 'XX/evil', data: 'x' }, { name: 'Xetc/passwd', data: 'x' }, { name: 'C_/win', data: 'x' }, { name: 'aXb', data: 'x' });
    const path = await zipFile('evil-1.0-py3-none-any.whl', members, (zip) =>
      renameMember(renameMember(renameMember(renameMember(zip, 'XX/evil', '../evil'), 'Xetc/passwd', '/etc/passwd'), 'C_/win', 'C:/win'), 'aXb', 'a\\b'));
    const archive = await readWheelArchive(path);
    const unsafe = archive.problems.find((p) => p.rule === 'zip-member-path');
    expect(unsafe?.members).toEqual(["../evil (parent directory '..')", '/etc/passwd (absolute path)', 'C:/win (absolute path)', 'a\\\\b (backslash)']);
    // The archive was still read to the end.
    expect(archive.metadata).toBeDefined();
    expect(archive.members).toContain('../evil');
  });

  it('reports a zip bomb from its declared sizes without inflating it', async () => {
    const { members } = wheelMembers({ name: 'bomb', version: '1.0' });
    members.push({ name: 'bomb/zeros.bin', zeros: 50 * 1000 * 1000 });
    const path = await zipFile('bomb-1.0-py3-none-any.whl', members);
    const archive = await readWheelArchive(path);
    const bomb = archive.problems.find((p) => p.rule === 'zip-compression-ratio');
    expect(bomb?.members?.[0]).toMatch(/^bomb\/zeros.bin \(50000000 bytes from \d+\)$/);
    // 50 MB is under warehouse's 64 MiB whole-archive threshold: PyPI itself would not say this.
    expect(bomb?.pypiMessage).toBeUndefined();
    expect(archive.entries.find((e) => e.name === 'bomb/zeros.bin')?.size).toBeUndefined();
  });

  it('gives PyPI\'s message when the whole archive trips warehouse\'s own ratio check', async () => {
    const { members } = wheelMembers({ name: 'bigbomb', version: '1.0' });
    members.push({ name: 'bigbomb/zeros.bin', zeros: 70 * 1024 * 1024 });
    const path = await zipFile('bigbomb-1.0-py3-none-any.whl', members);
    const bomb = (await readWheelArchive(path)).problems.find((p) => p.rule === 'zip-compression-ratio');
    expect(bomb?.pypiMessage).toBe('Invalid distribution file. File exceeds compression ratio of 50');
  });

  it('catches a bomb spread over members that are each under the per-member threshold, and does not inflate them', async () => {
    const { members } = wheelMembers({ name: 'spread', version: '1.0' });
    for (let i = 0; i < 3; i++) members.push({ name: `spread/zeros${i}.bin`, zeros: 30 * 1024 * 1024 });
    const path = await zipFile('spread-1.0-py3-none-any.whl', members);
    const archive = await readWheelArchive(path);
    const bomb = archive.problems.find((p) => p.rule === 'zip-compression-ratio');
    expect(bomb?.pypiMessage).toBe('Invalid distribution file. File exceeds compression ratio of 50');
    expect(bomb?.message).toMatch(/whole archive declares 9437\d+ bytes/);
    expect(archive.entries.filter((e) => e.name.startsWith('spread/zeros')).map((e) => e.size)).toEqual([undefined, undefined, undefined]);
    expect(archive.metadata).toBeDefined();
  });

  it('stops inflating a member whose central directory understates its size', async () => {
    const { members } = wheelMembers({ name: 'liar', version: '1.0' });
    members.push({ name: 'liar/zeros.bin', zeros: 40 * 1024 * 1024 });
    const path = await zipFile('liar-1.0-py3-none-any.whl', members, (zip) => patchCentralDirectory(zip, 'liar/zeros.bin', { uncompressedSize: 1000 }));
    const archive = await readWheelArchive(path);
    const bomb = archive.problems.find((p) => p.rule === 'zip-compression-ratio');
    expect(bomb?.members).toEqual(['liar/zeros.bin (declares 1000 bytes but inflates to more; reading stopped there)']);
  });

  it('bounds the text members it keeps', async () => {
    const path = await writeWheel(dir, { name: 'fat', version: '1.0', metadata: metadataText('fat', '1.0', '2.1', `Summary: ${'x'.repeat(5000)}\n`) });
    const archive = await readWheelArchive(path, { maxMemberSize: 1024 });
    expect(rules(archive)).toContain('zip-member-too-large');
    expect(archive.metadata).toBeUndefined();
  });

  it('reports a wheel without any .dist-info directory', async () => {
    const path = await zipFile('bare-1.0-py3-none-any.whl', [{ name: 'bare/__init__.py', data: '' }]);
    const archive = await readWheelArchive(path);
    expect(archive.problems).toEqual([expect.objectContaining({ rule: 'wheel-no-dist-info', pypiMessage: 'Invalid distribution file. WHEEL not found at bare-1.0.dist-info/WHEEL' })]);
  });

  it('reports more than one top-level .dist-info and still reads the expected one', async () => {
    const { members } = wheelMembers({ name: 'two', version: '2.0' });
    members.push({ name: 'two-1.0.dist-info/METADATA', data: metadataText('two', '1.0') });
    const path = await zipFile('two-2.0-py3-none-any.whl', members);
    const archive = await readWheelArchive(path);
    expect(archive.problems).toEqual([expect.objectContaining({ rule: 'wheel-multiple-dist-info', members: ['two-2.0.dist-info', 'two-1.0.dist-info'] })]);
    expect(archive.distInfoDir).toBe('two-2.0.dist-info');
    expect(archive.metadata).toContain('Version: 2.0');
  });

  it('reads every member of a wheel of 5,000 files, and names the one whose local header is broken', async () => {
    // Headers over many blocks of the reader (src/files/block-reader.ts); stored, so yazl builds it quickly.
    const files: Record<string, string> = {};
    for (let i = 0; i < 5_000; i++) files[`many/m${i}.py`] = i % 7 === 0 ? '' : `x = ${i}\n`;
    const { members } = wheelMembers({ name: 'many', version: '1.0', files });
    const zip = await zipBuffer(members.map((m) => ({ ...m, compress: false })));
    await writeFile(join(dir, 'many-1.0-py3-none-any.whl'), zip);
    const good = await readWheelArchive(join(dir, 'many-1.0-py3-none-any.whl'));
    expect(good.problems).toEqual([]);
    expect(good.entries).toHaveLength(5_003);
    expect(good.entries.filter((e) => e.sha256 !== undefined)).toHaveLength(5_003);
    expect(good.entries[4_321]).toMatchObject({ name: 'many/m4321.py', size: 'x = 4321\n'.length });

    // The local header of one member in the middle no longer starts with its signature.
    const at = zip.indexOf(Buffer.from('many/m3000.py')) - 30;
    expect(zip.readUInt32LE(at)).toBe(0x04034b50);
    zip.writeUInt32LE(0x04034b51, at);
    await writeFile(join(dir, 'many-2.0-py3-none-any.whl'), zip);
    const broken = await readWheelArchive(join(dir, 'many-2.0-py3-none-any.whl'));
    expect(broken.problems.find((p) => p.rule === 'zip-member-corrupt')?.members).toEqual([expect.stringMatching(/^many\/m3000\.py \(invalid local file header signature/)]);
  });

  it('reports a member whose zip64 local header offset lies far past the end of the file (2^53)', async () => {
    const { members } = wheelMembers({ name: 'far', version: '1.0' });
    const path = await zipFile('far-1.0-py3-none-any.whl', members, (zip) => {
      // The first central directory entry's offset becomes 0xffffffff, with the real one (2^53) in a zip64 extra field.
      const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
      const cd = zip.readUInt32LE(eocd + 16);
      const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(cd + 28), zip.readUInt16LE(cd + 30), zip.readUInt16LE(cd + 32)];
      const header = Buffer.from(zip.subarray(cd, cd + 46));
      const zip64 = Buffer.alloc(12);
      zip64.writeUInt16LE(0x0001, 0);
      zip64.writeUInt16LE(8, 2);
      zip64.writeBigUInt64LE(2n ** 53n, 4);
      header.writeUInt32LE(0xffffffff, 42);
      header.writeUInt16LE(extraLength + zip64.length, 30);
      header.writeUInt16LE(0, 32);
      const rest = zip.subarray(cd + 46 + nameLength + extraLength + commentLength, eocd);
      const entry = Buffer.concat([header, zip.subarray(cd + 46, cd + 46 + nameLength + extraLength), zip64, rest]);
      const end = Buffer.from(zip.subarray(eocd));
      end.writeUInt32LE(entry.length, 12);
      return Buffer.concat([zip.subarray(0, cd), entry, end]);
    });
    const archive = await readWheelArchive(path);
    expect(archive.problems.find((p) => p.rule === 'zip-member-corrupt')?.members).toEqual([expect.stringMatching(/^far\/__init__\.py \(/)]);
  });

  it('reports duplicate members, unsupported compression and damaged data', async () => {
    const { members } = wheelMembers({ name: 'odd', version: '1.0' });
    members.push({ name: 'odd/dup.py', data: 'a' }, { name: 'odd/dup.py', data: 'b' }, { name: 'odd/bz2.py', data: 'x'.repeat(100) });
    const damaged = { name: 'odd/damaged.py', data: 'y'.repeat(10000) };
    members.push(damaged);
    const path = await zipFile('odd-1.0-py3-none-any.whl', members, (zip) => {
      const patched = patchCentralDirectory(zip, 'odd/bz2.py', { compressionMethod: 12 });
      // Flip bytes in the middle of the damaged member's deflate stream.
      const at = patched.indexOf(Buffer.from('odd/damaged.py')) + 'odd/damaged.py'.length + 5;
      patched[at] ^= 0xff;
      patched[at + 1] ^= 0xff;
      return patched;
    });
    const archive = await readWheelArchive(path);
    expect(rules(archive)).toEqual(expect.arrayContaining(['zip-duplicate-member', 'zip-compression-method', 'zip-member-corrupt']));
    expect(archive.problems.find((p) => p.rule === 'zip-compression-method')?.pypiMessage).toBe('Invalid distribution file. File does not use a supported compression type');
    expect(archive.problems.find((p) => p.rule === 'zip-member-corrupt')?.members?.[0]).toMatch(/^odd\/damaged.py/);
  });

  const wheels = realWheels();
  if (wheels.length === 0) console.warn('SKIPPED: real wheels because none were found under /usr/share/python-wheels or the pyenv ensurepip bundles');
  (wheels.length > 0 ? it : it.skip)(`reads ${wheels.length} real pip/setuptools wheels without problems`, async () => {
    const python = pythonWithPackaging();
    if (!python) console.warn('SKIPPED: comparing real wheels with Python zipfile because no python3 was found');
    const script = `
import json, sys, zipfile
out = {}
for p in json.load(sys.stdin):
    z = zipfile.ZipFile(p)
    meta = [n for n in z.namelist() if n.endswith(".dist-info/METADATA")][0]
    out[p] = {"members": z.namelist(), "metadata": z.read(meta).decode()}
print(json.dumps(out))`;
    const reference = python ? (runPython(python, script, wheels) as Record<string, { members: string[]; metadata: string }>) : undefined;
    for (const path of wheels) {
      const archive = await readWheelArchive(path);
      expect({ path, problems: archive.problems }).toEqual({ path, problems: [] });
      if (reference) expect({ path, members: archive.members, metadata: archive.metadata }).toEqual({ path, ...reference[path] });
      expect(archive.metadata).toMatch(/^Metadata-Version: /);
      expect(archive.record).toBeDefined();
      expect(archive.entries.every((e) => e.isDirectory || e.sha256 !== undefined)).toBe(true);
    }
  });
});
