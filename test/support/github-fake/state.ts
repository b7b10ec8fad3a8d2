/**
 * The fake repository's state: plain data that tests can read and seed, and a
 * canonical serialization so a test can assert that nothing changed.
 */
import type { GitObject } from './git.js';

export interface PullRequestState {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  /** Head branch name (same repository; forks are not modelled). */
  head: string;
  /** Head SHA when the branch was last seen (kept after the branch is deleted). */
  headSha: string;
  base: string;
  maintainerCanModify: boolean;
  user: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
}

export interface ReleaseAssetState {
  id: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  /** `sha256:<hex>`, as GitHub reports it. */
  digest: string;
  state: 'uploaded' | 'open';
  downloadCount: number;
  uploader: string;
  createdAt: string;
  updatedAt: string;
  /** Where the bytes live on disk (under the server's temporary directory). */
  file: string;
}

export interface ReleaseState {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy' | null;
  /** Draft releases are addressed as `untagged-<this>` in their URLs. */
  untaggedId: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  assets: ReleaseAssetState[];
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
export type CheckStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';

export interface CheckRunState {
  id: number;
  headSha: string;
  name: string;
  status: CheckStatus;
  conclusion: CheckConclusion | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  checkSuiteId: number;
}

export type CommitStatusValue = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusState {
  id: number;
  sha: string;
  context: string;
  state: CommitStatusValue;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface ArtifactState {
  id: number;
  runId: number;
  name: string;
  sizeInBytes: number;
  digest: string;
  expired: boolean;
  headBranch: string;
  headSha: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  /** The zip archive served by the download redirect. */
  zip: Buffer;
}

/** One call of POST /releases/generate-notes (GitHub saves nothing; tests read this). */
export interface GeneratedNotesRecord {
  tagName: string;
  targetCommitish: string | null;
  /** What the client sent. */
  previousTagName: string | null;
  /** The tag the notes were generated from (given, or the previous release GitHub picked). */
  resolvedPreviousTag: string | null;
  configurationFilePath: string | null;
  name: string;
  body: string;
}

export interface FakeRepoState {
  owner: string;
  repo: string;
  repoId: number;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  /** Repositories with immutable releases refuse asset and tag changes once a release is published. */
  immutableReleases: boolean;
  /** Git objects by SHA. */
  objects: Map<string, GitObject>;
  /** Fully qualified ref name (`refs/heads/main`, `refs/tags/v1.0.0`) → commit SHA. */
  refs: Map<string, string>;
  pulls: PullRequestState[];
  releases: ReleaseState[];
  /** The release GitHub shows as "Latest", if any. */
  latestReleaseId: number | null;
  checkRuns: CheckRunState[];
  statuses: CommitStatusState[];
  artifacts: ArtifactState[];
  /** A log of generate-notes calls; not part of the snapshot (GitHub stores nothing). */
  generatedNotes: GeneratedNotesRecord[];
}

function canonical(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { bytes: value.length };
  if (value instanceof Map) {
    return Object.fromEntries([...value.entries()].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([k, v]) => [k, canonical(v)]));
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * Canonical JSON of everything a write can change. Object contents are implied
 * by their SHAs; download counters, file locations and the generate-notes log
 * are left out because reads change them.
 */
export function snapshotState(state: FakeRepoState): string {
  return JSON.stringify(
    canonical({
      defaultBranch: state.defaultBranch,
      objects: [...state.objects.keys()].sort(),
      refs: state.refs,
      pulls: state.pulls,
      releases: state.releases.map((r) => ({
        ...r,
        assets: r.assets.map(({ downloadCount: _d, file: _f, ...rest }) => rest),
      })),
      latestReleaseId: state.latestReleaseId,
      checkRuns: state.checkRuns,
      statuses: state.statuses,
      artifacts: state.artifacts.map(({ zip: _zip, ...rest }) => rest),
    }),
    null,
    1,
  );
}
