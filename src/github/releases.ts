/**
 * GitHub releases and their assets: finding every release of a tag (drafts
 * included), creating, updating, deleting, and uploading assets as a stream.
 */
import { createReadStream } from 'node:fs';
import type { RestEndpointMethodTypes } from '@octokit/rest';
import type { Logger } from '../log.js';
import type { GitHub } from './client.js';
import { isNotFound } from './errors.js';
import type { RepoRef } from './git.js';
import { boundedPages } from './paginate.js';
import { checkUploadUrl } from './upload-url.js';

export type Release = RestEndpointMethodTypes['repos']['getRelease']['response']['data'];
export type ReleaseAsset = RestEndpointMethodTypes['repos']['listReleaseAssets']['response']['data'][number];

/** How far the release list is read looking for drafts: 10 pages of 100, the newest first. */
export const DEFAULT_MAX_RELEASE_PAGES = 10;
/** A release holds at most 1000 assets: 10 pages of 100. */
export const MAX_ASSET_PAGES = 10;

/**
 * Every release whose tag is `tag`. The get-by-tag endpoint never returns a
 * draft, so the release list is read as well (newest first, at most
 * `maxPages` pages: a draft left by an earlier run or created by a racing run
 * is recent; a published release older than that is still found by tag).
 */
export async function findReleasesForTag(
  gh: GitHub,
  repo: RepoRef,
  tag: string,
  log: Logger,
  maxPages = DEFAULT_MAX_RELEASE_PAGES,
): Promise<Release[]> {
  const found = new Map<number, Release>();
  try {
    const { data } = await gh.rest.repos.getReleaseByTag({ ...repo, tag });
    found.set(data.id, data);
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  let pages = 0;
  const list = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listReleases, { ...repo, per_page: 100, request: { signal } }), {
    what: `the releases of ${repo.owner}/${repo.repo}`,
  });
  for await (const page of list) {
    for (const r of page.data) if (r.tag_name === tag) found.set(r.id, r);
    if (++pages >= maxPages) {
      log.debug(`looked for drafts of ${tag} among the newest ${maxPages * 100} releases only`);
      break;
    }
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** The one release a tag should have: a published one if any, otherwise the oldest (lowest id). */
export function canonicalRelease(releases: Release[]): Release | undefined {
  const published = releases.filter((r) => !r.draft).sort((a, b) => a.id - b.id);
  if (published.length > 0) return published[0];
  return [...releases].sort((a, b) => a.id - b.id)[0];
}

export interface ReleaseFields {
  tag_name?: string;
  target_commitish?: string;
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
}

/**
 * One attempt, never repeated by the client: a create whose answer was lost
 * may have stored the draft, and a blind retry would store a second one. The
 * caller looks first, then tries again (create-release's createConverged).
 */
export async function createDraftRelease(gh: GitHub, repo: RepoRef, fields: ReleaseFields & { tag_name: string }): Promise<Release> {
  const { data } = await gh.rest.repos.createRelease({ ...repo, ...fields, draft: true, generate_release_notes: false, request: { retries: 0 } });
  return data;
}

export async function getRelease(gh: GitHub, repo: RepoRef, id: number): Promise<Release> {
  const { data } = await gh.rest.repos.getRelease({ ...repo, release_id: id });
  return data;
}

export async function updateRelease(gh: GitHub, repo: RepoRef, id: number, fields: ReleaseFields): Promise<Release> {
  const { data } = await gh.rest.repos.updateRelease({ ...repo, release_id: id, ...fields });
  return data;
}

export async function deleteRelease(gh: GitHub, repo: RepoRef, id: number): Promise<void> {
  try {
    await gh.rest.repos.deleteRelease({ ...repo, release_id: id });
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}

export async function listAssets(gh: GitHub, repo: RepoRef, releaseId: number): Promise<ReleaseAsset[]> {
  const assets: ReleaseAsset[] = [];
  const pages = boundedPages(
    (signal) => gh.paginate.iterator(gh.rest.repos.listReleaseAssets, { ...repo, release_id: releaseId, per_page: 100, request: { signal } }),
    { what: `the assets of release ${releaseId}`, maxPages: MAX_ASSET_PAGES },
  );
  for await (const page of pages) for (const a of page.data) assets.push(a);
  return assets;
}

export async function deleteAsset(gh: GitHub, repo: RepoRef, assetId: number): Promise<void> {
  try {
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
}

/**
 * The asset GitHub stores for an upload named `name`: GitHub replaces some
 * characters (spaces become dots), and a label may keep the original name.
 */
export function findAsset(assets: ReleaseAsset[], name: string): ReleaseAsset | undefined {
  const renamed = name.replace(/ /g, '.');
  return assets.find((a) => a.name === name) ?? assets.find((a) => a.name === renamed || a.label === name);
}

export interface UploadSource {
  path: string;
  name: string;
  size: number;
  contentType: string;
}

/**
 * One upload attempt: the file is streamed with its Content-Length (never read
 * into memory). The upload URL comes from the release (uploads.github.com, or
 * the GitHub Enterprise equivalent). Octokit's own retries are off for it: a
 * stream cannot be sent twice, so the caller retries with a fresh stream.
 */
export async function uploadAssetOnce(gh: GitHub, release: Pick<Release, 'upload_url'>, file: UploadSource): Promise<ReleaseAsset> {
  checkUploadUrl(String(gh.request.endpoint.DEFAULTS.baseUrl), release.upload_url, file.name);
  const stream = createReadStream(file.path);
  try {
    const response = await gh.request({
      method: 'POST',
      url: release.upload_url,
      name: file.name,
      headers: { 'content-type': file.contentType, 'content-length': file.size },
      data: stream,
      request: { retries: 0 },
    });
    return response.data as ReleaseAsset;
  } finally {
    stream.destroy();
  }
}
