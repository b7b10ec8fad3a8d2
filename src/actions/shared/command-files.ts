/**
 * The runner's command files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) as they were when an action started.
 * What is written there becomes the step's outputs and summary, or the
 * environment and PATH of every later step (a BASH_ENV line runs a script in
 * each of them). Code an action runs from outside (a package's import, its
 * smoke test) is not given their paths (src/process/environment.ts), but runs
 * as the same user and could find them; `restore()` puts back what was there
 * and names the files that had changed, before the action writes its own. A
 * process that left its group and session and keeps running (a daemon) can
 * write after that: out of reach, as the docs say.
 */
import { lstat, open, rm } from 'node:fs/promises';

const NAMES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
/** A step's command files start empty or nearly: more than this at the start is not kept (nor checked). */
const MAX_SNAPSHOT_BYTES = 1024 * 1024;

export interface CommandFiles {
  /**
   * The names of the variables whose files changed since the snapshot, each put back as it was;
   * `unrestored`: those that could not be (with why). Never throws: every file gets its try.
   */
  restore(): Promise<{ changed: string[]; unrestored: string[] }>;
}

async function readAll(path: string, size: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await handle.read(buffer, got, size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buffer.subarray(0, got);
  } finally {
    await handle.close();
  }
}

export async function snapshotCommandFiles(env: NodeJS.ProcessEnv = process.env): Promise<CommandFiles> {
  const kept: { name: string; path: string; bytes: Buffer }[] = [];
  for (const name of NAMES) {
    const path = env[name];
    if (!path) continue;
    try {
      const { size, isFile } = await lstat(path).then((s) => ({ size: s.size, isFile: s.isFile() }));
      if (!isFile || size > MAX_SNAPSHOT_BYTES) continue;
      kept.push({ name, path, bytes: await readAll(path, size) });
    } catch {
      // Not there (yet): the runner makes them; nothing to keep.
    }
  }
  return {
    async restore() {
      const changed: string[] = [];
      const unrestored: string[] = [];
      for (const { name, path, bytes } of kept) {
        let same = false;
        let regular = false;
        try {
          const now = await lstat(path);
          regular = now.isFile();
          // Compared by size first: a file grown huge is not read back.
          same = regular && now.size === bytes.length && (await readAll(path, bytes.length)).equals(bytes);
        } catch {
          // gone: written anew below
        }
        if (same) continue;
        changed.push(name);
        try {
          // A link put in its place is removed, not written through.
          if (!regular) await rm(path, { force: true, recursive: true });
          const handle = await open(path, regular ? 'w' : 'wx');
          try {
            await handle.writeFile(bytes);
          } finally {
            await handle.close();
          }
        } catch (err) {
          unrestored.push(`${name} (${err instanceof Error ? err.message : String(err)})`);
        }
      }
      return { changed, unrestored };
    },
  };
}
