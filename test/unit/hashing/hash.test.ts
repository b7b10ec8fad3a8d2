import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { digestBytes, hash } from '../../../src/hashing/index.js';
import { haveTool, makeTempDir } from '../distributions/fixtures.js';

const tools = haveTool('sha256sum') && haveTool('b2sum');
if (!tools) console.warn('SKIPPED: hash() against sha256sum/b2sum because coreutils sha256sum or b2sum is missing');
const withTools = tools ? it : it.skip;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

function coreutils(path: string): { sha256: string; blake2b256: string } {
  const sha256 = execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];
  const blake2b256 = execFileSync('b2sum', ['-l', '256', path], { encoding: 'utf8' }).split(' ')[0];
  return { sha256, blake2b256 };
}

describe('hash of a file', () => {
  it('matches fixed vectors for "abc" and the empty string', async () => {
    const abc = join(dir, 'abc');
    await writeFile(abc, 'abc');
    expect(await hash(abc, ['sha256', 'blake2b256', 'md5'])).toEqual({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      blake2b256: 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
      md5: '900150983cd24fb0d6963f7d28e17f72',
      size: 3,
    });
    const empty = join(dir, 'empty');
    await writeFile(empty, '');
    expect(await hash(empty, ['sha256', 'blake2b256'])).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      blake2b256: '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8',
      size: 0,
    });
  });

  withTools('agrees with sha256sum and b2sum -l 256 on a multi-chunk file', async () => {
    const path = join(dir, 'random.bin');
    await writeFile(path, randomBytes(3 * 1024 * 1024 + 17));
    expect(await hash(path, ['sha256', 'blake2b256'])).toEqual({ ...coreutils(path), size: 3 * 1024 * 1024 + 17 });
  });

  it('gives only the digests asked for', async () => {
    const path = join(dir, 'one.bin');
    await writeFile(path, 'one');
    expect(await hash(path, ['sha256'])).toEqual({ sha256: createHash('sha256').update('one').digest('hex'), size: 3 });
  });

  it('rejects a missing file and an unknown algorithm', async () => {
    await expect(hash(join(dir, 'nope'), ['sha256'])).rejects.toThrow(/ENOENT/);
    await expect(hash(join(dir, 'abc'), ['sha1' as 'sha256'])).rejects.toThrow(/unknown hash algorithm sha1/);
  });
});

describe('hash of a stream', () => {
  it('gives the digests of the same bytes read as a file, however they are chunked', async () => {
    const data = randomBytes(2 * 1024 * 1024 + 100_001);
    const path = join(dir, 'stream.bin');
    await writeFile(path, data);
    const asFile = await hash(path, ['sha256', 'md5', 'blake2b256']);
    const pieces = function* (): Generator<Uint8Array> {
      for (let i = 0; i < data.length; i += 777_777) yield data.subarray(i, i + 777_777);
    };
    expect(await hash(Readable.from(pieces()), ['sha256', 'md5', 'blake2b256'])).toEqual(asFile);
    expect(await hash(createReadStream(path, { highWaterMark: 1000 }), ['sha256', 'md5', 'blake2b256'])).toEqual(asFile);
  });

  it('passes on a failing stream', async () => {
    const failing = Readable.from((async function* () {
      yield Buffer.from('some');
      throw new Error('the source broke');
    })());
    await expect(hash(failing, ['sha256'])).rejects.toThrow('the source broke');
  });
});

describe('digestBytes', () => {
  it('digests bytes in memory', () => {
    expect(digestBytes('abc', 'sha256').toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(digestBytes(Buffer.from('abc'), 'md5').toString('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });
});
