/**
 * Publishing a set of distributions, all or nothing: every check that can be
 * made is made for the whole set before the first byte goes up (PyPI's
 * upload rules offline, the expected manifest, then the index's own state),
 * uploads are retried with backoff and, after an ambiguous failure, resolved
 * by looking at the index before sending again, and a rerun after any failure
 * finishes the job: byte-identical files already published are skipped.
 */
import { basename } from 'node:path';
import {
  compareManifest,
  formatProblemsTable,
  parseDistributionFilename,
  preflight,
  type DistributionInfo,
  type Manifest,
  type ManifestEntry,
} from '../../distributions/index.js';
import { UserError } from '../../errors.js';
import { releaseWorkerThreads } from '../../hashing/index.js';
import {
  basicAuthorization,
  filetypeOf,
  isLoopback,
  passwordCredentials,
  RetryableUploadError,
  TrustedPublisher,
  trustedCredentials,
  uploadAttempt,
  type IndexEndpoints,
  type IndexFile,
  type IndexRelease,
  type UploadCredentials,
} from '../../index-client/index.js';
import type { Logger } from '../../log.js';
import { exponentialBackoff, pollUntil } from '../../poll.js';
import { describeError, withRetry, type RetryOptions } from '../../http/index.js';
import { formatBytes } from '../../units.js';
import {
  checkLocalAttestations,
  decideAttestations,
  ensureAttestations,
  recoverAttestations,
  provenanceProblems,
  type AttestationSettings,
  type LocalAttestations,
} from './attestations.js';
import { collectDistributions } from './collect.js';
import { IndexState, type PageReadAhead } from './index-state.js';
import { planAgainstIndex, releaseId, releaseKey, type PlannedFile, type ReleaseKey } from './plan.js';
import { FileProgress, formatRate } from './progress.js';
import { HoldExpired, ReleaseGate, ReleaseNotCreated } from './release-gate.js';

export type FileStatus = 'uploaded' | 'skipped' | 'would-upload' | 'failed' | 'not-attempted';

export interface FileResult {
  filename: string;
  path: string;
  size: number;
  sha256: string;
  project: string;
  version: string;
  status: FileStatus;
  /** Seconds spent uploading (every attempt), for uploaded and failed files. */
  seconds?: number;
  /** The file's URL on the index, once the index lists it. */
  url?: string;
  error?: string;
  /** The PEP 740 publish attestation beside the file, when there is one. */
  attestation?: { filename: string; sha256: string };
}

export interface PublishResult {
  index: IndexEndpoints;
  files: FileResult[];
  releases: { project: string; version: string; page: string }[];
  /** The input manifest (or one made from the files) with index URLs. */
  manifest: Manifest;
  preflightOnly: boolean;
  auth?: UploadCredentials['kind'];
  uploadSeconds: number;
  /** Set when this run sent attestations: the workflow they name. */
  attestedBy?: { repository: string; workflow: string };
}

/** A refusal or a failure that leaves a result worth reporting (the summary shows it). */
export class PublishFailed extends UserError {
  constructor(message: string, readonly result?: PublishResult) {
    super(message);
    this.name = 'PublishFailed';
  }
}

export interface TrustedPublishingSource {
  getIdToken(audience: string): Promise<string>;
  forkPullRequest?: boolean;
}

export interface PublishRequest {
  index: IndexEndpoints;
  packagesDir: string;
  /** Globs relative to packagesDir; empty: every .whl and .tar.gz. */
  patterns: string[];
  /** An API token (the password of the user `__token__`). */
  token?: string;
  /** A user name and password (a private index); not with `token`. Neither: trusted publishing. */
  credentials?: { user: string; password: string };
  /** `Basic …` for reads of the simple index's origin, from credentials given with its URL. */
  indexAuthorization?: string;
  trustedPublishing?: TrustedPublishingSource;
  skipExisting: boolean;
  expectManifest?: { path: string; manifest: Manifest };
  concurrency: number;
  preflightOnly: boolean;
  maxFileSize: number;
  /** Masks a secret in the job log at once. */
  mask(secret: string): void;
  log: Logger;
  now?: () => Date;
  /** Overrides for the retry policies (tests). */
  retry?: { upload?: Partial<RetryOptions>; read?: Partial<RetryOptions> };
  /** How long to wait for the simple index to list freshly uploaded files (PyPI's CDN may lag). Default 120 s. */
  listingPatienceMs?: number;
  /** PEP 740 attestations; absent: none are signed or sent. */
  attestations?: AttestationSettings;
  /** How long a file of a new release may hold back its last bytes for the release's first file (release-gate.ts). Default 15 s. */
  holdLimitMs?: number;
}

const UPLOAD_RETRY: RetryOptions = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 60_000, maxElapsedMs: 30 * 60_000 };
const HOLD_LIMIT_MS = 15_000;

class Permanent extends UserError {}

export async function publish(req: PublishRequest): Promise<PublishResult> {
  // Whatever was read ahead and not used stops with the run, however it ends.
  const readAhead = new AbortController();
  try {
    return await run(req, req.index, req.log, req.now ?? (() => new Date()), readAhead.signal);
  } finally {
    readAhead.abort();
  }
}

/** Whether the preflight read the file: one it could not read (gone, a FIFO, a device) has no sha256. */
function wasRead(f: FileResult): boolean {
  return f.sha256 !== '';
}

async function run(req: PublishRequest, index: IndexEndpoints, log: Logger, now: () => Date, readAheadSignal: AbortSignal): Promise<PublishResult> {
  log.info(`Target: ${index.uploadUrl.href} (simple index ${index.simpleUrl.href}${index.jsonUrl ? `, JSON API ${index.jsonUrl.href}` : ''})`);
  if (index.uploadUrl.protocol === 'http:' && !isLoopback(index.uploadUrl)) {
    log.warning(`${index.uploadUrl.href} is plain http: the upload credentials would cross the network unencrypted. Use https.`);
  }
  if (req.token !== undefined && req.credentials !== undefined) throw new UserError('Give an API token or a user and password, not both.');
  const state = new IndexState({ index, credentials: readCredentials(req, index), log, ...(req.retry?.read ? { retry: req.retry.read } : {}) });

  // 1. PyPI's rules, offline, for the whole set.
  const paths = await collectDistributions(req.packagesDir, req.patterns);
  log.info(`Preflight: checking ${paths.length} distribution${paths.length === 1 ? '' : 's'} in ${req.packagesDir}`);
  // The index's pages are read while the files are checked: over the internet that hides a round trip or two.
  const early = state.readAhead(projectsNamedBy(paths), readAheadSignal);
  // sha256 is the digest every check here, the upload form and the manifest use (form.ts). BLAKE2b-256
  // would add a second read's worth of CPU and prove nothing more.
  const checked = await preflight(paths, { maxFileSize: req.maxFileSize, concurrency: 4, blake2b: false });
  // The rest needs no hashing threads: their memory goes now.
  releaseWorkerThreads();
  const files = checked.files;
  for (const w of checked.warnings) log.warning(`${w.file}: ${w.message} [${w.rule}] ${w.fix}`);
  if (checked.problems.length > 0) {
    const table = formatProblemsTable(files, checked.problems, checked.warnings);
    log.info(table);
    const bad = new Set(checked.problems.map((p) => p.file)).size;
    throw new PublishFailed(
      `Preflight: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} in ${bad} file${bad === 1 ? '' : 's'}; nothing was uploaded.\n\n${table}`,
      resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0),
    );
  }

  // 2. The expected manifest: the exact bytes, nothing more, nothing less.
  if (req.expectManifest) {
    const mismatch = manifestMismatch(req.expectManifest, files);
    if (mismatch) throw new PublishFailed(mismatch, resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0));
  }

  // 2b. Attestations: whether to send them, and the ones already beside the files, checked as the index will.
  const fixed = fixedCredentials(req);
  const attest = decideAttestations(req.attestations, !fixed, log);
  let local = new Map<string, LocalAttestations>();
  if (attest) {
    const checked = await checkLocalAttestations(files, req.attestations!, req.expectManifest?.manifest);
    if (checked.problems.length > 0) {
      throw new PublishFailed(
        `Attestations: ${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'}; nothing was uploaded.\n\n${checked.problems.map((p) => `- ${p.message}`).join('\n')}`,
        resultOf(req, index, files.map((f) => baseResult(f, 'not-attempted')), [], 0),
      );
    }
    local = checked.local;
  }

  // 3. The index's state, release by release (its simple API), and who attested what it holds.
  // The 14-day rule is warehouse's (PyPI, TestPyPI, an index at …/legacy/): other indexes let a release grow.
  const closesOldReleases = index.warehouse;
  const releases = await readReleases(state, files, log, early, closesOldReleases);
  const { planned, problems } = planAgainstIndex(files, releases, { skipExisting: req.skipExisting, now: now(), closesOldReleases });
  if (req.attestations) problems.push(...(await provenanceProblems(planned, releases, attest, req.attestations, index, log)));
  const results = new Map<string, FileResult>(planned.map((p) => [p.info.filename, withAttestation(resultFor(p), local)]));
  const releasePages = uniqueReleases(planned.map((p) => p.release)).map((r) => ({ ...r, page: index.releasePage(r.project, r.version) }));
  reportOthers(req, files, releases, log);
  const current = (): FileResult[] => planned.map((p) => results.get(p.info.filename)!);
  if (problems.length > 0) {
    throw new PublishFailed(
      `Preflight against ${index.uploadUrl.origin}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was uploaded.\n\n`
        + problems.map((p) => `- ${p.message}`).join('\n'),
      resultOf(req, index, current().map((r) => ({ ...r, status: r.status === 'skipped' ? 'skipped' : 'not-attempted' })), releasePages, 0),
    );
  }
  const toUpload = planned.filter((p) => p.action === 'upload');
  const order = uploadOrder(toUpload, releases);
  const present = planned.length - toUpload.length;
  log.info(`Preflight passed: ${toUpload.length} to upload, ${present} already on the index with the same sha256.`);
  for (const p of planned.filter((f) => f.action === 'present')) log.info(`Skipping ${p.info.filename}: already on the index with the same sha256 ${p.info.sha256}`);

  if (req.preflightOnly) {
    log.info('preflight-only: nothing was uploaded.');
    return resultOf(req, index, current(), releasePages, 0);
  }
  // A rerun on a fresh runner: the attestations of what an earlier attempt uploaded, from the index.
  if (attest) {
    local = await recoverAttestations(planned.filter((p) => p.action === 'present'), local, req.attestations!, index, log);
    for (const r of current()) results.set(r.filename, withAttestation(r, local));
  }
  if (toUpload.length === 0) {
    log.info('Every file is already on the index; nothing to upload.');
    return resultOf(req, index, current(), releasePages, 0);
  }

  // 4. Attestations signed for the files that lack one; then credentials, only now that there is something to upload.
  if (attest) {
    try {
      local = await ensureAttestations(toUpload.map((p) => p.info), local, req.attestations!, log);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      throw new PublishFailed(`${err.message}\n\nNothing was uploaded.`, resultOf(req, index, current().map((r) => (r.status === 'would-upload' ? { ...r, status: 'not-attempted' } : r)), releasePages, 0));
    }
    for (const r of current()) results.set(r.filename, withAttestation(r, local));
  }
  const credentials = credentialsFor(req, index, log);
  try {
    await credentials.authorization(); // a trusted-publishing failure is reported once, before any upload
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    throw new PublishFailed(`${err.message}\n\nNothing was uploaded.`, resultOf(req, index, current().map((r) => (r.status === 'would-upload' ? { ...r, status: 'not-attempted' } : r)), releasePages, 0));
  }

  // 5. Uploads: wheels, then sdists.
  const started = Date.now();
  const uploader = new Uploader(req, index, state, credentials, log, results, order.firsts, attest ? local : undefined);
  for (const phase of order.phases) await uploader.runAll(phase, req.concurrency);
  const uploadSeconds = (Date.now() - started) / 1000;
  const sent = current().filter((r) => r.status === 'uploaded');
  const sentBytes = sent.reduce((n, r) => n + r.size, 0);
  if (sent.length > 0) {
    log.info(`Uploaded ${sent.length} file${sent.length === 1 ? '' : 's'} (${formatBytes(sentBytes)}) in ${uploadSeconds.toFixed(1)} s (${formatRate(sentBytes, uploadSeconds * 1000)}), concurrency ${req.concurrency}.`);
  }

  if (uploader.failure) {
    for (const r of current()) if (r.status === 'would-upload') results.set(r.filename, { ...r, status: 'not-attempted' });
    const failed = current().filter((r) => r.status === 'failed');
    const left = current().filter((r) => r.status === 'not-attempted').length;
    throw new PublishFailed(
      `${failed.length} upload${failed.length === 1 ? '' : 's'} failed${left > 0 ? ` and ${left} file${left === 1 ? ' was' : 's were'} not attempted` : ''}`
        + `${sent.length > 0 ? ` (${sent.length} uploaded)` : ''}:\n`
        + `${failed.map((f) => `- ${f.error}`).join('\n')}\n`
        + 'Files already uploaded stay; a rerun skips them (same sha256) and uploads the rest.',
      resultOf(req, index, current(), releasePages, uploadSeconds),
    );
  }

  // 6. What the index lists now: every file with the local sha256, and its URL.
  try {
    await confirmListed(req, index, state, planned, results, uploader.sentSince, log);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    // The uploads are done: the outputs and the summary still say what happened to each file.
    throw new PublishFailed(err.message, { ...resultOf(req, index, current(), releasePages, uploadSeconds, credentials.kind), ...attestedBy(req, attest) });
  }
  return { ...resultOf(req, index, current(), releasePages, uploadSeconds, credentials.kind), ...attestedBy(req, attest) };
}

function attestedBy(req: PublishRequest, attest: boolean): { attestedBy?: { repository: string; workflow: string } } {
  return attest && req.attestations?.publisher ? { attestedBy: req.attestations.publisher } : {};
}

function withAttestation(result: FileResult, local: Map<string, LocalAttestations>): FileResult {
  const publish = local.get(result.filename)?.publish;
  return publish ? { ...result, attestation: { filename: publish.filename, sha256: publish.sha256 } } : result;
}

function baseResult(info: DistributionInfo, status: FileStatus): FileResult {
  const key = info.metadata ? releaseKey(info) : { project: info.parsed?.name ?? '', version: info.parsed?.normalizedVersion ?? '' };
  return { filename: info.filename, path: info.path, size: info.size, sha256: info.sha256, project: key.project, version: key.version, status };
}

function resultFor(p: PlannedFile): FileResult {
  return { ...baseResult(p.info, p.action === 'present' ? 'skipped' : 'would-upload'), ...(p.remote?.url ? { url: p.remote.url } : {}) };
}

function uniqueReleases(keys: ReleaseKey[]): ReleaseKey[] {
  const seen = new Map<string, ReleaseKey>();
  for (const k of keys) if (!seen.has(releaseId(k))) seen.set(releaseId(k), k);
  return [...seen.values()];
}

/** Why the files do not match the expected manifest, or undefined when they match exactly. */
function manifestMismatch(expected: { path: string; manifest: Manifest }, files: DistributionInfo[]): string | undefined {
  const actual: ManifestEntry[] = files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 }));
  const cmp = compareManifest(expected.manifest, actual);
  if (cmp.ok) return undefined;
  const lines: string[] = [];
  for (const m of cmp.mismatched) {
    lines.push(`- ${m.expected.filename}: ${m.fields.map((field) => `${field} is ${String(m.actual[field])}, the manifest says ${String(m.expected[field])}`).join('; ')}`);
  }
  for (const u of cmp.unexpected) lines.push(`- ${u.filename} (sha256 ${u.sha256}) is not in the manifest`);
  for (const m of cmp.missing) lines.push(`- ${m.filename} is in the manifest but not among the files to upload`);
  return `The files do not match the expected manifest ${expected.path}; nothing was uploaded.\n${lines.join('\n')}\n`
    + 'Publish exactly the files the manifest lists (the set fetch-wheels checked and earlier steps verified), or regenerate the manifest.';
}

/** The projects the distribution filenames name (what the preflight will confirm from their metadata). */
function projectsNamedBy(paths: string[]): string[] {
  const names = new Set<string>();
  for (const path of paths) {
    try {
      names.add(parseDistributionFilename(basename(path)).normalizedName);
    } catch {
      // A filename the preflight will refuse: nothing to read ahead for it.
    }
  }
  return [...names];
}

export interface UploadOrder {
  /** Each phase finished before the next starts (a failure stops the rest). */
  phases: PlannedFile[][];
  /** The first file of each new release, at the head of the first phase (release-gate.ts). */
  firsts: PlannedFile[];
}

/**
 * The order of the uploads: first the wheels, each new release's first file (its smallest wheel
 * where there is one, so the others wait as little as possible) at the head, the release's
 * other files holding back their last bytes until it is on the index, so the release and its
 * metadata are created once; new releases of different projects start side by side. Then the
 * sdists. An interrupted release thus never leaves an sdist as the only file pip can pick, which
 * would build it from source on every installer's machine.
 */
export function uploadOrder(toUpload: PlannedFile[], releases: Map<string, IndexRelease>): UploadOrder {
  const isSdist = (p: PlannedFile): boolean => filetypeOf(p.info) === 'sdist';
  const firsts: PlannedFile[] = [];
  for (const id of new Set(toUpload.map((p) => releaseId(p.release)))) {
    if (releases.get(id)?.found) continue;
    const own = toUpload.filter((p) => releaseId(p.release) === id);
    const wheels = own.filter((p) => !isSdist(p));
    firsts.push(wheels.length > 0 ? wheels.reduce((a, b) => (b.info.size < a.info.size ? b : a)) : own[0]);
  }
  const rest = toUpload.filter((p) => !firsts.includes(p));
  return {
    phases: [[...firsts, ...rest.filter((p) => !isSdist(p))], rest.filter(isSdist)],
    firsts,
  };
}

/** `Basic …` per origin of the index: index-url's own credentials, and the fixed upload credentials on the upload URL's origin. */
function readCredentials(req: PublishRequest, index: IndexEndpoints): Map<string, string> {
  const out = new Map<string, string>();
  if (req.indexAuthorization) {
    req.mask(req.indexAuthorization.replace(/^Basic /, ''));
    out.set(index.simpleUrl.origin, req.indexAuthorization);
  }
  const fixed = fixedCredentials(req);
  if (fixed && !out.has(index.uploadUrl.origin)) {
    req.mask(fixed.password);
    const header = basicAuthorization(fixed.user, fixed.password);
    req.mask(header.slice('Basic '.length));
    out.set(index.uploadUrl.origin, header);
  }
  return out;
}

async function readReleases(state: IndexState, files: DistributionInfo[], log: Logger, early: PageReadAhead, closesOldReleases: boolean): Promise<Map<string, IndexRelease>> {
  const releases = new Map<string, IndexRelease>();
  for (const key of uniqueReleases(files.map(releaseKey))) {
    const release = await state.release(key, early);
    log.info(release.found
      ? `The index lists ${key.project} ${key.version} with ${release.files.length + (release.unhashed?.length ?? 0)} file${release.files.length + (release.unhashed?.length ?? 0) === 1 ? '' : 's'} (${release.source}).`
      : release.projectMissing
        ? `The index does not list ${key.project} at all yet (${release.source} answered 404).`
        : `The index lists no file of ${key.project} ${key.version} yet (${release.source}).`);
    // PyPI refuses new files for a release older than 14 days: that needs the upload times of the files there.
    const adding = files.some((f) => releaseId(releaseKey(f)) === releaseId(key) && !release.files.some((r) => r.filename === f.filename));
    if (closesOldReleases && release.found && adding) {
      const times = await state.fillUploadTimes(key, release);
      if (!times.known) log.info(`PyPI's 14-day rule for new files of a release was not checked for ${key.project} ${key.version}: ${times.why}.`);
    }
    releases.set(releaseId(key), release);
  }
  return releases;
}

/** Files the index has for these releases that are not in this upload: worth knowing, not an error. */
function reportOthers(req: PublishRequest, files: DistributionInfo[], releases: Map<string, IndexRelease>, log: Logger): void {
  const local = new Set(files.map((f) => f.filename));
  const manifest = req.expectManifest ? new Set(req.expectManifest.manifest.files.map((f) => f.filename)) : undefined;
  for (const release of releases.values()) {
    for (const f of release.files) {
      if (local.has(f.filename)) continue;
      if (manifest && !manifest.has(f.filename)) log.warning(`The index also holds ${f.filename} (sha256 ${f.sha256}), which is not in the expected manifest.`);
      else log.info(`The index also holds ${f.filename}, which is not part of this upload.`);
    }
  }
}

/** The user and password given (an API token is the password of `__token__`); none means trusted publishing. */
function fixedCredentials(req: PublishRequest): { user: string; password: string } | undefined {
  return req.credentials ?? (req.token ? { user: '__token__', password: req.token } : undefined);
}

function credentialsFor(req: PublishRequest, index: IndexEndpoints, log: Logger): UploadCredentials {
  const fixed = fixedCredentials(req);
  if (fixed) {
    if (fixed.user === '__token__' && !fixed.password.startsWith('pypi-') && index.name !== 'custom') {
      log.warning('The token does not start with "pypi-"; PyPI API tokens do. Check that the secret holds an API token, not a password.');
    }
    if (fixed.user !== '__token__') log.info(`Uploading as the user ${fixed.user}.`);
    return passwordCredentials(fixed.user, fixed.password, req.mask);
  }
  if (!req.trustedPublishing) {
    throw new UserError('No token or password was given and trusted publishing is not available here; pass an API token as the token input (or user and password), or run in GitHub Actions with id-token: write.');
  }
  log.info(`No token given: using trusted publishing with ${index.oidcBase.origin}.`);
  const publisher = new TrustedPublisher({
    base: index.oidcBase,
    getIdToken: req.trustedPublishing.getIdToken,
    mask: req.mask,
    log,
    forkPullRequest: req.trustedPublishing.forkPullRequest ?? false,
    ...(index.name !== 'custom' ? { expectedAudience: index.name } : {}),
  });
  return trustedCredentials(publisher, req.mask);
}

class Uploader {
  failure?: Error;
  /**
   * When each accepted file was first sent, on the index's clock (from its Date header): a 200
   * also answers an identical re-upload, and a listed upload time before this tells the two apart.
   */
  readonly sentSince = new Map<string, number>();

  constructor(
    private readonly req: PublishRequest,
    private readonly index: IndexEndpoints,
    private readonly state: IndexState,
    private readonly credentials: UploadCredentials,
    private readonly log: Logger,
    private readonly results: Map<string, FileResult>,
    firsts: PlannedFile[],
    /** The attestation files sent with each upload, when attesting. */
    private readonly attestations?: Map<string, LocalAttestations>,
  ) {
    for (const p of firsts) this.gates.set(releaseId(p.release), new ReleaseGate(p.info.filename));
  }

  /** Per new release, whether its first file is on the index yet. */
  private readonly gates = new Map<string, ReleaseGate>();

  async runAll(files: PlannedFile[], concurrency: number): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length && !this.failure) {
        const file = files[next++];
        await this.one(file);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  }

  private update(filename: string, patch: Partial<FileResult>): void {
    this.results.set(filename, { ...this.results.get(filename)!, ...patch });
  }

  /** The index's record of one file (its simple page), read with retries; undefined when the page does not list it. */
  private async lookup(p: PlannedFile): Promise<{ file?: IndexFile; source: string; projectMissing?: boolean }> {
    const release = await this.state.release(p.release);
    return { file: release.files.find((f) => f.filename === p.info.filename), source: release.source, ...(release.projectMissing ? { projectMissing: true } : {}) };
  }

  private async one(p: PlannedFile): Promise<void> {
    const gate = this.gates.get(releaseId(p.release));
    if (gate?.first === p.info.filename) {
      await this.send(p);
      if (['uploaded', 'skipped'].includes(this.results.get(p.info.filename)!.status)) gate.open();
      else gate.close();
    } else {
      await this.send(p, gate);
    }
  }

  /**
   * One file, retried within the limits. `gate`: the file's release is new and `gate.first`
   * creates it; until that is on the index this one holds back its last bytes.
   */
  private async send(p: PlannedFile, gate?: ReleaseGate): Promise<void> {
    const info = p.info;
    const progress = new FileProgress(this.log, info.filename, info.size);
    const holdLimitMs = this.req.holdLimitMs ?? HOLD_LIMIT_MS;
    let spentMs = 0;
    let mayBeStored = false;
    let firstSentAt: number | undefined;
    try {
      const outcome = await withRetry<{ status: 'uploaded' | 'skipped'; url?: string }>(async (attempt, remainingMs) => {
        const attemptStarted = Date.now();
        if (mayBeStored) {
          // The last attempt may have reached the index: look before sending the file again.
          const remote = (await this.lookup(p)).file;
          if (remote) {
            if (remote.sha256 === info.sha256) {
              this.log.info(`${info.filename} reached the index after all (same sha256); not sending it again.`);
              return { status: 'uploaded', ...(remote.url ? { url: remote.url } : {}) };
            }
            throw new Permanent(`${info.filename} is on the index with sha256 ${remote.sha256}, not the local ${info.sha256}: someone else uploaded other bytes under this name meanwhile.`);
          }
        }
        const authorization = await this.credentials.authorization();
        firstSentAt ??= Date.now();
        progress.begin(attempt);
        let answer;
        for (;;) {
          const holdLast = gate && !gate.isOpen
            ? gate.hold(holdLimitMs, () => this.log.info(`${info.filename}: sent all but its last bytes, which wait for ${gate.first} (the release's first file) to reach the index.`))
            : undefined;
          try {
            answer = await uploadAttempt(info, {
              uploadUrl: this.index.uploadUrl,
              authorization,
              // No attempt outlasts the retry window: 8 attempts within 30 minutes, a trickling answer included.
              deadlineMs: Math.max(0, remainingMs - (Date.now() - attemptStarted)),
              onProgress: (sent) => progress.update(sent),
              ...(this.attestations ? { attestations: this.attestations.get(info.filename)?.files.map((f) => f.json) ?? [] } : {}),
              ...(holdLast ? { holdLast } : {}),
            });
            break;
          } catch (err) {
            if (err instanceof RetryableUploadError && err.ambiguous) mayBeStored = true;
            if (!(err instanceof HoldExpired) || !gate) throw err;
            // Abandoned incomplete, so the index has none of it: sent again, whole, once the release exists.
            this.log.info(`${info.filename}: ${err.message} while ${gate.first} was not on the index yet; it is sent again once that is there.`);
            if (!(await gate.wait())) throw new ReleaseNotCreated(gate.first);
            progress.begin(attempt);
          } finally {
            spentMs += progress.elapsedMs();
          }
        }
        if (answer.kind === 'accepted') {
          if (answer.serverDate) this.sentSince.set(info.filename, firstSentAt + (answer.serverDate.getTime() - Date.now()));
          // warehouse answers an upload with an empty body, or with its warnings; other indexes say "OK" and the like.
          if (answer.warnings) {
            if (this.index.warehouse) this.log.warning(`The index accepted ${info.filename} with warnings: ${answer.warnings}`);
            else this.log.info(`The index accepted ${info.filename} and answered: ${answer.warnings}`);
          }
          this.log.info(`Uploaded ${info.filename}: ${formatBytes(info.size)} in ${(progress.elapsedMs() / 1000).toFixed(1)} s (${formatRate(info.size, progress.elapsedMs())})`);
          return { status: 'uploaded' };
        }
        if (answer.kind === 'exists') {
          // "Already exists" (400 from PyPI, 409 from pypiserver and others) is settled by digest: the listing's sha256 against the local one.
          const { file: remote, source, projectMissing } = await this.awaitListing(p);
          if (remote && remote.sha256 === info.sha256) {
            if (!mayBeStored && !this.req.skipExisting) {
              throw new Permanent(
                `${info.filename} is already on the index with the same sha256 ${info.sha256} (the index's listing did not show it during the preflight), `
                  + 'and skip-existing is false. Rerun with skip-existing: true to accept byte-identical files already published.',
              );
            }
            this.log.info(`${info.filename} is already on the index with the same sha256; ${mayBeStored ? 'an earlier attempt stored it' : 'skipped'}.`);
            return { status: mayBeStored ? 'uploaded' : 'skipped', ...(remote.url ? { url: remote.url } : {}) };
          }
          throw new Permanent(
            `The index refused ${info.filename}: ${answer.message}\n`
              + (remote
                ? `It holds that filename with sha256 ${remote.sha256}; the local file has sha256 ${info.sha256}.`
                : projectMissing
                  // The index holds the file but its "simple API" does not know the project: the wrong page, not a lag.
                  ? `${source} answers 404 for the whole project, so the refusal cannot be settled by digest. If ${this.index.simpleUrl.href} is not this index's simple API, set index-url; a rerun compares digests again.`
                  : `${source} does not list ${info.filename} (not listed yet, after waiting), so the refusal cannot be settled by digest: `
                    + 'the index may hold these bytes under another name, or a file of that name it no longer lists. Rerun later; the rerun compares digests again.'),
          );
        }
        if (answer.status === 403 && this.credentials.refused()) {
          throw new RetryableUploadError(`403 ${answer.message} (trying once more with a freshly minted token)`, false, 0, 403);
        }
        throw new Permanent(`The index refused ${info.filename}: ${answer.status} ${answer.message}${hintFor(answer.status, this.credentials)}`);
      }, (err) => (err instanceof RetryableUploadError ? { retry: true, ...(err.retryAfterMs !== undefined ? { delayMs: err.retryAfterMs } : {}) } : { retry: false }),
      // A failed first file ends the release's other uploads, between attempts too.
      { ...UPLOAD_RETRY, what: `upload of ${info.filename}`, ...this.req.retry?.upload, ...(gate ? { signal: gate.closedSignal } : {}) }, this.log);
      this.update(info.filename, { status: outcome.status, seconds: spentMs / 1000, ...(outcome.url ? { url: outcome.url } : {}) });
    } catch (err) {
      if (err instanceof ReleaseNotCreated) {
        // The failure is the first file's, reported with it; the index has nothing of this one.
        this.log.info(`${info.filename}: ${err.message}.`);
        this.update(info.filename, { status: 'not-attempted', seconds: spentMs / 1000 });
        return;
      }
      const message = err instanceof UserError
        ? err.message
        : `${info.filename}: ${describeError(err)}${err instanceof RetryableUploadError ? ' (no attempt left within the retry limits)' : ''}`;
      // One ::error:: for the whole step comes at the end; this line keeps the order of events.
      this.log.info(`Failed: ${message}`);
      this.update(info.filename, { status: 'failed', seconds: spentMs / 1000, error: message });
      this.failure ??= err instanceof Error ? err : new Error(String(err));
    }
  }

  /** After "already exists": a listing may lag behind the upload API (PyPI's CDN); give it a moment. */
  private async awaitListing(p: PlannedFile): Promise<{ file?: IndexFile; source: string; projectMissing?: boolean }> {
    const { value } = await pollUntil<{ file?: IndexFile; source: string; projectMissing?: boolean }, { source: string; projectMissing?: boolean }>({
      deadline: Date.now() + Math.min(this.req.listingPatienceMs ?? 30_000, 30_000),
      backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 8000 }),
      atDeadline: 'stop',
      look: async () => {
        const seen = await this.lookup(p);
        return seen.file ? { done: true, value: seen } : { done: false, state: { source: seen.source, ...(seen.projectMissing ? { projectMissing: true } : {}) } };
      },
      onTimeout: ({ state }) => state,
    });
    return value;
  }
}

function hintFor(status: number, credentials: UploadCredentials): string {
  if (status !== 401 && status !== 403) return '';
  if (credentials.kind === 'token') return '\nCheck that the token is a current API token of this index (PyPI and TestPyPI have separate accounts) scoped to this project.';
  if (credentials.kind === 'password') return '\nCheck the user and password: that they are current for this index, and that the user may upload to this project.';
  return '\nThe minted token was refused: check that the trusted publisher is configured for this project on this index.';
}

/**
 * Every file published or skipped must be listed with its sha256; collects URLs. A listing that
 * lags behind the uploads (PyPI's CDN) is waited for a while.
 */
async function confirmListed(
  req: PublishRequest,
  index: IndexEndpoints,
  state: IndexState,
  planned: PlannedFile[],
  results: Map<string, FileResult>,
  sentSince: Map<string, number>,
  log: Logger,
): Promise<void> {
  const earlier: string[] = [];
  const patience = req.listingPatienceMs ?? 120_000;
  const deadline = Date.now() + patience;
  const groups = new Map<string, PlannedFile[]>();
  for (const p of planned) groups.set(releaseId(p.release), [...(groups.get(releaseId(p.release)) ?? []), p]);
  for (const group of groups.values()) {
    const { value: last } = await pollUntil<IndexRelease, IndexRelease>({
      deadline,
      backoff: exponentialBackoff({ firstMs: 1000, factor: 2, maxMs: 15_000 }),
      atDeadline: 'stop',
      look: async () => {
        const release = await state.release(group[0].release);
        const byName = new Map(release.files.map((f) => [f.filename, f]));
        let missing = 0;
        for (const p of group) {
          const remote = byName.get(p.info.filename);
          if (!remote) {
            missing++;
            continue;
          }
          if (remote.sha256 !== p.info.sha256) {
            throw new PublishFailed(`After the upload the index lists ${p.info.filename} with sha256 ${remote.sha256}, not the local ${p.info.sha256}. Investigate before releasing further.`);
          }
          if (remote.url) results.set(p.info.filename, { ...results.get(p.info.filename)!, url: remote.url });
        }
        return missing === 0 ? { done: true, value: release } : { done: false, state: release };
      },
      onTimeout: ({ state: seen }) => seen,
    });
    const unlisted = group.filter((p) => !last.files.some((f) => f.filename === p.info.filename)).map((p) => p.info.filename);
    const { project, version } = group[0].release;
    if (unlisted.length === 0) {
      log.info(`Verified: ${last.source} lists all ${group.length} file${group.length === 1 ? '' : 's'} of ${project} ${version} with the local sha256.`);
    } else {
      const why = index.name === 'custom'
        ? (last.projectMissing ? ` It answers 404 for the whole project: if ${index.simpleUrl.href} is not this index's simple API, set index-url.` : '')
        : ' PyPI serves its pages through a CDN, which can take minutes to catch up.';
      log.warning(`The index accepted the uploads, but after ${Math.round(patience / 1000)} s ${last.source} does not list ${unlisted.join(', ')} (not listed yet); their URLs are missing from the outputs.${why}`);
    }
    earlier.push(...await answeredForFilesThere(group, last, state, results, sentSince, log));
  }
  if (earlier.length > 0 && !req.skipExisting) {
    throw new UserError(
      `${earlier.join(', ')} ${earlier.length === 1 ? 'was' : 'were'} already on the index with the same sha256 before this run sent ${earlier.length === 1 ? 'it' : 'them'} `
        + "(the preflight read a stale listing), and skip-existing is false. Nothing on the index differs from the local files; "
        + 'rerun with skip-existing: true to accept byte-identical files already published.',
    );
  }
}

/**
 * PyPI answers an identical re-upload with 200, as it answers a new file: files this run counts as
 * uploaded whose upload time on the index is before this run first sent them were there already
 * (the preflight read a stale listing) and count as skipped. Without upload times (from the simple
 * page, or PyPI's JSON API) that cannot be told: the line says so, and the files stay uploaded, as
 * the listing read before the uploads did not show them.
 */
async function answeredForFilesThere(
  group: PlannedFile[],
  release: IndexRelease,
  state: IndexState,
  results: Map<string, FileResult>,
  sentSince: Map<string, number>,
  log: Logger,
): Promise<string[]> {
  const accepted = group.filter((p) => results.get(p.info.filename)!.status === 'uploaded' && sentSince.has(p.info.filename));
  const listed = accepted.map((p) => ({ p, remote: release.files.find((f) => f.filename === p.info.filename) })).filter((x) => x.remote);
  if (listed.length === 0) return [];
  const times = await state.fillUploadTimes(group[0].release, release);
  if (!times.known) {
    log.info(`${times.why}: a 200 answer cannot be told apart from one to a file that was already there, so ${listed.length} file${listed.length === 1 ? '' : 's'} answered 200 ${listed.length === 1 ? 'counts' : 'count'} as uploaded, as the listing read before the uploads did not show ${listed.length === 1 ? 'it' : 'them'}.`);
    return [];
  }
  const earlier: string[] = [];
  for (const { p, remote } of listed) {
    if (!wasThereBefore(remote!, sentSince.get(p.info.filename))) continue;
    log.info(`${p.info.filename} was already on the index (uploaded ${remote!.uploadTime!.toISOString()}, before this run sent it): its 200 answered an identical re-upload. Counted as skipped.`);
    results.set(p.info.filename, { ...results.get(p.info.filename)!, status: 'skipped' });
    earlier.push(p.info.filename);
  }
  return earlier;
}

/**
 * A file listed with an upload time clearly before this run first sent it. The margin covers the
 * Date header's whole seconds and the time the answer took to arrive.
 */
function wasThereBefore(remote: IndexFile, sentSince: number | undefined): boolean {
  return sentSince !== undefined && remote.uploadTime !== undefined && remote.uploadTime.getTime() < sentSince - 2000;
}

function resultOf(req: PublishRequest, index: IndexEndpoints, files: FileResult[], releases: { project: string; version: string; page: string }[], uploadSeconds: number, auth?: UploadCredentials['kind']): PublishResult {
  return { index, files, releases, manifest: manifestOf(req, files, releases), preflightOnly: req.preflightOnly, uploadSeconds, ...(auth ? { auth } : {}) };
}

function manifestOf(req: PublishRequest, files: FileResult[], releases: { project: string; version: string }[]): Manifest {
  const urls = new Map(files.filter((f) => f.url).map((f) => [f.filename, f.url!]));
  if (req.expectManifest) {
    const m = req.expectManifest.manifest;
    const attestations = new Map(files.filter((f) => f.attestation).map((f) => [f.filename, f.attestation!]));
    return {
      ...m,
      files: m.files.map((e) => ({
        ...e,
        ...(urls.has(e.filename) ? { url: urls.get(e.filename)! } : {}),
        ...(attestations.has(e.filename) ? { attestation: attestations.get(e.filename)! } : {}),
      })),
    };
  }
  const single = releases.length === 1 ? releases[0] : undefined;
  return {
    schema: 'python-release-actions/manifest',
    schemaVersion: 1,
    ...(single ? { project: single.project, version: single.version } : {}),
    createdAt: new Date().toISOString(),
    // A file that could not be read has no digests, and a manifest entry is its digests.
    files: files
      .filter(wasRead)
      .map((f) => ({
        filename: f.filename,
        size: f.size,
        sha256: f.sha256,
        ...(urls.has(f.filename) ? { url: urls.get(f.filename)! } : {}),
        ...(f.attestation ? { attestation: f.attestation } : {}),
      }))
      .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0)),
  };
}

