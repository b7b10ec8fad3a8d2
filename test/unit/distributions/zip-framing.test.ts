/**
 * Zips that read differently by central directory and by local headers: each
 * hostile kind is refused with warehouse's validate_zipfile text, whether the
 * walk rides on the hashing read or reads the headers on its own, while the
 * same wheel untouched, and real wheels, pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { inspectDistribution } from '../../../src/distributions/preflight.js';
import { checkZipFraming, zipfileName } from '../../../src/hashing/zip-framing.js';
import { makeTempDir, realWheels, wheelMembers, zipBuffer } from './fixtures.js';
import { HOSTILE, parseZip, writeZip } from './hostile-zips.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

async function goodWheel(): Promise<Buffer> {
  return zipBuffer(wheelMembers({ name: 'polyglot', version: '1.0' }).members);
}

/** The central directory as Python's zipfile reads it (yauzl parses it here). */
async function centralDirectory(path: string): Promise<Map<string, { compressedSize: number; size: number }>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true, decodeStrings: false });
  const cd = new Map<string, { compressedSize: number; size: number }>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      cd.set(zipfileName(e.fileNameRaw, e.generalPurposeBitFlag), { compressedSize: e.compressedSize, size: e.uncompressedSize });
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  return cd;
}

describe('warehouse validate_zipfile', () => {
  it('takes a good wheel apart and puts it back byte for byte (the hostile builders start from it)', async () => {
    const good = await goodWheel();
    expect(writeZip(parseZip(good)).equals(good)).toBe(true);
    const path = join(dir, 'polyglot-1.0-py3-none-any.whl');
    await writeFile(path, good);
    expect((await inspectDistribution(path)).problems).toEqual([]);
    expect(await checkZipFraming(path, await centralDirectory(path))).toBeUndefined();
  });

  for (const hostile of HOSTILE) {
    it(`refuses ${hostile.kind} ("${hostile.reason}"), on the hashing read and on its own`, async () => {
      const sub = join(dir, hostile.reason.replace(/\W+/g, '-'));
      await mkdir(sub, { recursive: true });
      const path = join(sub, 'polyglot-1.0-py3-none-any.whl');
      await writeFile(path, hostile.make(await goodWheel()));
      const expected = `Invalid distribution file. ZIP archive not accepted: ${hostile.reason}. See https://docs.pypi.org/archives for more information`;
      // The publish preflight: the walk rides on the one read that hashes the file.
      const hashed = await inspectDistribution(path);
      expect(hashed.problems.filter((p) => p.rule === 'zip-structure').map((p) => p.pypiMessage)).toEqual([expected]);
      // The index: digests known from the upload, so the walk reads the record headers itself.
      const indexed = await inspectDistribution(path, { digests: { sha256: hashed.sha256, blake2b256: hashed.blake2b256, size: hashed.size }, verifyMembers: false });
      expect(indexed.problems.filter((p) => p.rule === 'zip-structure').map((p) => p.pypiMessage)).toEqual([expected]);
      // A central-directory reader sees nothing wrong: that is the point of these files.
      expect((await centralDirectory(path)).size).toBeGreaterThan(0);
    });
  }

  const wheels = realWheels();
  if (wheels.length === 0) console.warn('SKIPPED: real wheels for validate_zipfile because none were found');
  (wheels.length > 0 ? it : it.skip)(`accepts the framing of ${wheels.length} real wheels, by both walks`, async () => {
    for (const path of wheels) {
      expect({ path, reason: await checkZipFraming(path, await centralDirectory(path)) }).toEqual({ path, reason: undefined });
    }
  });
});
