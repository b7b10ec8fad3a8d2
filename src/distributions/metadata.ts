/**
 * Core metadata (METADATA in a wheel, PKG-INFO in an sdist) and the WHEEL file:
 * RFC 822 style headers parsed like Python's `email` package with the compat32
 * policy, which is what packaging.metadata.parse_email and twine use. Folded
 * lines stay in the value as "\n" + the raw continuation line; a line that is
 * neither a header nor a continuation starts the body.
 */
import { UserError } from '../errors.js';

/** What PyPI accepts (warehouse `SUPPORTED_METADATA_VERSIONS`). */
export const SUPPORTED_METADATA_VERSIONS: readonly string[] = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];

export interface CoreMetadata {
  metadataVersion: string;
  name: string;
  version: string;
  /** Every header in order; multiple-use fields appear once per use. */
  headers: [string, string][];
  /** The message body, or else a (Metadata 1.x style) Description header. */
  description?: string;
}

export class MetadataError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'MetadataError';
  }
}

export interface HeaderBlock {
  headers: [string, string][];
  /** Everything after the header section; undefined when there is none. */
  body?: string;
}

// Python's feedparser headerRE: printable ASCII except ":" and space, then ":".
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;

export function parseHeaderBlock(text: string): HeaderBlock {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headers: [string, string][] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      i++;
      break;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      headers[headers.length - 1][1] += '\n' + line;
      continue;
    }
    const match = HEADER_LINE.exec(line);
    if (!match) break; // compat32: a non-header line begins the body
    headers.push([match[1], match[2].replace(/^[ \t]+/, '')]);
  }
  if (i >= lines.length) return { headers };
  const body = lines.slice(i).join('\n');
  return body === '' ? { headers } : { headers, body };
}

/** All values of a header, matched case-insensitively. */
export function headerValues(headers: [string, string][], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([key]) => key.toLowerCase() === wanted).map(([, value]) => value);
}

/** The first value of a header, matched case-insensitively. */
export function headerValue(headers: [string, string][], name: string): string | undefined {
  return headerValues(headers, name)[0];
}

export function parseCoreMetadata(text: string): CoreMetadata {
  const { headers, body } = parseHeaderBlock(text);
  const required = (field: string): string => {
    const value = headerValue(headers, field)?.trim();
    if (!value) {
      throw new MetadataError(
        `Core metadata has no ${field} field; rebuild the distribution with a current build backend (the field is required by the core metadata specification).`,
      );
    }
    return value;
  };
  const metadataVersion = required('Metadata-Version');
  const name = required('Name');
  const version = required('Version');
  let description: string | undefined;
  if (body !== undefined && body.trim() !== '') description = body;
  else {
    const header = headerValue(headers, 'Description');
    if (header !== undefined) description = unfoldDescription(header);
  }
  return { metadataVersion, name, version, headers, ...(description !== undefined ? { description } : {}) };
}

/** Old-style Description headers indent continuation lines with up to 8 spaces and a "|". */
function unfoldDescription(value: string): string {
  const [first, ...rest] = value.split('\n');
  return [first, ...rest.map((line) => (/^[ \t]{1,8}\|/.test(line) ? line.replace(/^[ \t]{1,8}\|/, '') : line.replace(/^[ \t]+/, '')))].join('\n');
}

/** WHEEL (and similar key/value files) as header name → values, in order of appearance. */
export function parseWheelFile(text: string): Record<string, string[]> {
  const result = Object.create(null) as Record<string, string[]>;
  for (const [key, value] of parseHeaderBlock(text).headers) {
    (result[key] ??= []).push(value.trim());
  }
  return result;
}
