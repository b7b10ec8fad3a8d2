export const id = 830;
export const ids = [830,837,165];
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


/***/ }),

/***/ 9837:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AttestationFormatError: () => (/* binding */ AttestationFormatError),
/* harmony export */   IN_TOTO_PAYLOAD_TYPE: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   IN_TOTO_STATEMENT_V1: () => (/* binding */ IN_TOTO_STATEMENT_V1),
/* harmony export */   KNOWN_PREDICATE_TYPES: () => (/* binding */ KNOWN_PREDICATE_TYPES),
/* harmony export */   PYPI_PUBLISH_V1: () => (/* binding */ PYPI_PUBLISH_V1),
/* harmony export */   SLSA_PROVENANCE_V1: () => (/* binding */ SLSA_PROVENANCE_V1),
/* harmony export */   attestationFromBundle: () => (/* binding */ attestationFromBundle),
/* harmony export */   attestationToBundle: () => (/* binding */ attestationToBundle),
/* harmony export */   parseAttestation: () => (/* binding */ parseAttestation),
/* harmony export */   publishStatement: () => (/* binding */ publishStatement),
/* harmony export */   statementOf: () => (/* binding */ statementOf)
/* harmony export */ });
const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** pypi-attestations' `AttestationType`: the predicate types PyPI knows. */
const KNOWN_PREDICATE_TYPES = new Set([PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1]);
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** A value that is not a well-formed attestation; the message says which part. */
class AttestationFormatError extends Error {
    name = 'AttestationFormatError';
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function base64Field(value, where) {
    if (typeof value !== 'string' || value === '' || !BASE64.test(value))
        throw new AttestationFormatError(`${where} must be base64 text`);
    return value;
}
/** Checks the shape pypi-attestations' `Attestation` model accepts; returns a typed copy. */
function parseAttestation(value, where = 'attestation') {
    if (!isObject(value))
        throw new AttestationFormatError(`${where} must be a JSON object`);
    if (value.version !== 1)
        throw new AttestationFormatError(`${where}.version must be 1`);
    const material = value.verification_material;
    if (!isObject(material))
        throw new AttestationFormatError(`${where}.verification_material must be an object`);
    const entries = material.transparency_entries;
    if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isObject)) {
        throw new AttestationFormatError(`${where}.verification_material.transparency_entries must be a list of at least one object`);
    }
    const timestamps = material.timestamps;
    if (timestamps !== undefined && timestamps !== null && !Array.isArray(timestamps)) {
        throw new AttestationFormatError(`${where}.verification_material.timestamps must be a list`);
    }
    const envelope = value.envelope;
    if (!isObject(envelope))
        throw new AttestationFormatError(`${where}.envelope must be an object`);
    return {
        version: 1,
        verification_material: {
            certificate: base64Field(material.certificate, `${where}.verification_material.certificate`),
            transparency_entries: entries,
            ...(Array.isArray(timestamps) && timestamps.length > 0
                ? { timestamps: timestamps.map((t, i) => base64Field(t, `${where}.verification_material.timestamps[${i}]`)) }
                : {}),
        },
        envelope: {
            statement: base64Field(envelope.statement, `${where}.envelope.statement`),
            signature: base64Field(envelope.signature, `${where}.envelope.signature`),
        },
    };
}
/** `Attestation.from_bundle`: a Sigstore bundle (JSON) with a DSSE envelope, one signature and a leaf certificate. */
function attestationFromBundle(bundle) {
    const material = bundle.verificationMaterial;
    const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!certificate)
        throw new AttestationFormatError('the bundle has no signing certificate');
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        throw new AttestationFormatError('bundle does not contain a DSSE envelope');
    if (envelope.signatures.length !== 1)
        throw new AttestationFormatError(`expected exactly one signature, got ${envelope.signatures.length}`);
    if (material.tlogEntries.length === 0)
        throw new AttestationFormatError('the bundle has no transparency log entry');
    const timestamps = (material.timestampVerificationData?.rfc3161Timestamps ?? []).map((t) => t.signedTimestamp);
    return {
        version: 1,
        verification_material: {
            certificate,
            transparency_entries: material.tlogEntries.map((e) => JSON.parse(JSON.stringify(e))),
            ...(timestamps.length > 0 ? { timestamps } : {}),
        },
        envelope: { statement: envelope.payload, signature: envelope.signatures[0].sig },
    };
}
/** `Attestation.to_bundle`: a v0.3 Sigstore bundle (JSON) that sigstore-js can verify. */
function attestationToBundle(attestation) {
    const material = attestation.verification_material;
    return {
        mediaType: BUNDLE_V03,
        verificationMaterial: {
            certificate: { rawBytes: material.certificate },
            tlogEntries: material.transparency_entries,
            timestampVerificationData: { rfc3161Timestamps: (material.timestamps ?? []).map((signedTimestamp) => ({ signedTimestamp })) },
        },
        dsseEnvelope: {
            payload: attestation.envelope.statement,
            payloadType: IN_TOTO_PAYLOAD_TYPE,
            signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
        },
    };
}
/**
 * The in-toto Statement v1 of a PyPI publish attestation for one file, byte for byte as
 * sigstore-python's StatementBuilder writes it (compact JSON, `predicate` null).
 */
function publishStatement(filename, sha256) {
    const statement = {
        _type: IN_TOTO_STATEMENT_V1,
        subject: [{ name: filename, digest: { sha256 } }],
        predicateType: PYPI_PUBLISH_V1,
        predicate: null,
    };
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
/** The statement inside an attestation, parsed (its shape is checked by `verifyAttestation`). */
function statementOf(attestation) {
    return JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
}


/***/ }),

/***/ 6830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AttestationRejected: () => (/* binding */ AttestationRejected),
/* harmony export */   AttestationVerificationError: () => (/* binding */ AttestationVerificationError),
/* harmony export */   checkAttestationSet: () => (/* binding */ checkAttestationSet),
/* harmony export */   verifyAttestation: () => (/* binding */ verifyAttestation)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4187);
/* harmony import */ var _distributions_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6676);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2165);
/* harmony import */ var _pep740_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9837);
/**
 * Verifying attestations the way PyPI does, so the embedded index refuses
 * what PyPI refuses and pypi-publish's preflight finds it first:
 *
 * - one attestation (pypi-attestations `Attestation.verify`): the Sigstore
 *   bundle verifies against a trust root (certificate chain, SCT,
 *   transparency log, signature, all sigstore-js), the certificate names the
 *   trusted publisher, and the in-toto statement names exactly this file: its
 *   filename (compared parsed, as packaging does) and its sha256, with a
 *   predicate type PyPI knows;
 * - a file's set (warehouse `IntegrityService.parse_attestations`): a
 *   non-empty JSON list of at most two, each verified, no predicate type
 *   twice. Failures carry warehouse's texts, which the index prefixes with
 *   "Invalid attestations supplied during upload: ".
 */






/** pypi-attestations' VerificationError: "Verification failed: …". */
class AttestationVerificationError extends Error {
    name = 'AttestationVerificationError';
    constructor(reason) {
        super(`Verification failed: ${reason}`);
    }
}
/** warehouse's AttestationUploadError: the message follows "Invalid attestations supplied during upload: ". */
class AttestationRejected extends Error {
    name = 'AttestationRejected';
}
const materials = new WeakMap();
function trustMaterial(root) {
    let material = materials.get(root);
    if (!material) {
        material = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toTrustMaterial */ .jO)(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_1__.TrustedRoot.fromJSON(root));
        materials.set(root, material);
    }
    return material;
}
function sameDistribution(a, b) {
    if (a.kind !== b.kind || a.normalizedName !== b.normalizedName || a.normalizedVersion !== b.normalizedVersion)
        return false;
    if (a.kind === 'sdist' || b.kind === 'sdist')
        return true;
    const tags = (f) => [...new Set(f.tags)].sort().join(' ');
    return (a.build?.number ?? null) === (b.build?.number ?? null) && (a.build?.rest ?? '') === (b.build?.rest ?? '') && tags(a) === tags(b);
}
/** One attestation against one file; throws AttestationVerificationError with pypi-attestations' reason. */
function verifyAttestation(attestation, dist, opts) {
    let claims;
    try {
        const entity = (0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .toSignedEntity */ .DC)((0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__/* .bundleFromJSON */ .vw)((0,_pep740_js__WEBPACK_IMPORTED_MODULE_5__.attestationToBundle)(attestation)));
        new _sigstore_verify__WEBPACK_IMPORTED_MODULE_2__/* .Verifier */ .BL(trustMaterial(opts.trustedRoot), { tlogThreshold: 1, ctlogThreshold: 1 }).verify(entity);
        claims = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__.certificateClaims)(attestation.verification_material.certificate);
    }
    catch (err) {
        throw new AttestationVerificationError(err instanceof Error ? err.message : String(err));
    }
    if (opts.publisher) {
        const mismatch = (0,_identity_js__WEBPACK_IMPORTED_MODULE_4__.checkGitHubPublisher)(claims, opts.publisher);
        if (mismatch)
            throw new AttestationVerificationError(mismatch);
    }
    let statement;
    try {
        statement = (0,_pep740_js__WEBPACK_IMPORTED_MODULE_5__.statementOf)(attestation);
    }
    catch (err) {
        throw new AttestationVerificationError(`invalid statement: ${err.message}`);
    }
    const s = statement;
    if (!s || typeof s !== 'object' || s._type !== _pep740_js__WEBPACK_IMPORTED_MODULE_5__.IN_TOTO_STATEMENT_V1 || typeof s.predicateType !== 'string' || !Array.isArray(s.subject)) {
        throw new AttestationVerificationError('invalid statement: not an in-toto Statement v1');
    }
    if (s.subject.length !== 1)
        throw new AttestationVerificationError('too many subjects in statement (must be exactly one)');
    const subject = s.subject[0];
    if (!subject || typeof subject.name !== 'string' || subject.name === '')
        throw new AttestationVerificationError('invalid subject: missing name');
    let parsedSubject;
    try {
        parsedSubject = (0,_distributions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDistributionFilename */ .h3)(subject.name);
    }
    catch (err) {
        throw new AttestationVerificationError(`invalid subject: ${err instanceof _distributions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .FilenameError */ .Y8 ? err.packagingMessage : err.message}`);
    }
    if (!sameDistribution(parsedSubject, (0,_distributions_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDistributionFilename */ .h3)(dist.filename))) {
        throw new AttestationVerificationError(`subject does not match distribution name: ${subject.name} != ${dist.filename}`);
    }
    if (subject.digest?.sha256 !== dist.sha256)
        throw new AttestationVerificationError('subject does not match distribution digest');
    if (!_pep740_js__WEBPACK_IMPORTED_MODULE_5__.KNOWN_PREDICATE_TYPES.has(s.predicateType))
        throw new AttestationVerificationError(`unknown attestation type: ${s.predicateType}`);
    return { attestation, predicateType: s.predicateType, claims };
}
/**
 * The `attestations` form field of one upload, as warehouse checks it (after its trusted
 * publishing check, which is the caller's): throws AttestationRejected with warehouse's text.
 */
function checkAttestationSet(field, dist, opts) {
    let list;
    if (typeof field === 'string') {
        try {
            list = JSON.parse(field);
        }
        catch (err) {
            throw new AttestationRejected(`Malformed attestations: invalid JSON (${err.message})`);
        }
    }
    else {
        list = field;
    }
    if (!Array.isArray(list))
        throw new AttestationRejected('Malformed attestations: expected a JSON list of attestation objects');
    let attestations;
    try {
        attestations = list.map((a, i) => (0,_pep740_js__WEBPACK_IMPORTED_MODULE_5__.parseAttestation)(a, `attestations[${i}]`));
    }
    catch (err) {
        if (err instanceof _pep740_js__WEBPACK_IMPORTED_MODULE_5__.AttestationFormatError)
            throw new AttestationRejected(`Malformed attestations: ${err.message}`);
        throw err;
    }
    if (attestations.length === 0)
        throw new AttestationRejected('Malformed attestations: an empty attestation set is not permitted');
    const max = opts.maxPerFile ?? _pep740_js__WEBPACK_IMPORTED_MODULE_5__.KNOWN_PREDICATE_TYPES.size;
    if (attestations.length > max)
        throw new AttestationRejected(`A maximum of ${max} attestations per file are supported`);
    const seen = new Set();
    const verified = [];
    for (const attestation of attestations) {
        let one;
        try {
            one = verifyAttestation(attestation, dist, opts);
        }
        catch (err) {
            if (err instanceof AttestationVerificationError) {
                throw new AttestationRejected(`Could not verify the uploaded artifact using the included attestation: ${err.message}`);
            }
            throw new AttestationRejected(`Unknown error while trying to verify included attestations: ${err.message}`);
        }
        if (seen.has(one.predicateType)) {
            throw new AttestationRejected(`Multiple attestations for the same file with the same predicate type (${one.predicateType}) are not supported`);
        }
        seen.add(one.predicateType);
        verified.push(one);
    }
    return verified;
}


/***/ })

};
