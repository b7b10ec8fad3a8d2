/**
 * Response bodies shaped like GitHub's, with every field the OpenAPI schemas
 * mark required. URLs point at the fake's own listeners.
 */
import { diffTrees, type CommitObject, type TreeEntry } from './git.js';
import type { RepoModel } from './model.js';
import type { ArtifactState, CheckRunState, CommitStatusState, PullRequestState, ReleaseAssetState, ReleaseState } from './state.js';
import { userId, userType } from './users.js';

export interface Urls {
  /** REST API base, e.g. http://127.0.0.1:PORT */
  api: string;
  uploads: string;
  /** "github.com": html pages and browser downloads. */
  web: string;
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64').replace(/=+$/, '');
}

/** base64 wrapped at 60 characters, as the contents and blobs APIs return it. */
export function wrappedBase64(data: Buffer): string {
  const b64 = data.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 60) lines.push(b64.slice(i, i + 60));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export class Renderer {
  constructor(
    readonly urls: Urls,
    readonly model: RepoModel,
  ) {}

  private get state() {
    return this.model.state;
  }

  get repoApi(): string {
    return `${this.urls.api}/repos/${this.state.owner}/${this.state.repo}`;
  }

  get repoWeb(): string {
    return `${this.urls.web}/${this.state.owner}/${this.state.repo}`;
  }

  user(login: string): Record<string, unknown> {
    const api = `${this.urls.api}/users/${encodeURIComponent(login)}`;
    const id = userId(login);
    return {
      login,
      id,
      node_id: nodeId(userType(login), id),
      avatar_url: `${this.urls.web}/avatars/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${this.urls.web}/${login.endsWith('[bot]') ? `apps/${login.slice(0, -5)}` : login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: userType(login),
      user_view_type: 'public',
      site_admin: false,
    };
  }

  /** A superset of `repository`, `full-repository` and `minimal-repository`. */
  repository(): Record<string, unknown> {
    const s = this.state;
    const api = this.repoApi;
    const host = new URL(this.urls.web).host;
    return {
      id: s.repoId,
      node_id: nodeId('Repository', s.repoId),
      name: s.repo,
      full_name: `${s.owner}/${s.repo}`,
      owner: this.user(s.owner),
      private: s.private,
      html_url: this.repoWeb,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://${host}/${s.owner}/${s.repo}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@${host}:${s.owner}/${s.repo}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${this.repoWeb}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: this.repoWeb,
      homepage: null,
      language: 'Python',
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: s.defaultBranch,
      open_issues_count: s.pulls.filter((p) => p.state === 'open').length,
      open_issues: s.pulls.filter((p) => p.state === 'open').length,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: true,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: s.private ? 'private' : 'public',
      pushed_at: s.createdAt,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_auto_merge: false,
      delete_branch_on_merge: false,
      allow_forking: true,
      web_commit_signoff_required: false,
      subscribers_count: 0,
      network_count: 0,
      license: null,
    };
  }

  gitRef(fullRef: string, sha: string): Record<string, unknown> {
    const object = this.model.git.get(sha);
    const type = object?.type ?? 'commit';
    return {
      ref: fullRef,
      node_id: nodeId('Ref', `${this.state.repoId}:${fullRef}`),
      url: `${this.repoApi}/git/${fullRef}`,
      object: { sha, type, url: `${this.repoApi}/git/${type}s/${sha}` },
    };
  }

  gitTag(sha: string): Record<string, unknown> {
    const tag = this.model.git.tagObject(sha);
    if (!tag) throw new Error(`not a tag object: ${sha}`);
    return {
      node_id: nodeId('Tag', sha),
      tag: tag.tag,
      sha,
      url: `${this.repoApi}/git/tags/${sha}`,
      message: tag.message,
      tagger: { ...tag.tagger },
      object: { sha: tag.object, type: tag.objectType, url: `${this.repoApi}/git/${tag.objectType}s/${tag.object}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    };
  }

  gitCommit(sha: string): Record<string, unknown> {
    const commit = this.model.git.commit(sha) as CommitObject;
    return {
      sha,
      node_id: nodeId('Commit', sha),
      url: `${this.repoApi}/git/commits/${sha}`,
      html_url: `${this.repoWeb}/commit/${sha}`,
      author: { ...commit.author },
      committer: { ...commit.committer },
      tree: { sha: commit.tree, url: `${this.repoApi}/git/trees/${commit.tree}` },
      message: commit.message,
      parents: commit.parents.map((p) => ({ sha: p, url: `${this.repoApi}/git/commits/${p}`, html_url: `${this.repoWeb}/commit/${p}` })),
      verification: { ...commit.verification },
    };
  }

  /** GET /commits/{ref}: the REST commit, with files and stats against the first parent. */
  commit(sha: string, withFiles = true): Record<string, unknown> {
    const commit = this.model.git.commit(sha) as CommitObject;
    const body: Record<string, unknown> = {
      url: `${this.repoApi}/commits/${sha}`,
      sha,
      node_id: nodeId('Commit', sha),
      html_url: `${this.repoWeb}/commit/${sha}`,
      comments_url: `${this.repoApi}/commits/${sha}/comments`,
      commit: {
        url: `${this.repoApi}/git/commits/${sha}`,
        author: { ...commit.author },
        committer: { ...commit.committer },
        message: commit.message,
        comment_count: 0,
        tree: { sha: commit.tree, url: `${this.repoApi}/git/trees/${commit.tree}` },
        verification: { ...commit.verification },
      },
      author: commit.authorLogin ? this.user(commit.authorLogin) : null,
      committer: commit.committerLogin ? this.user(commit.committerLogin) : null,
      parents: commit.parents.map((p) => ({ sha: p, url: `${this.repoApi}/commits/${p}`, html_url: `${this.repoWeb}/commit/${p}` })),
    };
    if (withFiles) {
      const parentTree = commit.parents[0] ? this.model.git.commit(commit.parents[0])?.tree : undefined;
      const files = diffTrees(this.model.git, parentTree, commit.tree);
      let additions = 0;
      let deletions = 0;
      body.files = files.map((f) => {
        additions += f.additions;
        deletions += f.deletions;
        const blobSha = f.sha ?? '0'.repeat(40);
        return {
          sha: f.sha,
          filename: f.filename,
          status: f.status,
          additions: f.additions,
          deletions: f.deletions,
          changes: f.additions + f.deletions,
          blob_url: `${this.repoWeb}/blob/${sha}/${f.filename}`,
          raw_url: `${this.repoWeb}/raw/${sha}/${f.filename}`,
          contents_url: `${this.repoApi}/contents/${f.filename}?ref=${blobSha === f.sha ? sha : commit.parents[0]}`,
        };
      });
      body.stats = { total: additions + deletions, additions, deletions };
    }
    return body;
  }

  treeEntry(entry: TreeEntry, path: string): Record<string, unknown> {
    const out: Record<string, unknown> = { path, mode: entry.mode, type: entry.type, sha: entry.sha };
    if (entry.type === 'blob') {
      out.size = this.model.git.blob(entry.sha)?.data.length ?? 0;
      out.url = `${this.repoApi}/git/blobs/${entry.sha}`;
    } else if (entry.type === 'tree') {
      out.url = `${this.repoApi}/git/trees/${entry.sha}`;
    }
    return out;
  }

  tree(sha: string, recursive: boolean): Record<string, unknown> {
    const entries: Record<string, unknown>[] = [];
    const walk = (treeSha: string, prefix: string): void => {
      const tree = this.model.git.tree(treeSha);
      if (!tree) return;
      for (const entry of tree.entries) {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        entries.push(this.treeEntry(entry, path));
        if (recursive && entry.type === 'tree') walk(entry.sha, path);
      }
    };
    walk(sha, '');
    return { sha, url: `${this.repoApi}/git/trees/${sha}`, tree: entries, truncated: false };
  }

  blob(sha: string): Record<string, unknown> {
    const blob = this.model.git.blob(sha);
    const data = blob?.data ?? Buffer.alloc(0);
    return {
      sha,
      node_id: nodeId('Blob', sha),
      size: data.length,
      url: `${this.repoApi}/git/blobs/${sha}`,
      content: wrappedBase64(data),
      encoding: 'base64',
    };
  }

  contentEntry(entry: TreeEntry, path: string, ref: string, withContent: boolean): Record<string, unknown> {
    const q = `?ref=${encodeURIComponent(ref)}`;
    const self = `${this.repoApi}/contents/${path}${q}`;
    const gitUrl = entry.type === 'commit' ? null : `${this.repoApi}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`;
    const htmlUrl = entry.type === 'commit' ? null : `${this.repoWeb}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${path}`;
    const blob = entry.type === 'blob' ? this.model.git.blob(entry.sha) : undefined;
    const type = entry.type === 'tree' ? 'dir' : entry.type === 'commit' ? 'submodule' : entry.mode === '120000' ? 'symlink' : 'file';
    const out: Record<string, unknown> = {
      type,
      name: path.split('/').pop(),
      path,
      sha: entry.sha,
      size: blob?.data.length ?? 0,
      url: self,
      html_url: htmlUrl,
      git_url: gitUrl,
      download_url: type === 'file' ? `${this.urls.web}/${this.state.owner}/${this.state.repo}/raw/${ref}/${path}` : null,
      _links: { self, git: gitUrl, html: htmlUrl },
    };
    if (type === 'symlink') out.target = blob?.data.toString('utf8') ?? '';
    if (type === 'submodule') out.submodule_git_url = `${this.repoWeb}-submodule.git`;
    if (withContent && type === 'file') {
      out.content = wrappedBase64(blob?.data ?? Buffer.alloc(0));
      out.encoding = 'base64';
    }
    return out;
  }

  tag(name: string, refSha: string): Record<string, unknown> {
    const sha = this.model.git.peel(refSha);
    return {
      name,
      commit: { sha, url: `${this.repoApi}/commits/${sha}` },
      zipball_url: `${this.repoApi}/zipball/refs/tags/${name}`,
      tarball_url: `${this.repoApi}/tarball/refs/tags/${name}`,
      node_id: nodeId('Ref', `${this.state.repoId}:refs/tags/${name}`),
    };
  }

  branch(name: string, sha: string): Record<string, unknown> {
    return {
      name,
      commit: this.commit(sha, false),
      _links: { self: `${this.repoApi}/branches/${name}`, html: `${this.repoWeb}/tree/${name}` },
      protected: false,
      protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
      protection_url: `${this.repoApi}/branches/${name}/protection`,
    };
  }

  shortBranch(name: string, sha: string): Record<string, unknown> {
    return { name, commit: { sha, url: `${this.repoApi}/commits/${sha}` }, protected: false };
  }

  label(name: string): Record<string, unknown> {
    const id = userId(`label:${name}`);
    return {
      id,
      node_id: nodeId('Label', id),
      url: `${this.repoApi}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    };
  }

  pull(pr: PullRequestState, full: boolean): Record<string, unknown> {
    const s = this.state;
    const api = `${this.repoApi}/pulls/${pr.number}`;
    const html = `${this.repoWeb}/pull/${pr.number}`;
    const issue = `${this.repoApi}/issues/${pr.number}`;
    const headSha = this.model.pullHeadSha(pr);
    const baseSha = this.model.branchSha(pr.base) ?? headSha;
    const repo = this.repository();
    const side = (ref: string, sha: string) => ({ label: `${s.owner}:${ref}`, ref, sha, user: this.user(s.owner), repo });
    const body: Record<string, unknown> = {
      url: api,
      id: pr.id,
      node_id: nodeId('PullRequest', pr.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${this.repoApi}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${this.repoApi}/statuses/${headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: this.user(pr.user),
      body: pr.body,
      labels: pr.labels.map((l) => this.label(l)),
      milestone: null,
      active_lock_reason: null,
      created_at: pr.createdAt,
      updated_at: pr.updatedAt,
      closed_at: pr.closedAt,
      merged_at: pr.mergedAt,
      merge_commit_sha: pr.mergeCommitSha,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: side(pr.head, headSha),
      base: side(pr.base, baseSha),
      _links: {
        self: { href: api },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${api}/comments` },
        review_comment: { href: `${this.repoApi}/pulls/comments{/number}` },
        commits: { href: `${api}/commits` },
        statuses: { href: `${this.repoApi}/statuses/${headSha}` },
      },
      author_association: pr.user === s.owner ? 'OWNER' : 'NONE',
      auto_merge: null,
      draft: pr.draft,
    };
    if (full) {
      const git = this.model.git;
      const mergeBase = git.mergeBase(baseSha, headSha);
      const commits = git.commitsBetween(baseSha, headSha);
      const files = diffTrees(git, mergeBase ? git.commit(mergeBase)?.tree : undefined, (git.commit(headSha) as CommitObject).tree);
      Object.assign(body, {
        merged: pr.mergedAt !== null,
        mergeable: pr.state === 'open' ? true : null,
        rebaseable: pr.state === 'open' ? true : null,
        mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
        merged_by: pr.mergedAt ? this.user(s.owner) : null,
        comments: 0,
        review_comments: 0,
        maintainer_can_modify: pr.maintainerCanModify,
        commits: pr.mergedAt ? Math.max(commits.length, 1) : commits.length,
        additions: files.reduce((n, f) => n + f.additions, 0),
        deletions: files.reduce((n, f) => n + f.deletions, 0),
        changed_files: files.length,
      });
    }
    return body;
  }

  asset(release: ReleaseState, asset: ReleaseAssetState): Record<string, unknown> {
    return {
      url: `${this.repoApi}/releases/assets/${asset.id}`,
      browser_download_url: `${this.repoWeb}/releases/download/${encodeURIComponent(this.model.releaseUrlTag(release))}/${encodeURIComponent(asset.name)}`,
      id: asset.id,
      node_id: nodeId('ReleaseAsset', asset.id),
      name: asset.name,
      label: asset.label,
      state: asset.state,
      content_type: asset.contentType,
      size: asset.size,
      digest: asset.digest,
      download_count: asset.downloadCount,
      created_at: asset.createdAt,
      updated_at: asset.updatedAt,
      uploader: this.user(asset.uploader),
    };
  }

  release(release: ReleaseState): Record<string, unknown> {
    const api = `${this.repoApi}/releases/${release.id}`;
    const urlTag = this.model.releaseUrlTag(release);
    return {
      url: api,
      html_url: `${this.repoWeb}/releases/tag/${encodeURIComponent(urlTag)}`,
      assets_url: `${api}/assets`,
      upload_url: `${this.urls.uploads}/repos/${this.state.owner}/${this.state.repo}/releases/${release.id}/assets{?name,label}`,
      tarball_url: release.draft ? null : `${this.repoApi}/tarball/${encodeURIComponent(release.tagName)}`,
      zipball_url: release.draft ? null : `${this.repoApi}/zipball/${encodeURIComponent(release.tagName)}`,
      id: release.id,
      node_id: nodeId('Release', release.id),
      tag_name: release.tagName,
      target_commitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: this.state.immutableReleases && !release.draft,
      created_at: release.createdAt,
      updated_at: release.updatedAt,
      published_at: release.publishedAt,
      author: this.user(release.author),
      assets: release.assets.map((a) => this.asset(release, a)),
    };
  }

  private actionsApp(): Record<string, unknown> {
    return {
      id: 15368,
      slug: 'github-actions',
      node_id: 'MDM6QXBwMTUzNjg=',
      client_id: 'Iv1.05c79e9ad1f6bdfa',
      owner: this.user('github'),
      name: 'GitHub Actions',
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${this.urls.web}/apps/github-actions`,
      created_at: '2018-07-30T09:30:17Z',
      updated_at: '2024-04-10T20:33:16Z',
      permissions: { actions: 'write', checks: 'write', contents: 'write', metadata: 'read', pull_requests: 'write', statuses: 'write' },
      events: ['check_run', 'check_suite', 'pull_request', 'push', 'release', 'workflow_dispatch'],
    };
  }

  checkRun(run: CheckRunState): Record<string, unknown> {
    const api = `${this.repoApi}/check-runs/${run.id}`;
    return {
      id: run.id,
      head_sha: run.headSha,
      node_id: nodeId('CheckRun', run.id),
      external_id: '',
      url: api,
      html_url: `${this.repoWeb}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${this.repoWeb}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${api}/annotations` },
      name: run.name,
      check_suite: { id: run.checkSuiteId },
      app: this.actionsApp(),
      pull_requests: [],
    };
  }

  status(status: CommitStatusState): Record<string, unknown> {
    return {
      url: `${this.repoApi}/statuses/${status.sha}`,
      avatar_url: `${this.urls.web}/avatars/u/${userId(status.creator)}?v=4`,
      id: status.id,
      node_id: nodeId('StatusContext', status.id),
      state: status.state,
      description: status.description,
      target_url: status.targetUrl,
      context: status.context,
      created_at: status.createdAt,
      updated_at: status.updatedAt,
      creator: this.user(status.creator),
    };
  }

  simpleStatus(status: CommitStatusState): Record<string, unknown> {
    const { creator: _creator, ...rest } = this.status(status);
    return rest;
  }

  artifact(artifact: ArtifactState): Record<string, unknown> {
    const api = `${this.repoApi}/actions/artifacts/${artifact.id}`;
    return {
      id: artifact.id,
      node_id: nodeId('Artifact', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.sizeInBytes,
      url: api,
      archive_download_url: `${api}/zip`,
      expired: artifact.expired,
      created_at: artifact.createdAt,
      expires_at: artifact.expiresAt,
      updated_at: artifact.updatedAt,
      digest: artifact.digest,
      workflow_run: {
        id: artifact.runId,
        repository_id: this.state.repoId,
        head_repository_id: this.state.repoId,
        head_branch: artifact.headBranch,
        head_sha: artifact.headSha,
      },
    };
  }
}
