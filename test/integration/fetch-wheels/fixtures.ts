/** A Ray-like wheel set (two packages × Python tags × platforms), made once per test file with the wheel factory. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { makeWheel } from '../../support/wheels.js';

export const VERSION = '2.9.0';
export const PACKAGES = ['ray', 'ray_cpp'];
export const PYTHONS = ['cp39', 'cp310', 'cp311', 'cp312', 'cp313'];
export const PLATFORMS = ['manylinux2014_x86_64', 'manylinux2014_aarch64', 'macosx_12_0_arm64'];
/** One expect line per tag triple: 15 lines, so 30 wheels for the two packages. */
export const EXPECT = PYTHONS.flatMap((py) => PLATFORMS.map((plat) => `${py}-${py}-${plat}`));

export interface Built {
  name: string;
  path: string;
  bytes: Buffer;
  sha256: string;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export async function buildWheel(dir: string, name: string, version: string, tags: string, padBytes: number, seed = ''): Promise<Built> {
  const path = await makeWheel(dir, { name, version, tags, padBytes, seed: `${seed}${tags}` });
  const bytes = await readFile(path);
  return { name: basename(path), path, bytes, sha256: sha256(bytes) };
}

/** The 30 wheels of ray and ray_cpp 2.9.0, sorted by filename. */
export async function rayWheels(dir: string, padBytes = 48 * 1024): Promise<Built[]> {
  const out: Built[] = [];
  for (const pkg of PACKAGES) {
    for (const t of EXPECT) out.push(await buildWheel(dir, pkg, VERSION, t, padBytes));
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** name → sha256 of every file in a directory (manifest.json excepted). */
export async function dirHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const n of (await readdir(dir)).sort()) {
    if (n === 'manifest.json') continue;
    out[n] = sha256(await readFile(join(dir, n)));
  }
  return out;
}

export function hashesOf(wheels: Built[]): Record<string, string> {
  return Object.fromEntries(wheels.map((w) => [w.name, w.sha256]));
}
