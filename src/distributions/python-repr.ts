/**
 * `repr()` of a Python str, so messages that mirror warehouse's f-strings
 * (`{filename!r}`) come out byte-for-byte as PyPI would print them.
 */
export function pythonRepr(value: string): string {
  return quoted(value, false);
}

/** `repr()` of Python bytes (`b'PK'`): every byte outside printable ASCII as `\xNN`. */
export function pythonBytesRepr(bytes: Uint8Array): string {
  return 'b' + quoted(Buffer.from(bytes).toString('latin1'), true);
}

function quoted(value: string, bytes: boolean): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else if (code >= 0x80 && (bytes || code < 0xa0)) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
