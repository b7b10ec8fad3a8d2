/**
 * Putting one planned asset on a release, without ever leaving the release
 * without the file while it is being replaced.
 *
 * A replacement is uploaded under a stand-in name first; only once GitHub
 * holds all of its bytes is the old asset deleted and the stand-in renamed to
 * the real name. Deleting first (the obvious order) would leave a published
 * release without the file for as long as the upload takes, and for good when
 * it fails. The gap that remains is one DELETE and one PATCH.
 *
 * A run that stops half-way leaves a stand-in behind. Its name says which
 * asset it stands in for, so the next run recognises it: one holding exactly
 * the bytes being uploaded is used (renamed into place, not uploaded again),
 * any other is deleted.
 */
import type { Logger } from '../../log.js';
import type { GitHub } from '../../github/client.js';
import { gitHubFailure, isAlreadyExists, onGitHub } from '../../github/errors.js';
import type { RepoRef } from '../../github/git.js';
import { deleteAsset, findAsset, listAssets, type Release, type ReleaseAsset } from '../../github/releases.js';
import { UserError } from '../../errors.js';
import { sameBytes, type AssetPlan, type LocalAsset } from './assets.js';
import { standInName } from './stand-in.js';
import { uploadWithRetry, type UploadTuning } from './upload-asset.js';

export interface AssetOutcome {
  name: string;
  size: number;
  sha256: string;
  action: 'uploaded' | 'replaced' | 'skipped';
  url?: string;
}

export interface PutAssetContext {
  gh: GitHub;
  repo: RepoRef;
  release: Release;
  /** The release's assets when the plan was made. */
  assets: ReleaseAsset[];
  overwrite: boolean;
  log: Logger;
  tuning: UploadTuning;
}

function outcome(local: LocalAsset, action: AssetOutcome['action'], asset?: ReleaseAsset): AssetOutcome {
  return { name: local.name, size: local.size, sha256: local.sha256, action, url: asset?.browser_download_url };
}

function stateOf(asset: ReleaseAsset): string {
  return `state ${asset.state}, ${asset.size} bytes`;
}

export async function putAsset(ctx: PutAssetContext, plan: AssetPlan): Promise<AssetOutcome> {
  const { gh, repo, release, log } = ctx;
  const { local } = plan;
  const standIn = ctx.assets.find((a) => a.name === standInName(local.name));
  if (plan.action === 'replace' && plan.existing) {
    log.info(`${local.name}: ${plan.reason}`);
    return outcome(local, 'replaced', await replace(ctx, plan.existing, local, standIn));
  }
  if (plan.action === 'upload' && standIn && sameBytes(standIn, local)) {
    // An earlier run deleted the old asset and stopped before renaming its replacement.
    log.info(`${local.name}: finishing the replacement an interrupted run left as ${standIn.name} (same sha256)`);
    return outcome(local, 'replaced', await renameIntoPlace(ctx, standIn, local));
  }
  // Nothing else needs a stand-in: it would only stay on the release.
  if (standIn) await discardStandIn(ctx, standIn, local);
  if (plan.action === 'skip') {
    log.info(`${local.name}: already on the release with the same sha256, skipped`);
    return outcome(local, 'skipped', plan.existing);
  }
  const kept = release.draft ? 'the draft is kept' : 'the assets already on the release are kept';
  return outcome(local, 'uploaded', await uploadWithRetry(gh, repo, release, local, { overwrite: ctx.overwrite, kept }, log, ctx.tuning));
}

async function discardStandIn(ctx: PutAssetContext, standIn: ReleaseAsset, local: LocalAsset): Promise<void> {
  ctx.log.info(`${local.name}: deleting ${standIn.name}, left by an interrupted replacement (${stateOf(standIn)})`);
  await onGitHub(`delete the asset ${standIn.name}`, () => deleteAsset(ctx.gh, ctx.repo, standIn.id));
}

/** New bytes under the stand-in name, then the old asset deleted, then the stand-in renamed. */
async function replace(ctx: PutAssetContext, old: ReleaseAsset, local: LocalAsset, leftover: ReleaseAsset | undefined): Promise<ReleaseAsset> {
  const { gh, repo, release, log } = ctx;
  const name = standInName(local.name);
  let standIn: ReleaseAsset;
  if (leftover && sameBytes(leftover, local)) {
    log.info(`${local.name}: using ${name}, which an interrupted run already uploaded with the same sha256`);
    standIn = leftover;
  } else {
    if (leftover) await discardStandIn(ctx, leftover, local);
    // The stand-in name is this suite's own: whatever holds it may be replaced.
    standIn = await uploadWithRetry(gh, repo, release, { ...local, name }, { overwrite: true, kept: `the release still has the old ${local.name}` }, log, ctx.tuning);
  }
  try {
    await deleteAsset(gh, repo, old.id);
  } catch (err) {
    throw failedStep(err, `delete the old ${local.name} (asset ${old.id})`, `The release still has the old ${local.name}; the new bytes wait as ${name}.`);
  }
  return renameIntoPlace(ctx, standIn, local);
}

async function renameIntoPlace(ctx: PutAssetContext, standIn: ReleaseAsset, local: LocalAsset): Promise<ReleaseAsset> {
  const { gh, repo, release, log } = ctx;
  try {
    const { data } = await gh.rest.repos.updateReleaseAsset({ ...repo, asset_id: standIn.id, name: local.name });
    log.info(`${local.name}: replaced (${local.size} bytes, sha256 ${local.sha256})`);
    if (data.name !== local.name) log.warning(`GitHub stored ${local.name} under the name ${data.name}.`);
    return data;
  } catch (err) {
    if (isAlreadyExists(err)) {
      // Another run put the name on the release between the delete and the rename.
      const have = findAsset(await onGitHub(`list the assets of release ${release.id}`, () => listAssets(gh, repo, release.id)), local.name);
      if (have && sameBytes(have, local)) {
        log.info(`${local.name}: another run put the same bytes in place meanwhile; deleting ${standIn.name}`);
        await onGitHub(`delete the asset ${standIn.name}`, () => deleteAsset(gh, repo, standIn.id));
        return have;
      }
      throw new UserError(
        `Another upload put a different ${local.name} on release ${release.id} while it was being replaced; the new bytes wait as ${standIn.name}. ` +
          'Run the step again (with overwrite-assets: true) to finish the replacement.',
      );
    }
    throw failedStep(err, `rename ${standIn.name} to ${local.name} on release ${release.id}`, `The new bytes are on the release as ${standIn.name}.`);
  }
}

/** GitHub's refusal, with where the replacement stands and that a rerun finishes it. */
function failedStep(err: unknown, doing: string, state: string): unknown {
  const failure = gitHubFailure(err, doing);
  if (!(failure instanceof UserError) || failure === err) return failure;
  return new UserError(`${failure.message} ${state} Run the step again to finish the replacement.`);
}
