import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDigester, hashFile } from '../../../src/distributions/hashes.js';
import { haveTool, makeTempDir } from './fixtures.js';

const tools = haveTool('sha256sum') && haveTool('b2sum');
if (!tools) console.warn('SKIPPED: hashFile against sha256sum/b2sum because coreutils sha256sum or b2sum is missing');
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

describe('hashFile', () => {
  it('matches fixed vectors for "abc" and the empty string', async () => {
    const abc = join(dir, 'abc');
    await writeFile(abc, 'abc');
    expect(await hashFile(abc)).toEqual({
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      blake2b256: 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319',
      size: 3,
    });
    const empty = join(dir, 'empty');
    await writeFile(empty, '');
    expect(await hashFile(empty)).toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      blake2b256: '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8',
      size: 0,
    });
  });

  withTools('agrees with sha256sum and b2sum -l 256 on a multi-chunk file', async () => {
    const path = join(dir, 'random.bin');
    await writeFile(path, randomBytes(3 * 1024 * 1024 + 17));
    const digests = await hashFile(path);
    expect(digests).toEqual({ ...coreutils(path), size: 3 * 1024 * 1024 + 17 });
  });

  it('rejects a missing file', async () => {
    await expect(hashFile(join(dir, 'nope'))).rejects.toThrow(/ENOENT/);
  });
});

describe('createDigester', () => {
  it('gives the same digests however the bytes are chunked', async () => {
    const data = randomBytes(100_000);
    const whole = await createDigester();
    whole.update(data);
    const pieces = await createDigester();
    for (let i = 0; i < data.length; i += 777) pieces.update(data.subarray(i, i + 777));
    expect(pieces.digest()).toEqual(whole.digest());
  });

  it('refuses to be used after digest()', async () => {
    const d = await createDigester();
    d.update(new Uint8Array([1]));
    d.digest();
    expect(() => d.update(new Uint8Array([2]))).toThrow(/finished/);
    expect(() => d.digest()).toThrow(/finished/);
  });
});
