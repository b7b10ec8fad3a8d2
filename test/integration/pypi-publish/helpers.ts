/**
 * Shared by the pypi-publish integration tests: a release set of real wheels
 * (several platforms and Python tags) plus an sdist, a local index on
 * loopback, running the bundled action against it, and checking what the
 * index stored byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MemoryLogger } from '../../../src/log.js';
import type { IndexEndpoints } from '../../../src/index-client/index.js';
import type { PublishRequest } from '../../../src/commands/pypi-publish/publish.js';
import { startLocalIndex, type LocalIndex, type LocalIndexOptions } from '../../../src/index-server/index.js';
import { runAction, startAction, type ActionRun, type RunOptions, type StartedAction } from '../../support/runner.js';
import { makeSdist, makeWheel } from '../../support/wheels.js';

export const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDEwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMAACKlszLCJ0ZXN0Il0AAAYgtest';

export const PYTHONS = ['cp38', 'cp39', 'cp310', 'cp311', 'cp312', 'cp313'];
export const PLATFORMS = ['manylinux_2_17_x86_64.manylinux2014_x86_64', 'manylinux_2_17_aarch64.manylinux2014_aarch64', 'macosx_11_0_arm64', 'win_amd64'];

/** A publish of `packagesDir` to `index` with a token, as the action would ask for it; `extra` overrides. */
export function publishRequest(index: IndexEndpoints, packagesDir: string, extra: Partial<PublishRequest> = {}): PublishRequest {
  return {
    index,
    packagesDir,
    patterns: [],
    token: TOKEN,
    skipExisting: true,
    concurrency: 2,
    preflightOnly: false,
    maxFileSize: 100 * 1024 * 1024,
    mask: () => undefined,
    log: new MemoryLogger(),
    ...extra,
  };
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `pypi-publish-${prefix}-`));
}

export interface ReleaseSet {
  dir: string;
  paths: string[];
  filenames: string[];
}

/** `pythons × platforms` native wheels and one sdist of `name` `version`. */
export async function makeReleaseSet(dir: string, opts: { name?: string; version?: string; pythons?: string[]; platforms?: string[]; padBytes?: number; seed?: string; sdist?: boolean } = {}): Promise<ReleaseSet> {
  const name = opts.name ?? 'demo-native';
  const version = opts.version ?? '1.2.0';
  const paths: string[] = [];
  for (const py of opts.pythons ?? PYTHONS) {
    for (const plat of opts.platforms ?? PLATFORMS) {
      paths.push(await makeWheel(dir, { name, version, tags: `${py}-${py}-${plat}`, padBytes: opts.padBytes ?? 4096, seed: `${opts.seed ?? ''}${py}${plat}` }));
    }
  }
  if (opts.sdist ?? true) paths.push(await makeSdist(dir, { name, version, seed: opts.seed ?? '' }));
  return { dir, paths, filenames: paths.map((p) => basename(p)).sort() };
}

export interface TestIndex {
  index: LocalIndex;
  dir: string;
  log: MemoryLogger;
  close(): Promise<void>;
}

export async function startTestIndex(opts: Partial<LocalIndexOptions> = {}): Promise<TestIndex> {
  const dir = opts.dir ?? (await tempDir('index'));
  const log = new MemoryLogger();
  const index = await startLocalIndex({ token: TOKEN, ...opts, dir, log });
  return {
    index,
    dir,
    log,
    close: async () => {
      await index.close();
      if (!opts.dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Lines where the index saw an identical file sent again: the client uploaded something already there. */
export function duplicateUploads(log: MemoryLogger): string[] {
  return log.lines.map((l) => l.message).filter((m) => m.includes('already stored with the same bytes'));
}

export function publishInputs(uploadUrl: string, packagesDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return { repository: uploadUrl, 'packages-dir': packagesDir, token: TOKEN, ...extra };
}

export function publish(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  return runAction('pypi-publish', inputs, options);
}

export function startPublish(inputs: Record<string, string>, options: RunOptions = {}): StartedAction {
  return startAction('pypi-publish', inputs, options);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Filename → sha256 of the bytes the index stored; throws if a filename is stored twice. */
export async function storedDigests(t: TestIndex): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of t.index.files()) {
    if (out.has(f.filename)) throw new Error(`${f.filename} is stored twice`);
    out.set(f.filename, sha256(await readFile(join(t.dir, f.path))));
  }
  return out;
}

/** Filename → sha256 of local files. */
export async function localDigests(paths: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of paths) out.set(basename(p), sha256(await readFile(p)));
  return out;
}

export function json<T>(text: string | undefined): T {
  if (text === undefined) throw new Error('no such output');
  return JSON.parse(text) as T;
}
