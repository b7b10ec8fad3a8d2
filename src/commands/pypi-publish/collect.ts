/**
 * Which files to publish: every wheel and sdist in the packages directory, or
 * the files the `files` globs name in it. Wheels go first, then sdists (as
 * twine orders them, so a release's metadata comes from a wheel).
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { glob } from 'glob';
import { UserError } from '../../errors.js';
import { isPartFile } from '../../files/atomic-write.js';

/** Signatures and attestations travel beside distributions; they are not uploads of their own (nor is a killed writer's part file). */
const COMPANION = /\.(asc|attestation)$/;

export function uploadOrder(a: string, b: string): number {
  const wa = a.endsWith('.whl') ? 0 : 1;
  const wb = b.endsWith('.whl') ? 0 : 1;
  if (wa !== wb) return wa - wb;
  const na = basename(a);
  const nb = basename(b);
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** Absolute paths, wheels first. A `!` line excludes; every other glob must match something. */
export async function collectDistributions(dir: string, patterns: string[]): Promise<string[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`The packages directory ${dir} does not exist. Point packages-dir at the directory the build (or fetch-wheels) wrote the distributions to.`);
  }
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  if (include.length === 0) {
    for (const path of await glob(['*.whl', '*.tar.gz'], { cwd: dir, nodir: true, absolute: true, ignore })) found.add(path);
    if (found.size === 0) {
      throw new UserError(`${dir} holds no .whl or .tar.gz file. Check packages-dir and that the build or download step ran in this job.`);
    }
  } else {
    const unmatched: string[] = [];
    for (const pattern of include) {
      const matches = (await glob(pattern, { cwd: dir, nodir: true, absolute: true, dot: true, ignore })).filter((p) => !COMPANION.test(p) && !isPartFile(p));
      if (matches.length === 0) unmatched.push(pattern);
      for (const path of matches) found.add(path);
    }
    if (unmatched.length > 0) {
      throw new UserError(`Input 'files': ${unmatched.map((p) => `'${p}'`).join(', ')} matched no file in ${dir}. Globs are relative to packages-dir.`);
    }
  }
  return [...found].sort(uploadOrder);
}
