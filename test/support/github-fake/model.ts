/**
 * What GitHub does to a repository, independent of HTTP: refs, trees, commits,
 * pull requests, releases, checks and artifacts. Handlers and seeding helpers
 * share it, so seeded state obeys the same rules as state made through the API.
 * Rule violations throw GitHub-shaped `HttpError`s.
 */
import { createHash } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { blobSha, commitPayload, GitStore, type CommitObject, type FlatEntry, type GitIdentity, type TreeEntryType, type TreeMode } from './git.js';
import { HttpError, notFound, unprocessable, validationFailed } from './errors.js';
import type {
  ArtifactState,
  CheckConclusion,
  CheckRunState,
  CommitStatusState,
  CommitStatusValue,
  FakeRepoState,
  GeneratedNotesRecord,
  PullRequestState,
  ReleaseAssetState,
  ReleaseState,
} from './state.js';
import { identityFor, loginForEmail, WEB_FLOW } from './users.js';

export interface ModelOptions {
  now: () => Date;
  /** The account the API token belongs to. */
  actor: string;
  /** Base of html URLs (`https://github.com` in production). */
  webUrl: string;
}

export interface TreeInputEntry {
  path?: string;
  mode?: string;
  type?: string;
  sha?: string | null;
  content?: string;
}

export interface IdentityInput {
  name: string;
  email: string;
  date?: string;
}

export interface ReleaseInput {
  tag_name?: string;
  target_commitish?: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  make_latest?: 'true' | 'false' | 'legacy';
  generate_release_notes?: boolean;
  discussion_category_name?: string;
}

export interface NotesInput {
  tag_name: string;
  target_commitish?: string;
  previous_tag_name?: string;
  configuration_file_path?: string;
}

const MODES: Record<string, TreeEntryType> = {
  '100644': 'blob',
  '100755': 'blob',
  '120000': 'blob',
  '040000': 'tree',
  '160000': 'commit',
};

/** GitHub replaces characters outside this set in asset names with a dot. */
export function sanitizeAssetName(name: string): string {
  return name.replace(/[^A-Za-z0-9._+-]/g, '.');
}

export class RepoModel {
  readonly git: GitStore;
  private idCounter = 1000;
  private pullCounter = 0;

  constructor(
    readonly state: FakeRepoState,
    readonly options: ModelOptions,
  ) {
    this.git = new GitStore(state.objects);
  }

  now(): string {
    return this.options.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  nextId(): number {
    return ++this.idCounter;
  }

  get webRepoUrl(): string {
    return `${this.options.webUrl}/${this.state.owner}/${this.state.repo}`;
  }

  // ---------------------------------------------------------------- refs

  branchSha(name: string): string | undefined {
    return this.state.refs.get(`refs/heads/${name}`);
  }

  /** The commit a tag names (annotated tags peeled). */
  tagSha(name: string): string | undefined {
    const sha = this.state.refs.get(`refs/tags/${name}`);
    return sha ? this.git.peel(sha) : undefined;
  }

  /** A commit SHA for a branch, tag, `heads/x`, `refs/tags/x`, full or abbreviated SHA. */
  resolveCommitish(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return this.git.commit(ref) ? ref : undefined;
    const stripped = ref.replace(/^refs\//, '');
    for (const candidate of [`refs/${stripped}`, `refs/heads/${stripped}`, `refs/tags/${stripped}`]) {
      const sha = this.state.refs.get(candidate);
      if (sha) return this.git.commit(this.git.peel(sha)) ? this.git.peel(sha) : undefined;
    }
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...this.state.objects.entries()].filter(([sha, o]) => o.type === 'commit' && sha.startsWith(ref));
      if (matches.length === 1) return matches[0][0];
    }
    return undefined;
  }

  private isProtectedTag(fullRef: string): boolean {
    if (!this.state.immutableReleases || !fullRef.startsWith('refs/tags/')) return false;
    const tag = fullRef.slice('refs/tags/'.length);
    return this.state.releases.some((r) => !r.draft && r.tagName === tag);
  }

  createRef(ref: string, sha: string): void {
    if (!/^refs\/[^/]+\/.+/.test(ref) || ref.endsWith('/') || ref.includes('..') || /[\s~^:?*[\\]/.test(ref)) {
      throw unprocessable(`${ref} is not a valid ref name.`);
    }
    if (!this.state.objects.has(sha)) throw unprocessable('Object does not exist');
    if (this.state.refs.has(ref)) throw unprocessable('Reference already exists');
    this.state.refs.set(ref, sha);
  }

  /** PATCH /git/refs/{ref}: fast-forward only unless `force`. */
  updateRef(ref: string, sha: string, force: boolean): void {
    // Like GitHub, `ref` is `heads/x` or `tags/x`; `refs/heads/x` names a ref that does not exist.
    const full = `refs/${ref}`;
    const current = this.state.refs.get(full);
    if (!current) throw unprocessable('Reference does not exist');
    if (!this.state.objects.has(sha)) throw unprocessable('Object does not exist');
    if (this.isProtectedTag(full)) throw unprocessable('Cannot update a tag that belongs to an immutable release');
    if (!force && current !== sha && !this.git.isAncestor(this.git.peel(current), this.git.peel(sha))) {
      throw unprocessable('Update is not a fast forward');
    }
    this.state.refs.set(full, sha);
  }

  deleteRef(ref: string): void {
    // Like GitHub, `ref` is `heads/x` or `tags/x`; `refs/heads/x` names a ref that does not exist.
    const full = `refs/${ref}`;
    const current = this.state.refs.get(full);
    if (!current) throw unprocessable('Reference does not exist');
    if (this.isProtectedTag(full)) throw unprocessable('Cannot delete a tag that belongs to an immutable release');
    this.state.refs.delete(full);
    if (full.startsWith('refs/heads/')) {
      // GitHub closes open pull requests whose head branch disappears.
      const branch = full.slice('refs/heads/'.length);
      for (const pr of this.state.pulls) {
        if (pr.state === 'open' && pr.head === branch) {
          pr.headSha = current;
          pr.state = 'closed';
          pr.closedAt = pr.updatedAt = this.now();
        }
      }
    }
  }

  /** POST /git/tags: an annotated tag object (the ref is created separately). */
  createTagObject(input: { tag: string; message: string; object: string; type: 'commit' | 'tree' | 'blob'; tagger?: IdentityInput }): string {
    const target = this.git.get(input.object);
    if (!target || target.type !== input.type) throw unprocessable('Object does not exist');
    const now = this.now();
    const tagger = this.identity(input.tagger, now) ?? { ...identityFor(this.options.actor), date: now };
    return this.git.writeTag({ tag: input.tag, message: input.message, object: input.object, objectType: input.type, tagger });
  }

  // ---------------------------------------------------------------- trees and commits

  createTree(baseTree: string | undefined, entries: TreeInputEntry[]): string {
    let flat = new Map<string, FlatEntry>();
    if (baseTree !== undefined) {
      if (!this.git.tree(baseTree)) throw unprocessable('base_tree is not a valid tree oid');
      flat = this.git.flatten(baseTree);
    }
    const pending = new Map<string, Buffer>();
    const removeUnder = (path: string): void => {
      for (const key of [...flat.keys()]) if (key === path || key.startsWith(`${path}/`)) flat.delete(key);
    };
    for (const entry of entries) {
      const path = entry.path ?? '';
      if (!path || path.startsWith('/') || path.endsWith('/') || path.split('/').some((p) => p === '' || p === '.' || p === '..' || p === '.git')) {
        throw unprocessable('tree.path contains a malformed path component');
      }
      const hasSha = entry.sha !== undefined && entry.sha !== null;
      const hasContent = entry.content !== undefined;
      if (entry.sha === null && !hasContent) {
        const existing = flat.get(path);
        if (!existing) throw unprocessable('GitRPC::BadObjectState');
        flat.delete(path);
        continue;
      }
      if (hasSha === hasContent) {
        throw unprocessable('Must supply either tree.sha or tree.content. Request will be rejected if both are present.');
      }
      const mode = entry.mode as TreeMode;
      const expectedType = MODES[mode];
      if (!expectedType || (entry.type !== undefined && entry.type !== expectedType)) {
        throw unprocessable('GitRPC::BadObjectState');
      }
      // A file replaces any directory at its path, and any file where a directory of its path was.
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) flat.delete(parts.slice(0, i).join('/'));
      removeUnder(path);
      if (hasContent) {
        if (expectedType !== 'blob') throw unprocessable('GitRPC::BadObjectState');
        // Written only once every entry has passed, so a refused tree stores nothing.
        const data = Buffer.from(entry.content as string, 'utf8');
        const sha = blobSha(data);
        pending.set(sha, data);
        flat.set(path, { mode, type: 'blob', sha });
        continue;
      }
      const sha = entry.sha as string;
      if (expectedType === 'tree') {
        if (!this.git.tree(sha)) throw unprocessable(`tree.sha ${sha} is not a valid tree`);
        for (const [sub, subEntry] of this.git.flatten(sha)) flat.set(`${path}/${sub}`, subEntry);
      } else if (expectedType === 'blob') {
        if (!this.git.blob(sha) && !pending.has(sha)) throw unprocessable(`tree.sha ${sha} is not a valid blob`);
        flat.set(path, { mode, type: 'blob', sha });
      } else {
        if (!/^[0-9a-f]{40}$/.test(sha)) throw unprocessable(`tree.sha ${sha} is not a valid commit`);
        flat.set(path, { mode, type: 'commit', sha });
      }
    }
    for (const data of pending.values()) this.git.writeBlob(data);
    return this.git.buildTree(flat);
  }

  private identity(input: IdentityInput | undefined, fallbackDate: string): GitIdentity | undefined {
    if (!input) return undefined;
    return { name: input.name, email: input.email, date: input.date ? new Date(input.date).toISOString().replace(/\.\d{3}Z$/, 'Z') : fallbackDate };
  }

  private knownLogin(email: string): string | null {
    return loginForEmail(email, [this.options.actor, this.state.owner]);
  }

  /**
   * POST /git/commits. Without author, committer or signature the commit is
   * signed by GitHub's web-flow key and verified, as for a bot token; any
   * custom identity leaves it unsigned.
   */
  createCommit(input: { message: string; tree: string; parents?: string[]; author?: IdentityInput; committer?: IdentityInput; signature?: string }): string {
    if (!this.git.tree(input.tree)) throw unprocessable('Tree SHA does not exist');
    const parents = input.parents ?? [];
    for (const parent of parents) {
      if (!this.git.commit(parent)) throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
    const now = this.now();
    const custom = input.author !== undefined || input.committer !== undefined || input.signature !== undefined;
    let author = this.identity(input.author, now);
    let committer = this.identity(input.committer, now);
    let authorLogin: string | null;
    let committerLogin: string | null;
    if (!author && !committer) {
      author = { ...identityFor(this.options.actor), date: now };
      authorLogin = this.options.actor;
      if (input.signature === undefined) {
        committer = { ...identityFor(WEB_FLOW), date: now };
        committerLogin = WEB_FLOW;
      } else {
        committer = author;
        committerLogin = authorLogin;
      }
    } else {
      author = author ?? (committer as GitIdentity);
      committer = committer ?? author;
      authorLogin = this.knownLogin(author.email);
      committerLogin = this.knownLogin(committer.email);
    }
    const base = { tree: input.tree, parents, author, committer, message: input.message };
    const payload = commitPayload(base);
    const commit: Omit<CommitObject, 'type'> = {
      ...base,
      authorLogin,
      committerLogin,
      verification: custom
        ? input.signature !== undefined
          ? { verified: false, reason: 'unknown_key', signature: input.signature, payload, verified_at: null }
          : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
        : {
            verified: true,
            reason: 'valid',
            signature: `-----BEGIN PGP SIGNATURE-----\n\nwsBcBAABCAAQBQJ${createHash('sha256').update(payload).digest('base64')}\n-----END PGP SIGNATURE-----\n`,
            payload,
            verified_at: now,
          },
    };
    return this.git.writeCommit(commit);
  }

  /**
   * Seeding: one commit on `branch` that writes (or, for `null`, deletes) the
   * given files, like a push. A missing branch starts from the default branch.
   */
  commitFiles(
    branch: string,
    files: Record<string, string | Uint8Array | null>,
    message: string,
    options: { author?: string; parents?: string[] } = {},
  ): string {
    const head = this.branchSha(branch) ?? this.branchSha(this.state.defaultBranch);
    const parents = options.parents ?? (head ? [head] : []);
    const parentCommit = parents[0] ? this.git.commit(parents[0]) : undefined;
    if (parents[0] && !parentCommit) throw new Error(`commitFiles: ${parents[0]} is not a commit`);
    const flat = parentCommit ? this.git.flatten(parentCommit.tree) : new Map<string, FlatEntry>();
    for (const [path, content] of Object.entries(files)) {
      if (content === null) {
        if (!flat.delete(path)) throw new Error(`commitFiles: ${path} does not exist on ${branch}`);
        continue;
      }
      const sha = this.git.writeBlob(Buffer.from(content));
      flat.set(path, { mode: '100644', type: 'blob', sha });
    }
    const tree = this.git.buildTree(flat);
    const login = options.author ?? this.state.owner;
    const who = { ...identityFor(login), date: this.now() };
    const sha = this.git.writeCommit({
      tree,
      parents,
      author: who,
      committer: who,
      message,
      authorLogin: login,
      committerLogin: login,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    });
    this.state.refs.set(`refs/heads/${branch}`, sha);
    return sha;
  }

  // ---------------------------------------------------------------- pull requests

  private parseHead(head: string): string {
    const colon = head.indexOf(':');
    if (colon === -1) return head;
    const owner = head.slice(0, colon);
    if (owner.toLowerCase() !== this.state.owner.toLowerCase()) {
      throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    }
    return head.slice(colon + 1);
  }

  pullHeadSha(pr: PullRequestState): string {
    return (pr.state === 'open' ? this.branchSha(pr.head) : undefined) ?? pr.headSha;
  }

  private assertNoOpenDuplicate(head: string, base: string, except?: number): void {
    if (this.state.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base && p.number !== except)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${this.state.owner}:${head}.`,
      });
    }
  }

  createPull(input: { title?: string; head: string; base: string; body?: string; draft?: boolean; maintainer_can_modify?: boolean }, user: string): PullRequestState {
    const head = this.parseHead(input.head);
    if (!input.title) throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
    const baseSha = this.branchSha(input.base);
    if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    const headSha = this.branchSha(head);
    if (!headSha) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    this.assertNoOpenDuplicate(head, input.base);
    if (this.git.commitsBetween(baseSha, headSha).length === 0) {
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${input.base} and ${head}` });
    }
    const now = this.now();
    const pr: PullRequestState = {
      number: ++this.pullCounter,
      id: this.nextId(),
      title: input.title,
      body: input.body ?? null,
      state: 'open',
      draft: input.draft ?? false,
      head,
      headSha,
      base: input.base,
      maintainerCanModify: input.maintainer_can_modify ?? true,
      user,
      labels: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      mergedAt: null,
      mergeCommitSha: null,
    };
    this.state.pulls.push(pr);
    return pr;
  }

  pull(number: number): PullRequestState {
    const pr = this.state.pulls.find((p) => p.number === number);
    if (!pr) throw notFound();
    return pr;
  }

  updatePull(number: number, input: { title?: string; body?: string; state?: 'open' | 'closed'; base?: string; maintainer_can_modify?: boolean }): PullRequestState {
    const pr = this.pull(number);
    if (input.base !== undefined && !this.branchSha(input.base)) {
      throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    }
    if (input.state === 'open' && pr.state === 'closed') {
      if (pr.mergedAt) throw unprocessable('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: 'state cannot be changed. The pull request has been merged.' }]);
      if (!this.branchSha(pr.head)) throw validationFailed({ resource: 'PullRequest', code: 'custom', message: 'state cannot be changed. The head branch was deleted.' });
      this.assertNoOpenDuplicate(pr.head, input.base ?? pr.base, pr.number);
    }
    if (input.title !== undefined) pr.title = input.title;
    if (input.body !== undefined) pr.body = input.body;
    if (input.base !== undefined) pr.base = input.base;
    if (input.maintainer_can_modify !== undefined) pr.maintainerCanModify = input.maintainer_can_modify;
    if (input.state !== undefined && input.state !== pr.state) {
      if (input.state === 'closed') {
        pr.headSha = this.pullHeadSha(pr);
        pr.closedAt = this.now();
      } else {
        pr.closedAt = null;
      }
      pr.state = input.state;
    }
    pr.updatedAt = this.now();
    return pr;
  }

  /** Seeding: merges an open pull request (fast-forward when possible, else a merge commit). */
  mergePull(number: number): string {
    const pr = this.pull(number);
    if (pr.state !== 'open') throw new Error(`mergePullRequest: #${number} is not open`);
    const headSha = this.pullHeadSha(pr);
    const baseSha = this.branchSha(pr.base) as string;
    let result = headSha;
    if (!this.git.isAncestor(baseSha, headSha)) {
      const headCommit = this.git.commit(headSha) as CommitObject;
      result = this.createCommit({
        message: `Merge pull request #${number} from ${this.state.owner}/${pr.head}\n\n${pr.title}`,
        tree: headCommit.tree,
        parents: [baseSha, headSha],
      });
    }
    this.state.refs.set(`refs/heads/${pr.base}`, result);
    const now = this.now();
    pr.headSha = headSha;
    pr.state = 'closed';
    pr.mergedAt = pr.closedAt = pr.updatedAt = now;
    pr.mergeCommitSha = result;
    return result;
  }

  // ---------------------------------------------------------------- releases

  release(id: number): ReleaseState {
    const release = this.state.releases.find((r) => r.id === id);
    if (!release) throw notFound();
    return release;
  }

  private assertTagFree(tagName: string, except?: number): void {
    if (this.state.releases.some((r) => !r.draft && r.tagName === tagName && r.id !== except)) {
      throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
    }
  }

  /** Creates the tag of a published release at its target when the tag does not exist yet. */
  private ensureTag(release: ReleaseState): void {
    if (this.tagSha(release.tagName)) return;
    const sha = this.resolveCommitish(release.targetCommitish);
    if (!sha) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    this.state.refs.set(`refs/tags/${release.tagName}`, sha);
  }

  private recomputeLatest(candidate: ReleaseState | undefined): void {
    if (candidate && !candidate.draft && !candidate.prerelease && candidate.makeLatest !== 'false' && candidate.makeLatest !== 'legacy') {
      this.state.latestReleaseId = candidate.id;
      return;
    }
    const current = this.state.releases.find((r) => r.id === this.state.latestReleaseId);
    if (current && !current.draft && !current.prerelease && candidate?.makeLatest !== 'legacy') return;
    const published = this.state.releases
      .filter((r) => !r.draft && !r.prerelease)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    this.state.latestReleaseId = published[0]?.id ?? null;
  }

  createRelease(input: ReleaseInput, user: string): ReleaseState {
    const tagName = input.tag_name ?? '';
    if (!tagName.trim()) throw validationFailed({ resource: 'Release', code: 'missing_field', field: 'tag_name' });
    const draft = input.draft ?? false;
    if (!draft) this.assertTagFree(tagName);
    const target = input.target_commitish ?? this.state.defaultBranch;
    if (!this.tagSha(tagName) && !this.resolveCommitish(target)) {
      throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    }
    let body = input.body ?? null;
    if (input.generate_release_notes) {
      const notes = this.generateNotes({ tag_name: tagName, target_commitish: target }, false);
      body = body ? `${body}\n\n${notes.body}` : notes.body;
    }
    const now = this.now();
    const id = this.nextId();
    const release: ReleaseState = {
      id,
      tagName,
      targetCommitish: target,
      name: input.name ?? null,
      body,
      draft,
      prerelease: input.prerelease ?? false,
      makeLatest: input.make_latest ?? null,
      untaggedId: createHash('sha1').update(`release:${id}`).digest('hex').slice(0, 20),
      author: user,
      createdAt: now,
      updatedAt: now,
      publishedAt: draft ? null : now,
      assets: [],
    };
    if (!draft) this.ensureTag(release);
    this.state.releases.push(release);
    if (!draft) this.recomputeLatest(release);
    return release;
  }

  updateRelease(id: number, input: ReleaseInput): ReleaseState {
    const release = this.release(id);
    const immutable = this.state.immutableReleases && !release.draft;
    const tagName = input.tag_name ?? release.tagName;
    const draft = input.draft ?? release.draft;
    if (immutable && (tagName !== release.tagName || (input.target_commitish !== undefined && input.target_commitish !== release.targetCommitish))) {
      throw unprocessable('Validation Failed', [{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name cannot be changed when release is immutable' }]);
    }
    if (!draft) this.assertTagFree(tagName, release.id);
    const target = input.target_commitish ?? release.targetCommitish;
    if (!this.tagSha(tagName) && !this.resolveCommitish(target)) {
      throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
    }
    const publishing = release.draft && !draft;
    release.tagName = tagName;
    release.targetCommitish = target;
    if (input.name !== undefined) release.name = input.name;
    if (input.body !== undefined) release.body = input.body;
    if (input.prerelease !== undefined) release.prerelease = input.prerelease;
    if (input.make_latest !== undefined) release.makeLatest = input.make_latest;
    release.draft = draft;
    if (publishing) release.publishedAt = this.now();
    if (!draft) this.ensureTag(release);
    release.updatedAt = this.now();
    this.recomputeLatest(publishing || input.make_latest !== undefined ? release : undefined);
    return release;
  }

  deleteRelease(id: number): void {
    const release = this.release(id);
    for (const asset of release.assets) this.removeAssetFile(asset);
    this.state.releases = this.state.releases.filter((r) => r.id !== id);
    if (this.state.latestReleaseId === id) {
      this.state.latestReleaseId = null;
      this.recomputeLatest(undefined);
    }
  }

  latestRelease(): ReleaseState | undefined {
    return this.state.releases.find((r) => r.id === this.state.latestReleaseId);
  }

  releaseByTag(tag: string): ReleaseState | undefined {
    // Drafts are invisible to the by-tag lookup, as on GitHub.
    return this.state.releases.find((r) => !r.draft && r.tagName === tag);
  }

  /** Where an asset's release lives in URLs: its tag, or `untagged-…` for a draft. */
  releaseUrlTag(release: ReleaseState): string {
    return release.draft ? `untagged-${release.untaggedId}` : release.tagName;
  }

  asset(id: number): { release: ReleaseState; asset: ReleaseAssetState } {
    for (const release of this.state.releases) {
      const asset = release.assets.find((a) => a.id === id);
      if (asset) return { release, asset };
    }
    throw notFound();
  }

  assertAssetWritable(release: ReleaseState): void {
    if (this.state.immutableReleases && !release.draft) {
      throw unprocessable('Cannot modify asset for immutable release.');
    }
  }

  addAsset(releaseId: number, input: { name: string; label?: string | null; contentType: string; size: number; digest: string; file: string }, uploader: string): ReleaseAssetState {
    const release = this.release(releaseId);
    this.assertAssetWritable(release);
    const name = sanitizeAssetName(input.name);
    if (release.assets.some((a) => a.name === name)) {
      throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
    }
    const now = this.now();
    const asset: ReleaseAssetState = {
      id: this.nextId(),
      name,
      label: input.label ?? '',
      contentType: input.contentType,
      size: input.size,
      digest: input.digest,
      state: 'uploaded',
      downloadCount: 0,
      uploader,
      createdAt: now,
      updatedAt: now,
      file: input.file,
    };
    release.assets.push(asset);
    return asset;
  }

  updateAsset(id: number, input: { name?: string; label?: string; state?: string }): ReleaseAssetState {
    const { release, asset } = this.asset(id);
    this.assertAssetWritable(release);
    if (input.name !== undefined) {
      const name = sanitizeAssetName(input.name);
      if (release.assets.some((a) => a.name === name && a.id !== id)) {
        throw validationFailed({ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' });
      }
      asset.name = name;
    }
    if (input.label !== undefined) asset.label = input.label;
    asset.updatedAt = this.now();
    return asset;
  }

  deleteAsset(id: number): void {
    const { release, asset } = this.asset(id);
    this.assertAssetWritable(release);
    release.assets = release.assets.filter((a) => a.id !== id);
    this.removeAssetFile(asset);
  }

  private removeAssetFile(asset: ReleaseAssetState): void {
    try {
      unlinkSync(asset.file);
    } catch {
      // Already gone: nothing to clean.
    }
  }

  /**
   * POST /releases/generate-notes: the commits between the previous tag (given,
   * or the newest earlier published release) and the tag (or target).
   */
  generateNotes(input: NotesInput, record = true): { name: string; body: string } {
    const headSha = this.tagSha(input.tag_name) ?? this.resolveCommitish(input.target_commitish ?? this.state.defaultBranch);
    if (!headSha) throw notFound();
    let previousTag: string | null = null;
    let previousSha: string | undefined;
    if (input.previous_tag_name !== undefined) {
      previousSha = this.tagSha(input.previous_tag_name);
      if (!previousSha) throw notFound(`Previous tag ${input.previous_tag_name} was not found`);
      previousTag = input.previous_tag_name;
    } else {
      const ancestors = this.git.ancestors(headSha);
      const candidates = this.state.releases
        .filter((r) => !r.draft && r.tagName !== input.tag_name)
        .map((r) => ({ r, sha: this.tagSha(r.tagName) }))
        .filter((c): c is { r: ReleaseState; sha: string } => c.sha !== undefined && ancestors.has(c.sha))
        .sort((a, b) => (b.r.publishedAt ?? '').localeCompare(a.r.publishedAt ?? '') || b.r.id - a.r.id);
      if (candidates[0]) {
        previousTag = candidates[0].r.tagName;
        previousSha = candidates[0].sha;
      }
    }
    const lines: string[] = [];
    for (const sha of this.git.commitsBetween(previousSha, headSha)) {
      const commit = this.git.commit(sha) as CommitObject;
      if (commit.parents.length > 1) continue;
      const subject = commit.message.split('\n')[0];
      const who = commit.authorLogin ? `@${commit.authorLogin}` : commit.author.name;
      lines.push(`* ${subject} by ${who}`);
    }
    const changelog = previousTag
      ? `**Full Changelog**: ${this.webRepoUrl}/compare/${previousTag}...${input.tag_name}`
      : `**Full Changelog**: ${this.webRepoUrl}/commits/${input.tag_name}`;
    const body = lines.length > 0 ? `## What's Changed\n${lines.join('\n')}\n\n${changelog}` : changelog;
    const result = { name: input.tag_name, body };
    if (record) {
      const entry: GeneratedNotesRecord = {
        tagName: input.tag_name,
        targetCommitish: input.target_commitish ?? null,
        previousTagName: input.previous_tag_name ?? null,
        resolvedPreviousTag: previousTag,
        configurationFilePath: input.configuration_file_path ?? null,
        ...result,
      };
      this.state.generatedNotes.push(entry);
    }
    return result;
  }

  // ---------------------------------------------------------------- checks, statuses, artifacts

  private commitOrThrow(sha: string, what: string): string {
    const resolved = this.resolveCommitish(sha);
    if (!resolved) throw new Error(`${what}: ${sha} is not a commit`);
    return resolved;
  }

  addCheckRun(sha: string, name: string, conclusion: CheckConclusion | null, options: { status?: CheckRunState['status']; detailsUrl?: string } = {}): CheckRunState {
    const headSha = this.commitOrThrow(sha, 'addCheckRun');
    const now = this.now();
    const status = options.status ?? (conclusion ? 'completed' : 'in_progress');
    const run: CheckRunState = {
      id: this.nextId(),
      headSha,
      name,
      status,
      conclusion: status === 'completed' ? conclusion : null,
      startedAt: now,
      completedAt: status === 'completed' ? now : null,
      detailsUrl: options.detailsUrl ?? null,
      checkSuiteId: this.nextId(),
    };
    this.state.checkRuns.push(run);
    return run;
  }

  addStatus(sha: string, context: string, state: CommitStatusValue, options: { description?: string; targetUrl?: string; creator?: string } = {}): CommitStatusState {
    const resolved = this.resolveCommitish(sha);
    if (!resolved) throw unprocessable(`No commit found for SHA: ${sha}`);
    const now = this.now();
    const status: CommitStatusState = {
      id: this.nextId(),
      sha: resolved,
      context,
      state,
      description: options.description ?? null,
      targetUrl: options.targetUrl ?? null,
      creator: options.creator ?? this.options.actor,
      createdAt: now,
      updatedAt: now,
    };
    this.state.statuses.push(status);
    return status;
  }

  addArtifact(runId: number, name: string, zip: Buffer, options: { expired?: boolean; headBranch?: string; headSha?: string } = {}): ArtifactState {
    const now = this.now();
    const headBranch = options.headBranch ?? this.state.defaultBranch;
    const artifact: ArtifactState = {
      id: this.nextId(),
      runId,
      name,
      sizeInBytes: zip.length,
      digest: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
      expired: options.expired ?? false,
      headBranch,
      headSha: options.headSha ?? this.branchSha(headBranch) ?? '0'.repeat(40),
      createdAt: now,
      updatedAt: now,
      expiresAt: new Date(this.options.now().getTime() + (options.expired ? -1 : 90) * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      zip,
    };
    this.state.artifacts.push(artifact);
    return artifact;
  }
}

export { HttpError };
