import { describe, expect, it } from '@jest/globals';
import { describeProblems, select, unsafeFile } from '../../../../src/commands/fetch-wheels/select.js';
import { parseExpectLine, wheelMeets } from '../../../../src/commands/fetch-wheels/expect.js';
import { parseWheelFilename } from '../../../../src/distributions/index.js';
import type { RemoteFile } from '../../../../src/sources/types.js';

const PREFIX = 'releases/2.9.0/abc/';
const file = (name: string, key = `${PREFIX}${name}`, size = 100): RemoteFile => ({ name, key, size, url: `https://example.test/${key}` });
const files = (...names: string[]) => names.map((n) => file(n));
const names = (sel: ReturnType<typeof select>) => sel.chosen.map((c) => c.file.name);

const RAY = [
  'ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl',
  'ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl',
  'ray_cpp-2.9.0-cp310-cp310-manylinux2014_x86_64.whl',
  'ray_cpp-2.9.0-cp311-cp311-manylinux2014_x86_64.whl',
];
const EXPECT = ['cp310-cp310-manylinux2014_x86_64', 'cp311-cp311-manylinux2014_x86_64'];

describe('select', () => {
  it('takes the expected set of the named packages and ignores other files and projects', () => {
    const sel = select(files(...RAY, 'ray-dist-0001.jar', 'SHA256SUMS', 'other_pkg-1.0-py3-none-any.whl', 'ray-2.9.0.tar.gz.asc'), {
      packages: ['ray', 'Ray-CPP'],
      version: '2.9.0',
      expect: EXPECT,
    });
    expect(sel.complete).toBe(true);
    expect(names(sel)).toEqual([...RAY].sort());
    expect(sel.ignored).toBe(4);
    expect(sel.expectedCount).toBe(4);
  });

  it('lists each missing wheel by the filename it should have, per package', () => {
    const sel = select(files(RAY[0]!, RAY[2]!), { packages: ['ray', 'ray_cpp'], version: '2.9.0', expect: EXPECT });
    expect(sel.acceptable).toBe(true);
    expect(sel.complete).toBe(false);
    expect(sel.missing).toEqual(['ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl', 'ray_cpp-2.9.0-cp311-cp311-manylinux2014_x86_64.whl']);
  });

  it('calls a wheel no expect line asks for unexpected, which no waiting fixes', () => {
    const sel = select(files(...RAY, 'ray-2.9.0-cp312-cp312-win_amd64.whl'), { packages: ['ray', 'ray_cpp'], expect: EXPECT });
    expect(sel.acceptable).toBe(false);
    expect(sel.unexpected).toEqual([{ file: 'ray-2.9.0-cp312-cp312-win_amd64.whl', reason: 'no expect line asks for its tags' }]);
  });

  it('matches globs within a part, case-insensitively, and compressed tag sets by any of their tags', () => {
    const sel = select(
      files('ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl', 'ray-2.9.0-cp311-cp311-MANYLINUX2014_X86_64.whl', 'ray-2.9.0-py2.py3-none-any.whl'),
      { packages: ['ray'], expect: ['cp31?-*-manylinux2014_x86_64', 'py3-none-any'] },
    );
    expect(sel.complete).toBe(true);
    const w = parseWheelFilename('ray-2.9.0-cp310-cp310-manylinux2014_x86_64.whl');
    expect(wheelMeets(w, parseExpectLine('cp310-*'))).toBe(false); // a glob stays inside its part
    expect(wheelMeets(w, parseExpectLine('cp310-*-*'))).toBe(true);
    expect(wheelMeets(w, parseExpectLine('cp3.0-cp310-manylinux2014_x86_64'))).toBe(false); // "." is literal
  });

  it('refuses files of another version and names them', () => {
    const sel = select(files(...RAY, 'ray-2.8.0-cp310-cp310-manylinux2014_x86_64.whl'), { packages: ['ray'], version: '2.9', expect: [] });
    expect(sel.refused).toEqual([{ file: 'ray-2.8.0-cp310-cp310-manylinux2014_x86_64.whl', reason: 'version 2.8.0, not the expected 2.9' }]);
    expect(names(sel)).toEqual(RAY.slice(0, 2)); // 2.9.0 == 2.9 under PEP 440
  });

  it('without version, refuses a source that mixes versions', () => {
    const sel = select(files(RAY[0]!, 'ray-2.8.0-cp310-cp310-manylinux2014_x86_64.whl'), { packages: [], expect: [] });
    expect(sel.acceptable).toBe(false);
    expect(sel.refused.map((r) => r.reason)).toEqual([
      'the source mixes versions 2.9.0 (1), 2.8.0 (1); set version to choose one',
      'the source mixes versions 2.9.0 (1), 2.8.0 (1); set version to choose one',
    ]);
    expect(sel.chosen).toEqual([]);
  });

  it('refuses keys and names that would escape dest, whatever their package', () => {
    const evil = file('evil.whl', `${PREFIX}../../evil.whl`);
    const back = file('..\\..\\ray-2.9.0-py3-none-any.whl');
    const sel = select([...files(...RAY), evil, back, file('notes.txt', `${PREFIX}../notes.txt`)], { packages: ['ray'], expect: [] });
    expect(sel.refused).toEqual([
      { file: `${PREFIX}../../evil.whl`, reason: 'its key climbs out of its folder with ".."; a file by this key would be written outside dest' },
      { file: `${PREFIX}..\\..\\ray-2.9.0-py3-none-any.whl`, reason: 'its name holds a path separator; a file by this key would be written outside dest' },
    ]);
    expect(unsafeFile(file('ray-2.9.0-py3-none-any.whl'))).toBeUndefined();
    expect(unsafeFile({ ...file('x.whl'), name: 'x\u0007.whl' })).toBe('its name holds control characters');
  });

  it('refuses one filename listed under two keys', () => {
    const sel = select([file(RAY[0]!), file(RAY[0]!, `releases/2.9.0/other/${RAY[0]}`)], { packages: [], expect: [] });
    expect(sel.refused).toEqual([{ file: RAY[0], reason: `listed 2 times (${PREFIX}${RAY[0]}, releases/2.9.0/other/${RAY[0]}); give a source that holds one build` }]);
  });

  it('refuses a broken wheel name of a wanted package but ignores one of another project', () => {
    const sel = select(files(...RAY, 'ray-2.9.0-linux.whl', 'junk-x.whl'), { packages: ['ray'], expect: [] });
    expect(sel.refused).toEqual([{ file: 'ray-2.9.0-linux.whl', reason: 'not a valid wheel filename (PEP 427)' }]);
  });

  it('takes .tar.gz sdists of the wanted packages along, never as unexpected; ignores .zip sdists', () => {
    const sel = select(files(...RAY, 'ray-2.9.0.tar.gz', 'ray-2.9.0.zip'), { packages: ['ray'], expect: EXPECT });
    expect(sel.complete).toBe(true);
    expect(names(sel)).toEqual([...RAY.slice(0, 2), 'ray-2.9.0.tar.gz'].sort());
    expect(sel.expectedCount).toBe(3);
  });

  it('checks expect-count both ways', () => {
    expect(select(files(...RAY), { packages: [], expect: [], expectCount: 4 }).complete).toBe(true);
    const few = select(files(...RAY.slice(0, 3)), { packages: [], expect: [], expectCount: 4 });
    expect(few.acceptable).toBe(true);
    expect(few.missing).toEqual(['1 more file(s): expect-count is 4, 3 found']);
    const many = select(files(...RAY), { packages: [], expect: [], expectCount: 3 });
    expect(many.unexpected).toEqual([{ file: '4 files', reason: 'expect-count is 3' }]);
  });

  it('without expect or expect-count, an empty source is incomplete, not an empty success', () => {
    expect(select([], { packages: ['ray'], version: '2.9.0', expect: [] }).missing).toEqual(['any distribution of ray 2.9.0']);
    expect(select(files('README.md'), { packages: [], expect: [] }).missing).toEqual(['any wheel']);
  });

  it('with expect but no packages, expects every line of each package found (or of any package when none is)', () => {
    const sel = select(files(RAY[0]!, RAY[2]!, RAY[3]!), { packages: [], expect: EXPECT });
    expect(sel.missing).toEqual(['ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl']);
    expect(select([], { packages: [], expect: EXPECT.slice(0, 1) }).missing).toEqual(['*-*-cp310-cp310-manylinux2014_x86_64.whl']);
  });

  it('describes the problems in groups, capped', () => {
    const sel = select(files(...RAY.slice(0, 1), 'ray-2.8.0-cp310-cp310-manylinux2014_x86_64.whl'), { packages: ['ray'], version: '2.9.0', expect: EXPECT });
    expect(describeProblems(sel)).toBe(
      [
        'refused (1):',
        '  - ray-2.8.0-cp310-cp310-manylinux2014_x86_64.whl: version 2.8.0, not the expected 2.9.0',
        'missing (1):',
        '  - ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl',
      ].join('\n'),
    );
    const many = select([], { packages: ['a', 'b', 'c'], version: '1.0', expect: EXPECT });
    expect(describeProblems(many, 2)).toBe(['missing (6):', '  - a-1.0-cp310-cp310-manylinux2014_x86_64.whl', '  - a-1.0-cp311-cp311-manylinux2014_x86_64.whl', '  … and 4 more'].join('\n'));
  });
});

describe('select with several packages', () => {
  const TWO = [
    'ray-2.9.0-cp310-cp310-win_amd64.whl',
    'ray-2.9.0-py3-none-any.whl',
    'ray_cpp-2.9.0-cp310-cp310-win_amd64.whl',
  ];

  it('applies a line with a package prefix to that package only', () => {
    const expectLines = ['cp310-cp310-win_amd64', 'ray: py3-none-any'];
    const sel = select(files(...TWO), { packages: ['ray', 'ray-cpp'], version: '2.9.0', expect: expectLines });
    expect(sel.complete).toBe(true);
    expect(sel.expectedCount).toBe(3);
    const cppOnly = select(files(TWO[0]!, TWO[2]!), { packages: ['ray', 'ray-cpp'], version: '2.9.0', expect: expectLines });
    expect(cppOnly.missing).toEqual(['ray-2.9.0-py3-none-any.whl']);
    // The same pure wheel of ray_cpp was not asked for.
    const extra = select(files(...TWO, 'ray_cpp-2.9.0-py3-none-any.whl'), { packages: ['ray', 'ray-cpp'], version: '2.9.0', expect: expectLines });
    expect(extra.unexpected).toEqual([{ file: 'ray_cpp-2.9.0-py3-none-any.whl', reason: 'no expect line asks for its tags' }]);
  });

  it('without packages, expects a package a line names even before its first wheel appears', () => {
    const sel = select(files(TWO[0]!), { packages: [], version: '2.9.0', expect: ['cp310-cp310-win_amd64', 'ray-cpp: py3-none-any'] });
    expect(sel.missing).toEqual(['ray_cpp-2.9.0-cp310-cp310-win_amd64.whl', 'ray_cpp-2.9.0-py3-none-any.whl']);
    expect(sel.expectedCount).toBe(3);
  });

  it('refuses a second wheel for a line without globs (two builds of the same tags), which no wait fixes', () => {
    const build = 'ray-2.9.0-1-cp310-cp310-win_amd64.whl';
    const sel = select(files(TWO[0]!, build), { packages: ['ray'], version: '2.9.0', expect: ['cp310-cp310-win_amd64'] });
    expect(sel.acceptable).toBe(false);
    expect(sel.unexpected).toEqual([{ file: TWO[0], reason: `meets the expect line 'cp310-cp310-win_amd64' as ${build} does; a line without globs stands for one wheel` }]);
  });
});
