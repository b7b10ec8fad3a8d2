/** Commits and tags, read through the REST API (this suite never writes a tag ref directly). */
import { UserError } from '../errors.js';
import type { GitHub } from './client.js';
import { httpStatus, onGitHub } from './errors.js';
import { boundedPages } from './paginate.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export const repoName = (r: RepoRef) => `${r.owner}/${r.repo}`;

/** True when the commit exists in the repository; false for 404 (and 422, GitHub's answer to a malformed SHA). */
export async function commitExists(gh: GitHub, repo: RepoRef, sha: string): Promise<boolean> {
  try {
    await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
    return true;
  } catch (err) {
    const status = httpStatus(err);
    if (status === 404 || status === 422) return false;
    throw err;
  }
}

/**
 * The commit a tag points at, following annotated tag objects; undefined when
 * the tag does not exist.
 */
export async function tagCommit(gh: GitHub, repo: RepoRef, tag: string): Promise<string | undefined> {
  let object: { type: string; sha: string };
  try {
    const { data } = await gh.rest.git.getRef({ ...repo, ref: `tags/${tag}` });
    object = data.object;
  } catch (err) {
    if (httpStatus(err) === 404) return undefined;
    throw err;
  }
  // An annotated tag may (rarely) point at another tag object: follow a few levels.
  for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
    const { data } = await gh.rest.git.getTag({ ...repo, tag_sha: object.sha });
    object = data.object;
  }
  if (object.type !== 'commit') {
    throw new UserError(
      `The tag ${tag} in ${repoName(repo)} points at a ${object.type} (${object.sha}), not a commit; a release needs a tag on a commit.`,
    );
  }
  return object.sha.toLowerCase();
}

/** Every tag name in the repository (paginated; tags are cheap to list even in large repositories). */
export async function listTagNames(gh: GitHub, repo: RepoRef): Promise<string[]> {
  return onGitHub(`list the tags of ${repoName(repo)}`, async () => {
    const names: string[] = [];
    const pages = boundedPages((signal) => gh.paginate.iterator(gh.rest.repos.listTags, { ...repo, per_page: 100, request: { signal } }), {
      what: `the tags of ${repoName(repo)}`,
      // 100,000 tags: more than any repository releasing this way has.
      maxPages: 1000,
    });
    for await (const page of pages) for (const t of page.data) names.push(t.name);
    return names;
  });
}
