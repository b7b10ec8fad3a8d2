import { describe, expect, it } from '@jest/globals';
import { unifiedDiff } from '../../../src/versions/index.js';

const lines = (n: number, changed?: Record<number, string>): string =>
  Array.from({ length: n }, (_, i) => changed?.[i + 1] ?? `line ${i + 1}`).join('\n') + '\n';

describe('unifiedDiff', () => {
  it('shows a one-line change with three lines of context', () => {
    const before = lines(10);
    const after = lines(10, { 5: 'line five' });
    expect(unifiedDiff([{ path: 'a.txt', before, after }])).toBe(
      [
        '--- a/a.txt',
        '+++ b/a.txt',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  it('joins nearby changes into one hunk and keeps distant ones apart', () => {
    const near = unifiedDiff([{ path: 'n', before: lines(12), after: lines(12, { 2: 'x', 7: 'y' }) }]);
    expect(near.match(/^@@/gm)).toHaveLength(1);
    expect(near).toContain('@@ -1,10 +1,10 @@');
    const far = unifiedDiff([{ path: 'f', before: lines(30), after: lines(30, { 2: 'x', 25: 'y' }) }]);
    expect(far.match(/^@@ .*$/gm)).toEqual(['@@ -1,5 +1,5 @@', '@@ -22,7 +22,7 @@']);
  });

  it('shows CRLF files without carriage returns and marks a missing final newline', () => {
    expect(unifiedDiff([{ path: 'setup.py', before: "a\r\nversion='1.0'\r\n", after: "a\r\nversion='1.1'\r\n" }])).toBe(
      "--- a/setup.py\n+++ b/setup.py\n@@ -1,2 +1,2 @@\n a\n-version='1.0'\n+version='1.1'\n",
    );
    expect(unifiedDiff([{ path: 'VERSION', before: 'v1.0', after: 'v1.1' }])).toBe(
      '--- a/VERSION\n+++ b/VERSION\n@@ -1 +1 @@\n-v1.0\n\\ No newline at end of file\n+v1.1\n\\ No newline at end of file\n',
    );
  });

  it('concatenates files and skips unchanged ones', () => {
    const diff = unifiedDiff([
      { path: 'one', before: '1\n', after: '2\n' },
      { path: 'same', before: 'x\n', after: 'x\n' },
      { path: 'two', before: '3\n', after: '4\n' },
    ]);
    expect(diff).toBe('--- a/one\n+++ b/one\n@@ -1 +1 @@\n-1\n+2\n--- a/two\n+++ b/two\n@@ -1 +1 @@\n-3\n+4\n');
    expect(unifiedDiff([])).toBe('');
  });

  it('falls back to one hunk when the line count changes', () => {
    expect(unifiedDiff([{ path: 'g', before: 'a\nb\nc\n', after: 'a\nb1\nb2\nc\n' }])).toBe(
      '--- a/g\n+++ b/g\n@@ -1,3 +1,4 @@\n a\n-b\n+b1\n+b2\n c\n',
    );
  });
});
