/** The model of a Python distribution file: names, filenames, digests, metadata, archives, preflight, manifest. */
export { normalizeName, filenameEscapedName, isValidProjectName } from './names.js';
export { normalizeVersion, isValidVersion, localVersionLabel, versionsEqual } from './versions.js';
export { pythonRepr } from './python-repr.js';
export {
  FilenameError,
  parseDistributionFilename,
  parseWheelFilename,
  parseSdistFilename,
} from './filename.js';
export type { WheelFilename, SdistFilename, DistributionFilename } from './filename.js';
export type { Digests, KnownDigests } from './digests.js';
export {
  MetadataError,
  SUPPORTED_METADATA_VERSIONS,
  parseCoreMetadata,
  parseHeaderBlock,
  parseWheelFile,
  headerValue,
  headerValues,
} from './metadata.js';
export type { CoreMetadata, HeaderBlock } from './metadata.js';
export { parseCsv, parseRecord, verifyRecord } from './record.js';
export type { RecordRow, RecordFinding, MemberDigest } from './record.js';
export { DEFAULT_ARCHIVE_LIMITS, readWheelArchive, expectedDistInfo } from './wheel-archive.js';
export type { ArchiveLimits, ArchiveProblem, ScannedMember, ReadWheelOptions, WheelArchive } from './wheel-archive.js';
export { readSdistArchive, commonPrefix } from './sdist-archive.js';
export type { SdistArchive } from './sdist-archive.js';
export { platformTagAllowed } from './platform-tags.js';
export {
  DEFAULT_MAX_FILE_SIZE,
  checkDistributionSet,
  inspectDistribution,
  preflight,
} from './preflight.js';
export type { DistributionInfo, InspectOptions, PreflightOptions, PreflightResult, Problem } from './preflight.js';
export {
  MANIFEST_SCHEMA,
  MANIFEST_SCHEMA_VERSION,
  compareManifest,
  createManifest,
  parseManifest,
  readManifest,
  writeManifest,
} from './manifest.js';
export type { Manifest, ManifestComparison, ManifestEntry } from './manifest.js';
export { formatProblemsTable } from './report.js';
export { DescriptionChecks, descriptionFormat, descriptionToRender, renderRefusal } from './description.js';
export type { DescriptionFormat, DescriptionRenderer, DescriptionVerdict } from './description.js';
export { checkMetadataFields, descriptionContentTypeProblem } from './metadata-rules.js';
export { canonicalizeLicenseExpression } from './spdx.js';
export { entryPointErrors } from './entry-points.js';
