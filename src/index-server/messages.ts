/**
 * The texts warehouse (pypi/warehouse `warehouse/forklift/legacy.py`, `forms.py`,
 * `metadata.py`) answers uploads with. Clients match on them (twine's
 * --skip-existing looks for "File already exists"), so they are kept verbatim,
 * including warehouse's help URLs on pypi.org.
 */
import { pythonRepr } from './distributions.js';

export const HELP_URL = 'https://pypi.org/help/';
export const CORE_METADATA_URL = 'https://packaging.python.org/specifications/core-metadata';
const MIB = 1024 * 1024;

export const messages = {
  noIdentity: `Invalid or non-existent authentication information. See ${HELP_URL}#invalid-auth for more information.`,
  passwordAuth:
    'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. '
    + `See ${HELP_URL}#apitoken and ${HELP_URL}#trusted-publishers`,
  submitGone: 'Project pre-registration is no longer required or supported, upload your files instead.',
  docUploadGone: 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
  missingTrailingSlash:
    'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
  unknownProtocol: 'Unknown protocol version.',
  noFile: 'Upload payload does not have a file.',
  invalidDistribution: 'Invalid distribution file.',
  nonPrintableFilename:
    'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
  slashInFilename: "Cannot upload a file with '/' or '\\' in the name.",
  badExtension:
    'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 '
    + 'and https://peps.python.org/pep-0715/ for more information',
  digestMismatch: 'The digest supplied does not match a digest calculated from the uploaded file.',
  closedRelease: 'Uploading new files to releases older than 14 days is not allowed.',
  secondSdist: 'Only one sdist may be uploaded per release.',

  /** warehouse `warehouse/attestations/services.py`. */
  attestationsNeedTrustedPublishing: 'Attestations are only supported when using Trusted Publishing',

  /** warehouse `legacy.py`: every AttestationUploadError, prefixed. */
  invalidAttestations: (reason: string) => `Invalid attestations supplied during upload: ${reason}`,
  tupleField: (field: string) => `${field}: Should not be a tuple.`,
  extensionForFiletype: (extension: string, filetype: string) =>
    `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. `
    + 'See https://www.python.org/dev/peps/pep-0527 for more information.',
  fileTooLarge: (project: string, limitBytes: number) =>
    `File too large. Limit for project ${pythonRepr(project)} is ${Math.floor(limitBytes / MIB)} MB. `
    + 'See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.',
  fileExists: (filename: string, blake2b256: string) =>
    `File already exists (${pythonRepr(filename)}, with blake2_256 hash ${pythonRepr(blake2b256)}). `
    + `See ${HELP_URL}#file-name-reuse for more information.`,
  /** pypiserver's answer (`_app.py`), which twine's --skip-existing reads from the 409 alone. */
  plainFileExists: (filename: string) => `Package ${pythonRepr(filename)} already exists!`,
  invalidSdistFilename: (filename: string) => `Invalid source distribution filename: ${filename}`,
  startFilenameWith: (project: string, expectedPrefix: string) =>
    `Start filename for ${pythonRepr(project)} with ${pythonRepr(expectedPrefix)}.`,
  sdistFilenameShouldBe: (filename: string, expected: string) =>
    `Filename ${pythonRepr(filename)} is invalid, should be ${pythonRepr(expected)}.`,
  wheelNameNotNormalized: (filename: string, normalized: string, actual: string) =>
    `Filename ${pythonRepr(filename)} should contain the normalized project name ${pythonRepr(normalized)}, not ${pythonRepr(actual)}.`,
  wheelVersionMismatch: (expected: string, actual: string) =>
    `Version in filename should be ${pythonRepr(expected)} not ${pythonRepr(actual)}.`,
} as const;

/** Pyramid's explanation line for the status codes the index answers with. */
export const EXPLANATIONS: Record<number, string> = {
  400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  401: 'This server could not verify that you are authorized to access the document you requested.',
  403: 'Access was denied to this resource.',
  404: 'The resource could not be found.',
  405: 'The method is not allowed for this resource.',
  409: 'There was a conflict when trying to complete your request.',
  410: 'This resource is no longer available.  No forwarding address is given.',
  416: 'The requested range is not satisfiable.',
};
