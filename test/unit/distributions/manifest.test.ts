import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareManifest, createManifest, readManifest, writeManifest } from '../../../src/distributions/manifest.js';
import type { ManifestEntry } from '../../../src/distributions/manifest.js';
import { UserError } from '../../../src/errors.js';
import { makeTempDir } from './fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir()));
afterAll(() => cleanup());

const hex = (c: string): string => c.repeat(64);
const entries: ManifestEntry[] = [
  { filename: 'ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl', size: 1234, sha256: hex('B'), blake2b256: hex('c'), source: 's3://ray-wheels/abc/ray-2.9.0-cp311.whl' },
  { filename: 'ray-2.9.0-cp310-cp310-macosx_11_0_arm64.whl', size: 99, sha256: hex('a') },
];

describe('manifest', () => {
  it('creates a canonical manifest: lower-case digests, files sorted by name', () => {
    const m = createManifest(entries, { project: 'ray', version: '2.9.0' });
    expect(m.schema).toBe('python-release-actions/manifest');
    expect(m.schemaVersion).toBe(1);
    expect(Date.parse(m.createdAt)).not.toBeNaN();
    expect(m.files.map((f) => f.filename)).toEqual(['ray-2.9.0-cp310-cp310-macosx_11_0_arm64.whl', 'ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl']);
    expect(m.files[1].sha256).toBe(hex('b'));
  });

  it('round-trips through a file with stable bytes and no temporary file left behind', async () => {
    const m = createManifest(entries, { project: 'ray', version: '2.9.0' });
    const path = join(dir, 'manifest.json');
    await writeManifest(path, m);
    const text = await readFile(path, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['schema', 'schemaVersion', 'project', 'version', 'createdAt', 'files']);
    expect(Object.keys(JSON.parse(text).files[1])).toEqual(['filename', 'size', 'sha256', 'blake2b256', 'source']);
    const back = await readManifest(path);
    expect(back).toEqual(m);
    // Writing what was read gives the same bytes, whatever order the files came in.
    await writeManifest(path, { ...back, files: [...back.files].reverse() });
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['manifest.json']);
  });

  it('refuses unknown schema versions and bad shapes with clear UserErrors', async () => {
    const write = async (name: string, value: unknown): Promise<string> => {
      const path = join(dir, name);
      await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
      return path;
    };
    const good = createManifest(entries);
    await expect(readManifest(await write('v2.json', { ...good, schemaVersion: 2 }))).rejects.toThrow(/schemaVersion 2; this version of python-release-actions reads schemaVersion 1/);
    await expect(readManifest(await write('v2.json', { ...good, schemaVersion: 2 }))).rejects.toBeInstanceOf(UserError);
    await expect(readManifest(await write('schema.json', { ...good, schema: 'other' }))).rejects.toThrow(/not a python-release-actions manifest/);
    await expect(readManifest(await write('json.json', '{not json'))).rejects.toThrow(/not valid JSON/);
    await expect(readManifest(await write('sha.json', { ...good, files: [{ filename: 'a.whl', size: 1, sha256: 'xyz' }] }))).rejects.toThrow(/files\[0\]\.sha256 must be 64 hex digits/);
    await expect(readManifest(await write('size.json', { ...good, files: [{ filename: 'a.whl', size: -1, sha256: hex('a') }] }))).rejects.toThrow(/size must be a whole number/);
    await expect(readManifest(await write('dup.json', { ...good, files: [{ filename: 'a.whl', size: 1, sha256: hex('a') }, { filename: 'a.whl', size: 1, sha256: hex('a') }] }))).rejects.toThrow(/listed twice/);
    await expect(readManifest(await write('dir.json', { ...good, files: [{ filename: 'dist/a.whl', size: 1, sha256: hex('a') }] }))).rejects.toThrow(/no directories/);
    await expect(readManifest(join(dir, 'absent.json'))).rejects.toThrow(/Cannot read the manifest/);
    expect(() => createManifest([{ filename: 'a.whl', size: 1, sha256: 'short' }])).toThrow(UserError);
  });
});

describe('compareManifest', () => {
  const expected = createManifest(entries);

  it('is ok when every file matches, whatever the digest case', () => {
    const actual = entries.map((e) => ({ ...e, sha256: e.sha256.toUpperCase() }));
    expect(compareManifest(expected, actual)).toEqual({ missing: [], unexpected: [], mismatched: [], ok: true });
  });

  it('reports missing, unexpected and mismatched files with the fields that differ', () => {
    const result = compareManifest(expected, [
      { ...entries[0], sha256: hex('d'), size: 1, blake2b256: hex('e') },
      { filename: 'ray-2.9.0-cp39-cp39-win_amd64.whl', size: 5, sha256: hex('f') },
    ]);
    expect(result.ok).toBe(false);
    expect(result.missing.map((e) => e.filename)).toEqual(['ray-2.9.0-cp310-cp310-macosx_11_0_arm64.whl']);
    expect(result.unexpected.map((e) => e.filename)).toEqual(['ray-2.9.0-cp39-cp39-win_amd64.whl']);
    expect(result.mismatched).toHaveLength(1);
    expect(result.mismatched[0].fields).toEqual(['sha256', 'size', 'blake2b256']);
    expect(result.mismatched[0].expected.filename).toBe(entries[0].filename);
  });

  it('compares blake2b256 only when both sides have it', () => {
    const { blake2b256: _dropped, ...withoutBlake } = entries[0];
    expect(compareManifest(expected, [withoutBlake, entries[1]]).ok).toBe(true);
  });
});
