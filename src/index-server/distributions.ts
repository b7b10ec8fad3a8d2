/**
 * The one place the index reaches into src/distributions: names, filenames,
 * digests and PyPI's offline preflight rules are the same code the publish
 * action runs, so the stand-in index and the real client cannot drift apart.
 */
export {
  normalizeName,
  parseDistributionFilename,
  inspectDistribution,
  FilenameError,
  normalizeVersion,
  pythonRepr,
  DEFAULT_MAX_FILE_SIZE,
  DescriptionChecks,
  descriptionContentTypeProblem,
  descriptionFormat,
  renderRefusal,
} from '../distributions/index.js';
export type { DescriptionRenderer, DistributionInfo, KnownDigests, Problem } from '../distributions/index.js';
