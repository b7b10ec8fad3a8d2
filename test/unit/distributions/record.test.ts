import { describe, expect, it } from '@jest/globals';
import { parseCsv, parseRecord, verifyRecord } from '../../../src/distributions/record.js';
import type { MemberDigest } from '../../../src/distributions/record.js';
import { pythonWithPackaging, recordDigest, runPython } from './fixtures.js';

const python = pythonWithPackaging();
if (!python) console.warn('SKIPPED: differential csv test because no python3 was found');
const withPython = python ? it : it.skip;

const TRICKY = [
  'plain/file.py,sha256=abc,12',
  '"with,comma.py",sha256=def,3',
  '"with ""quotes"".py",sha256=ghi,4',
  '"multi\nline.txt",sha256=jkl,5',
  '',
  'a"quote.py,,',
  '"closed"tail,x,1',
  'x.dist-info/RECORD,,',
  'only-one-field',
  '"unterminated',
].join('\r\n');

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const rows = parseCsv(TRICKY);
    expect(rows[1]).toEqual(['with,comma.py', 'sha256=def', '3']);
    expect(rows[2]).toEqual(['with "quotes".py', 'sha256=ghi', '4']);
    expect(rows[3]).toEqual(['multi\nline.txt', 'sha256=jkl', '5']);
    expect(rows[4]).toEqual(['a"quote.py', '', '']);
  });

  withPython('agrees with Python\'s csv.reader', () => {
    const expected = runPython(python!, 'import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(json.load(sys.stdin), newline="")))))', TRICKY);
    // Python yields [] for a blank line; RECORD readers skip those, and so does parseCsv.
    expect(parseCsv(TRICKY)).toEqual((expected as string[][]).filter((row) => row.length > 0));
  });
});

describe('parseRecord', () => {
  it('splits algorithm, digest and size', () => {
    expect(parseRecord('a.py,sha256=AbC-_,10\nx.dist-info/RECORD,,\nb.py,SHA256=zz,notanumber\n')).toEqual([
      { path: 'a.py', algorithm: 'sha256', digest: 'AbC-_', size: 10 },
      { path: 'x.dist-info/RECORD' },
      { path: 'b.py', algorithm: 'sha256', digest: 'zz', badSize: 'notanumber' },
    ]);
  });
});

describe('verifyRecord', () => {
  const init = 'print("hi")\n';
  const members = (overrides: Partial<Record<string, MemberDigest>> = {}): MemberDigest[] => [
    { name: 'pkg/', isDirectory: true },
    { name: 'pkg/__init__.py', isDirectory: false, size: Buffer.byteLength(init), sha256: recordDigest(init) },
    { name: 'pkg-1.0.dist-info/RECORD', isDirectory: false, size: 10, sha256: 'ignored' },
    ...Object.values(overrides).filter((m): m is MemberDigest => m !== undefined),
  ];
  const good = `pkg/__init__.py,sha256=${recordDigest(init)},${Buffer.byteLength(init)}\npkg-1.0.dist-info/RECORD,,\n`;

  it('accepts a matching RECORD (directories and RECORD itself need no hash)', () => {
    expect(verifyRecord(good, members(), 'pkg-1.0.dist-info')).toEqual([]);
  });

  it('accepts a digest written with padding and Windows separators', () => {
    const padded = `pkg\\__init__.py,sha256=${recordDigest(init)}=,${Buffer.byteLength(init)}\n`;
    expect(verifyRecord(padded, members(), 'pkg-1.0.dist-info')).toEqual([]);
  });

  it('reports files missing from RECORD and RECORD rows without a file', () => {
    const findings = verifyRecord(`${good}ghost.py,sha256=x,1\n`, members({ extra: { name: 'pkg/extra.py', isDirectory: false, size: 0, sha256: recordDigest('') } }), 'pkg-1.0.dist-info');
    expect(findings.map((f) => f.rule)).toEqual(['wheel-record-mismatch', 'wheel-record-mismatch']);
    expect(findings[0].members).toEqual(['pkg/extra.py']);
    expect(findings[1].members).toEqual(['ghost.py']);
  });

  it('reports wrong digests and sizes, missing hashes and md5/sha1', () => {
    const bad = verifyRecord(`pkg/__init__.py,sha256=${recordDigest('other')},${Buffer.byteLength(init)}\n`, members(), 'pkg-1.0.dist-info');
    expect(bad).toEqual([expect.objectContaining({ rule: 'wheel-record-hash', members: ['pkg/__init__.py'] })]);
    const size = verifyRecord(`pkg/__init__.py,sha256=${recordDigest(init)},999\n`, members(), 'pkg-1.0.dist-info');
    expect(size[0].rule).toBe('wheel-record-hash');
    expect(verifyRecord('pkg/__init__.py,,\n', members(), 'pkg-1.0.dist-info')[0].message).toMatch(/no hash/);
    expect(verifyRecord('pkg/__init__.py,md5=abc,12\n', members(), 'pkg-1.0.dist-info')[0].rule).toBe('wheel-record-weak-hash');
  });

  it('accepts stronger algorithms it does not compute', () => {
    expect(verifyRecord(`pkg/__init__.py,sha512=whatever,${Buffer.byteLength(init)}\n`, members(), 'pkg-1.0.dist-info')).toEqual([]);
  });
});
