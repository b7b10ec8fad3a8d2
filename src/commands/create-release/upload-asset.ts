/**
 * One release asset uploaded, with retries: each attempt streams the file
 * afresh, and an attempt after a failure first looks at what the failed one
 * left on the release (the asset may have landed after all, or be half there).
 */
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { GitHub } from '../../github/client.js';
import { gitHubFailure, httpStatus, isAlreadyExists } from '../../github/errors.js';
import type { RepoRef } from '../../github/git.js';
import { deleteAsset, findAsset, listAssets, uploadAssetOnce, type Release, type ReleaseAsset } from '../../github/releases.js';
import { isRetryableStatus, isTransientNetworkError, parseRetryAfter, TransientError, withRetry, type RetryDecision, type RetryOptions } from '../../http/index.js';
import { assetSha256, sameBytes, type LocalAsset } from './assets.js';

export const DEFAULT_UPLOAD_RETRY: RetryOptions = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

/** Knobs for tests; production uses the defaults. */
export interface UploadTuning {
  sleep?: (ms: number) => Promise<void>;
  uploadRetry?: Partial<RetryOptions>;
}

export interface UploadOptions {
  /** An asset of the name with other bytes may be deleted and uploaded again (false: it is a conflict). */
  overwrite: boolean;
  /** What is left as it was when every attempt fails, for the error ("the draft is kept"). */
  kept: string;
}

/** Retry an upload after passing trouble: dropped connections, 408/429/5xx, a name that appeared mid-way. */
function uploadRetryDecision(err: unknown): RetryDecision {
  if (err instanceof UserError) return { retry: false };
  if (err instanceof TransientError || isTransientNetworkError(err)) return { retry: true };
  const status = httpStatus(err);
  if (status !== undefined) {
    const headers = (err as { response?: { headers?: Record<string, string> } }).response?.headers;
    return isRetryableStatus(status) ? { retry: true, delayMs: parseRetryAfter(headers?.['retry-after']) } : { retry: false };
  }
  return { retry: false };
}

/** Uploads `local` under `local.name`; returns the asset as GitHub reports it. */
export async function uploadWithRetry(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  local: LocalAsset,
  options: UploadOptions,
  log: Logger,
  tuning: UploadTuning,
): Promise<ReleaseAsset> {
  const { overwrite, kept } = options;
  const opts: RetryOptions = { ...DEFAULT_UPLOAD_RETRY, ...tuning.uploadRetry, what: `upload ${local.name}` };
  if (tuning.sleep && !opts.sleep) opts.sleep = tuning.sleep;
  const conflict = (have: ReleaseAsset) =>
    new UserError(
      `Another upload put a different ${local.name} on release ${release.id} while this step ran (sha256 ${assetSha256(have) ?? 'unknown'}, ` +
        `local ${local.sha256}). Set overwrite-assets: true to replace it.`,
    );
  try {
    return await withRetry(
      async (attempt) => {
        if (attempt > 1) {
          // The failed attempt may have landed after all, or left an incomplete asset behind.
          const have = findAsset(await listAssets(gh, repo, release.id), local.name);
          if (have && sameBytes(have, local)) return have;
          if (have && have.state === 'uploaded' && !overwrite) throw conflict(have);
          if (have) {
            log.info(`${local.name}: removing what the failed attempt left (state ${have.state}, ${have.size} bytes)`);
            await deleteAsset(gh, repo, have.id);
          }
        }
        try {
          const asset = await uploadAssetOnce(gh, release, local);
          log.info(`${local.name}: uploaded (${local.size} bytes, sha256 ${local.sha256})`);
          if (asset.name !== local.name) log.warning(`GitHub stored ${local.name} under the name ${asset.name}.`);
          return asset;
        } catch (err) {
          if (!isAlreadyExists(err)) throw err;
          // Another run uploaded this name meanwhile.
          const have = findAsset(await listAssets(gh, repo, release.id), local.name);
          if (have && sameBytes(have, local)) {
            log.info(`${local.name}: another run uploaded the same bytes meanwhile, skipped`);
            return have;
          }
          if (have && have.state === 'uploaded' && !overwrite) throw conflict(have);
          throw new TransientError(`an asset named ${local.name} appeared on the release during the upload`, { cause: err });
        }
      },
      uploadRetryDecision,
      opts,
      log,
    );
  } catch (err) {
    if (err instanceof TransientError) throw new UserError(`Could not upload ${local.name}: ${err.message}. Run the step again; ${kept}.`);
    if (isTransientNetworkError(err) && httpStatus(err) === undefined) {
      throw new UserError(`Could not upload ${local.name}: the connection failed ${opts.maxAttempts} times (${(err as Error).message}). Run the step again; ${kept}.`);
    }
    const failure = gitHubFailure(err, `upload ${local.name} to release ${release.id}`);
    if (failure instanceof UserError && failure !== err) throw new UserError(`${failure.message} ${kept[0]!.toUpperCase()}${kept.slice(1)}.`);
    throw failure;
  }
}
