import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { UserError } from '../../../src/errors.js';
import {
  preferredWheel,
  resolvePython,
  supportedTags,
  supportedTagsWithSource,
  wheelIsCompatible,
  wheelSupportIndex,
  wheelTags,
} from '../../../src/python/index.js';
import { itWith, pyenvPython, pyenvVersion } from './pythons.js';

const onGlibcX86 = process.platform === 'linux' && process.arch === 'x64';

describe('wheel tags from a filename', () => {
  it('expands compressed tag sets', () => {
    expect(wheelTags('six-1.16.0-py2.py3-none-any.whl')).toEqual(['py2-none-any', 'py3-none-any']);
    expect(wheelTags('dist/ray-0.8.0-1build-cp27-cp27mu.cp27m-manylinux1_x86_64.linux_x86_64.whl')).toEqual([
      'cp27-cp27mu-manylinux1_x86_64',
      'cp27-cp27mu-linux_x86_64',
      'cp27-cp27m-manylinux1_x86_64',
      'cp27-cp27m-linux_x86_64',
    ]);
  });

  it('refuses what is not a wheel filename', () => {
    expect(() => wheelTags('six-1.16.0.tar.gz')).toThrow(UserError);
    expect(() => wheelTags('six-py3-none-any.whl')).toThrow(/Invalid wheel filename/);
  });

  it('is compatible when the tag sets meet, and ranks by the best tag', () => {
    const tags = ['cp312-cp312-manylinux_2_17_x86_64', 'cp312-abi3-manylinux_2_17_x86_64', 'py3-none-any'];
    expect(wheelIsCompatible('x-1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', tags)).toBe(true);
    expect(wheelIsCompatible('x-1-cp311-cp311-manylinux_2_17_x86_64.whl', tags)).toBe(false);
    expect(wheelIsCompatible('x-1-py2.py3-none-any.whl', tags)).toBe(true);
    expect(wheelIsCompatible('x-1-py2-none-any.whl', tags)).toBe(false);
    expect(wheelSupportIndex('x-1-cp312-abi3-manylinux_2_17_x86_64.whl', tags)).toBe(1);
    expect(preferredWheel(['x-1-py3-none-any.whl', 'x-1-cp312-abi3-manylinux_2_17_x86_64.whl', 'x-1-cp39-cp39-win32.whl'], tags))
      .toBe('x-1-cp312-abi3-manylinux_2_17_x86_64.whl');
    expect(preferredWheel(['x-1-cp39-cp39-win32.whl'], tags)).toBeUndefined();
  });
});

const v27 = pyenvVersion('2.7');
const v36 = pyenvVersion('3.6');
const v312 = pyenvVersion('3.12');

describe('supportedTags with real interpreters', () => {
  itWith(v27, '2.7')("2.7 (pip 19.x): asks pip's own module; cp27 ABI first, pure Python 2 wheels last", async () => {
    const py = await resolvePython(pyenvPython(v27!)!);
    const { tags, source } = await supportedTagsWithSource(py);
    expect(source).toBe('pip._internal.pep425tags');
    // pyenv builds 2.7 with UCS-4 unicode, so the ABI is cp27mu (m: pymalloc, u: UCS-4).
    if (onGlibcX86) {
      expect(tags[0]).toMatch(/^cp27-cp27mu-manylinux/);
      expect(tags).toContain('cp27-cp27mu-manylinux1_x86_64');
      expect(tags).toContain('cp27-cp27mu-linux_x86_64');
    }
    expect(tags).toContain('py2-none-any');
    expect(tags).not.toContain('py3-none-any');
    expect(tags.indexOf('py27-none-any')).toBeGreaterThan(tags.findIndex((t) => t.startsWith('cp27-cp27mu-')));
    expect(wheelIsCompatible('demo-1.0-py2.py3-none-any.whl', tags)).toBe(true);
    expect(wheelIsCompatible('demo-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', tags)).toBe(false);
  });

  itWith(v27, '2.7')('2.7 computed without pip covers what pip 19 lists, and more manylinux', async () => {
    const py = await resolvePython(pyenvPython(v27!)!);
    const pip = await supportedTagsWithSource(py);
    const computed = await supportedTagsWithSource(py, { computedOnly: true });
    expect(computed.source).toBe('computed');
    // pip 19's 'cp2-none-any' is a quirk packaging never produced.
    expect(pip.tags.filter((t) => t !== 'cp2-none-any' && !computed.tags.includes(t))).toEqual([]);
    if (onGlibcX86) expect(computed.tags).toContain('cp27-cp27mu-manylinux2014_x86_64');
  });

  itWith(v36, '3.6')("3.6 (pip 18.1): asks pip's own pep425tags", async () => {
    const py = await resolvePython(pyenvPython(v36!)!);
    const { tags, source } = await supportedTagsWithSource(py);
    expect(source).toBe('pip._internal.pep425tags');
    expect(tags[0]).toMatch(/^cp36-cp36m-/);
    expect(tags).toContain(`cp36-abi3-${tags[0].split('-')[2]}`);
    expect(tags).toContain('py3-none-any');
  });

  itWith(v312, '3.12')("3.12: what pip debug --verbose lists, and the computed fallback agrees with it exactly", async () => {
    const py = await resolvePython(pyenvPython(v312!)!);
    const tags = await supportedTags(py);
    const debug = spawnSync(py.path, ['-m', 'pip', 'debug', '--verbose'], { encoding: 'utf8' }).stdout;
    const listed = debug.split('\n').filter((l) => /^\s+\S+-\S+-\S+\s*$/.test(l)).map((l) => l.trim());
    expect(listed.length).toBeGreaterThan(100);
    expect(tags).toEqual(listed);
    expect(py.tags).toBe(tags);
    if (onGlibcX86) expect(tags[0]).toMatch(/^cp312-cp312-manylinux_2_\d+_x86_64$/);
    else expect(tags[0]).toMatch(/^cp312-cp312-/);
    expect(tags).toContain(`cp312-abi3-${tags[0].split('-')[2]}`);
    expect(tags.at(-1)).toBe('py30-none-any');
    const computed = await supportedTagsWithSource(py, { computedOnly: true });
    if (onGlibcX86) expect(computed.tags).toEqual(tags);
  });
});
