import { describe, expect, it } from '@jest/globals';
import { FilenameError, parseDistributionFilename, parseSdistFilename, parseWheelFilename } from '../../../src/distributions/filename.js';
import { UserError } from '../../../src/errors.js';
import { pythonWithPackaging, runPython } from './fixtures.js';

const python = pythonWithPackaging();
if (!python) console.warn('SKIPPED: differential filename tests because no python3 with the packaging library was found');
const withPython = python ? it : it.skip;

function failure(fn: () => unknown): FilenameError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FilenameError) return error;
    throw error;
  }
  throw new Error('expected a FilenameError');
}

describe('parseWheelFilename', () => {
  it('parses a plain wheel', () => {
    expect(parseWheelFilename('ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl')).toEqual({
      kind: 'wheel',
      filename: 'ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl',
      name: 'ray',
      normalizedName: 'ray',
      version: '2.9.0',
      normalizedVersion: '2.9.0',
      pythonTags: ['cp311'],
      abiTags: ['cp311'],
      platformTags: ['manylinux2014_x86_64'],
      tags: ['cp311-cp311-manylinux2014_x86_64'],
    });
  });

  it('parses a build tag', () => {
    const parsed = parseWheelFilename('foo-1.0-1beta-py3-none-any.whl');
    expect(parsed.build).toEqual({ number: 1, rest: 'beta' });
    expect(parsed.tags).toEqual(['py3-none-any']);
    expect(parseWheelFilename('foo-1.0-20240101-py3-none-any.whl').build).toEqual({ number: 20240101, rest: '' });
  });

  it('expands compressed tag sets in filename order', () => {
    const parsed = parseWheelFilename('numpy-2.0.0-cp312-cp312-macosx_10_9_x86_64.macosx_11_0_arm64.whl');
    expect(parsed.platformTags).toEqual(['macosx_10_9_x86_64', 'macosx_11_0_arm64']);
    expect(parsed.tags).toEqual(['cp312-cp312-macosx_10_9_x86_64', 'cp312-cp312-macosx_11_0_arm64']);
    const six = parseWheelFilename('six-1.16.0-py2.py3-none-any.whl');
    expect(six.pythonTags).toEqual(['py2', 'py3']);
    expect(six.tags).toEqual(['py2-none-any', 'py3-none-any']);
    const cross = parseWheelFilename('x-1-cp37.cp38-abi3.none-win32.win_amd64.whl');
    expect(cross.tags).toHaveLength(8);
    expect(cross.tags[0]).toBe('cp37-abi3-win32');
    expect(cross.tags[7]).toBe('cp38-none-win_amd64');
  });

  it('keeps the name as written and gives the normalized forms', () => {
    const parsed = parseWheelFilename('Foo.Bar-1.0.0_post1-py3-none-any.whl');
    expect(parsed.name).toBe('Foo.Bar');
    expect(parsed.normalizedName).toBe('foo-bar');
    expect(parsed.version).toBe('1.0.0_post1');
    expect(parsed.normalizedVersion).toBe('1.0.0.post1');
  });

  it('gives packaging\'s exact messages', () => {
    expect(failure(() => parseWheelFilename('foo-1.0-py3-none-any.zip')).packagingMessage)
      .toBe("Invalid wheel filename (extension must be '.whl'): 'foo-1.0-py3-none-any.zip'");
    expect(failure(() => parseWheelFilename('foo-1.0-py3-none.whl')).packagingMessage)
      .toBe("Invalid wheel filename (wrong number of parts): 'foo-1.0-py3-none'");
    expect(failure(() => parseWheelFilename('foo__bar-1.0-py3-none-any.whl')).packagingMessage)
      .toBe("Invalid project name: 'foo__bar-1.0-py3-none-any'");
    expect(failure(() => parseWheelFilename('foo-1.x-py3-none-any.whl')).packagingMessage)
      .toBe("Invalid wheel filename (invalid version): 'foo-1.x-py3-none-any'");
    expect(failure(() => parseWheelFilename('foo-1.0-beta-py3-none-any.whl')).packagingMessage)
      .toBe("Invalid build number: beta in 'foo-1.0-beta-py3-none-any'");
  });

  it('throws a UserError whose message says what a wheel name looks like', () => {
    const error = failure(() => parseWheelFilename('foo.whl'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('PEP 427');
    expect(error.filename).toBe('foo.whl');
  });
});

describe('parseSdistFilename', () => {
  it('parses .tar.gz and .zip sdists, splitting on the last dash', () => {
    expect(parseSdistFilename('ray-2.9.0.tar.gz')).toEqual({
      kind: 'sdist', filename: 'ray-2.9.0.tar.gz', name: 'ray', normalizedName: 'ray', version: '2.9.0', normalizedVersion: '2.9.0', extension: '.tar.gz',
    });
    expect(parseSdistFilename('My-Project-1.0.zip')).toMatchObject({ name: 'My-Project', normalizedName: 'my-project', extension: '.zip' });
  });

  it('refuses other extensions and bad versions with packaging\'s messages', () => {
    expect(failure(() => parseSdistFilename('foo-1.0.tar.bz2')).packagingMessage)
      .toBe("Invalid sdist filename (extension must be '.tar.gz' or '.zip'): 'foo-1.0.tar.bz2'");
    expect(failure(() => parseSdistFilename('foo.tar.gz')).packagingMessage).toBe("Invalid sdist filename: 'foo.tar.gz'");
    expect(failure(() => parseSdistFilename('foo-bar.tar.gz')).packagingMessage).toBe("Invalid sdist filename (invalid version): 'foo-bar.tar.gz'");
  });
});

describe('parseDistributionFilename', () => {
  it('dispatches on the extension', () => {
    expect(parseDistributionFilename('a-1-py3-none-any.whl').kind).toBe('wheel');
    expect(parseDistributionFilename('a-1.tar.gz').kind).toBe('sdist');
    expect(parseDistributionFilename('a-1.zip').kind).toBe('sdist');
    expect(() => parseDistributionFilename('a-1.egg')).toThrow(FilenameError);
  });
});

const WHEEL_NAMES = [
  'ray-2.9.0-cp311-cp311-manylinux2014_x86_64.whl', 'foo-1.0-1beta-py3-none-any.whl', 'six-1.16.0-py2.py3-none-any.whl',
  'Foo.Bar-1.0.0_post1-py3-none-any.whl', 'x-1-cp37.cp38-abi3.none-win32.win_amd64.whl', 'pkg-1.0-PY3-NONE-ANY.whl',
  'ünï_côdé-1.0-py3-none-any.whl', 'foo-1.0-py3-none-any.zip', 'foo-1.0-py3-none.whl', 'foo__bar-1.0-py3-none-any.whl',
  'foo-1.x-py3-none-any.whl', 'foo-1.0-beta-py3-none-any.whl', 'foo bar-1.0-py3-none-any.whl', '-1.0-py3-none-any.whl',
  'foo-1.0+local-py3-none-any.whl', 'foo-v1.0-py3-none-any.whl', "it's-1.0-py3-none-any.whl", 'a-1-2-3-4-5-6.whl', 'foo-1.0---.whl',
  'foo-1.0-007x-py3-none-any.whl',
];
const SDIST_NAMES = ['ray-2.9.0.tar.gz', 'My-Project-1.0.zip', 'foo-1.0.tar.bz2', 'foo.tar.gz', 'foo-bar.tar.gz', 'foo-1.0-1.tar.gz', 'foo-1.0.post1.tar.gz', 'x-V2.tar.gz'];

describe('differential against packaging.utils', () => {
  withPython('parses wheel filenames like parse_wheel_filename, including its errors', () => {
    const script = `
import json, sys
from packaging.utils import parse_wheel_filename, InvalidWheelFilename
out = {}
for f in json.load(sys.stdin):
    try:
        name, version, build, tags = parse_wheel_filename(f)
        out[f] = {"name": name, "version": str(version), "build": list(build), "tags": sorted(str(t) for t in tags)}
    except InvalidWheelFilename as e:
        out[f] = {"error": str(e)}
print(json.dumps(out))`;
    const expected = runPython(python!, script, WHEEL_NAMES) as Record<string, unknown>;
    const actual = Object.fromEntries(WHEEL_NAMES.map((f) => {
      try {
        const p = parseWheelFilename(f);
        return [f, { name: p.normalizedName, version: p.normalizedVersion, build: p.build ? [p.build.number, p.build.rest] : [], tags: [...p.tags].sort() }];
      } catch (error) {
        return [f, { error: (error as FilenameError).packagingMessage }];
      }
    }));
    expect(actual).toEqual(expected);
  });

  withPython('parses sdist filenames like parse_sdist_filename, including its errors', () => {
    const script = `
import json, sys
from packaging.utils import parse_sdist_filename, InvalidSdistFilename
out = {}
for f in json.load(sys.stdin):
    try:
        name, version = parse_sdist_filename(f)
        out[f] = {"name": name, "version": str(version)}
    except InvalidSdistFilename as e:
        out[f] = {"error": str(e)}
print(json.dumps(out))`;
    const expected = runPython(python!, script, SDIST_NAMES) as Record<string, unknown>;
    const actual = Object.fromEntries(SDIST_NAMES.map((f) => {
      try {
        const p = parseSdistFilename(f);
        return [f, { name: p.normalizedName, version: p.normalizedVersion }];
      } catch (error) {
        return [f, { error: (error as FilenameError).packagingMessage }];
      }
    }));
    expect(actual).toEqual(expected);
  });
});
