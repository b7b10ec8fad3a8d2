import { describe, expect, it } from '@jest/globals';
import { filenameEscapedName, isValidProjectName, normalizeName } from '../../../src/distributions/names.js';
import { isValidVersion, localVersionLabel, normalizeVersion, versionsEqual } from '../../../src/distributions/versions.js';
import { pythonBytesRepr, pythonRepr } from '../../../src/distributions/python-repr.js';
import { pythonWithPackaging, runPython } from './fixtures.js';

const python = pythonWithPackaging();
if (!python) console.warn('SKIPPED: differential tests against packaging because no python3 with the packaging library was found');
const withPython = python ? it : it.skip;

describe('normalizeName (PEP 503)', () => {
  it.each([
    ['Django', 'django'],
    ['oslo.concurrency', 'oslo-concurrency'],
    ['Foo__Bar', 'foo-bar'],
    ['foo-_.-bar', 'foo-bar'],
    ['ray', 'ray'],
    ['ray_cpp', 'ray-cpp'],
    ['A.B_C-D', 'a-b-c-d'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('escapes for filenames with underscores', () => {
    expect(filenameEscapedName('Foo.Bar-baz')).toBe('foo_bar_baz');
    expect(filenameEscapedName('ray-cpp')).toBe('ray_cpp');
  });

  it('validates project names like PyPI', () => {
    expect(isValidProjectName('ray')).toBe(true);
    expect(isValidProjectName('a')).toBe(true);
    expect(isValidProjectName('zope.interface')).toBe(true);
    expect(isValidProjectName('-lead')).toBe(false);
    expect(isValidProjectName('trail_')).toBe(false);
    expect(isValidProjectName('sp ace')).toBe(false);
    expect(isValidProjectName('ünïcode')).toBe(false);
    expect(isValidProjectName('')).toBe(false);
  });
});

const VERSIONS = [
  '1.0', '1.0.0', 'v1.0', 'V1.0', ' 1.0 ', '1.0-1', '1.0_post2', '1.0.post', '1.0-RC1', '1.0c1', '1.0pre3', '1.0preview1',
  '1.0alpha2', '1.0.0-alpha.1', '1.0a', '1.0.dev', '1.0-dev', '1!2.0a1.post3.dev4+abc', '01.0', '1.0+Local_x-Y', '1.0+01.a',
  '2.5.0rc1', '0.0.16.dev0+gc7563254f.d20251008', '1.0.dev20250714131355', '1.0-r5',
  'bogus', '', '1.0-', '1..0', '1.0+', '1.0+a..b', 'v', '1.0.0.0.0.0.0', '1.0 rc1',
];

describe('normalizeVersion (str(packaging.version.Version))', () => {
  it('normalizes the usual spellings', () => {
    expect(normalizeVersion('1.0-RC1')).toBe('1.0rc1');
    expect(normalizeVersion('1.0+Local_x-Y')).toBe('1.0+local.x.y');
    expect(normalizeVersion('1.0+01.a')).toBe('1.0+1.a');
    expect(normalizeVersion('v1.0')).toBe('1.0');
    expect(normalizeVersion(' 1.0 ')).toBe('1.0');
    expect(normalizeVersion('bogus')).toBeUndefined();
    expect(normalizeVersion('')).toBeUndefined();
  });

  withPython('agrees with packaging on every test version', () => {
    const script = `
import json, sys
from packaging.version import Version, InvalidVersion
out = {}
for v in json.load(sys.stdin):
    try: out[v] = str(Version(v))
    except InvalidVersion: out[v] = None
print(json.dumps(out))`;
    const expected = runPython(python!, script, VERSIONS) as Record<string, string | null>;
    const actual = Object.fromEntries(VERSIONS.map((v) => [v, normalizeVersion(v) ?? null]));
    expect(actual).toEqual(expected);
  });

  it('finds local labels and compares with PEP 440 equality', () => {
    expect(localVersionLabel('1.0+abc')).toBe('abc');
    expect(localVersionLabel('1.0')).toBeUndefined();
    expect(localVersionLabel('nope')).toBeUndefined();
    expect(versionsEqual('1.0', '1.0.0')).toBe(true);
    expect(versionsEqual('1.0-rc1', '1.0rc1')).toBe(true);
    expect(versionsEqual('1.0', '1.0+abc')).toBe(false);
    expect(versionsEqual('1.0', '1.1')).toBe(false);
    expect(versionsEqual('bad', 'bad')).toBe(true);
    expect(versionsEqual('bad', '1.0')).toBe(false);
    expect(isValidVersion('2.5.0')).toBe(true);
    expect(isValidVersion('2.5.x')).toBe(false);
  });
});

describe('pythonRepr', () => {
  it.each([
    ['abc', "'abc'"],
    ["it's", '"it\'s"'],
    ['both \' and "', "'both \\' and \"'"],
    ['back\\slash', "'back\\\\slash'"],
    ['tab\tnew\nline', "'tab\\tnew\\nline'"],
    ['\x01\x7f', "'\\x01\\x7f'"],
    ['ünï', "'ünï'"],
  ])('repr(%j)', (input, expected) => {
    expect(pythonRepr(input)).toBe(expected);
  });

  withPython('matches Python repr()', () => {
    const inputs = ['abc', "it's", 'both \' and "', 'back\\slash', 'tab\tnew\nline\r', '\x01\x7f\x85', 'ünï', 'foo-1.0.tar.gz'];
    const expected = runPython(python!, 'import json,sys; print(json.dumps([repr(s) for s in json.load(sys.stdin)]))', inputs);
    expect(inputs.map(pythonRepr)).toEqual(expected);
  });

  withPython('pythonBytesRepr matches Python repr() of bytes', () => {
    const inputs = [[0x50, 0x4b], [], [0x27], [0x27, 0x22], [0x5c, 0x0a, 0x0d, 0x09], [0x00, 0x1f, 0x7f, 0x80, 0xa0, 0xff], [0x1f, 0x8b]];
    const expected = runPython(python!, 'import json,sys; print(json.dumps([repr(bytes(b)) for b in json.load(sys.stdin)]))', inputs);
    expect(inputs.map((b) => pythonBytesRepr(Uint8Array.from(b)))).toEqual(expected);
  });
});
