/**
 * fetch-wheels from start to end: look at the source (waiting if asked) until
 * the expected set is there, refuse what is wrong, fetch the set into a
 * staging directory beside `dest`, check every file and the set with the
 * foundation's preflight, and only then move it into `dest` with its manifest
 * and, if asked, publish it as a workflow artifact. `dest` never receives a
 * partial or unchecked set.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkDistributionSet,
  createManifest,
  formatProblemsTable,
  normalizeName,
  readManifest,
  type Manifest,
  type ManifestEntry,
} from '../../distributions/index.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { ArtifactUploader } from '../../sources/artifact.js';
import type { WheelSource } from '../../sources/types.js';
import { formatBytes } from '../../units.js';
import { downloadSet, type FetchedFile } from './download.js';
import type { SelectOptions } from './select.js';
import { completenessProblem } from './completeness.js';
import { checkDest, commit, distributionsIn, makeStaging, MANIFEST_NAME, removeStaleStaging } from './stage.js';
import { waitForSet } from './wait.js';

export interface FetchWheelsOptions {
  source: WheelSource;
  select: SelectOptions;
  /** Take whatever one look finds, without expect or expect-count (see completeness.ts). */
  allowAnySet?: boolean;
  waitTimeoutSeconds: number;
  /** Absolute. */
  dest: string;
  concurrency: number;
  maxTotalSize: number;
  log: Logger;
  upload?: { name: string; uploader: ArtifactUploader };
  /** Tests shorten the pauses between looks. */
  waitTiming?: { initialDelayMs?: number; maxDelayMs?: number };
  signal?: AbortSignal;
}

export interface FetchWheelsResult {
  dest: string;
  manifestPath: string;
  manifest: Manifest;
  /** Sorted by filename; `path` is in dest. */
  files: FetchedFile[];
  totalBytes: number;
  reused: number;
  /** Listed files that were not distributions of the selected packages. */
  ignored: number;
  looks: number;
  uploaded?: { name: string; id?: number; size?: number; digest?: string };
  timings: { waitMs: number; fetchMs: number; checkMs: number; totalMs: number };
}

async function previousManifest(dest: string, log: Logger): Promise<Manifest | undefined> {
  const path = join(dest, MANIFEST_NAME);
  if (!existsSync(path)) return undefined;
  try {
    return await readManifest(path);
  } catch (err) {
    log.debug(`Not reusing files in ${dest}: ${(err as Error).message}`);
    return undefined;
  }
}

export async function fetchWheels(opts: FetchWheelsOptions): Promise<FetchWheelsResult> {
  const { source, dest, log } = opts;
  const started = Date.now();
  const unstated = completenessProblem({ ...opts.select, allowAnySet: opts.allowAnySet ?? false, waitTimeoutSeconds: opts.waitTimeoutSeconds });
  if (unstated) throw new UserError(`${unstated.message}\nNothing was fetched.`);
  await checkDest(dest);
  const leftovers = await removeStaleStaging(dest);
  if (leftovers.length > 0) log.info(`Removed ${leftovers.length} staging folder(s) a killed run left beside dest: ${leftovers.join(', ')}`);
  log.info(`Source: ${source.describe()}`);

  const found = await waitForSet(source, opts.select, {
    timeoutSeconds: opts.waitTimeoutSeconds,
    log,
    signal: opts.signal,
    ...opts.waitTiming,
  });
  const { selection } = found;
  const chosen = selection.chosen;
  const listedBytes = chosen.reduce((n, c) => n + (c.file.size ?? 0), 0);
  log.info(
    `The set is complete: ${chosen.length} file(s), ${formatBytes(listedBytes)}` +
      `${selection.ignored ? ` (${selection.ignored} other listed file(s) ignored)` : ''}.`,
  );
  if (opts.allowAnySet) {
    log.warning(`allow-any-set: the ${chosen.length} file(s) the source holds are taken as the whole set, without a completeness check.`);
  }
  if (listedBytes > opts.maxTotalSize) {
    throw new UserError(
      `The set is ${formatBytes(listedBytes)}, more than max-total-size (${formatBytes(opts.maxTotalSize)}). Nothing was written to dest. ` +
        'Raise max-total-size if this is expected, or narrow packages/expect.',
    );
  }
  const names = new Set(chosen.map((c) => c.file.name));
  const stale = (await distributionsIn(dest)).filter((n) => !names.has(n));
  if (stale.length > 0) {
    throw new UserError(
      `dest ${dest} already holds distribution files that are not part of this set: ${stale.join(', ')}. ` +
        'Nothing was written. Empty dest (or choose another) so that it holds exactly one set.',
    );
  }
  const previous = await previousManifest(dest, log);
  const waitMs = Date.now() - started;

  const staging = await makeStaging(dest);
  let files: FetchedFile[];
  let fetchMs: number;
  let checkMs: number;
  let manifestPath: string;
  let manifest: Manifest;
  try {
    const fetchStarted = Date.now();
    files = await downloadSet({
      source,
      chosen,
      staging,
      dest,
      concurrency: opts.concurrency,
      log,
      previous,
      // Size limits are the publisher's business (PyPI raises them per project); fetching only bounds the total.
      inspect: { expectedVersion: opts.select.version, maxFileSize: Number.MAX_SAFE_INTEGER },
      signal: opts.signal,
    });
    fetchMs = Date.now() - fetchStarted;

    const checkStarted = Date.now();
    const infos = files.map((f) => f.info);
    const problems = [...infos.flatMap((i) => i.problems), ...checkDistributionSet(infos, { expectedVersion: opts.select.version })];
    if (problems.length > 0) {
      throw new UserError(
        `The fetched set fails preflight, so nothing was written to dest:\n${formatProblemsTable(infos, problems)}\n` +
          'These files would be refused by PyPI or pip; fix the build that made them.',
      );
    }
    const projects = new Set(files.map((f) => normalizeName(f.info.metadata?.name ?? f.chosen.parsed.name)));
    const entries: ManifestEntry[] = files.map((f) => ({
      filename: f.chosen.file.name,
      size: f.size,
      sha256: f.sha256,
      source: f.chosen.file.url,
      ...(f.chosen.file.etag !== undefined ? { sourceEtag: f.chosen.file.etag } : {}),
    }));
    manifest = createManifest(entries, {
      ...(projects.size === 1 ? { project: [...projects][0] } : {}),
      ...(files[0] ? { version: files[0].chosen.parsed.normalizedVersion } : {}),
    });
    manifestPath = await commit(staging, dest, [...names], manifest);
    files = files.map((f) => ({ ...f, path: join(dest, f.chosen.file.name) }));
    checkMs = Date.now() - checkStarted;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const reused = files.filter((f) => f.reused).length;
  log.info(`Wrote ${files.length} file(s) (${formatBytes(totalBytes)}${reused ? `, ${reused} reused` : ''}) and ${manifestPath}.`);

  let uploaded: FetchWheelsResult['uploaded'];
  if (opts.upload) {
    const paths = [...files.map((f) => f.path), manifestPath];
    const res = await opts.upload.uploader.upload(opts.upload.name, paths, dest, log);
    uploaded = { name: opts.upload.name, ...res };
  }
  return {
    dest,
    manifestPath,
    manifest,
    files,
    totalBytes,
    reused,
    ignored: selection.ignored,
    looks: found.looks,
    uploaded,
    timings: { waitMs, fetchMs, checkMs, totalMs: Date.now() - started },
  };
}
