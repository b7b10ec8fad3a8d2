import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { inflateRaw, InflateDataError } from '../../../src/distributions/inflate.js';
import { describeIf, pythonPath } from '../../support/tools.js';
import { makeTempDir } from './fixtures.js';

const python = pythonPath('3.13');

/** Feeds `stream` `step` bytes at a time: the output, the error (and the byte that raised it), whether the final block ended. */
function run(stream: Buffer, step: number): { out: Buffer; error?: string; at?: number; end: boolean; consumed?: number } {
  const inflater = inflateRaw();
  const out: Buffer[] = [];
  let fed = 0;
  try {
    for (let next = inflater.next(); ; ) {
      if (next.done) return { out: Buffer.concat(out), end: true, consumed: fed - next.value.unused };
      if (next.value.kind === 'input') {
        const chunk = stream.subarray(fed, fed + step);
        fed += chunk.length;
        next = inflater.next(chunk);
      } else {
        out.push(next.value.data);
        next = inflater.next();
      }
    }
  } catch (error) {
    if (!(error instanceof InflateDataError)) return { out: Buffer.concat(out), end: false };
    return { out: Buffer.concat(out), error: error.message, at: fed - 1, end: false };
  }
}

describe('inflate.ts', () => {
  it('inflates what zlib deflates, fed in any chunks, and tells what it left of the input', () => {
    const text = Buffer.from(Array.from({ length: 300_000 }, (_, i) => 'the quick brown fox '[(i * 7 + (i >> 6)) % 20]).join(''));
    const random = Buffer.from(Array.from({ length: 100_000 }, (_, i) => (i * 2654435761) >>> 24));
    for (const data of [text, random, Buffer.alloc(0)]) {
      for (const level of [0, 1, 6, 9]) {
        const stream = Buffer.concat([deflateRawSync(data, { level }), Buffer.from('TRAILER!')]);
        for (const step of [1, 1000, 131072]) {
          const result = run(stream, step);
          expect({ level, step, length: result.out.length, same: result.out.equals(data), end: result.end }).toEqual({ level, step, length: data.length, same: true, end: true });
          // What follows the deflate data is left for the gzip trailer.
          expect(stream.length - result.consumed!).toBe(8);
        }
      }
    }
  });
});

describeIf(python, 'no Python 3.13 to compare zlib errors with')('inflate.ts finds errors where zlib does', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let reference: { error: string | null; at: number | null; out: number; end: boolean }[];

  beforeAll(async () => {
    ({ dir, cleanup } = await makeTempDir());
    reference = JSON.parse(execFileSync(python!, [join(process.cwd(), 'test/fixtures/gzip/deflate-errors.py'), dir], { encoding: 'utf8' })) as typeof reference;
  });
  afterAll(() => cleanup());

  it('in the same words, at the same input byte, after at least the output zlib gave before that byte', async () => {
    const kinds = new Set(reference.map((r) => r.error));
    for (const kind of ['invalid block type', 'invalid stored block lengths', 'invalid distance too far back', 'invalid code lengths set', 'invalid distance code', 'invalid literal/length code', 'invalid bit length repeat']) {
      expect(kinds).toContain(kind);
    }
    for (const [i, expected] of reference.entries()) {
      const result = run(await readFile(join(dir, `${i}.bin`)), 1);
      expect({ i, error: result.error ?? null, at: result.at ?? null, end: result.end }).toEqual({ i, error: expected.error, at: expected.at, end: expected.end });
      expect(result.out.length).toBeGreaterThanOrEqual(expected.out);
    }
  });
});
