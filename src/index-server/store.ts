/**
 * The index's memory: stored bytes under `files/` (content-addressed by
 * sha256, as PyPI's storage paths are by BLAKE2b-256) and a JSON state file written
 * atomically after every accepted upload, so a restarted index serves what it
 * served before.
 */
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../files/atomic-write.js';
import { hash } from '../hashing/index.js';
import { mapLimit } from '../map-limit.js';
import type { Logger } from '../log.js';
import { canonicalVersion } from './release-versions.js';
import type { StoredFile } from './types.js';

/**
 * @2: a file's md5 and BLAKE2b-256 may be missing (made when first shown). An @1 directory (every
 * file has both) is read and written back as @2, and the format changed so that an index before
 * @2, which counted on both, refuses a directory it would answer wrongly from (duplicates).
 */
export const STATE_FORMAT = 'python-release-actions/local-index@2';
const READABLE_FORMATS: readonly string[] = [STATE_FORMAT, 'python-release-actions/local-index@1'];
export const STATE_FILE = 'state.json';

export interface IndexState {
  format: typeof STATE_FORMAT;
  /** Last serial handed out; one per accepted upload. */
  serial: number;
  /** By normalized name: the display name (the latest accepted upload's `name`). */
  projects: Record<string, { name: string; serial: number }>;
  files: StoredFile[];
}

/** What the JSON API shows besides sha256: null where it cannot be made (IndexStore.shownDigests). */
export type ShownDigests = { md5: string | null; blake2b_256: string | null };
type MadeDigests = { md5: string; blake2b_256: string };

export class IndexStore {
  private state: IndexState;
  private queue: Promise<unknown> = Promise.resolve();
  /** Shown digests being made, by stored path, so two requests for one file hash it once. */
  private readonly digestsMade = new Map<string, Promise<MadeDigests | { problem: string }>>();
  /** Stored paths whose shown digests cannot be made (told once). */
  private readonly digestProblems = new Set<string>();

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
      state = { ...parsed, format: STATE_FORMAT };
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

  /**
   * warehouse `_is_duplicate_file`: a file with this filename or with these bytes. warehouse finds
   * the bytes by BLAKE2b-256; by sha256 it is the same file, and every upload has one on arrival.
   */
  conflicting(filename: string, sha256: string): StoredFile | undefined {
    return this.state.files.find((f) => f.filename === filename || f.sha256 === sha256);
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
    const sha = file.sha256;
    const path = ['files', sha.slice(0, 2), sha.slice(2, 4), sha.slice(4), file.filename].join('/');
    const target = join(this.dir, path);
    await mkdir(dirname(target), { recursive: true });
    if (provenance !== undefined) await writeFileAtomically(`${target}.provenance`, JSON.stringify(provenance));
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
   * Each file's md5 and BLAKE2b-256, by stored path: the two digests only the JSON API shows. Those
   * the upload did not check are made from the stored bytes the first time they are asked for, in
   * one read, and then recorded, every new one in a single save: hashing every upload three ways
   * on arrival had cost a release rehearsal, whose index shares the runner's CPU, more than
   * sending it. A file whose stored bytes are gone, or no longer have the sha256 it was uploaded
   * with (the index directory was changed by hand), has none it lacked: null, and `problem` is
   * told once.
   */
  async shownDigests(files: StoredFile[], problem: (message: string) => void): Promise<Map<string, ShownDigests>> {
    const known = new Map<string, ShownDigests>();
    const wanted = new Map<string, StoredFile>();
    for (const f of files) {
      if (f.md5 !== undefined && f.blake2b_256 !== undefined) known.set(f.path, { md5: f.md5, blake2b_256: f.blake2b_256 });
      else if (this.digestProblems.has(f.path)) known.set(f.path, { md5: f.md5 ?? null, blake2b_256: f.blake2b_256 ?? null });
      else wanted.set(f.path, f);
    }
    if (wanted.size === 0) return known;
    const toMake = [...wanted.values()];
    const made = await mapLimit(toMake, 2, (f) => this.makeShownDigests(f));
    const fresh = new Map<string, MadeDigests>();
    for (const [i, f] of toMake.entries()) {
      const digests = made[i];
      if ('problem' in digests) {
        known.set(f.path, { md5: f.md5 ?? null, blake2b_256: f.blake2b_256 ?? null });
        if (!this.digestProblems.has(f.path)) {
          this.digestProblems.add(f.path);
          problem(`local index: no ${[f.md5 === undefined ? 'md5' : '', f.blake2b_256 === undefined ? 'BLAKE2b-256' : ''].filter(Boolean).join(' or ')} for ${f.filename}: ${digests.problem}`);
        }
        continue;
      }
      known.set(f.path, digests);
      fresh.set(f.path, digests);
    }
    if (fresh.size > 0) {
      await this.exclusive(async () => {
        const lacking = (f: StoredFile): boolean => (f.md5 === undefined || f.blake2b_256 === undefined) && fresh.has(f.path);
        // Another request may have recorded some meanwhile: save only when something is new.
        if (!this.state.files.some(lacking)) return;
        const next: IndexState = { ...this.state, files: this.state.files.map((f) => (lacking(f) ? { ...f, ...fresh.get(f.path) } : f)) };
        await this.save(next);
        this.state = next;
      });
    }
    return known;
  }

  /** The missing digests and sha256 in one read of the stored bytes; kept only when the sha256 is the upload's. */
  private makeShownDigests(file: StoredFile): Promise<MadeDigests | { problem: string }> {
    const pending = this.digestsMade.get(file.path);
    if (pending) return pending;
    const missing = [...(file.md5 === undefined ? ['md5' as const] : []), ...(file.blake2b_256 === undefined ? ['blake2b256' as const] : [])];
    const made = hash(join(this.dir, file.path), [...missing, 'sha256']).then(
      (digests): MadeDigests | { problem: string } => (digests.sha256 === file.sha256
        ? { md5: file.md5 ?? digests.md5!, blake2b_256: file.blake2b_256 ?? digests.blake2b256! }
        : { problem: `its stored bytes (${file.path}) no longer have the sha256 it was uploaded with (${file.sha256}); was the index directory changed by hand?` }),
      (err: unknown) => ({ problem: `its stored bytes cannot be read: ${(err as Error).message}` }),
    ).finally(() => this.digestsMade.delete(file.path));
    this.digestsMade.set(file.path, made);
    return made;
  }

  /** The stored provenance object of a file (its JSON text), or undefined when it has none. */
  async provenanceText(file: StoredFile): Promise<string | undefined> {
    return file.provenance ? readFile(join(this.dir, file.provenance), 'utf8') : undefined;
  }

  private async save(state: IndexState): Promise<void> {
    await writeFileAtomically(join(this.dir, STATE_FILE), JSON.stringify(state, null, 2) + '\n');
  }
}

function copyFile(f: StoredFile): StoredFile {
  return structuredClone(f);
}

function isState(value: unknown): value is IndexState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<IndexState>;
  return typeof v.format === 'string' && READABLE_FORMATS.includes(v.format) && typeof v.serial === 'number' && Array.isArray(v.files)
    && typeof v.projects === 'object' && v.projects !== null;
}
