/**
 * A tiny content-addressed Git object store: blobs, trees and commits hashed
 * exactly as Git hashes them, so SHAs look and behave like GitHub's.
 */
import { createHash } from 'node:crypto';

export type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000';
export type TreeEntryType = 'blob' | 'tree' | 'commit';

export interface GitIdentity {
  name: string;
  email: string;
  /** ISO 8601, seconds precision, UTC. */
  date: string;
}

export interface CommitVerification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at: string | null;
}

export interface BlobObject {
  type: 'blob';
  data: Buffer;
}

export interface TreeEntry {
  name: string;
  mode: TreeMode;
  type: TreeEntryType;
  sha: string;
}

export interface TreeObject {
  type: 'tree';
  entries: TreeEntry[];
}

export interface CommitObject {
  type: 'commit';
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
  verification: CommitVerification;
  /** GitHub account the author email belongs to, if any (shown as `author` in REST commits). */
  authorLogin: string | null;
  committerLogin: string | null;
}

/** An annotated tag object. */
export interface TagObject {
  type: 'tag';
  tag: string;
  message: string;
  object: string;
  objectType: 'commit' | 'tree' | 'blob' | 'tag';
  tagger: GitIdentity;
}

export type GitObject = BlobObject | TreeObject | CommitObject | TagObject;

/** A path in a flattened tree: files, symlinks and submodules (never directories). */
export interface FlatEntry {
  mode: TreeMode;
  type: TreeEntryType;
  sha: string;
}

function hashObject(kind: string, body: Buffer): string {
  return createHash('sha1').update(`${kind} ${body.length}\0`).update(body).digest('hex');
}

/** The SHA Git gives these bytes as a blob, without storing them. */
export function blobSha(data: Buffer): string {
  return hashObject('blob', data);
}

function unixSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** Git sorts tree entries by name, with directories compared as if they ended in `/`. */
function treeSortKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

export function sortTreeEntries(entries: TreeEntry[]): TreeEntry[] {
  return [...entries].sort((a, b) => {
    const ka = Buffer.from(treeSortKey(a));
    const kb = Buffer.from(treeSortKey(b));
    return Buffer.compare(ka, kb);
  });
}

/** The commit object text Git hashes (and GitHub signs). */
export function commitPayload(commit: Omit<CommitObject, 'type' | 'verification' | 'authorLogin' | 'committerLogin'>): string {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(`author ${commit.author.name} <${commit.author.email}> ${unixSeconds(commit.author.date)} +0000`);
  lines.push(`committer ${commit.committer.name} <${commit.committer.email}> ${unixSeconds(commit.committer.date)} +0000`);
  return `${lines.join('\n')}\n\n${commit.message}`;
}

export class GitStore {
  constructor(readonly objects: Map<string, GitObject>) {}

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  blob(sha: string): BlobObject | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'blob' ? o : undefined;
  }

  tree(sha: string): TreeObject | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'tree' ? o : undefined;
  }

  commit(sha: string): CommitObject | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'commit' ? o : undefined;
  }

  tagObject(sha: string): TagObject | undefined {
    const o = this.objects.get(sha);
    return o?.type === 'tag' ? o : undefined;
  }

  /** Follows annotated tags to the object they finally name. */
  peel(sha: string): string {
    let current = sha;
    for (let depth = 0; depth < 10; depth++) {
      const tag = this.tagObject(current);
      if (!tag) return current;
      current = tag.object;
    }
    return current;
  }

  writeTag(tag: Omit<TagObject, 'type'>): string {
    const text = `object ${tag.object}\ntype ${tag.objectType}\ntag ${tag.tag}\ntagger ${tag.tagger.name} <${tag.tagger.email}> ${unixSeconds(tag.tagger.date)} +0000\n\n${tag.message}`;
    const sha = hashObject('tag', Buffer.from(text));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tag', ...tag });
    return sha;
  }

  writeBlob(data: Buffer): string {
    const sha = hashObject('blob', data);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'blob', data });
    return sha;
  }

  writeTree(entries: TreeEntry[]): string {
    const sorted = sortTreeEntries(entries);
    const parts: Buffer[] = [];
    for (const entry of sorted) {
      // Git writes directory modes without the leading zero.
      const mode = entry.mode === '040000' ? '40000' : entry.mode;
      parts.push(Buffer.from(`${mode} ${entry.name}\0`), Buffer.from(entry.sha, 'hex'));
    }
    const sha = hashObject('tree', Buffer.concat(parts));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  writeCommit(commit: Omit<CommitObject, 'type'>): string {
    const sha = hashObject('commit', Buffer.from(commitPayload(commit)));
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'commit', ...commit });
    return sha;
  }

  /** Every file (and submodule) in a tree, by full path. */
  flatten(treeSha: string, prefix = '', into = new Map<string, FlatEntry>()): Map<string, FlatEntry> {
    const tree = this.tree(treeSha);
    if (!tree) throw new Error(`not a tree: ${treeSha}`);
    for (const entry of tree.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.type === 'tree') this.flatten(entry.sha, path, into);
      else into.set(path, { mode: entry.mode, type: entry.type, sha: entry.sha });
    }
    return into;
  }

  /** Writes the nested trees for a flat path map and returns the root tree SHA. */
  buildTree(flat: Map<string, FlatEntry>): string {
    interface Dir {
      files: Map<string, FlatEntry>;
      dirs: Map<string, Dir>;
    }
    const root: Dir = { files: new Map(), dirs: new Map() };
    for (const [path, entry] of flat) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) {
        let next = dir.dirs.get(part);
        if (!next) {
          next = { files: new Map(), dirs: new Map() };
          dir.dirs.set(part, next);
        }
        dir = next;
      }
      dir.files.set(parts[parts.length - 1], entry);
    }
    const write = (dir: Dir): string => {
      const entries: TreeEntry[] = [];
      for (const [name, entry] of dir.files) entries.push({ name, ...entry });
      for (const [name, sub] of dir.dirs) entries.push({ name, mode: '040000', type: 'tree', sha: write(sub) });
      return this.writeTree(entries);
    };
    return write(root);
  }

  /** The entry at `path` inside a tree (a directory yields a tree entry). */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    const parts = path.split('/').filter(Boolean);
    if (parts.length === 0) return { name: '', mode: '040000', type: 'tree', sha: treeSha };
    let tree = this.tree(treeSha);
    let found: TreeEntry | undefined;
    for (const part of parts) {
      if (!tree) return undefined;
      found = tree.entries.find((e) => e.name === part);
      if (!found) return undefined;
      tree = found.type === 'tree' ? this.tree(found.sha) : undefined;
    }
    return found;
  }

  /** All commits reachable from `sha` (inclusive). */
  ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      const commit = this.commit(next);
      if (!commit) continue;
      seen.add(next);
      stack.push(...commit.parents);
    }
    return seen;
  }

  isAncestor(ancestor: string, of: string): boolean {
    return this.ancestors(of).has(ancestor);
  }

  /**
   * Commits reachable from `head` but not from `base`, oldest first (parents
   * before children), like `git log --reverse base..head`.
   */
  commitsBetween(base: string | undefined, head: string): string[] {
    const exclude = base ? this.ancestors(base) : new Set<string>();
    const order: string[] = [];
    const visited = new Set<string>();
    const visit = (sha: string): void => {
      if (visited.has(sha) || exclude.has(sha)) return;
      visited.add(sha);
      const commit = this.commit(sha);
      if (!commit) return;
      for (const parent of commit.parents) visit(parent);
      order.push(sha);
    };
    visit(head);
    return order;
  }

  /** The newest common ancestor of two commits (by walking `b`'s history breadth-first). */
  mergeBase(a: string, b: string): string | undefined {
    const ofA = this.ancestors(a);
    const queue = [b];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      if (ofA.has(next)) return next;
      queue.push(...(this.commit(next)?.parents ?? []));
    }
    return undefined;
  }
}

export interface FileChange {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  sha: string | null;
  additions: number;
  deletions: number;
}

function lines(data: Buffer | undefined): string[] {
  if (!data || data.length === 0) return [];
  const text = data.toString('utf8');
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Per-file line counts between two trees (a multiset line comparison, not a real diff). */
export function diffTrees(store: GitStore, fromTree: string | undefined, toTree: string): FileChange[] {
  const before = fromTree ? store.flatten(fromTree) : new Map<string, FlatEntry>();
  const after = store.flatten(toTree);
  const changes: FileChange[] = [];
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const path of paths) {
    const a = before.get(path);
    const b = after.get(path);
    if (a && b && a.sha === b.sha && a.mode === b.mode) continue;
    const oldLines = lines(a ? store.blob(a.sha)?.data : undefined);
    const newLines = lines(b ? store.blob(b.sha)?.data : undefined);
    const remaining = new Map<string, number>();
    for (const line of oldLines) remaining.set(line, (remaining.get(line) ?? 0) + 1);
    let additions = 0;
    for (const line of newLines) {
      const n = remaining.get(line) ?? 0;
      if (n > 0) remaining.set(line, n - 1);
      else additions++;
    }
    let deletions = 0;
    for (const n of remaining.values()) deletions += n;
    changes.push({
      filename: path,
      status: !a ? 'added' : !b ? 'removed' : 'modified',
      sha: b ? b.sha : null,
      additions,
      deletions,
    });
  }
  return changes;
}
