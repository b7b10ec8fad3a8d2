/**
 * Fetching the chosen files into the staging directory, `concurrency` at a
 * time, each one checked as it lands (the foundation's per-file preflight
 * runs while the other downloads continue). A file already in `dest` from an
 * earlier run is reused instead of fetched when its bytes provably are the
 * ones the source holds: the earlier manifest recorded them from the same URL
 * with the same size, they still hash to that sha256, and the source vouches
 * that it still holds those bytes: by its own sha256 when it publishes one,
 * else by the same ETag as the manifest recorded (or, for a manifest that
 * recorded none, a single-part S3 ETag equal to their MD5). A source that
 * says nothing about its bytes gets no reuse: the same name and size do not
 * make the same wheel.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inspectDistribution, type DistributionInfo, type Manifest, type PreflightOptions } from '../../distributions/index.js';
import { hash, warmWorkerThreads } from '../../hashing/index.js';
import type { Logger } from '../../log.js';
import type { WheelSource } from '../../sources/types.js';
import { formatBytes } from '../../units.js';
import type { Chosen } from './select.js';
import { linkOrCopy } from './stage.js';

export interface FetchedFile {
  chosen: Chosen;
  /** Path in the staging directory. */
  path: string;
  size: number;
  sha256: string;
  info: DistributionInfo;
  reused: boolean;
  attempts: number;
  ms: number;
}

export interface DownloadSetOptions {
  source: WheelSource;
  chosen: Chosen[];
  staging: string;
  dest: string;
  concurrency: number;
  log: Logger;
  /** The manifest an earlier run left in dest, for reuse. */
  previous?: Manifest;
  inspect: PreflightOptions;
  signal?: AbortSignal;
}

/** The sha256 of `dest/<name>` when it can stand in for the listed file, else undefined. */
async function reusable(c: Chosen, dest: string, previous: Manifest | undefined): Promise<string | undefined> {
  const entry = previous?.files.find((f) => f.filename === c.file.name);
  if (!entry || entry.source !== c.file.url || (c.file.size !== undefined && entry.size !== c.file.size)) return undefined;
  const local = join(dest, c.file.name);
  try {
    const s = await stat(local);
    if (!s.isFile() || s.size !== entry.size) return undefined;
  } catch {
    return undefined;
  }
  const { sha256: sourceSha256, etag } = c.file;
  if (!sourceSha256 && !etag) return undefined;
  if (!sourceSha256 && entry.sourceEtag !== undefined && entry.sourceEtag !== etag) return undefined;
  // A single-part upload's ETag is the MD5 of its bytes; a multipart one ("…-N") is not.
  const md5Etag = etag && /^[0-9a-f]{32}$/i.test(etag) ? etag.toLowerCase() : undefined;
  if (!sourceSha256 && entry.sourceEtag === undefined && !md5Etag) return undefined;
  const d = await hash(local, md5Etag ? ['sha256', 'md5'] : ['sha256']);
  if (d.sha256 !== entry.sha256.toLowerCase()) return undefined;
  if (sourceSha256 && sourceSha256.toLowerCase() !== d.sha256) return undefined;
  if (md5Etag && md5Etag !== d.md5) return undefined;
  return d.sha256;
}

export async function downloadSet(opts: DownloadSetOptions): Promise<FetchedFile[]> {
  const { source, staging, dest, log } = opts;
  // Largest first, so the last file to start is a small one.
  const queue = [...opts.chosen].sort((a, b) => (b.file.size ?? 0) - (a.file.size ?? 0));
  const total = queue.length;
  const results: FetchedFile[] = [];
  const controller = new AbortController();
  const onAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  let failure: unknown;
  // Downloads hash and write on the workers, but only on ones already running (see hashing/pool.ts).
  await warmWorkerThreads();

  const one = async (c: Chosen): Promise<FetchedFile> => {
    const started = Date.now();
    const path = join(staging, c.file.name);
    const reusedSha = await reusable(c, dest, opts.previous);
    let size: number;
    let sha256: string;
    let attempts = 0;
    if (reusedSha) {
      await linkOrCopy(join(dest, c.file.name), path);
      size = c.file.size ?? (await stat(path)).size;
      sha256 = reusedSha;
    } else {
      const res = await source.download(c.file, path, { log, signal: controller.signal });
      size = res.size;
      sha256 = res.sha256;
      attempts = res.attempts;
    }
    // PyPI's rules, read from the central directory and METADATA/WHEEL/RECORD, with the sha256
    // taken as the bytes arrived (or just now, for a reused file): the file is not read again.
    // Not here: BLAKE2b-256 (an upload's business; the manifest records sha256 and size) and
    // the RECORD hash of every member, which pypi-publish's preflight checks before any upload
    // (inflating and hashing every member again cost more CPU than the download itself).
    const info = await inspectDistribution(path, { ...opts.inspect, digests: { sha256, size }, blake2b: false, verifyMembers: false });
    return { chosen: c, path, size, sha256, info, reused: !!reusedSha, attempts, ms: Date.now() - started };
  };

  const worker = async () => {
    for (let c = queue.shift(); c && !controller.signal.aborted; c = queue.shift()) {
      try {
        const f = await one(c);
        results.push(f);
        const how = f.reused ? 'reused from dest' : `${(f.ms / 1000).toFixed(1)} s${f.attempts > 1 ? `, ${f.attempts} attempts` : ''}`;
        log.info(`[${results.length}/${total}] ${c.file.name} (${formatBytes(f.size)}, ${how})`);
      } catch (err) {
        if (failure === undefined) failure = err;
        controller.abort(err);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, total)) }, worker));
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
  if (failure !== undefined) throw failure;
  opts.signal?.throwIfAborted();
  return results.sort((a, b) => (a.chosen.file.name < b.chosen.file.name ? -1 : 1));
}
