/**
 * ArtifactBackend and ArtifactUploader. The artifacts of the current job's
 * run are written with `@actions/artifact` (v6, ESM), which speaks the Actions
 * results service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN: only inside a
 * workflow run; it refuses GitHub Enterprise Server); they are read through
 * results-service.ts and this suite's downloader, which bound what the
 * library does not (a deadline, the zip's listed size, resumption). Another
 * run's artifact comes from the public REST API at GITHUB_API_URL through
 * this suite's own GitHub client and downloader: the run's artifacts are
 * listed (bounded, like every listing), and the `/zip` redirect to storage
 * is followed without the token, streamed and resumable, at most
 * max-total-size.
 *
 * This is the one module under src/sources that pulls in @actions/core (the
 * library logs through it); callers load it with a dynamic import, only when
 * an artifact is used.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient, ArtifactNotFoundError, GHESNotSupportedError } from '@actions/artifact';
import { UserError } from '../errors.js';
import { createGitHubClient, type GitHub } from '../github/client.js';
import { boundedPages } from '../github/paginate.js';
import type { Logger } from '../log.js';
import type { ArtifactBackend, ArtifactRef, ArtifactUploader } from './artifact.js';
import { downloadFile, type DownloadOptions } from './http-download.js';
import { ResultsService, type ListedArtifact, type ResultsServiceOptions } from './results-service.js';

export interface ToolkitArtifactOptions {
  /** Another run's id; undefined for the current run. */
  runId?: number;
  repository: { owner: string; repo: string };
  token: string;
  /** GITHUB_SERVER_URL, for the artifact's web URL. */
  serverUrl: string;
  /** GITHUB_RUN_ID, for the web URL of this run's artifacts. */
  currentRunId?: string;
  /** The results service of this run; default from ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN. Tests shorten its bounds. */
  results?: Partial<ResultsServiceOptions>;
  /** Tests shorten the zip download's bounds. */
  download?: Partial<Omit<DownloadOptions, 'log'>>;
}

function status(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

function explain(err: unknown, doing: string, opts: ToolkitArtifactOptions): unknown {
  if (err instanceof UserError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const repo = `${opts.repository.owner}/${opts.repository.repo}`;
  if (err instanceof GHESNotSupportedError) {
    return new UserError(`Could not ${doing}: @actions/artifact v2+ does not support GitHub Enterprise Server. Download the artifact with actions/download-artifact@v3 and give its directory as source.`);
  }
  if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)) {
    return new UserError(
      `Could not ${doing}: artifacts of this run are read through the Actions results service, which is only there inside a GitHub Actions job ` +
        `(${message}). Outside a job, give run-id (and repository) to read an artifact of another run through the REST API.`,
    );
  }
  const s = status(err) ?? status((err as { cause?: unknown } | null)?.cause);
  const inMessage = /\b(401|403|404|410)\b/.exec(message);
  const code = s ?? (inMessage ? Number(inMessage[1]) : undefined);
  if (code === 401) return new UserError(`Could not ${doing}: 401, the token was refused (missing, expired or revoked).`);
  if (code === 403) return new UserError(`Could not ${doing}: 403. The token needs actions: read on ${repo} (a token of another repository needs it there).`);
  if (code === 404) return new UserError(`Could not ${doing}: 404. Check repository (${repo}) and run-id${opts.runId ? ` (${opts.runId})` : ''}, and that the token can see them.`);
  if (code === 410) return new UserError(`Could not ${doing}: the artifact has expired (410). Re-run the job that builds it, or raise its retention.`);
  return new UserError(`Could not ${doing}: ${message}`);
}

/** A run has a few dozen artifacts at most; 10 pages of 100 of one name is not a real run. */
const MAX_ARTIFACT_PAGES = 10;

export class ToolkitArtifactBackend implements ArtifactBackend {
  private gh?: GitHub;
  private service?: ResultsService;
  /** What the results service listed, by id: its backend ids are needed for the download. */
  private readonly listed = new Map<number, ListedArtifact>();

  constructor(private readonly opts: ToolkitArtifactOptions) {}

  private results(log: Logger): ResultsService {
    const url = this.opts.results?.url ?? process.env.ACTIONS_RESULTS_URL;
    const token = this.opts.results?.token ?? process.env.ACTIONS_RUNTIME_TOKEN;
    if (!url || !token) {
      throw new UserError(
        'Artifacts of this run are read through the Actions results service, which is only there inside a GitHub Actions job '
          + '(ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set). Outside a job, give run-id (and repository) to read an artifact of another run through the REST API.',
      );
    }
    this.service ??= new ResultsService({ ...this.opts.results, url, token, log });
    return this.service;
  }

  private github(log: Logger): GitHub {
    this.gh ??= createGitHubClient({ token: this.opts.token, log });
    return this.gh;
  }

  where(): string {
    const repo = `${this.opts.repository.owner}/${this.opts.repository.repo}`;
    return this.opts.runId === undefined ? 'this workflow run' : `run ${this.opts.runId} of ${repo}`;
  }

  async find(name: string, log: Logger): Promise<ArtifactRef | undefined> {
    try {
      if (this.opts.runId === undefined) {
        // The newest, as @actions/artifact's getArtifact takes it.
        const [artifact] = await this.results(log).list(name);
        if (!artifact) return undefined;
        this.listed.set(artifact.id, artifact);
        return { id: artifact.id, name: artifact.name, size: artifact.size, ...(artifact.digest ? { digest: artifact.digest } : {}) };
      }
      return await this.findInRun(this.opts.runId, name, log);
    } catch (err) {
      if (err instanceof ArtifactNotFoundError) return undefined;
      throw explain(err, `look up artifact ${name} of ${this.where()}`, this.opts);
    }
  }

  /** The newest artifact of the name in another run (a re-run attempt may have uploaded it again). */
  private async findInRun(runId: number, name: string, log: Logger): Promise<ArtifactRef | undefined> {
    const gh = this.github(log);
    const { owner, repo } = this.opts.repository;
    let newest: ArtifactRef | undefined;
    const pages = boundedPages(
      (signal) => gh.paginate.iterator(gh.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id: runId, name, per_page: 100, request: { signal } }),
      { what: `the artifacts named ${name} of ${this.where()}`, maxPages: MAX_ARTIFACT_PAGES },
    );
    for await (const page of pages) {
      for (const a of page.data) {
        if (a.name !== name || (newest && newest.id > a.id)) continue;
        newest = { id: a.id, name: a.name, size: a.size_in_bytes, ...(a.digest ? { digest: a.digest } : {}) };
      }
    }
    return newest;
  }

  async downloadZip(ref: ArtifactRef, dir: string, log: Logger, maxBytes: number): Promise<string> {
    try {
      if (this.opts.runId === undefined) {
        const listed = this.listed.get(ref.id);
        if (!listed) throw new Error(`artifact ${ref.id} was not listed by this backend`);
        const url = await this.results(log).signedUrl(listed);
        // The zip is read afterwards (names checked, members hashed) and its sha256 held to the digest (artifact.ts).
        await downloadFile(url, join(dir, `artifact-${ref.id}.zip`), {
          log,
          ...(ref.size > 0 ? { expectedSize: ref.size } : { maxBytes }),
          ...this.opts.download,
        });
      } else {
        // GitHub answers with a redirect to short-lived signed storage, fetched without the token.
        const gh = this.github(log);
        const { owner, repo } = this.opts.repository;
        const { headers } = await gh.rest.actions.downloadArtifact({ owner, repo, artifact_id: ref.id, archive_format: 'zip', request: { redirect: 'manual' } });
        const location = headers.location;
        if (!location) throw new UserError(`GitHub did not say where the zip of artifact ${ref.name} of ${this.where()} is (no redirect); re-run.`);
        await downloadFile(location, join(dir, `artifact-${ref.id}.zip`), { log, maxBytes });
      }
    } catch (err) {
      throw explain(err, `download artifact ${ref.name} of ${this.where()}`, this.opts);
    }
    const names = await readdir(dir);
    if (names.length !== 1) {
      throw new UserError(`Downloading artifact ${ref.name} of ${this.where()} left ${names.length} files instead of its zip; re-run.`);
    }
    return join(dir, names[0]!);
  }

  webUrl(ref: ArtifactRef): string {
    const { owner, repo } = this.opts.repository;
    const run = this.opts.runId ?? this.opts.currentRunId ?? '0';
    return `${this.opts.serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/actions/runs/${run}/artifacts/${ref.id}`;
  }
}

/** The part of the toolkit's client an upload uses; tests give their own. */
export type ArtifactUploadClient = Pick<DefaultArtifactClient, 'uploadArtifact' | 'deleteArtifact'>;

const RUNTIME_MISSING = /ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/;
/** The results service refusing a name already taken in the run: "(409) Conflict: an artifact with this name already exists on the workflow run". */
const NAME_TAKEN = /\(409\)|artifact with this name already exists/i;

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function runtimeMissing(name: string, message: string): UserError {
  return new UserError(`Could not upload artifact ${name}: uploading needs the Actions results service, only there inside a GitHub Actions job (${message}).`);
}

function ghesUnsupported(name: string): UserError {
  return new UserError(
    `Could not upload artifact ${name}: @actions/artifact v2+ does not support GitHub Enterprise Server. Remove upload-artifact and upload the dest directory with actions/upload-artifact@v3.`,
  );
}

/**
 * Uploads to the current workflow run. An artifact name can be used once per
 * run, and a re-run job is the same run: the artifact its failed attempt
 * uploaded is still there, and the service refuses the name (409) on every
 * later attempt. So, like actions/upload-artifact with `overwrite: true`, an
 * artifact of the same name in this run is deleted first.
 */
export class ToolkitArtifactUploader implements ArtifactUploader {
  constructor(private readonly client: ArtifactUploadClient = new DefaultArtifactClient()) {}

  async upload(name: string, files: string[], rootDirectory: string, log: Logger): Promise<{ id?: number; size?: number; digest?: string }> {
    const deleteFailure = await this.deleteEarlier(name, log);
    try {
      const res = await this.client.uploadArtifact(name, files, rootDirectory, {});
      log.info(`Uploaded artifact ${name} (id ${res.id ?? '?'}, ${res.size ?? '?'} bytes${res.digest ? `, sha256 ${res.digest}` : ''})`);
      return res;
    } catch (err) {
      const message = messageOf(err);
      if (RUNTIME_MISSING.test(message)) throw runtimeMissing(name, message);
      if (err instanceof GHESNotSupportedError) throw ghesUnsupported(name);
      if (NAME_TAKEN.test(message)) {
        throw new UserError(
          deleteFailure
            ? `Could not upload artifact ${name}: this workflow run already has an artifact of that name, and deleting it failed (${deleteFailure}). ` +
                `Re-run the job; if this keeps happening, delete the artifact on the run's page or give upload-artifact another name. The wheels and manifest are in ${rootDirectory}.`
            : `Could not upload artifact ${name}: another job of this workflow run uploaded an artifact of that name while this step ran (${message}). ` +
                `Give upload-artifact a name no other job of the workflow uses. The wheels and manifest are in ${rootDirectory}.`,
        );
      }
      throw new UserError(
        `Could not upload artifact ${name}: ${message}. The wheels and manifest are in ${rootDirectory}; re-run the job to upload them ` +
          '(the next attempt replaces an artifact of this name that this one left).',
      );
    }
  }

  /** Deletes an artifact of this name in this run; returns why that failed, when it did (the upload then says so). */
  private async deleteEarlier(name: string, log: Logger): Promise<string | undefined> {
    try {
      const { id } = await this.client.deleteArtifact(name);
      log.info(
        `Deleted artifact ${name} (id ${id}), which this workflow run already had (from an earlier attempt of this job, or another job): ` +
          'an artifact name can be used once per run, and this upload replaces it.',
      );
      return undefined;
    } catch (err) {
      if (err instanceof ArtifactNotFoundError) return undefined;
      const message = messageOf(err);
      if (RUNTIME_MISSING.test(message)) throw runtimeMissing(name, message);
      if (err instanceof GHESNotSupportedError) throw ghesUnsupported(name);
      log.warning(`Could not delete an earlier artifact ${name} of this workflow run (${message}); uploading anyway.`);
      return message;
    }
  }
}
