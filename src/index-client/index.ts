/** The package index client: endpoints, the simple API (what an index holds), the legacy upload API, PyPI's JSON and Integrity APIs, and trusted publishing. */
export { resolveEndpoints, isLoopback } from './endpoints.js';
export type { IndexEndpoints, EndpointOverrides } from './endpoints.js';
export { answerMessage, bodyMessage, readAnswer, redirectMessage, saysAlreadyExists } from './answers.js';
export type { IndexAnswer } from './answers.js';
export { uploadFields, pythonJsonDumps, safeName, pyversionOf, filetypeOf } from './form.js';
export { multipartBody, quoteParam } from './multipart.js';
export type { MultipartBody, MultipartFile } from './multipart.js';
export {
  fetchSimplePage,
  parseSimpleHtml,
  parseSimpleJson,
  projectPageUrl,
  releaseFiles,
  MAX_PAGE_BYTES,
  SIMPLE_ACCEPT,
  SIMPLE_JSON,
} from './simple-api.js';
export type { FetchPageOptions, SimpleFile, SimplePage, SimplePageAnswer } from './simple-api.js';
export { listedRelease, readListedRelease } from './listing.js';
export type { IndexFile, IndexRelease, ListingOptions } from './listing.js';
export { fetchRelease, parseReleaseJson, releaseJsonUrl, USER_AGENT } from './json-api.js';
export { fetchProvenance, provenanceUrl, readProvenance, type ProvenanceObject } from './provenance.js';
export type { FileProvenance } from './provenance.js';
export { uploadAttempt, RetryableUploadError } from './upload.js';
export type { UploadAnswer, UploadAttemptOptions } from './upload.js';
export { TrustedPublisher, MINT_ERROR_HELP, RENDERED_CLAIMS, renderClaims, unverifiedClaims } from './trusted-publishing.js';
export type { TrustedPublishingOptions } from './trusted-publishing.js';
export { basicAuthorization, passwordCredentials, tokenCredentials, trustedCredentials } from './auth.js';
export type { UploadCredentials } from './auth.js';
