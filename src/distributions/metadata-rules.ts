/**
 * The core-metadata fields PyPI validates beyond name and version, with the
 * texts of `packaging.metadata` (which warehouse runs on every upload):
 * Description-Content-Type (type, charset, Markdown variant), Metadata 2.4's
 * License-Expression (SPDX) and License-File (relative paths that exist in the
 * archive), Metadata 2.5's Import-Name / Import-Namespace, Requires-Dist
 * (PEP 508, requirement.ts), Requires-Python (a PEP 440 specifier set) and
 * Metadata 2.2's Dynamic; and what warehouse adds on top (forklift/metadata.py):
 * summary length, project URLs, URLs that are http(s), Provides-Dist and
 * Obsoletes-Dist, direct references, and the classifiers it can never take.
 */
import pep440 from '@renovatebot/pep440';
import { headerValue, headerValues } from './metadata.js';
import { classifierRefusal } from './classifiers.js';
import { isValidMetadataUrl } from './metadata-url.js';
import { checkRequirement } from './requirement.js';
import type { CoreMetadata } from './metadata.js';
import { pythonRepr } from './python-repr.js';
import { canonicalizeLicenseExpression } from './spdx.js';

export const CORE_METADATA_SPEC = 'See https://packaging.python.org/specifications/core-metadata for more information.';

/** How warehouse words an InvalidMetadata error from packaging. */
export function metadataRefusal(message: string): string {
  return `${message}${message.endsWith('.') ? '' : '.'} ${CORE_METADATA_SPEC}`;
}

export interface MetadataFinding {
  rule: string;
  message: string;
  fix: string;
  pypiMessage?: string;
}

/** Where an archive keeps the files License-File names. */
export interface LicenseFiles {
  /** Member names of the archive. */
  members: string[];
  /** `{name}-{version}.dist-info/licenses` for a wheel, the top-level directory for an sdist. */
  root: string;
  /** The distribution's filename, for warehouse's message. */
  filename: string;
}

const VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];

/** packaging's `_EMAIL_TO_RAW_MAPPING`: the fields a Dynamic value may name. */
const FIELDS = new Set([
  'author', 'author-email', 'classifier', 'description', 'description-content-type', 'download-url', 'dynamic', 'home-page', 'import-name',
  'import-namespace', 'keywords', 'license', 'license-expression', 'license-file', 'maintainer', 'maintainer-email', 'metadata-version', 'name',
  'obsoletes', 'obsoletes-dist', 'platform', 'project-url', 'provides', 'provides-dist', 'provides-extra', 'requires', 'requires-dist',
  'requires-external', 'requires-python', 'summary', 'supported-platform', 'version',
]);
const REBUILD = 'Rebuild with a current build backend';

/** packaging's fixed order would be a set's; this one is stable. */
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];

export function checkMetadataFields(meta: CoreMetadata, metadataFile: string, licenseFiles?: LicenseFiles): MetadataFinding[] {
  const found: MetadataFinding[] = [];
  const refuse = (rule: string, packagingMessage: string, why: string, fix: string): void => {
    found.push({ rule, message: `${metadataFile}: ${why}`, fix, pypiMessage: metadataRefusal(packagingMessage) });
  };
  const age = VERSIONS.indexOf(meta.metadataVersion);

  // Fields newer than the declared Metadata-Version: packaging refuses them (License-File is not
  // checked so: twine leaves it out below 2.4, as older setuptools wrote it with 2.1).
  for (const [field, added] of [['Dynamic', '2.2'], ['License-Expression', '2.4'], ['Import-Name', '2.5'], ['Import-Namespace', '2.5']] as const) {
    if (age !== -1 && headerValues(meta.headers, field).length > 0 && VERSIONS.indexOf(added) > age) {
      refuse('metadata-field-too-new', `${field.toLowerCase()} introduced in metadata version ${added}, not ${meta.metadataVersion}`,
        `${field} is a Metadata ${added} field, but the file says Metadata-Version ${meta.metadataVersion}`,
        `${REBUILD} (one that writes ${field} also writes Metadata-Version ${added} or later).`);
    }
  }

  const contentType = headerValue(meta.headers, 'Description-Content-Type');
  if (contentType !== undefined) {
    const problem = descriptionContentTypeProblem(contentType);
    if (problem) {
      refuse('description-content-type', problem,
        `Description-Content-Type ${pythonRepr(contentType)} is not one PyPI accepts (${problem})`,
        'Set long_description_content_type / readme content-type to text/markdown, text/x-rst or text/plain (with charset=UTF-8 if any, and variant=GFM or CommonMark for Markdown).');
    }
  }

  const expressions = headerValues(meta.headers, 'License-Expression');
  for (const expression of expressions) {
    const result = canonicalizeLicenseExpression(expression);
    if (!result.ok) {
      refuse('license-expression', `${pythonRepr(expression)} is invalid for 'license-expression'`,
        `License-Expression ${pythonRepr(expression)} is not a valid SPDX expression: ${result.reason}`,
        'Use SPDX identifiers (https://spdx.org/licenses/) joined by AND, OR and WITH, e.g. "MIT" or "Apache-2.0 OR MIT"; for a license without an identifier use LicenseRef-<name>.');
    }
  }
  if (expressions.length > 0 && headerValues(meta.headers, 'License').length > 0) {
    refuse('license-and-expression', 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
      'it has both License and License-Expression; PEP 639 allows only one',
      'Drop the license text (project.license as a table, or setup(license=…)) and keep the SPDX expression alone.');
  }

  if (age >= VERSIONS.indexOf('2.4')) {
    for (const path of headerValues(meta.headers, 'License-File')) {
      const bad = licensePathProblem(path);
      if (bad) {
        refuse('license-file', `${pythonRepr(path)} is invalid for 'license-file', ${bad}`,
          `License-File ${pythonRepr(path)}: ${bad}`, 'List license files by their path relative to the project root, with "/" and without "..".');
      } else if (licenseFiles && !licenseFiles.members.includes(`${licenseFiles.root}/${path}`)) {
        const at = `${licenseFiles.root}/${path}`;
        found.push({
          rule: 'license-file-missing',
          message: `${metadataFile} names License-File ${path}, but the archive has no ${at}`,
          fix: `${REBUILD}: the license files must be packed where METADATA says (a wheel keeps them under .dist-info/licenses/).`,
          pypiMessage: `License-File ${path} does not exist in distribution file ${licenseFiles.filename} at ${at}`,
        });
      }
    }
  }

  for (const value of headerValues(meta.headers, 'Dynamic')) {
    const field = value.toLowerCase();
    const bad = ['name', 'version', 'metadata-version'].includes(field) ? 'is not allowed as a dynamic field' : FIELDS.has(field) ? undefined : 'is not a valid dynamic field';
    // packaging takes "Dynamic: Dynamic"; warehouse's own list of dynamic fields does not.
    const refusal = bad ? `${pythonRepr(field)} ${bad}` : field === 'dynamic' ? `Dynamic field ${pythonRepr(field)} is not a valid dynamic field.` : undefined;
    if (refusal) {
      refuse('dynamic', refusal, `Dynamic ${pythonRepr(value)} ${bad ?? 'is not a valid dynamic field'}`,
        `${REBUILD}: Dynamic names fields a build may still fill in, never Name, Version, Metadata-Version or Dynamic, and only fields core metadata has.`);
    }
  }

  const requiresPython = headerValue(meta.headers, 'Requires-Python');
  if (requiresPython !== undefined && !pep440.validRange(requiresPython)) {
    refuse('requires-python', `${pythonRepr(requiresPython)} is invalid for 'requires-python'`,
      `Requires-Python ${pythonRepr(requiresPython)} is not a PEP 440 version specifier`,
      'Write requires-python as comma-separated specifiers, e.g. ">=3.9" or ">=3.9,<4".');
  }
  for (const requirement of headerValues(meta.headers, 'Requires-Dist')) {
    const checked = checkRequirement(requirement);
    if ('problem' in checked) {
      refuse('requires-dist', `${pythonRepr(requirement)} is invalid for 'requires-dist'`,
        `Requires-Dist ${pythonRepr(requirement)} is not a PEP 508 dependency specifier (${checked.problem})`,
        'Write each dependency as name[extras] specifiers ; marker, e.g. "numpy>=1.20; python_version >= \'3.9\'".');
    } else if (checked.direct) {
      // warehouse's own rule (forklift/metadata.py), on top of packaging's.
      refuse('direct-dependency', `Can't have direct dependency: ${requirement}`,
        `Requires-Dist ${pythonRepr(requirement)} is a direct reference (name @ URL), which PyPI refuses`,
        'Depend on a released version from the index instead (name>=version), and publish the dependency there first.');
    }
  }

  // warehouse's length and shape limits (forklift/metadata.py, _validate_metadata).
  const summary = headerValue(meta.headers, 'Summary');
  if (summary !== undefined && summary.length > 512) {
    refuse('summary-length', "'summary' field must be 512 characters or less.",
      `Summary is ${summary.length} characters long; PyPI takes at most 512`, 'Shorten the description in one line (project.description, setup(description=…)); the long text belongs in the readme.');
  }
  const labels = new Set<string>();
  for (const pair of headerValues(meta.headers, 'Project-URL')) {
    const comma = pair.indexOf(',');
    const label = (comma === -1 ? pair : pair.slice(0, comma)).trim();
    const url = comma === -1 ? '' : pair.slice(comma + 1).trim();
    const fix = 'Give each project URL a label of at most 32 characters and a URL: "Documentation, https://…" (project.urls).';
    if (labels.has(label)) {
      refuse('project-url', "unrecognized or malformed field 'project-url'", `Project-URL label ${pythonRepr(label)} is given twice`, fix);
    } else if (label === '') {
      refuse('project-url', 'Must have a label', `Project-URL ${pythonRepr(pair)} has no label`, fix);
    } else if (label.length > 32) {
      refuse('project-url', `${pythonRepr(label)} must be 32 characters or less.`, `Project-URL label ${pythonRepr(label)} is ${label.length} characters long; PyPI takes at most 32`, fix);
    } else if (url === '') {
      refuse('project-url', 'Must have a URL', `Project-URL ${pythonRepr(label)} has no URL`, fix);
    } else if (!isValidMetadataUrl(url)) {
      refuse('project-url', `${pythonRepr(url)} is not a valid url`, `Project-URL ${pythonRepr(label)} is ${pythonRepr(url)}, not an http(s) URL`, fix);
    }
    labels.add(label);
  }
  for (const field of ['Home-page', 'Download-URL']) {
    for (const url of headerValues(meta.headers, field)) {
      if (isValidMetadataUrl(url)) continue;
      refuse('url', `${pythonRepr(url)} is not a valid url.`, `${field} ${pythonRepr(url)} is not an http(s) URL`,
        `Give a full http:// or https:// URL (project.urls, setup(url=…)), or leave the field out; "UNKNOWN" and bare host names are refused.`);
    }
  }

  // packaging leaves these two unparsed; warehouse parses them as it does Requires-Dist.
  for (const field of ['Provides-Dist', 'Obsoletes-Dist']) {
    for (const requirement of headerValues(meta.headers, field)) {
      const checked = checkRequirement(requirement);
      if (!('problem' in checked) && !checked.direct) continue;
      const why = 'problem' in checked ? `is invalid: ${checked.problem}` : 'is a direct reference (name @ URL), which PyPI refuses';
      // packaging's message puts the position on lines of its own, which warehouse's answer keeps; ours says it inline.
      refuse(field.toLowerCase(), 'problem' in checked ? `${pythonRepr(requirement)} is invalid: ${checked.problem.replace(/ at position \d+$/, '')}` : `Can't have direct dependency: ${pythonRepr(requirement)}`,
        `${field} ${pythonRepr(requirement)} ${why}`, `Write ${field} as a PEP 508 name with optional version specifiers, e.g. "otherproject (>=1.0)", or leave it out.`);
    }
  }

  for (const classifier of new Set(headerValues(meta.headers, 'Classifier'))) {
    const refusal = classifierRefusal(classifier);
    if (refusal) {
      refuse('classifier', refusal, refusal.replace(/\.$/, ''),
        'Remove the classifier (a "Private ::" one exists to stop an upload to PyPI), or use the replacement trove-classifiers names (https://pypi.org/classifiers/).');
    }
  }

  for (const field of ['Import-Name', 'Import-Namespace']) {
    for (const value of headerValues(meta.headers, field)) {
      const bad = importNameProblem(value, field.toLowerCase());
      if (bad) refuse('import-name', bad, `${field} ${pythonRepr(value)}: ${bad}`, `Write ${field} as a dotted Python import path, optionally followed by "; private".`);
    }
  }
  return found;
}

/** packaging's `_process_description_content_type`, its words; undefined when accepted. */
export function descriptionContentTypeProblem(value: string): string | undefined {
  const field = "'description-content-type'";
  const [main, ...rest] = value.split(';');
  const type = main.trim().toLowerCase();
  const token = /^[!#$%&'*+.^_`|~0-9a-z-]+\/[!#$%&'*+.^_`|~0-9a-z-]+$/;
  // email parses what it can; an unparsable type becomes text/plain, which must then appear in the value.
  const parsed = token.test(type) ? type : 'text/plain';
  if (!CONTENT_TYPES.includes(parsed) || !value.toLowerCase().includes(parsed)) {
    return `${field} must be one of [${CONTENT_TYPES.map((t) => pythonRepr(t)).join(', ')}], not ${pythonRepr(value)}`;
  }
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    params.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim().replace(/^"(.*)"$/s, '$1'));
  }
  const charset = params.get('charset') ?? 'UTF-8';
  if (charset !== 'UTF-8') return `${field} can only specify the UTF-8 charset, not ${pythonRepr(charset)}`;
  const variant = params.get('variant') ?? 'GFM';
  if (parsed === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
    return `valid Markdown variants for ${field} are [${MARKDOWN_VARIANTS.map((v) => pythonRepr(v)).join(', ')}], not ${pythonRepr(variant)}`;
  }
  return undefined;
}

function licensePathProblem(path: string): string | undefined {
  if (path.includes('..')) return 'parent directory indicators are not allowed';
  if (path.includes('*')) return 'paths must be resolved';
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\')) return 'paths must be relative';
  if (path.includes('\\')) return "paths must use '/' delimiter";
  return undefined;
}

/** Python's keywords: not identifiers an import path may use. */
const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const IDENTIFIER = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

function importNameProblem(value: string, field: string): string | undefined {
  const semicolon = value.indexOf(';');
  const name = (semicolon === -1 ? value : value.slice(0, semicolon)).trimEnd();
  for (const identifier of name.split('.')) {
    if (!IDENTIFIER.test(identifier)) return `${pythonRepr(name)} is invalid for '${field}'; ${pythonRepr(identifier)} is not a valid identifier`;
    if (KEYWORDS.has(identifier)) return `${pythonRepr(name)} is invalid for '${field}'; ${pythonRepr(identifier)} is a keyword`;
  }
  if (semicolon !== -1 && value.slice(semicolon + 1).trimStart() !== 'private') {
    return `${pythonRepr(value)} is invalid for '${field}'; the only valid option is 'private'`;
  }
  return undefined;
}
