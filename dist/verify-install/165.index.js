export const id = 165;
export const ids = [165];
export const modules = {

/***/ 2165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FULCIO_OIDS: () => (/* binding */ FULCIO_OIDS),
/* harmony export */   GITHUB_ISSUER: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   certificateClaims: () => (/* binding */ certificateClaims),
/* harmony export */   checkGitHubPublisher: () => (/* binding */ checkGitHubPublisher)
/* harmony export */ });
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3917);
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

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Fulcio's certificate extension OIDs (v2 claims are DER UTF8Strings). */
const FULCIO_OIDS = {
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
};
/** The Fulcio claims of a DER certificate (base64). */
function certificateClaims(certificateBase64) {
    const cert = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(certificateBase64, 'base64'));
    const claims = {};
    const san = cert.subjectAltName;
    if (san)
        claims.subjectAlternativeName = san;
    for (const [name, oid] of Object.entries(FULCIO_OIDS)) {
        const ext = cert.extension(oid);
        if (!ext)
            continue;
        try {
            claims[name] = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.ASN1Obj.parseBuffer(ext.value).value.toString('utf8');
        }
        catch {
            // Not a DER string: not one of the claims pypi-attestations reads either.
        }
    }
    return claims;
}
/**
 * pypi-attestations' `_GitHubTrustedPublisherPolicy`: undefined when the certificate was issued
 * to this publisher's workflow, else the reason (in its words).
 */
function checkGitHubPublisher(claims, publisher) {
    if (claims.issuer !== GITHUB_ISSUER) {
        return `Certificate's OIDCIssuerV2 does not match (got '${claims.issuer ?? 'no issuer'}', expected '${GITHUB_ISSUER}')`;
    }
    const repositoryUri = `https://github.com/${publisher.repository}`;
    if (claims.sourceRepositoryUri !== repositoryUri) {
        return `Certificate's OIDCSourceRepositoryURI does not match (got '${claims.sourceRepositoryUri ?? 'none'}', expected '${repositoryUri}')`;
    }
    const suffixes = [claims.sourceRepositoryDigest, claims.sourceRepositoryRef].filter((s) => !!s);
    if (suffixes.length === 0)
        return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
    for (const suffix of suffixes) {
        if (claims.buildConfigUri === `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@${suffix}`)
            return undefined;
    }
    return `Certificate's Build Config URI (${claims.buildConfigUri ?? 'none'}) does not match expected Trusted Publisher (${publisher.workflow} @ ${publisher.repository})`;
}


/***/ })

};
