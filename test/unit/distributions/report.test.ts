import { describe, expect, it } from '@jest/globals';
import type { DistributionInfo, Problem } from '../../../src/distributions/preflight.js';
import { formatProblemsTable, wrap } from '../../../src/distributions/report.js';

const file = (filename: string): DistributionInfo => ({ path: `/dist/${filename}`, filename, size: 1, sha256: '', blake2b256: '', problems: [] });

describe('formatProblemsTable', () => {
  const files = [file('demo-1.0-cp311-cp311-linux_x86_64.whl'), file('demo-1.0.tar.gz'), file('demo-1.0.zip')];
  const problems: Problem[] = [
    {
      file: 'demo-1.0-cp311-cp311-linux_x86_64.whl',
      rule: 'wheel-platform-tag',
      message: 'PyPI does not accept the platform tag linux_x86_64',
      fix: 'Repair the wheel with auditwheel ("auditwheel repair") to get a manylinux/musllinux tag, or build it with cibuildwheel.',
      pypiMessage: "Binary wheel 'demo-1.0-cp311-cp311-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
    },
    { file: 'demo-1.0.zip', rule: 'sdist-zip', message: 'PyPI no longer accepts .zip sdists', fix: 'Build the sdist as .tar.gz.' },
    { file: 'demo-1.0.zip', rule: 'set-multiple-sdists', message: 'A second sdist', fix: 'Keep one.', pypiMessage: 'Only one sdist may be uploaded per release.' },
  ];
  const table = formatProblemsTable(files, problems);
  const lines = table.split('\n');

  it('has a header, one block per file, and a summary line', () => {
    expect(lines[0]).toMatch(/^FILE\s+PROBLEM\s+FIX$/);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
    expect(lines[lines.length - 1]).toBe('3 problems in 2 of 3 files; fix them and run the check again.');
    expect(table).toContain('demo-1.0.tar.gz');
    expect(lines.find((l) => l.startsWith('demo-1.0.tar.gz'))).toMatch(/^demo-1.0.tar.gz\s+ok$/);
  });

  /** One column's text, read down the table and joined. */
  const column = (index: number): string => {
    const widths = lines[1].split('  ').map((dashes) => dashes.length);
    const start = widths.slice(0, index).reduce((sum, w) => sum + w + 2, 0);
    return lines.slice(2, -2).map((l) => l.slice(start, index < 2 ? start + widths[index] : undefined).trim()).join(' ').replace(/\s+/g, ' ');
  };

  it('shows the rule, the fix and what PyPI would answer', () => {
    const flat = column(1);
    expect(flat).toContain('PyPI does not accept the platform tag linux_x86_64 [wheel-platform-tag]');
    expect(column(2)).toContain('Repair the wheel with auditwheel ("auditwheel repair") to get a manylinux/musllinux tag');
    expect(flat).toContain("PyPI would answer: 400 Binary wheel 'demo-1.0-cp311-cp311-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.");
    expect(flat).toContain('PyPI would answer: 400 Only one sdist may be uploaded per release.');
  });

  it('keeps lines within the column widths and without trailing spaces', () => {
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(44 + 64 + 60 + 4);
      expect(line).toBe(line.trimEnd());
    }
  });

  it('says so when there is nothing wrong', () => {
    expect(formatProblemsTable(files, []).split('\n').pop()).toBe('3 files checked: no problems.');
    expect(formatProblemsTable([], [{ file: '(none)', rule: 'set-empty', message: 'No distribution files were given', fix: 'Point at dist/.' }]).split('\n').pop())
      .toBe('No files checked; 1 problem.');
  });
});

describe('wrap', () => {
  it('wraps on spaces and cuts words longer than the width', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrap('one\ntwo', 10)).toEqual(['one', 'two']);
  });
});

describe('formatProblemsTable: causes and warnings', () => {
  const files = [file('renamed-2.0-py3-none-any.whl'), file('spelled-23.0.01-py3-none-any.whl')];
  const cause: Problem = {
    file: 'renamed-2.0-py3-none-any.whl',
    rule: 'version-mismatch',
    message: 'The filename has version 2.0 but METADATA says Version: 1.0',
    fix: 'Rebuild so the two agree.',
    pypiMessage: 'Invalid distribution file. WHEEL not found at renamed-2.0.dist-info/WHEEL',
    consequences: ['There is no renamed-2.0.dist-info/WHEEL', 'There is no renamed-2.0.dist-info/RECORD'],
  };
  const warning: Problem = { file: 'spelled-23.0.01-py3-none-any.whl', rule: 'version-not-normalized', message: 'Version 23.0.01 is not in normal form', fix: 'Write 23.0.1.' };
  const table = formatProblemsTable(files, [cause], [warning]);

  it('lists what follows from a cause under it, and marks warnings as such', () => {
    const text = table.replace(/\s+/g, ' ');
    expect(text).toContain('[version-mismatch] Because of this: - There is no renamed-2.0.dist-info/WHEEL - There is no renamed-2.0.dist-info/RECORD PyPI would answer');
    expect(text).toContain('spelled-23.0.01-py3-none-any.whl warning: Version 23.0.01 is not in normal form');
    expect(text).toContain('[version-not-normalized]');
    expect(table.split('\n').at(-1)).toBe('1 problem in 1 of 2 files; fix them and run the check again (1 warning: worth a look, refused by nobody).');
    expect(formatProblemsTable(files, [], [warning]).split('\n').at(-1)).toBe('2 files checked: no problems (1 warning: worth a look, refused by nobody).');
  });
});
