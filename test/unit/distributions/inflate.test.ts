import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { BlockReader } from '../../../src/files/block-reader.js';
import { ZlibDecompressor, ZlibError } from '../../../src/distributions/inflate.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';

const python = pythonPath('3.13');

/**
 * Drives a ZlibDecompressor over the file as gzip's _GzipReader drives zlib._ZlibDecompressor:
 * `chunk` bytes of new input whenever it needs input, at most `maxLength` bytes a call. Each
 * call's output length, then the error's words, or "eof" and the input left after the stream's
 * end, or "input" where the input ran out (test/fixtures/gzip/deflate-errors.py's trace).
 */
async function trace(file: BlockReader, chunk: number, maxLength: number, out?: Buffer[]): Promise<(number | string)[]> {
  const d = new ZlibDecompressor(file);
  const calls: (number | string)[] = [];
  let pos = 0;
  for (;;) {
    let at = pos;
    let length = 0;
    if (d.needsInput) {
      if (pos >= file.size) return [...calls, 'input'];
      length = Math.min(chunk, file.size - pos);
      pos += length;
    } else at = 0;
    try {
      const data = await d.decompress(at, length, maxLength);
      out?.push(data);
      calls.push(data.length);
    } catch (error) {
      if (!(error instanceof ZlibError)) throw error;
      return [...calls, error.message];
    }
    if (d.eof) return [...calls, 'eof', d.unused + file.size - pos];
  }
}

describe('inflate.ts', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
  afterAll(() => cleanup());

  it('inflates what zlib deflates, given input and room in any amounts, and tells what it left of the input', async () => {
    const text = Buffer.from(Array.from({ length: 300_000 }, (_, i) => 'the quick brown fox '[(i * 7 + (i >> 6)) % 20]).join(''));
    const random = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 2654435761) >>> 24));
    for (const [n, data] of [text, random, Buffer.alloc(0)].entries()) {
      for (const level of [0, 1, 6, 9]) {
        const path = join(dir, `${n}-${level}.bin`);
        await writeFile(path, Buffer.concat([deflateRawSync(data, { level }), Buffer.from('TRAILER!')]));
        const file = await BlockReader.open(path);
        try {
          for (const [chunk, maxLength] of [[1, 1 << 20], [1000, 8192], [131072, 8192], [131072, 1 << 30], [5, 97]]) {
            const out: Buffer[] = [];
            const calls = await trace(file, chunk, maxLength, out);
            const inflated = Buffer.concat(out);
            // What follows the deflate data is left for the gzip trailer.
            expect({ level, chunk, maxLength, length: inflated.length, same: inflated.equals(data), end: calls.slice(-2) })
              .toEqual({ level, chunk, maxLength, length: data.length, same: true, end: ['eof', 8] });
            expect(calls.slice(0, -2).every((c) => typeof c === 'number' && c <= maxLength)).toBe(true);
          }
        } finally {
          await file.close();
        }
      }
    }
  });
});

describeIf(python, 'no Python 3.13 to compare zlib with')('inflate.ts stops and fails where Python\'s zlib does', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: { chunk: number; max_length: number; calls: (number | string)[] }[][];

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = JSON.parse(execFileSync(python!, [join(process.cwd(), 'test/fixtures/gzip/deflate-errors.py'), dir], { encoding: 'utf8', maxBuffer: 64 << 20 })) as typeof reference;
  });
  afterAll(() => cleanup());

  it('call by call, with the same output, the same errors in the same words, for any input and room', async () => {
    const outcomes = new Set(reference.flatMap((traces) => traces.map((t) => t.calls.at(-1))));
    for (const kind of ['invalid block type', 'invalid stored block lengths', 'invalid distance too far back', 'invalid code lengths set', 'invalid distance code', 'invalid literal/length code', 'invalid bit length repeat']) {
      expect(outcomes).toContain(kind);
    }
    // "invalid distance too far back" is found only with room to write: with 1 byte a call, the
    // call that fills the last byte before the bad match still succeeds, the next one fails.
    const roomy = reference.flatMap((traces) => traces.filter((t) => t.max_length === 1 && t.calls.at(-1) === 'invalid distance too far back'));
    expect(roomy.length).toBeGreaterThan(10);
    for (const [i, traces] of reference.entries()) {
      const file = await BlockReader.open(join(dir, `${i}.bin`));
      try {
        for (const expected of traces) {
          expect({ i, chunk: expected.chunk, maxLength: expected.max_length, calls: await trace(file, expected.chunk, expected.max_length) })
            .toEqual({ i, chunk: expected.chunk, maxLength: expected.max_length, calls: expected.calls });
        }
      } finally {
        await file.close();
      }
    }
  }, 60_000);
});
