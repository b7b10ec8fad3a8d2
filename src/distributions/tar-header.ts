/**
 * One 512-byte tar header as Python's tarfile reads it (TarInfo.frombuf, nti, nts): number fields
 * are cut at their first NUL and read as Python's int(..., 8) reads them, and a header whose
 * checksum or any number field cannot be read is an invalid header, which makes tarfile stop (or,
 * first, not a tar). The name rules are frombuf's too: a trailing "/" makes a directory only of
 * type "\0" (or "5"), and a ustar prefix is joined whatever the magic, except for GNU's L, K and S.
 */

export const BLOCK = 512;

/** The fields the reader needs; `invalid` when tarfile would raise InvalidHeaderError, with its reason. */
export type ParsedHeader =
  | { invalid: 'bad checksum' | 'invalid header' }
  | { invalid?: undefined; type: string; size: number; name: string; directory: boolean };

/** Python's int(text, 8) after str.strip(): a sign, an optional 0o, octal digits with single underscores between. */
const OCTAL = /^([+-]?)(?:0[oO]_?)?([0-7](?:_?[0-7])*)$/;
/** The whitespace str.strip() and int() take away from ASCII text. */
const SPACE = /^[\t\n\v\f\r\x1c-\x1f ]+|[\t\n\v\f\r\x1c-\x1f ]+$/g;

/** tarfile's nti(): undefined where it raises InvalidHeaderError. */
export function numberField(header: Buffer, start: number, end: number): number | undefined {
  const field = header.subarray(start, end);
  if (field[0] === 0o200 || field[0] === 0o377) {
    // GNU base-256 (sizes over 8 GiB); 0o377 is a negative number. Exact: eleven bytes are more
    // than a double holds, and a negative value rounded to 0 would be read as a size.
    let value = 0n;
    for (let i = 1; i < field.length; i++) value = value * 256n + BigInt(field[i]);
    if (field[0] === 0o377) value -= 256n ** BigInt(field.length - 1);
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  const nul = field.indexOf(0);
  const raw = field.subarray(0, nul === -1 ? field.length : nul);
  if (raw.some((b) => b > 0x7f)) return undefined; // nts(..., "ascii", "strict")
  const text = raw.toString('latin1').replace(SPACE, '');
  if (text === '') return 0;
  const m = OCTAL.exec(text);
  if (!m) return undefined;
  const value = Number.parseInt(m[2].replaceAll('_', ''), 8);
  return m[1] === '-' ? -value : value;
}

/** Python's int(text) for a pax number record (PAX_NUMBER_FIELDS): undefined where it raises, which tarfile reads as 0. */
export function paxNumber(text: string): number | undefined {
  const m = /^[+-]?\d(?:_?\d)*$/.exec(text.replace(SPACE, ''));
  return m ? Number(m[0].replaceAll('_', '')) : undefined;
}

export function parseHeader(header: Buffer): ParsedHeader {
  const checksum = numberField(header, 148, 156);
  if (checksum === undefined) return { invalid: 'invalid header' };
  if (!checksumMatches(header, checksum)) return { invalid: 'bad checksum' };
  // mode, uid, gid, size, mtime, devmajor, devminor: tarfile reads them all, and any one it cannot read fails the header.
  const numbers = [[100, 108], [108, 116], [116, 124], [124, 136], [136, 148], [329, 337], [337, 345]].map(([start, end]) => numberField(header, start, end));
  if (numbers.includes(undefined)) return { invalid: 'invalid header' };
  const size = numbers[3]!;
  // tarfile would step backwards for a negative size; it is taken here as a header that cannot be read.
  if (size < 0) return { invalid: 'invalid header' };
  const type = String.fromCharCode(header[156] || 0x30);
  let name = cString(header, 0, 100);
  const directory = type === '5' || (header[156] === 0 && name.endsWith('/'));
  if (directory) name = name.replace(/\/+$/, '');
  const prefix = cString(header, 345, 500);
  if (prefix && !'LKS'.includes(type)) name = `${prefix}/${name}`;
  return { type, size, name, directory };
}

function checksumMatches(header: Buffer, stored: number): boolean {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : header[i];
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

function cString(buffer: Buffer, start: number, end: number): string {
  const slice = buffer.subarray(start, end);
  const nul = slice.indexOf(0);
  return pythonText(slice.subarray(0, nul === -1 ? slice.length : nul));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** How long the UTF-8 sequence a lead byte starts can be; 0 where it starts none. */
function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
}

/**
 * Bytes as tarfile decodes names (UTF-8 with errors="surrogateescape"): each byte outside a valid
 * sequence becomes U+DC80–U+DCFF, so two names that differ only in such bytes stay two names.
 */
export function pythonText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // Some byte is not UTF-8: decoded sequence by sequence below.
  }
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes[i]);
    if (n > 0 && i + n <= bytes.length) {
      try {
        out += strictUtf8.decode(bytes.subarray(i, i + n));
        i += n;
        continue;
      } catch {
        // An invalid sequence: its lead byte is escaped, and the rest looked at again.
      }
    }
    out += String.fromCharCode(0xdc00 + bytes[i]);
    i++;
  }
  return out;
}
