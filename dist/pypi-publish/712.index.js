export const id = 712;
export const ids = [712,837];
export const modules = {

/***/ 6712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findAttestationFiles: () => (/* binding */ findAttestationFiles),
/* harmony export */   publishAttestationPath: () => (/* binding */ publishAttestationPath),
/* harmony export */   readAttestationFile: () => (/* binding */ readAttestationFile),
/* harmony export */   writeAttestationFile: () => (/* binding */ writeAttestationFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _files_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2848);
/* harmony import */ var _hashing_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9275);
/* harmony import */ var _pep740_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9837);
/**
 * Attestation files beside a distribution, as twine pairs them: every
 * `<filename>.<kind>.attestation` in the same directory belongs to `<filename>`;
 * this suite writes `<filename>.publish.attestation` (the name
 * gh-action-pypi-publish and uv use). Read with a size bound and kept as parsed
 * JSON, so what is sent is what the file says.
 */






const MAX_ATTESTATION_BYTES = 1024 * 1024;
function publishAttestationPath(distPath) {
    return `${distPath}.publish.attestation`;
}
/** Every `<filename>.*.attestation` beside the distribution, sorted by name. */
async function findAttestationFiles(distPath) {
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(distPath)}.`;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(distPath));
    // `<filename>.<kind>.attestation`, the kind not empty.
    return names.filter((n) => n.startsWith(prefix) && /^[^.].*\.attestation$/.test(n.slice(prefix.length))).sort().map((n) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(distPath), n));
}
async function readAttestationFile(path) {
    let bytes;
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        if (size > MAX_ATTESTATION_BYTES)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${path} is ${size} bytes; an attestation is a few kilobytes. Remove it, or check what wrote it.`);
        bytes = await handle.readFile();
    }
    finally {
        await handle.close();
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${path} is not JSON (${err.message}); remove it to sign the file anew.`);
    }
    try {
        return { path, filename: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), sha256: (0,_hashing_index_js__WEBPACK_IMPORTED_MODULE_4__/* .digestBytes */ .QN)(bytes, 'sha256').toString('hex'), json, attestation: (0,_pep740_js__WEBPACK_IMPORTED_MODULE_5__.parseAttestation)(json, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)) };
    }
    catch (err) {
        if (err instanceof _pep740_js__WEBPACK_IMPORTED_MODULE_5__.AttestationFormatError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y(`${path} is not a PEP 740 attestation: ${err.message}. Remove it to sign the file anew.`);
        throw err;
    }
}
/** Writes the attestation as compact JSON (as pypi-attestations does), atomically. */
async function writeAttestationFile(path, attestation) {
    const text = JSON.stringify(attestation);
    await (0,_files_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomically */ .lo)(path, text);
    return { path, filename: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), sha256: (0,_hashing_index_js__WEBPACK_IMPORTED_MODULE_4__/* .digestBytes */ .QN)(text, 'sha256').toString('hex'), json: JSON.parse(text), attestation };
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


/***/ })

};
