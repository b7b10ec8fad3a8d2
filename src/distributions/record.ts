/**
 * A wheel's RECORD: CSV as Python's `csv` module reads it (excel dialect), rows of
 * `path,algorithm=urlsafe-b64-digest-without-padding,size`. Installation must
 * fail when a file is not both listed and correctly hashed, so preflight checks
 * both the listing (as warehouse does) and every digest and size.
 */

export interface RecordRow {
  path: string;
  /** e.g. "sha256"; undefined when the hash column is empty. */
  algorithm?: string;
  /** urlsafe base64 without padding, as written. */
  digest?: string;
  /** undefined when the size column is empty. */
  size?: number;
  /** The raw size column when it is not a non-negative integer. */
  badSize?: string;
}

/**
 * Python csv reader semantics: "," delimiter, '"' quotes with "" escaping, quoted
 * fields may hold newlines; a quote inside an unquoted field is literal; text
 * after a closing quote is appended; blank lines produce no row.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let state: 'start' | 'unquoted' | 'quoted' | 'quote-in-quoted' = 'start';
  let rowHasContent = false;
  const endField = (): void => {
    row.push(field);
    field = '';
    state = 'start';
  };
  const endRow = (): void => {
    if (rowHasContent || row.length > 0) {
      endField();
      rows.push(row);
    }
    row = [];
    field = '';
    state = 'start';
    rowHasContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (state === 'quoted') {
      if (ch === '"') state = 'quote-in-quoted';
      else field += ch;
      continue;
    }
    if (state === 'quote-in-quoted') {
      if (ch === '"') {
        field += '"';
        state = 'quoted';
        continue;
      }
      state = 'unquoted'; // closing quote: fall through and treat ch normally
    }
    if (ch === ',') {
      rowHasContent = true;
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else if (ch === '"' && state === 'start') {
      state = 'quoted';
      rowHasContent = true;
    } else {
      field += ch;
      state = 'unquoted';
      rowHasContent = true;
    }
  }
  if (state === 'quoted' || state === 'quote-in-quoted' || rowHasContent || row.length > 0) endRow();
  return rows;
}

export function parseRecord(text: string): RecordRow[] {
  return parseCsv(text).map((cells) => {
    const [path = '', hash = '', size = ''] = cells;
    const row: RecordRow = { path };
    if (hash !== '') {
      const eq = hash.indexOf('=');
      if (eq === -1) row.algorithm = hash;
      else {
        row.algorithm = hash.slice(0, eq).toLowerCase();
        row.digest = hash.slice(eq + 1);
      }
    }
    if (size !== '') {
      if (/^\d+$/.test(size)) row.size = Number(size);
      else row.badSize = size;
    }
    return row;
  });
}

/** What the archive reader learnt about one member, for checking against RECORD. */
export interface MemberDigest {
  name: string;
  isDirectory: boolean;
  /** Bytes actually inflated; undefined when the member was not read. */
  size?: number;
  /** urlsafe-b64 sha256 without padding; undefined when the member was not read. */
  sha256?: string;
}

export interface RecordFinding {
  rule: 'wheel-record-mismatch' | 'wheel-record-hash' | 'wheel-record-weak-hash';
  message: string;
  /** Every member the finding is about. */
  members: string[];
}

const FORBIDDEN_ALGORITHMS = new Set(['md5', 'sha1']);

/**
 * Checks RECORD against the archive: the same file list both ways (directories
 * and RECORD.jws/.p7s excepted, as warehouse does), a sha256-or-stronger hash and
 * a matching size for every file except RECORD itself, and the sha256 digests
 * we computed. Digests in other strong algorithms are accepted unverified.
 */
export function verifyRecord(recordText: string, members: MemberDigest[], distInfoDir: string): RecordFinding[] {
  const findings: RecordFinding[] = [];
  const recordPath = `${distInfoDir}/RECORD`;
  const exempt = new Set([recordPath, `${distInfoDir}/RECORD.jws`, `${distInfoDir}/RECORD.p7s`]);
  const rows = parseRecord(recordText).map((row) => ({ ...row, path: row.path.replace(/\\/g, '/') }));
  const rowsByPath = new Map(rows.map((row) => [row.path, row]));
  const files = members.filter((m) => !m.isDirectory && !m.name.endsWith('/'));
  const fileNames = new Set(files.map((m) => m.name));

  const unlisted = files.filter((m) => !rowsByPath.has(m.name) && !exempt.has(m.name)).map((m) => m.name);
  const absent = rows.filter((row) => !fileNames.has(row.path) && row.path !== recordPath).map((row) => row.path);
  if (unlisted.length > 0) {
    findings.push({ rule: 'wheel-record-mismatch', members: unlisted, message: `${count(unlisted, 'file')} in the wheel ${unlisted.length === 1 ? 'is' : 'are'} not listed in RECORD: ${sample(unlisted)}` });
  }
  if (absent.length > 0) {
    findings.push({ rule: 'wheel-record-mismatch', members: absent, message: `RECORD lists ${count(absent, 'file')} the wheel does not contain: ${sample(absent)}` });
  }

  const weak: string[] = [];
  const unhashed: string[] = [];
  const wrong: string[] = [];
  for (const member of files) {
    if (exempt.has(member.name)) continue;
    const row = rowsByPath.get(member.name);
    if (!row) continue;
    if (!row.algorithm || row.digest === undefined || row.digest === '') {
      unhashed.push(member.name);
      continue;
    }
    if (FORBIDDEN_ALGORITHMS.has(row.algorithm)) {
      weak.push(`${member.name} (${row.algorithm})`);
      continue;
    }
    if (member.size === undefined) continue; // not read, e.g. refused as a zip bomb
    const sizeWrong = row.badSize !== undefined || (row.size !== undefined && row.size !== member.size);
    const digestWrong = row.algorithm === 'sha256' && member.sha256 !== undefined && stripPadding(row.digest) !== member.sha256;
    if (sizeWrong || digestWrong) wrong.push(member.name);
  }
  if (weak.length > 0) {
    findings.push({ rule: 'wheel-record-weak-hash', members: weak, message: `RECORD hashes ${count(weak, 'file')} with md5 or sha1, which the wheel specification forbids: ${sample(weak)}` });
  }
  if (unhashed.length > 0) {
    findings.push({ rule: 'wheel-record-hash', members: unhashed, message: `RECORD has no hash for ${count(unhashed, 'file')}: ${sample(unhashed)}` });
  }
  if (wrong.length > 0) {
    findings.push({ rule: 'wheel-record-hash', members: wrong, message: `${count(wrong, 'file')} in the wheel ${wrong.length === 1 ? 'does' : 'do'} not match the hash or size RECORD gives: ${sample(wrong)}` });
  }
  return findings;
}

function stripPadding(digest: string): string {
  return digest.replace(/=+$/, '');
}

function count(items: string[], noun: string): string {
  return `${items.length} ${noun}${items.length === 1 ? '' : 's'}`;
}

/** The first few items, so one broken RECORD is one readable line, not hundreds. */
export function sample(items: string[], limit = 5): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}
