/**
 * The pure domain of bump-version: version arithmetic (PEP 440 and semver) and
 * finding, checking and rewriting the version strings of a Python project.
 * No GitHub and no git here; callers pass a FileAccess.
 */
export { BUMPS, SCHEMES, isBump, isScheme, type Bump, type Scheme } from './bump.js';
export {
  bumpVersion,
  chooseNextVersion,
  compareVersions,
  isPrerelease,
  normalizeVersion,
  type NextVersionRequest,
} from './version.js';
export { cachedFileAccess, localFileAccess, memoryFileAccess, repoPath, type FileAccess } from './file-access.js';
export { AUTO_DETECTION, locateVersions, searchedFor, type VersionKind, type VersionLocation } from './locate.js';
export { checkAgreement } from './agreement.js';
export { rewrite, spelledLike } from './rewrite.js';
export { planBump, type BumpPlan, type BumpRequest, type FileChange } from './plan.js';
export { unifiedDiff } from './diff.js';
