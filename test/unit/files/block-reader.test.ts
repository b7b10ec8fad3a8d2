import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlockReader } from '../../../src/files/block-reader.js';

let dir: string;
let path: string;
const BYTES = randomBytes(300_000);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'block-reader-'));
  path = join(dir, 'data.bin');
  await writeFile(path, BYTES);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('BlockReader', () => {
  it('gives the bytes of the file wherever it is read, in any order and any size', async () => {
    const reader = await BlockReader.open(path, 4096);
    try {
      expect(reader.size).toBe(BYTES.length);
      // Forward, backward, across block edges, bigger than a block, up to and past the end.
      const reads: [number, number][] = [[0, 46], [46, 4000], [4090, 12], [100, 10], [5000, 20_000], [BYTES.length - 5, 5], [BYTES.length - 5, 50], [BYTES.length, 10], [BYTES.length + 100, 10]];
      for (let i = 0; i < 500; i++) reads.push([Math.floor(Math.random() * BYTES.length), Math.floor(Math.random() * 9000)]);
      for (const [position, length] of reads) {
        const got = await reader.read(position, length);
        expect(got.equals(BYTES.subarray(position, Math.min(position + length, BYTES.length)))).toBe(true);
      }
    } finally {
      await reader.close();
    }
  });

  it('serves small records read front to back from blocks read ahead: a few reads of the file, not one each', async () => {
    const reader = await BlockReader.open(path, 64 * 1024);
    try {
      const records: Buffer[] = [];
      for (let position = 0; position + 46 <= BYTES.length; position += 46 + 30) {
        records.push(Buffer.from(await reader.read(position, 46)));
        records.push(Buffer.from(await reader.read(position + 46, 30)));
      }
      expect(Buffer.concat(records).equals(BYTES.subarray(0, records.length * 38))).toBe(true);
      // 7,894 reads asked for, 300,000 bytes: five blocks of 64 KiB, and a few more where a record straddles an edge.
      expect(records.length).toBeGreaterThan(7000);
      expect(reader.fileReads).toBeLessThanOrEqual(10);
    } finally {
      await reader.close();
    }
  });

  it('a view handed out earlier keeps its bytes after later reads', async () => {
    const reader = await BlockReader.open(path, 4096);
    try {
      const first = await reader.read(0, 100);
      for (let position = 4096; position < 100_000; position += 4096) await reader.read(position, 100);
      expect(first.equals(BYTES.subarray(0, 100))).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('serves what is left when the file shrinks after it was opened, and refuses reads after close', async () => {
    const reader = await BlockReader.open(path, 4096);
    await truncate(path, 1000);
    expect((await reader.read(900, 500)).equals(BYTES.subarray(900, 1000))).toBe(true);
    expect((await reader.read(2000, 10)).length).toBe(0);
    await reader.close();
    await expect(reader.read(0, 10)).rejects.toThrow('read after close');
  });
});
