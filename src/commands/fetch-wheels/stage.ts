/**
 * The staging area and the final move. Files are fetched into a private
 * directory beside `dest` (same filesystem, so the move is a rename), checked
 * there as a whole set, and only then moved into `dest` with the manifest
 * written last. A failure at any earlier point leaves `dest` as it was.
 */
import { copyFile, link, mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeManifest, type Manifest } from '../../distributions/index.js';
import { UserError } from '../../errors.js';
import { partPathFor, renameIntoPlace } from '../../files/atomic-write.js';

export const MANIFEST_NAME = 'manifest.json';
const DIST_FILE = /\.(whl|tar\.gz|zip)$/i;

function code(err: unknown): string | undefined {
  const c = (err as { code?: unknown } | null)?.code;
  return typeof c === 'string' ? c : undefined;
}

/** Fails early when `dest` exists but is not a directory. */
export async function checkDest(dest: string): Promise<void> {
  try {
    const s = await stat(dest);
    if (!s.isDirectory()) throw new UserError(`dest ${dest} exists and is not a directory. Give a directory (it is created when missing).`);
  } catch (err) {
    if (code(err) === 'ENOENT') return;
    throw err;
  }
}

/** Distribution files already in `dest` (top level). */
export async function distributionsIn(dest: string): Promise<string[]> {
  try {
    const names = await readdir(dest, { withFileTypes: true });
    return names.filter((d) => d.isFile() && DIST_FILE.test(d.name)).map((d) => d.name).sort();
  } catch (err) {
    if (code(err) === 'ENOENT') return [];
    throw err;
  }
}

const stagingPrefix = (dest: string) => `.${basename(dest)}.fetch-`;

/** A fresh private directory beside `dest`, e.g. `.dist.fetch-4242-AbC123`, named after this process (4242). */
export async function makeStaging(dest: string): Promise<string> {
  const parent = dirname(dest);
  try {
    await mkdir(parent, { recursive: true });
    return await mkdtemp(join(parent, `${stagingPrefix(dest)}${process.pid}-`));
  } catch (err) {
    throw new UserError(`Cannot create a staging directory beside dest in ${parent}: ${(err as Error).message}. Check that it is writable.`);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return code(err) === 'EPERM';
  }
}

/**
 * Removes the staging directories a killed run left beside `dest` (a normal
 * run removes its own): those whose process is gone, and those named before
 * the process was part of the name. One whose process still runs (another
 * fetch into the same dest) is left alone. Returns the names removed.
 */
export async function removeStaleStaging(dest: string): Promise<string[]> {
  const parent = dirname(dest);
  const prefix = stagingPrefix(dest);
  let entries;
  try {
    entries = await readdir(parent, { withFileTypes: true });
  } catch (err) {
    if (code(err) === 'ENOENT') return [];
    throw err;
  }
  const removed: string[] = [];
  for (const d of entries) {
    if (!d.isDirectory() || !d.name.startsWith(prefix)) continue;
    const m = /^(?:(\d+)-)?[A-Za-z0-9]{6}$/.exec(d.name.slice(prefix.length));
    if (!m || (m[1] !== undefined && isRunning(Number(m[1])))) continue;
    await rm(join(parent, d.name), { recursive: true, force: true });
    removed.push(d.name);
  }
  return removed.sort();
}

/** A hard link when possible (instant, same inode), else a copy. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    if (code(err) !== 'EXDEV') throw err;
    // dest is its own mount: copy beside the target, then rename within it.
    const part = partPathFor(to);
    try {
      await copyFile(from, part);
      await renameIntoPlace(part, to);
    } catch (error) {
      await rm(part, { force: true }).catch(() => {});
      throw error;
    }
    await rm(from, { force: true });
  }
}

/**
 * Moves the staged, checked files into `dest` and writes the manifest there.
 * The old manifest goes first, the new one last: a manifest in `dest` always
 * describes files that are all in place.
 */
export async function commit(staging: string, dest: string, names: string[], manifest: Manifest): Promise<string> {
  const manifestPath = join(dest, MANIFEST_NAME);
  try {
    await mkdir(dest, { recursive: true });
    await rm(manifestPath, { force: true });
    for (const name of names) await move(join(staging, name), join(dest, name));
    await writeManifest(manifestPath, manifest);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`Moving the checked files into ${dest} failed: ${(err as Error).message}. Check free space and permissions, then re-run.`);
  }
  return manifestPath;
}
