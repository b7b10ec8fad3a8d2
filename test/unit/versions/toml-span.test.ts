import { describe, expect, it } from '@jest/globals';
import { parse } from 'smol-toml';
import { findTomlStringSpans, parseDottedKey } from '../../../src/versions/toml-span.js';

function values(text: string, key: string[]): string[] {
  parse(text); // every case is valid TOML, so the scanner is held to real documents
  return findTomlStringSpans(text, key).map((s) => text.slice(s.start, s.end));
}

describe('findTomlStringSpans', () => {
  it('skips multi-line strings, including quotes just before the closing delimiter', () => {
    const text = [
      'a = """',
      'version = "0.1"',
      'ends with two quotes""""',
      "b = '''",
      "version = '0.2'",
      "x''''",
      'c = """\\""""',
      'version = "1.0"',
      '',
    ].join('\n');
    expect(values(text, ['version'])).toEqual(['1.0']);
  });

  it('follows tables, dotted keys, quoted keys and nested inline tables', () => {
    const text = [
      'version = "0"',
      '[tool."poetry"]',
      'name = "x"',
      '[other]',
      'nested = { tool = { poetry = { version = "2" } } }',
      '[tool.poetry.extras]',
      'version = "3"',
      '',
    ].join('\n');
    expect(values('[tool]\npoetry.version = "1"\n', ['tool', 'poetry', 'version'])).toEqual(['1']);
    expect(values(text, ['other', 'nested', 'tool', 'poetry', 'version'])).toEqual(['2']);
    expect(values(text, ['version'])).toEqual(['0']);
    expect(values(text, ['tool', 'poetry', 'extras', 'version'])).toEqual(['3']);
  });

  it('ignores arrays of tables and values inside arrays', () => {
    const text = '[[project]]\nversion = "1"\n[x]\nlist = ["version", { version = "2" }]\nversion = [\n  "3", # c\n]\n';
    expect(values(text, ['project', 'version'])).toEqual([]);
    expect(values(text, ['x', 'version'])).toEqual([]);
  });

  it('reads scalars of every kind without losing its place', () => {
    const text = 'd = 1979-05-27 07:32:00Z\nf = -1.5e3\nb = true\nh = 0xff\ni = inf\nt = { a = 1, b = [1, 2] }\nv = "4.0" # ok\n';
    expect(values(text, ['v'])).toEqual(['4.0']);
  });

  it('returns the raw text, so escapes can be told apart from the value', () => {
    const text = 'v = "1.0\\u0030"\n';
    expect(findTomlStringSpans(text, ['v']).map((s) => [s.raw, s.quote])).toEqual([['1.0\\u0030', '"']]);
  });
});

describe('parseDottedKey', () => {
  it.each([
    ['project.version', ['project', 'version']],
    ['tool . poetry . version', ['tool', 'poetry', 'version']],
    ['tool."my.tool".version', ['tool', 'my.tool', 'version']],
    ["'a b'.c", ['a b', 'c']],
  ])('%s', (text, key) => {
    expect(parseDottedKey(text)).toEqual(key);
  });

  it.each(['', '^version = "(.+)"', 'a..b', 'a.', 'version(\\d)'])('%j is not a key', (text) => {
    expect(parseDottedKey(text)).toBeUndefined();
  });
});
