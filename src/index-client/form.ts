/**
 * The form fields of a legacy upload, as twine (≥ 6.2) sends them: every core
 * metadata field of METADATA / PKG-INFO under its form name
 * (`packaging.metadata.parse_email` → twine's `_RAW_TO_PACKAGE_METADATA`),
 * multiple-use fields once per value, keywords joined by ", ", project URLs as
 * "Label, URL", the name as `safe_name`; then `pyversion`, `filetype`,
 * `sha256_digest`, `attestations` when there are any (a JSON list, as twine's
 * `json.dumps` writes it), `:action=file_upload` and `protocol_version=1`.
 * Empty values are not sent. Of the digests, sha256 alone: warehouse and other
 * indexes need one and compare each one sent with their own, so a second
 * proves nothing more, and BLAKE2b-256 of every file would cost the runner
 * more CPU than its sha256 does (twine leaves it out too where hashlib lacks
 * it, and left md5 out from 6.2 on).
 */
import type { DistributionInfo } from '../distributions/index.js';
import { headerValue, headerValues } from '../distributions/index.js';
import { UserError } from '../errors.js';

type Kind = 'single' | 'multi' | 'keywords' | 'project-urls';

/** Core metadata header (lower case) → [form field, how its values are sent]. */
const FIELDS: Record<string, [string, Kind]> = {
  'metadata-version': ['metadata_version', 'single'],
  name: ['name', 'single'],
  version: ['version', 'single'],
  platform: ['platform', 'multi'],
  summary: ['summary', 'single'],
  description: ['description', 'single'],
  keywords: ['keywords', 'keywords'],
  'home-page': ['home_page', 'single'],
  author: ['author', 'single'],
  'author-email': ['author_email', 'single'],
  license: ['license', 'single'],
  'supported-platform': ['supported_platform', 'multi'],
  'download-url': ['download_url', 'single'],
  classifier: ['classifiers', 'multi'],
  requires: ['requires', 'multi'],
  provides: ['provides', 'multi'],
  obsoletes: ['obsoletes', 'multi'],
  maintainer: ['maintainer', 'single'],
  'maintainer-email': ['maintainer_email', 'single'],
  'requires-dist': ['requires_dist', 'multi'],
  'provides-dist': ['provides_dist', 'multi'],
  'obsoletes-dist': ['obsoletes_dist', 'multi'],
  'requires-python': ['requires_python', 'single'],
  'requires-external': ['requires_external', 'multi'],
  'project-url': ['project_urls', 'project-urls'],
  'description-content-type': ['description_content_type', 'single'],
  'provides-extra': ['provides_extra', 'multi'],
  dynamic: ['dynamic', 'multi'],
  'license-expression': ['license_expression', 'single'],
  'license-file': ['license_file', 'multi'],
};

/** twine `_safe_name` (pkg_resources.safe_name): runs of anything but letters, digits and "." become "-". */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, '-');
}

/** The python tag of a wheel filename as written (`py2.py3`, `cp312`); `source` for an sdist. */
export function pyversionOf(info: DistributionInfo): string {
  if (info.parsed?.kind === 'wheel') {
    // twine reads the filename's pyver group, not the parsed (lower-cased, split) tags.
    const parts = info.filename.slice(0, -'.whl'.length).split('-');
    return parts[parts.length - 3];
  }
  return 'source';
}

export function filetypeOf(info: DistributionInfo): 'bdist_wheel' | 'sdist' {
  return info.parsed?.kind === 'wheel' || info.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
}

function compareVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Python's `json.dumps` with its defaults (", " and ": " separators, ASCII only): the text
 * twine sends for the attestations it loaded from the attestation files.
 */
export function pythonJsonDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(pythonJsonDumps).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${asciiJsonString(k)}: ${pythonJsonDumps(v)}`).join(', ')}}`;
  }
  if (typeof value === 'string') return asciiJsonString(value);
  return JSON.stringify(value);
}

function asciiJsonString(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Every field to send before the file, in order. `attestations`: the parsed attestation
 * files of this distribution (twine's `--attestations`), sent after the sha256 digest as
 * twine orders it.
 */
export function uploadFields(info: DistributionInfo, attestations?: unknown[]): [string, string][] {
  const meta = info.metadata;
  if (!meta) throw new UserError(`${info.filename} has no readable core metadata; it cannot be uploaded.`);
  const out: [string, string][] = [];
  const seen = new Set<string>();
  const headers = meta.headers;
  for (const [rawName] of headers) {
    const key = rawName.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const spec = FIELDS[key];
    if (!spec) continue; // twine refuses unknown fields; the index would ignore them
    const [field, kind] = spec;
    const values = headerValues(headers, rawName);
    switch (kind) {
      case 'single': {
        if (key === 'description') continue; // sent below, from the body or the header
        if (key === 'name') {
          out.push([field, safeName(values[0].trim())]);
          continue;
        }
        out.push([field, values[0]]);
        break;
      }
      case 'multi':
        // License-File under Metadata-Version < 2.4 is setuptools' own invention; twine drops it.
        if (key === 'license-file' && compareVersion(meta.metadataVersion, '2.4') < 0) continue;
        for (const value of values) out.push([field, value]);
        break;
      case 'keywords':
        out.push([field, values[0].split(',').map((k) => k.trim()).join(', ')]);
        break;
      case 'project-urls':
        for (const value of values) {
          const comma = value.indexOf(',');
          const [label, url] = comma === -1 ? [value.trim(), ''] : [value.slice(0, comma).trim(), value.slice(comma + 1).trim()];
          out.push([field, `${label}, ${url}`]);
        }
        break;
    }
  }
  const description = descriptionOf(info);
  if (description !== undefined) {
    const at = out.findIndex(([f]) => f === 'description_content_type');
    out.splice(at === -1 ? out.length : at, 0, ['description', description]);
  }
  out.push(['pyversion', pyversionOf(info)]);
  out.push(['filetype', filetypeOf(info)]);
  out.push(['sha256_digest', info.sha256]);
  if (attestations && attestations.length > 0) out.push(['attestations', pythonJsonDumps(attestations)]);
  out.push([':action', 'file_upload']);
  out.push(['protocol_version', '1']);
  return out.filter(([, value]) => value !== '');
}

/**
 * packaging's rule: the message body when there is one, else the Description
 * header exactly as written (no unfolding).
 */
function descriptionOf(info: DistributionInfo): string | undefined {
  const meta = info.metadata!;
  const header = headerValue(meta.headers, 'Description');
  if (meta.description !== undefined && (header === undefined || meta.description !== unfoldedHeader(header))) {
    return meta.description;
  }
  return header;
}

/** What parseCoreMetadata made of a Description header, to tell a header description from a body one. */
function unfoldedHeader(value: string): string {
  const [first, ...rest] = value.split('\n');
  return [first, ...rest.map((line) => (/^[ \t]{1,8}\|/.test(line) ? line.replace(/^[ \t]{1,8}\|/, '') : line.replace(/^[ \t]+/, '')))].join('\n');
}
