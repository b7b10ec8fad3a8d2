/**
 * A repository at one commit, read through the Git Data API, as the
 * FileAccess that version detection uses: listings come from one recursive
 * tree call, file text from blobs by SHA, so every read sees the same commit
 * however the branch moves meanwhile.
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { repoPath, type FileAccess } from '../versions/index.js';
import type { GitHub } from './client.js';
import { onGitHub } from './errors.js';
import { repoName, type RepoRef } from './git.js';

export interface RepoEntry {
  /** 100644 (file), 100755 (executable), 120000 (symlink), 040000 (directory), 160000 (submodule). */
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface RepoFiles extends FileAccess {
  /** The tree entry at a path, or undefined. */
  entry(path: string): Promise<RepoEntry | undefined>;
}

type Listing = Map<string, RepoEntry>;

/**
 * Reads `treeSha` of `repo`. When GitHub truncates the recursive listing
 * (over 100,000 entries or 7 MB), directories are listed one by one instead,
 * and only the ones detection looks at.
 */
export function gitHubRepoFiles(gh: GitHub, repo: RepoRef, treeSha: string, log: Logger): RepoFiles {
  const where = `${repoName(repo)} at tree ${treeSha.slice(0, 12)}`;
  let whole: Promise<Map<string, Listing> | undefined> | undefined;
  const lazy = new Map<string, Promise<Listing>>();

  async function getTree(sha: string, recursive: boolean) {
    const { data } = await onGitHub(`read the file tree of ${where}`, () =>
      gh.rest.git.getTree({ ...repo, tree_sha: sha, ...(recursive ? { recursive: '1' } : {}) }),
    );
    return data;
  }

  /** Every directory's listing from one recursive call, or undefined when GitHub truncated it. */
  function loadWhole(): Promise<Map<string, Listing> | undefined> {
    whole ??= (async () => {
      const data = await getTree(treeSha, true);
      if (data.truncated) {
        log.debug(`the recursive tree of ${where} is truncated; listing directories one at a time`);
        return undefined;
      }
      const dirs = new Map<string, Listing>([['', new Map()]]);
      for (const item of data.tree) {
        if (!item.path || !item.sha || !item.mode) continue;
        const slash = item.path.lastIndexOf('/');
        const dir = slash === -1 ? '' : item.path.slice(0, slash);
        const name = item.path.slice(slash + 1);
        const type = item.type as RepoEntry['type'];
        let listing = dirs.get(dir);
        if (!listing) dirs.set(dir, (listing = new Map()));
        listing.set(name, { mode: item.mode, type, sha: item.sha });
        if (type === 'tree' && !dirs.has(item.path)) dirs.set(item.path, new Map());
      }
      return dirs;
    })();
    return whole;
  }

  async function listing(dir: string): Promise<Listing | undefined> {
    const all = await loadWhole();
    if (all) return all.get(dir);
    let p = lazy.get(dir);
    if (!p) {
      p = (async () => {
        let sha = treeSha;
        if (dir !== '') {
          const slash = dir.lastIndexOf('/');
          const parent = await listing(slash === -1 ? '' : dir.slice(0, slash));
          const entry = parent?.get(dir.slice(slash + 1));
          if (!entry || entry.type !== 'tree') return new Map();
          sha = entry.sha;
        }
        const data = await getTree(sha, false);
        return new Map(
          data.tree
            .filter((i) => i.path && i.sha && i.mode)
            .map((i) => [i.path as string, { mode: i.mode as string, type: i.type as RepoEntry['type'], sha: i.sha as string }]),
        );
      })();
      lazy.set(dir, p);
    }
    const result = await p;
    return result.size === 0 && dir !== '' ? undefined : result;
  }

  async function entry(path: string): Promise<RepoEntry | undefined> {
    const p = repoPath(path);
    if (p === '') return { mode: '040000', type: 'tree', sha: treeSha };
    const slash = p.lastIndexOf('/');
    const parent = await listing(slash === -1 ? '' : p.slice(0, slash));
    return parent?.get(p.slice(slash + 1));
  }

  return {
    entry,
    async list(dir) {
      const found = await listing(repoPath(dir));
      return found ? [...found.keys()].sort() : [];
    },
    async read(path) {
      const e = await entry(path);
      if (!e || e.type !== 'blob') return undefined;
      if (e.mode === '120000') {
        throw new UserError(
          `${repoPath(path)} is a symbolic link in ${repoName(repo)}; bump-version rewrites files, not links. ` +
            `Name the file it points to in the files input.`,
        );
      }
      const { data } = await onGitHub(`read ${repoPath(path)} from ${repoName(repo)}`, () =>
        gh.rest.git.getBlob({ ...repo, file_sha: e.sha }),
      );
      const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
      const text = bytes.toString('utf8');
      // The commit writes the text back as UTF-8; bytes that are not UTF-8 would not survive.
      if (!Buffer.from(text, 'utf8').equals(bytes)) {
        throw new UserError(`${repoPath(path)} is not UTF-8 text, so its version cannot be rewritten safely.`);
      }
      return text;
    },
  };
}
