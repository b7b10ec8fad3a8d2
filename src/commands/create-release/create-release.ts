/**
 * create-release: the one GitHub release of a tag, at an exact commit.
 *
 * Order of work, so that a refusal never leaves anything half-made:
 *   1. read and check everything (local files, commit, tag, existing release,
 *      previous tag, required checks, generated notes, asset conflicts);
 *   2. create the draft (or reuse the one there is), converging with any run
 *      that raced us to the same tag;
 *   3. upload the assets that are missing, with retries (a replaced asset
 *      stays on the release until its replacement is complete: put-asset.ts);
 *   4. publish, when asked, once every expected asset is on the release and
 *      the tag (if it already exists) still points at the commit.
 * A tag is never created or moved directly: GitHub creates it at the commit
 * when the draft is published.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UserError } from '../../errors.js';
import { holdsSecret } from '../../text/secrets.js';
import type { Logger } from '../../log.js';
import { requireChecks, type CheckResult } from '../../github/checks.js';
import type { GitHub } from '../../github/client.js';
import { describeGitHubError, gitHubFailure, httpStatus, isAlreadyExists, onGitHub } from '../../github/errors.js';
import { commitExists, listTagNames, repoName, tagCommit, type RepoRef } from '../../github/git.js';
import {
  canonicalRelease,
  createDraftRelease,
  deleteRelease,
  findAsset,
  findReleasesForTag,
  getRelease,
  listAssets,
  updateRelease,
  type Release,
  type ReleaseAsset,
  type ReleaseFields,
} from '../../github/releases.js';
import { assetSha256, planAssets, resolveAssets } from './assets.js';
import { changelogFormat, changelogVersions, extractChangelogSection } from './changelog.js';
import { combineNotes, GITHUB_BODY_LIMIT, type NotesPart } from './notes.js';
import { putAsset, type AssetOutcome } from './put-asset.js';
import { isStandInName, standInName } from './stand-in.js';
import type { UploadTuning } from './upload-asset.js';
import { higherFinalTag, isPrerelease, previousVersionTag, releaseVersion } from './version-tags.js';

export interface ReleaseRequest {
  repo: RepoRef;
  commitSha: string;
  tag: string;
  version?: string;
  name?: string;
  notes?: string;
  notesFile?: string;
  changelog?: string;
  generateNotes: boolean;
  previousTag?: string;
  /** Keep the release a draft unless `publish` (false: publish in this run). */
  draft: boolean;
  publish: boolean;
  prerelease: 'true' | 'false' | 'auto';
  makeLatest: 'true' | 'false' | 'legacy' | 'auto';
  /** Globs, relative to assetsDir; `!` excludes. */
  assets: string[];
  assetsDir: string;
  overwriteAssets: boolean;
  requireChecks: string[];
  checksTimeoutSeconds: number;
}

/** Knobs for tests; production uses the defaults. */
export interface ReleaseTuning extends UploadTuning {
  checksPollSeconds?: number;
  maxReleasePages?: number;
}

export type { AssetOutcome } from './put-asset.js';
export { DEFAULT_UPLOAD_RETRY } from './upload-asset.js';

export interface ReleaseOutcome {
  release: Release;
  /** This run created the release (false: an existing one was reused). */
  created: boolean;
  /** This run published the release. */
  publishedNow: boolean;
  prerelease: boolean;
  /** make_latest as sent when publishing (undefined when not published in this run). */
  makeLatest?: 'true' | 'false' | 'legacy';
  notes: { parts: Pick<NotesPart, 'source' | 'origin'>[]; cut: number; changed: boolean };
  previousTag?: string;
  assets: AssetOutcome[];
  /** Every asset on the release at the end, this run's and earlier ones. */
  releaseAssets: ReleaseAsset[];
  checks: CheckResult[];
}

function conflictError(tag: string, conflicts: string[]): UserError {
  return new UserError(
    `The release ${tag} already has assets of the same name with other bytes: ${conflicts.join('; ')}. ` +
      'Set overwrite-assets: true to replace them (not possible once an immutable release is published), ' +
      'or check why the files differ. Nothing was uploaded.',
  );
}

export async function createRelease(gh: GitHub, req: ReleaseRequest, log: Logger, tuning: ReleaseTuning = {}): Promise<ReleaseOutcome> {
  const { repo, commitSha: sha, tag } = req;
  const where = repoName(repo);
  const version = releaseVersion(tag, req.version);
  const prerelease = req.prerelease === 'auto' ? (version ? isPrerelease(version) : false) : req.prerelease === 'true';
  const wantPublish = req.publish || !req.draft;

  // ---------------------------------------------------------------- 1. check everything
  const parts: NotesPart[] = [];
  if (req.notes) parts.push({ source: 'notes', origin: 'the notes input', text: req.notes });
  if (req.notesFile) parts.push({ source: 'notes-file', origin: basename(req.notesFile), text: await readFile(req.notesFile, 'utf8') });
  if (req.changelog) {
    if (!version) {
      throw new UserError(`Input 'changelog' needs to know the version: give version, or a tag that contains it (the tag ${tag} does not).`);
    }
    const text = await readFile(req.changelog, 'utf8');
    const format = changelogFormat(req.changelog, text);
    const section = extractChangelogSection(text, version, format);
    if (!section) {
      const found = changelogVersions(text, format);
      throw new UserError(
        `Input 'changelog': ${basename(req.changelog)} has no section for version ${version}` +
          (found.length > 0 ? ` (it has sections for ${found.slice(0, 8).join(', ')}${found.length > 8 ? ', …' : ''})` : ' (no version headings were found)') +
          `. Add a heading such as "## [${version}] - YYYY-MM-DD" (Markdown) or "${version}" underlined with "=" (reStructuredText). Nothing was changed.`,
      );
    }
    if (section.body.trim() === '') log.warning(`The section for ${version} in ${basename(req.changelog)} is empty.`);
    parts.push({ source: 'changelog', origin: `${basename(req.changelog)} § ${section.heading}`, text: section.body });
  }
  // The notes are published. Text holding a secret of this run (a pasted token, a file that is the
  // runner's environment) is refused, not scrubbed: the notes would not be what was written.
  for (const part of parts) {
    if (holdsSecret(part.text)) {
      throw new UserError(`${part.origin === 'the notes input' ? 'The notes input' : part.origin} holds a secret of this run (a token or password the step was given), which the release notes would publish. Remove it. Nothing was changed.`);
    }
  }
  const locals = await resolveAssets(req.assets, req.assetsDir);
  if (prerelease && req.makeLatest === 'true') {
    throw new UserError(`Input 'make-latest' is true, but ${tag} is a pre-release, and GitHub never marks a pre-release as latest. Use make-latest: auto or false, or prerelease: false.`);
  }

  if (!(await onGitHub(`look up commit ${sha} in ${where}`, () => commitExists(gh, repo, sha)))) {
    throw new UserError(`Commit ${sha} does not exist in ${where}. Give the full SHA of a commit pushed to this repository (commit-sha). Nothing was changed.`);
  }
  const tagAt = await onGitHub(`look up the tag ${tag} in ${where}`, () => tagCommit(gh, repo, tag));
  if (tagAt !== undefined && tagAt !== sha) {
    throw new UserError(
      `The tag ${tag} already points at commit ${tagAt}, not at ${sha}. A tag is never moved: release a new version, ` +
        `or, if the tag was made by mistake and nothing was published from it, delete it yourself and run again. Nothing was changed.`,
    );
  }
  const listed = await onGitHub(`list the releases of ${where}`, () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages));
  const existing = canonicalRelease(listed);
  const found = existing ? await removeOurExtraDrafts(gh, repo, listed, existing, req, log) : listed;
  if (found.length > 1) {
    log.warning(`${found.length} releases exist for ${tag} (ids ${found.map((r) => r.id).join(', ')}); using ${existing!.id} and leaving the others alone (this suite did not create them for this commit).`);
  }
  if (existing) log.info(`Found the ${existing.draft ? 'draft' : 'published'} release ${existing.id} for ${tag}: it is updated, not duplicated.`);

  let tagNames: string[] | undefined;
  const allTags = async () => (tagNames ??= await listTagNames(gh, repo));
  let previousTag: string | undefined;
  if (req.previousTag) {
    const prevAt = await onGitHub(`look up the tag ${req.previousTag}`, () => tagCommit(gh, repo, req.previousTag!));
    if (prevAt === undefined) {
      throw new UserError(`Input 'previous-tag': the tag ${req.previousTag} does not exist in ${where}. Give an existing tag, or leave it empty to use the highest earlier version tag.`);
    }
    previousTag = req.previousTag;
    if (!req.generateNotes) log.warning(`previous-tag is only used with generate-notes: true; it is ignored.`);
  } else if (req.generateNotes && version) {
    previousTag = previousVersionTag(await allTags(), tag, version)?.tag;
    log.info(
      previousTag
        ? `Generated notes start at ${previousTag}, the highest earlier ${isPrerelease(version) ? 'version' : 'final release'} in PEP 440 order.`
        : `No earlier version tag was found; GitHub chooses where the generated notes start.`,
    );
  }

  let makeLatest: 'true' | 'false' | 'legacy' | undefined;
  if (wantPublish && (!existing || existing.draft)) {
    if (req.makeLatest !== 'auto') makeLatest = req.makeLatest;
    else if (prerelease) makeLatest = 'false';
    else if (version) {
      const higher = higherFinalTag(await allTags(), tag, version);
      makeLatest = higher ? 'false' : 'true';
      if (higher) log.info(`${tag} is not marked latest: ${higher.tag} is a higher version.`);
    } else makeLatest = 'legacy';
  }

  const checks = await requireChecks(gh, repo, sha, req.requireChecks, log, {
    timeoutSeconds: req.checksTimeoutSeconds,
    pollSeconds: tuning.checksPollSeconds,
    sleep: tuning.sleep,
  });

  if (req.generateNotes) {
    const { data } = await onGitHub(`generate release notes for ${tag}`, () =>
      gh.rest.repos.generateReleaseNotes({ ...repo, tag_name: tag, target_commitish: sha, ...(previousTag ? { previous_tag_name: previousTag } : {}) }),
    );
    parts.push({ source: 'generate-notes', origin: previousTag ? `changes since ${previousTag}` : 'changes since the previous release GitHub chose', text: data.body });
  }
  const combined = parts.length > 0 ? combineNotes(parts) : undefined;
  if (combined && combined.cut > 0) {
    log.warning(`The release notes were cut by ${combined.cut} characters to fit GitHub's limit of ${GITHUB_BODY_LIMIT} characters.`);
  }

  if (existing) {
    const have = await onGitHub(`list the assets of release ${existing.id}`, () => listAssets(gh, repo, existing.id));
    const { plans, conflicts } = planAssets(locals, have, req.overwriteAssets);
    if (conflicts.length > 0) throw conflictError(tag, conflicts);
    const changing = plans.filter((p) => p.action !== 'skip');
    if (!existing.draft && existing.immutable && changing.length > 0) {
      throw new UserError(
        `The release ${tag} is published and immutable, so its assets can no longer change (${changing.map((p) => p.local.name).join(', ')}). ` +
          'Release a new version instead. Nothing was changed.',
      );
    }
  }

  // ---------------------------------------------------------------- 2. the draft
  const name = req.name ?? (existing?.name || tag);
  let release: Release;
  let created = false;
  if (existing) {
    release = existing;
  } else {
    ({ release, created } = await createConverged(gh, req, { name, prerelease }, log, tuning));
  }
  const fields: ReleaseFields = {};
  if (release.name !== name) fields.name = name;
  if (combined && (release.body ?? '') !== combined.body) fields.body = combined.body;
  // The draft's marker (see createConverged) goes once the draft is in use, notes or not.
  else if (!combined && (release.body ?? '').includes(draftMarker(tag, sha))) fields.body = (release.body ?? '').replace(draftMarker(tag, sha), '').trim();
  if (release.prerelease !== prerelease) fields.prerelease = prerelease;
  // A draft has no tag yet: its commit can still be set. A published release's tag is fixed.
  if (release.draft && release.target_commitish !== sha) {
    fields.target_commitish = sha;
    if (!created && existing) log.warning(`The draft ${release.id} pointed at ${release.target_commitish}; it now points at ${sha}.`);
  }
  const notesChanged = created || fields.body !== undefined;
  if (Object.keys(fields).length > 0) {
    log.info(`Updating release ${release.id}: ${Object.keys(fields).join(', ')}`);
    const id = release.id;
    release = await onGitHub(`update release ${id}`, () => updateRelease(gh, repo, id, fields));
  }

  // ---------------------------------------------------------------- 3. assets
  const releaseId = release.id;
  const before = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
  // Planned again: a run racing us may have uploaded since the check above.
  const { plans, conflicts } = planAssets(locals, before, req.overwriteAssets);
  if (conflicts.length > 0) throw conflictError(tag, conflicts);
  const outcomes: AssetOutcome[] = [];
  const putting = { gh, repo, release, assets: before, overwrite: req.overwriteAssets, log, tuning };
  for (const plan of plans) outcomes.push(await putAsset(putting, plan));

  const after = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
  // Stand-ins of this run's assets were used or deleted above; others belong to assets this run does not upload.
  const ours = new Set(locals.map((l) => standInName(l.name)));
  const strays = after.filter((a) => isStandInName(a.name) && !ours.has(a.name));
  if (strays.length > 0) {
    log.warning(
      `Release ${releaseId} holds ${strays.map((a) => a.name).join(', ')}, left by an interrupted replacement of an asset this run does not upload. ` +
        'Delete them on GitHub, or run again with that asset among the assets to finish its replacement.',
    );
  }
  const absent = locals.filter((l) => {
    const a = findAsset(after, l.name);
    // An asset without a digest (older GitHub Enterprise) is judged by its size.
    return !a || a.state !== 'uploaded' || a.size !== l.size || (assetSha256(a) !== undefined && assetSha256(a) !== l.sha256);
  });
  if (absent.length > 0) {
    throw new UserError(
      `These assets are not complete on release ${release.id} after uploading: ${absent.map((l) => l.name).join(', ')}. ` +
        `The release ${release.draft ? 'stays a draft' : 'was not changed further'}; run the step again to finish.`,
    );
  }

  // ---------------------------------------------------------------- 4. publish
  let publishedNow = false;
  const current = await onGitHub(`read release ${releaseId}`, () => getRelease(gh, repo, releaseId));
  if (wantPublish && current.draft) {
    const tagNow = await onGitHub(`look up the tag ${tag}`, () => tagCommit(gh, repo, tag));
    if (tagNow !== undefined && tagNow !== sha) {
      throw new UserError(
        `The tag ${tag} was created at commit ${tagNow} while this step ran, not at ${sha}. The release stays a draft and the tag is not moved; ` +
          'find out who created the tag before publishing.',
      );
    }
    log.info(`Publishing ${tag} at ${sha}${makeLatest ? ` (make_latest: ${makeLatest})` : ''}`);
    try {
      await updateRelease(gh, repo, releaseId, { draft: false, ...(makeLatest ? { make_latest: makeLatest } : {}) });
    } catch (err) {
      if (httpStatus(err) === 422) {
        throw new UserError(
          `GitHub refused to publish ${tag}: ${describeGitHubError(err)}. A repository rule may forbid creating this tag, ` +
            `or the token may not be allowed to create tags (a workflow token cannot create a tag on a commit that changes workflows). The draft ${releaseId} is kept; fix the cause and run again.`,
        );
      }
      throw gitHubFailure(err, `publish release ${releaseId}`);
    }
    publishedNow = true;
    const tagAfter = await onGitHub(`look up the tag ${tag}`, () => tagCommit(gh, repo, tag));
    if (tagAfter !== sha) {
      throw new UserError(`The release ${tag} was published, but its tag points at ${tagAfter ?? 'nothing'} instead of ${sha}. Check the release on GitHub.`);
    }
  } else if (wantPublish) {
    log.info(`${tag} is already published.`);
  } else if (!current.draft) {
    log.info(`${tag} is already published; draft: true does not unpublish it.`);
  } else {
    log.info(`${tag} stays a draft (publish: true publishes it).`);
  }

  const finalRelease = await onGitHub(`read release ${releaseId}`, () => getRelease(gh, repo, releaseId));
  const releaseAssets = await onGitHub(`list the assets of release ${releaseId}`, () => listAssets(gh, repo, releaseId));
  return {
    release: finalRelease,
    created,
    publishedNow,
    prerelease,
    makeLatest: publishedNow ? makeLatest : undefined,
    notes: { parts: (combined?.parts ?? []).map(({ source, origin }) => ({ source, origin })), cut: combined?.cut ?? 0, changed: notesChanged },
    previousTag,
    assets: outcomes,
    releaseAssets,
    checks,
  };
}

/**
 * What a draft this suite creates holds until its notes are written (the
 * update right after): how this run, after an answer that was lost, and any
 * later run know the draft as their own, for this tag at this commit. A draft
 * without it (a person's, an older version's) is never deleted.
 */
export function draftMarker(tag: string, sha: string): string {
  return `<!-- python-release-actions create-release: draft of ${tag} at ${sha} -->`;
}

function isOurDraft(r: Release, tag: string, sha: string): boolean {
  return r.draft && r.tag_name === tag && r.target_commitish === sha && (r.body ?? '').includes(draftMarker(tag, sha));
}

/** Attempts at creating the draft, each after looking whether the one before took effect. */
const CREATE_ATTEMPTS = 3;
const CREATE_RETRY_MS = [1000, 3000];
const sleepMs = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A failure after which GitHub may have stored the release all the same: the answer (or the connection) was lost. */
function mayHaveTakenEffect(err: unknown): boolean {
  const status = httpStatus(err);
  return status !== undefined && (status >= 500 || status === 408 || status === 429);
}

/**
 * Deletes every draft of the tag, but `keep`, that this suite created for this
 * commit (marked, see draftMarker) and never used: what an earlier run left
 * after a create whose answer was lost, or a run that raced this one. Never a
 * published release, never an unmarked draft. Returns the releases left.
 */
async function removeOurExtraDrafts(gh: GitHub, repo: RepoRef, all: Release[], keep: Release, req: ReleaseRequest, log: Logger): Promise<Release[]> {
  const extra = all.filter((r) => r.id !== keep.id && isOurDraft(r, req.tag, req.commitSha));
  for (const r of extra) {
    log.info(`${req.tag}: removing the duplicate draft ${r.id} and using ${keep.id} (this action created it for ${req.commitSha}; a tag has one release).`);
    await onGitHub(`delete the extra draft ${r.id}`, () => deleteRelease(gh, repo, r.id));
  }
  return all.filter((r) => !extra.includes(r));
}

/**
 * Creates the draft, then makes sure the tag ends with one release even when
 * other runs did the same at the same moment: GitHub has no lock, so every run
 * re-lists the tag's releases after creating its own and keeps the canonical
 * one (published first, then the lowest id), deleting every other draft this
 * action created for the commit.
 *
 * A create is never repeated blindly: when its answer is lost (5xx, a dropped
 * connection) GitHub may have stored the draft, so the releases of the tag are
 * listed first and a draft marked as this action's is used instead.
 */
async function createConverged(
  gh: GitHub,
  req: ReleaseRequest,
  fields: { name: string; prerelease: boolean },
  log: Logger,
  tuning: ReleaseTuning,
): Promise<{ release: Release; created: boolean }> {
  const { repo, tag, commitSha: sha } = req;
  const list = () => onGitHub('list releases', () => findReleasesForTag(gh, repo, tag, log, tuning.maxReleasePages));
  let mine: Release | undefined;
  for (let attempt = 1; !mine; attempt++) {
    try {
      // The notes come with the update that follows, which also removes the marker.
      mine = await createDraftRelease(gh, repo, { tag_name: tag, target_commitish: sha, name: fields.name, prerelease: fields.prerelease, body: draftMarker(tag, sha) });
      log.info(`Created the draft release ${mine.id} for ${tag}`);
    } catch (err) {
      // A racing run may have published first: GitHub then refuses a second release for the tag.
      if (isAlreadyExists(err)) {
        const found = await list();
        const winner = canonicalRelease(found);
        if (winner) {
          log.info(`Another run created release ${winner.id} for ${tag} first; using it.`);
          // An earlier attempt of this run may have stored a draft all the same.
          await removeOurExtraDrafts(gh, repo, found, winner, req, log);
          return { release: winner, created: false };
        }
      }
      if (!mayHaveTakenEffect(err) || attempt >= CREATE_ATTEMPTS) throw gitHubFailure(err, `create the draft release ${tag}`);
      log.warning(`Creating the draft release ${tag} failed (${describeGitHubError(err)}); GitHub may have stored it anyway, so its releases are looked at before trying again.`);
      await (tuning.sleep ?? sleepMs)(CREATE_RETRY_MS[attempt - 1] ?? CREATE_RETRY_MS.at(-1)!);
      const found = await list();
      const published = found.find((r) => !r.draft);
      if (published) {
        log.info(`Release ${published.id} for ${tag} is published meanwhile; using it.`);
        await removeOurExtraDrafts(gh, repo, found, published, req, log);
        return { release: published, created: false };
      }
      mine = found.find((r) => isOurDraft(r, tag, sha));
      if (mine) log.info(`GitHub stored the draft release ${mine.id} for ${tag} after all; using it, not creating another.`);
    }
  }
  const all = await list();
  if (!all.some((r) => r.id === mine.id)) all.push(mine);
  const winner = canonicalRelease(all)!;
  if (winner.id !== mine.id) log.info(`Another run created release ${winner.id} for ${tag} at the same time; using it.`);
  await removeOurExtraDrafts(gh, repo, all, winner, req, log);
  return { release: winner, created: winner.id === mine.id };
}
