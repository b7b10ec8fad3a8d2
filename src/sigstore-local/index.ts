/** A local Fulcio-like CA and Rekor-like log on loopback, for tests and the rehearsal. */
export { startLocalSigstore, SIGNING_CONFIG_MEDIA_TYPE, TRUST_CONFIG_MEDIA_TYPE } from './server.js';
export type { IssuedCertificate, LocalSigstore, LocalSigstoreOptions } from './server.js';
export { githubIdentity } from './fulcio-claims.js';
export { createLocalOidcIssuer, signJwt, workflowClaims, type LocalOidcIssuer } from './oidc-issuer.js';
