/**
 * The index's memory: stored bytes under `files/` (content-addressed by
 * blake2b-256, like PyPI's storage paths) and a JSON state file written
 * atomically after every accepted upload, so a restarted index serves what it
 * served before.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { hash } from '../hashing/index.js';
import { mapLimit } from '../map-limit.js';
import type { Logger } from '../log.js';
import { canonicalVersion } from './release-versions.js';
import type { StoredFile } from './types.js';

export const STATE_FORMAT = 'python-release-actions/local-index@1';
export const STATE_FILE = 'state.json';

export interface IndexState {
  format: typeof STATE_FORMAT;
  /** Last serial handed out; one per accepted upload. */
  serial: number;
  /** By normalized name: the display name (the latest accepted upload's `name`). */
  projects: Record<string, { name: string; serial: number }>;
  files: StoredFile[];
}

export class IndexStore {
  private state: IndexState;
  private queue: Promise<unknown> = Promise.resolve();
  /** md5s being made, by stored path, so two requests for one file hash it once. */
  private readonly md5sMade = new Map<string, Promise<string | { problem: string }>>();
  /** Stored paths whose md5 cannot be made (told once). */
  private readonly md5Problems = new Set<string>();

  private constructor(readonly dir: string, state: IndexState) {
    this.state = state;
  }

  static async open(dir: string, log: Logger): Promise<IndexStore> {
    await mkdir(join(dir, 'files'), { recursive: true });
    // Leftovers of uploads interrupted by a crash; nothing in them was ever accepted.
    await rm(join(dir, 'tmp'), { recursive: true, force: true });
    await mkdir(join(dir, 'tmp'), { recursive: true });
    const statePath = join(dir, STATE_FILE);
    let state: IndexState = { format: STATE_FORMAT, serial: 0, projects: {}, files: [] };
    if (existsSync(statePath)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(statePath, 'utf8'));
      } catch (err) {
        throw new UserError(
          `The local index state file ${statePath} is not valid JSON (${(err as Error).message}). `
            + 'Remove the directory to start an empty index, or restore the file.',
        );
      }
      if (!isState(parsed)) {
        throw new UserError(
          `${statePath} is not a local index state file (expected "format": "${STATE_FORMAT}"). `
            + 'Point --dir at an index directory or at an empty one.',
        );
      }
      state = parsed;
      for (const file of state.files) {
        if (!existsSync(join(dir, file.path))) log.warning(`local index: ${file.filename} is recorded but ${file.path} is missing`);
        if (file.provenance && !existsSync(join(dir, file.provenance))) log.warning(`local index: the provenance of ${file.filename} is recorded but ${file.provenance} is missing`);
      }
    }
    return new IndexStore(dir, state);
  }

  get serial(): number {
    return this.state.serial;
  }

  /** A directory for one upload in progress, on the same filesystem as `files/` so accepting it is a rename. */
  tmpRoot(): string {
    return join(this.dir, 'tmp');
  }

  files(): StoredFile[] {
    return this.state.files.map(copyFile);
  }

  projectNames(): string[] {
    return Object.keys(this.state.projects).sort();
  }

  project(normalized: string): { name: string; serial: number } | undefined {
    return this.state.projects[normalized];
  }

  filesOf(normalized: string): StoredFile[] {
    return this.state.files.filter((f) => f.project === normalized);
  }

  releaseFiles(normalized: string, version: string): StoredFile[] {
    const canonical = canonicalVersion(version);
    return this.state.files.filter((f) => f.project === normalized && canonicalVersion(f.version) === canonical);
  }

  /** warehouse `_is_duplicate_file`: a file with this filename or with these bytes (blake2b-256). */
  conflicting(filename: string, blake2b256: string): StoredFile | undefined {
    return this.state.files.find((f) => f.filename === filename || f.blake2b_256 === blake2b256);
  }

  byFilename(filename: string): StoredFile | undefined {
    return this.state.files.find((f) => f.filename === filename);
  }

  byPath(path: string): StoredFile | undefined {
    return this.state.files.find((f) => f.path === path);
  }

  /** Runs `fn` with no other exclusive section in between: check-then-store stays atomic. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Moves the uploaded bytes into place and records them, with the PEP 740 provenance of their
   * attestations when there is one (written beside the file first); call inside `exclusive`.
   */
  async add(file: Omit<StoredFile, 'serial' | 'path' | 'provenance'>, tmpPath: string, provenance?: unknown): Promise<StoredFile> {
    const b2 = file.blake2b_256;
    const path = ['files', b2.slice(0, 2), b2.slice(2, 4), b2.slice(4), file.filename].join('/');
    const target = join(this.dir, path);
    await mkdir(dirname(target), { recursive: true });
    if (provenance !== undefined) await writeAtomically(`${target}.provenance`, JSON.stringify(provenance));
    await rename(tmpPath, target);
    const serial = this.state.serial + 1;
    const stored: StoredFile = { ...file, path, serial, ...(provenance !== undefined ? { provenance: `${path}.provenance` } : {}) };
    const next: IndexState = {
      ...this.state,
      serial,
      projects: { ...this.state.projects, [file.project]: { name: file.name, serial } },
      files: [...this.state.files, stored],
    };
    await this.save(next);
    this.state = next;
    return copyFile(stored);
  }

  /**
   * Each file's md5, by stored path, made from its stored bytes the first time it is asked for
   * and then recorded, every new one in a single save: only the JSON API shows it, and hashing
   * every upload three ways on arrival had cost a release rehearsal, whose index shares the
   * runner's CPU, more than the two digests uploads are checked with. A file whose stored bytes
   * are gone, or no longer have the sha256 it was uploaded with (the index directory was changed
   * by hand), has none: null, and `problem` is told once.
   */
  async md5s(files: StoredFile[], problem: (message: string) => void): Promise<Map<string, string | null>> {
    const known = new Map<string, string | null>();
    const wanted = new Map<string, StoredFile>();
    for (const f of files) {
      if (f.md5 !== undefined) known.set(f.path, f.md5);
      else if (this.md5Problems.has(f.path)) known.set(f.path, null);
      else wanted.set(f.path, f);
    }
    if (wanted.size === 0) return known;
    const toMake = [...wanted.values()];
    const made = await mapLimit(toMake, 2, (f) => this.makeMd5(f));
    const fresh = new Map<string, string>();
    for (const [i, f] of toMake.entries()) {
      const md5 = made[i];
      known.set(f.path, typeof md5 === 'string' ? md5 : null);
      if (typeof md5 === 'string') fresh.set(f.path, md5);
      else if (!this.md5Problems.has(f.path)) {
        this.md5Problems.add(f.path);
        problem(`local index: no md5 for ${f.filename}: ${md5.problem}`);
      }
    }
    if (fresh.size > 0) {
      await this.exclusive(async () => {
        // Another request may have recorded some meanwhile: save only when something is new.
        if (!this.state.files.some((f) => f.md5 === undefined && fresh.has(f.path))) return;
        const next: IndexState = { ...this.state, files: this.state.files.map((f) => (f.md5 === undefined && fresh.has(f.path) ? { ...f, md5: fresh.get(f.path) } : f)) };
        await this.save(next);
        this.state = next;
      });
    }
    return known;
  }

  /** md5 and sha256 in one read of the stored bytes; the md5 only when the sha256 is the upload's. */
  private makeMd5(file: StoredFile): Promise<string | { problem: string }> {
    const pending = this.md5sMade.get(file.path);
    if (pending) return pending;
    const made = hash(join(this.dir, file.path), ['md5', 'sha256']).then(
      (digests) => (digests.sha256 === file.sha256
        ? digests.md5
        : { problem: `its stored bytes (${file.path}) no longer have the sha256 it was uploaded with (${file.sha256}); was the index directory changed by hand?` }),
      (err: unknown) => ({ problem: `its stored bytes cannot be read: ${(err as Error).message}` }),
    ).finally(() => this.md5sMade.delete(file.path));
    this.md5sMade.set(file.path, made);
    return made;
  }

  /** The stored provenance object of a file (its JSON text), or undefined when it has none. */
  async provenanceText(file: StoredFile): Promise<string | undefined> {
    return file.provenance ? readFile(join(this.dir, file.provenance), 'utf8') : undefined;
  }

  private async save(state: IndexState): Promise<void> {
    await writeAtomically(join(this.dir, STATE_FILE), JSON.stringify(state, null, 2) + '\n');
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

function copyFile(f: StoredFile): StoredFile {
  return structuredClone(f);
}

function isState(value: unknown): value is IndexState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<IndexState>;
  return v.format === STATE_FORMAT && typeof v.serial === 'number' && Array.isArray(v.files)
    && typeof v.projects === 'object' && v.projects !== null;
}
