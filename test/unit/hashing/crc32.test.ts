import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import yauzl from 'yauzl';
import { crc32, portableCrc32 } from '../../../src/hashing/crc32.js';
import { createKernel, type MemberPlan } from '../../../src/hashing/kernel.js';
import { patchZipEntries } from '../../support/zip-patch.js';
import { makeTempDir, zipBuffer } from '../distributions/fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

/** The kernel's plan for every member of a zip, read with yauzl. */
async function plans(path: string): Promise<MemberPlan[]> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: false });
  const out: MemberPlan[] = [];
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => resolve(undefined));
        zip.once('error', reject);
        zip.readEntry();
      });
      if (!entry) break;
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      out.push({ start: fileDataStart, length: entry.compressedSize, deflated: entry.compressionMethod === 8, declaredSize: entry.uncompressedSize, crc32: entry.crc32, keep: false, hash: false });
    }
  } finally {
    zip.close();
  }
  return out;
}

describe('CRC-32', () => {
  it('the portable implementation agrees with zlib, continued piece by piece', () => {
    const data = randomBytes(300_001);
    let portable = 0;
    let ours = 0;
    for (let i = 0; i < data.length; i += 7_777) {
      portable = portableCrc32(data.subarray(i, i + 7_777), portable);
      ours = crc32(data.subarray(i, i + 7_777), ours);
    }
    expect(portable).toBe(ours);
    const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    if (native) expect(portable).toBe(native(data) >>> 0);
    expect(portableCrc32(Buffer.from('123456789'), 0)).toBe(0xcbf43926);
  });

  it('is checked by the kernel with either implementation: a member whose CRC-32 is wrong is corrupt', async () => {
    const good = join(dir, 'good.zip');
    const members = [{ name: 'a.txt', data: 'a'.repeat(5000) }, { name: 'b.bin', data: randomBytes(70_000), compress: false }];
    await writeFile(good, await zipBuffer(members));
    const bad = join(dir, 'bad.zip');
    await writeFile(bad, await zipBuffer(members));
    await patchZipEntries(bad, { 'a.txt': { crc32: 12345 } });
    for (const kernel of [createKernel(), createKernel({ crc32: portableCrc32 })]) {
      const fine = await kernel.scan({ path: good, members: await plans(good), wholeFile: false });
      expect(fine.outcomes.map((o) => o.kind)).toEqual(['ok', 'ok']);
      const damaged = await kernel.scan({ path: bad, members: await plans(bad), wholeFile: false });
      expect(damaged.outcomes).toEqual([{ kind: 'corrupt', reason: 'CRC-32 does not match' }, expect.objectContaining({ kind: 'ok' })]);
    }
  });
});
