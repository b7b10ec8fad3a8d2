/** The package index client: endpoints, the legacy upload API, the JSON API and trusted publishing. */
export { resolveEndpoints, isLoopback } from './endpoints.js';
export type { IndexEndpoints, EndpointOverrides } from './endpoints.js';
export { answerMessage, bodyMessage, readAnswer, redirectMessage, saysAlreadyExists } from './answers.js';
export type { IndexAnswer } from './answers.js';
export { uploadFields, pythonJsonDumps, safeName, pyversionOf, filetypeOf } from './form.js';
export { multipartBody, quoteParam } from './multipart.js';
export type { MultipartBody, MultipartFile } from './multipart.js';
export { fetchRelease, parseReleaseJson, releaseJsonUrl, USER_AGENT } from './json-api.js';
export type { IndexFile, IndexRelease } from './json-api.js';
export { fetchProvenance, provenanceUrl, readProvenance, type ProvenanceObject } from './provenance.js';
export type { FileProvenance } from './provenance.js';
export { uploadAttempt, RetryableUploadError } from './upload.js';
export type { UploadAnswer, UploadAttemptOptions } from './upload.js';
export { TrustedPublisher, MINT_ERROR_HELP, RENDERED_CLAIMS, renderClaims, unverifiedClaims } from './trusted-publishing.js';
export type { TrustedPublishingOptions } from './trusted-publishing.js';
export { tokenCredentials, trustedCredentials } from './auth.js';
export type { UploadCredentials } from './auth.js';
