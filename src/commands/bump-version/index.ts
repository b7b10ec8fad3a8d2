/** Orchestration of bump-version: on GitHub through the REST API, or on a local checkout with git. */
export { bumpOnGitHub, type GitHubBumpOutcome, type GitHubBumpRequest } from './github.js';
export { bumpLocally, type LocalBumpOutcome, type LocalBumpRequest } from './local.js';
export { changesTable, changesText, diffBlock, pullRequestBody } from './report.js';
export { refNameProblem } from './ref-names.js';
export { checkBranchName, checkTagName, fillTemplate, messageFitsTemplate, SAMPLE_VALUES, subjectOf } from './templates.js';
