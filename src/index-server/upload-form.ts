/**
 * The form rules of PyPI's legacy upload API, in warehouse's order and with its
 * texts: sanitising (`UNKNOWN` dropped), `protocol_version`, fields sent as files,
 * `UploadForm` (name, filetype, pyversion, digests) and the metadata parsed from
 * the form (Metadata-Version, Name, Version and a few fields clients get wrong).
 * Pure functions over the received fields, so they are tested without HTTP.
 */
import { validRange } from '@renovatebot/pep440';
import { descriptionContentTypeProblem, normalizeVersion, pythonRepr } from './distributions.js';
import { CORE_METADATA_URL, messages } from './messages.js';

/** Received form fields in arrival order; a field may repeat. */
export class FormFields {
  constructor(readonly entries: [string, string][]) {}

  /** First value, like wtforms' StringField; undefined when absent. */
  get(name: string): string | undefined {
    return this.entries.find(([key]) => key === name)?.[1];
  }

  getAll(name: string): string[] {
    return this.entries.filter(([key]) => key === name).map(([, value]) => value);
  }

  has(name: string): boolean {
    return this.entries.some(([key]) => key === name);
  }

  /**
   * warehouse's cleanup before validation: distutils' `UNKNOWN` placeholders are
   * dropped and NUL characters escaped.
   */
  sanitized(): FormFields {
    return new FormFields(
      this.entries
        .filter(([, value]) => value.trim() !== 'UNKNOWN')
        .map(([key, value]) => [key, value.replace(/\0/g, '\\x00')]),
    );
  }
}

/** Core-metadata fields that may be used more than once, under the form names twine sends. */
export const MULTI_USE_FIELDS: ReadonlySet<string> = new Set([
  'classifiers', 'platform', 'supported_platform', 'requires_dist', 'provides_dist', 'obsoletes_dist',
  'requires_external', 'project_urls', 'provides_extra', 'license_file', 'dynamic', 'requires', 'provides',
  'obsoletes', 'import_names', 'import_namespaces',
]);

/** The form as recorded with a stored file: lists for multi-use or repeated fields. */
export function recordForm(fields: FormFields): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of fields.entries) {
    const existing = record[key];
    if (existing === undefined) record[key] = MULTI_USE_FIELDS.has(key) ? [value] : value;
    else if (Array.isArray(existing)) existing.push(value);
    else record[key] = [existing, value];
  }
  return record;
}

/** warehouse's PROJECT_NAME_RE. */
const PROJECT_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const HEX64 = /^[A-F0-9]{64}$/i;
const REQUIRED = 'This field is required.';
/** warehouse `SUPPORTED_METADATA_VERSIONS`. */
const METADATA_VERSIONS = new Set(['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']);
/** warehouse `_error_message_order`: these errors explain most others, so they win. */
const ERROR_ORDER = ['metadata-version', 'name', 'version'];

/** `protocol_version` defaults to "1"; anything else is refused. */
export function checkProtocol(fields: FormFields): string | undefined {
  return (fields.get('protocol_version') ?? '1') !== '1' ? messages.unknownProtocol : undefined;
}

/** A non-file field that arrived as a file part (`content` and the ignored `gpg_signature` may). */
export function checkTupleFields(fileParts: string[]): string | undefined {
  const offending = fileParts.find((name) => name !== 'content' && name !== 'gpg_signature');
  return offending === undefined ? undefined : messages.tupleField(offending);
}

/**
 * warehouse `UploadForm.validate()` and the message built from its errors. Fields with
 * a description (Name) get the long core-metadata message; the others
 * `Invalid value for <field>. Error: …`; form-level errors (`full_validate`) `Error: …`.
 */
export function checkUploadForm(fields: FormFields): string | undefined {
  const errors = new Map<string, string>();
  const name = fields.get('name');
  if (!name) errors.set('name', REQUIRED);
  else if (!PROJECT_NAME.test(name)) {
    errors.set('name', "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.");
  }
  const filetype = fields.get('filetype');
  if (!filetype) errors.set('filetype', REQUIRED);
  else if (filetype !== 'sdist' && filetype !== 'bdist_wheel') errors.set('filetype', 'Use a known file type.');
  const sha256 = fields.get('sha256_digest');
  if (sha256?.trim() && !HEX64.test(sha256)) errors.set('sha256_digest', 'Use a valid, hex-encoded, SHA256 message digest.');
  const blake2 = fields.get('blake2_256_digest');
  if (blake2?.trim() && !HEX64.test(blake2)) errors.set('blake2_256_digest', 'Use a valid, hex-encoded, BLAKE2 message digest.');

  const formError = fullValidate(fields);
  if (formError) errors.set('__all__', formError);
  if (errors.size === 0) return undefined;

  const key = ERROR_ORDER.find((k) => errors.has(k)) ?? [...errors.keys()].sort(pythonStringOrder)[0];
  const error = errors.get(key)!;
  if (key === '__all__') return `Error: ${error}`;
  if (key === 'name') {
    const value = name ?? '';
    const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
    return `${pythonRepr(shown)} is an invalid value for Name. Error: ${error} See ${CORE_METADATA_URL} for more information.`;
  }
  return `Invalid value for ${key}. Error: ${error}`;
}

function fullValidate(fields: FormFields): string | undefined {
  const filetype = fields.get('filetype');
  const pyversion = fields.get('pyversion');
  if (filetype && filetype !== 'sdist' && !pyversion) return 'Python version is required for binary distribution uploads.';
  if (filetype === 'sdist' && pyversion && pyversion !== 'source') return "Use 'source' as Python version for an sdist.";
  if (!fields.get('md5_digest') && !fields.get('sha256_digest') && !fields.get('blake2_256_digest')) {
    return 'Include at least one message digest.';
  }
  return undefined;
}

/**
 * `metadata.parse(None, form_data=request.POST)`: the release metadata comes from the
 * form. Errors are keyed by core-metadata field; the first by warehouse's order wins and
 * gets the core-metadata pointer appended.
 */
export function checkFormMetadata(fields: FormFields): string | undefined {
  const errors = new Map<string, string>();
  const metadataVersion = fields.get('metadata_version');
  if (metadataVersion === undefined || !METADATA_VERSIONS.has(metadataVersion)) {
    errors.set('metadata-version', `${metadataVersion === undefined ? 'None' : pythonRepr(metadataVersion)} is not a valid metadata version`);
  }
  const name = fields.get('name');
  if (!name) errors.set('name', "'name' is a required field");
  else if (!PROJECT_NAME.test(name)) errors.set('name', `${pythonRepr(name)} is invalid for 'name'`);
  const version = fields.get('version');
  if (!version) errors.set('version', "'version' is a required field");
  else {
    const normalized = normalizeVersion(version);
    if (normalized === undefined) errors.set('version', `${pythonRepr(version)} is invalid for 'version'`);
    else if (normalized.includes('+')) errors.set('version', `The use of local versions in '${normalized}' is not allowed.`);
  }
  const summary = fields.get('summary');
  if (summary !== undefined) {
    if (summary.includes('\n')) errors.set('summary', "'summary' must be a single line");
    else if (summary.length > 512) errors.set('summary', "'summary' field must be 512 characters or less.");
  }
  const contentType = fields.get('description_content_type');
  if (contentType !== undefined && contentType !== '') {
    const problem = descriptionContentTypeProblem(contentType);
    if (problem) errors.set('description-content-type', problem);
  }
  const requiresPython = fields.get('requires_python');
  if (requiresPython !== undefined && requiresPython.trim() !== '' && !validRange(requiresPython)) {
    errors.set('requires-python', `${pythonRepr(requiresPython)} is invalid for 'requires-python'`);
  }
  if (errors.size === 0) return undefined;
  const key = ERROR_ORDER.find((k) => errors.has(k)) ?? [...errors.keys()].sort(pythonStringOrder)[0];
  const error = errors.get(key)!;
  return `${error}${error.endsWith('.') ? '' : '.'} See ${CORE_METADATA_URL} for more information.`;
}

/** warehouse `_validate_filename`: printable, no path separators, an extension that fits the filetype. */
export function checkFilename(filename: string, filetype: string): string | undefined {
  if (/[\x00-\x1f\x7f]/.test(filename)) return messages.nonPrintableFilename;
  if (filename.includes('/') || filename.includes('\\')) return messages.slashInFilename;
  const match = /^.+?(\.(tar\.gz|zip|whl))$/is.exec(filename);
  if (!match) return messages.badExtension;
  const extension = match[1];
  const allowed = filetype === 'sdist' ? ['.zip', '.tar.gz'] : ['.whl'];
  if (!allowed.includes(extension)) return messages.extensionForFiletype(extension, filetype);
  return undefined;
}

/** Python compares str by code point; JS `<` compares UTF-16 units, the same for these ASCII keys. */
function pythonStringOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
