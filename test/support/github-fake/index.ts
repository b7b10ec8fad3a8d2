/**
 * A stateful fake GitHub REST API on loopback, checked against GitHub's
 * OpenAPI description. See server.ts for the API and README.md for usage.
 */
export { startFakeGitHub } from './server.js';
export type {
  FakeGitHub,
  FakeGitHubOptions,
  FaultInjector,
  FaultRequest,
  FaultResponse,
  RateLimit,
  RecordedRequest,
  SeedRelease,
} from './server.js';
export type {
  ArtifactState,
  CheckConclusion,
  CheckRunState,
  CheckStatus,
  CommitStatusState,
  CommitStatusValue,
  FakeRepoState,
  GeneratedNotesRecord,
  PullRequestState,
  ReleaseAssetState,
  ReleaseState,
} from './state.js';
export type { CommitObject, GitObject, TreeEntry } from './git.js';
export { loadOpenApi } from './openapi.js';
export { fakeOctokit } from './octokit.js';
export type { FakeOctokit, FakeOctokitOptions } from './octokit.js';
export type { LoadStats } from './openapi.js';
