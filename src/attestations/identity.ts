/**
 * Who signed an attestation: the claims Fulcio writes into the signing
 * certificate (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md),
 * and the check pypi-attestations makes for a GitHub trusted publisher: issuer
 * GitHub Actions, source repository the publisher's, and a Build Config URI
 * that names the publisher's workflow file at the certificate's own ref or
 * commit. The environment is not in the certificate (Fulcio has no claim for
 * it); PyPI enforces it when it mints the upload token, and so does the
 * embedded index.
 */
import { ASN1Obj, X509Certificate } from '@sigstore/core';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Fulcio's certificate extension OIDs (v2 claims are DER UTF8Strings). */
export const FULCIO_OIDS = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
} as const;

export type CertificateClaims = Partial<Record<keyof typeof FULCIO_OIDS, string>> & {
  /** The certificate's SAN (a URI for workflow identities, an email for people). */
  subjectAlternativeName?: string;
};

/** The Fulcio claims of a DER certificate (base64). */
export function certificateClaims(certificateBase64: string): CertificateClaims {
  const cert = X509Certificate.parse(Buffer.from(certificateBase64, 'base64'));
  const claims: CertificateClaims = {};
  const san = cert.subjectAltName;
  if (san) claims.subjectAlternativeName = san;
  for (const [name, oid] of Object.entries(FULCIO_OIDS) as [keyof typeof FULCIO_OIDS, string][]) {
    const ext = cert.extension(oid);
    if (!ext) continue;
    try {
      claims[name] = ASN1Obj.parseBuffer(ext.value as Buffer<ArrayBuffer>).value.toString('utf8');
    } catch {
      // Not a DER string: not one of the claims pypi-attestations reads either.
    }
  }
  return claims;
}

/**
 * pypi-attestations' `_GitHubTrustedPublisherPolicy`: undefined when the certificate was issued
 * to this publisher's workflow, else the reason (in its words).
 */
export function checkGitHubPublisher(claims: CertificateClaims, publisher: { repository: string; workflow: string }): string | undefined {
  if (claims.issuer !== GITHUB_ISSUER) {
    return `Certificate's OIDCIssuerV2 does not match (got '${claims.issuer ?? 'no issuer'}', expected '${GITHUB_ISSUER}')`;
  }
  const repositoryUri = `https://github.com/${publisher.repository}`;
  if (claims.sourceRepositoryUri !== repositoryUri) {
    return `Certificate's OIDCSourceRepositoryURI does not match (got '${claims.sourceRepositoryUri ?? 'none'}', expected '${repositoryUri}')`;
  }
  const suffixes = [claims.sourceRepositoryDigest, claims.sourceRepositoryRef].filter((s): s is string => !!s);
  if (suffixes.length === 0) return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
  for (const suffix of suffixes) {
    if (claims.buildConfigUri === `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@${suffix}`) return undefined;
  }
  return `Certificate's Build Config URI (${claims.buildConfigUri ?? 'none'}) does not match expected Trusted Publisher (${publisher.workflow} @ ${publisher.repository})`;
}
