import { describe, expect, it } from '@jest/globals';
import { InputError, Inputs, inputEnvName } from '../../../src/actions/shared/inputs.js';
import { parseDuration, parseSize } from '../../../src/units.js';

const specs = {
  flag: { default: 'false' },
  name: {},
  count: { default: '4' },
  wait: { default: '15m' },
  size: { default: '100M' },
  repo: { github: 'repository' as const },
  token: { github: 'token' as const },
  list: {},
};

function inputs(values: Record<string, string>, env: Record<string, string> = {}): Inputs {
  const e: NodeJS.ProcessEnv = { ...env };
  for (const [k, v] of Object.entries(values)) e[inputEnvName(k)] = v;
  return new Inputs(specs, e);
}

describe('inputEnvName', () => {
  it('keeps hyphens and upper-cases like the runner', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('a b')).toBe('INPUT_A_B');
  });
});

describe('Inputs', () => {
  it('applies the declared default when the runner passes nothing', () => {
    expect(inputs({}).boolean('flag')).toBe(false);
    expect(inputs({}).integer('count', { min: 1, max: 8 })).toBe(4);
    expect(inputs({}).duration('wait')).toBe(900);
    expect(inputs({}).size('size')).toBe(100 * 1024 * 1024);
  });

  it('resolves expression defaults from the environment', () => {
    const i = inputs({}, { GITHUB_REPOSITORY: 'ray-project/ray', GITHUB_TOKEN: 't' });
    expect(i.repository('repo')).toEqual({ owner: 'ray-project', repo: 'ray' });
    expect(i.raw('token')).toBe('t');
  });

  it('accepts the YAML 1.2 booleans the toolkit accepts and nothing else', () => {
    for (const v of ['true', 'True', 'TRUE']) expect(inputs({ flag: v }).boolean('flag')).toBe(true);
    for (const v of ['false', 'False', 'FALSE']) expect(inputs({ flag: v }).boolean('flag')).toBe(false);
    expect(() => inputs({ flag: 'yes' }).boolean('flag')).toThrow("Input 'flag' is invalid: got \"yes\"; use true or false.");
  });

  it('names the input and the accepted range for a bad number', () => {
    expect(() => inputs({ count: '0' }).integer('count', { min: 1, max: 8 })).toThrow(InputError);
    expect(() => inputs({ count: 'x' }).integer('count', { min: 1, max: 8 })).toThrow(/Input 'count'.*from 1 to 8/);
  });

  it('reports a missing required input by name', () => {
    expect(() => inputs({}).required('name', 'give a name')).toThrow("Input 'name' is required: give a name.");
  });

  it('splits lines and words, dropping blanks and comments', () => {
    expect(inputs({ list: 'a\n\n # c\n b \r\nc' }).lines('list')).toEqual(['a', 'b', 'c']);
    expect(inputs({ list: 'ray ray_cpp,\nx' }).words('list')).toEqual(['ray', 'ray_cpp', 'x']);
  });

  it('refuses a malformed repository', () => {
    expect(() => inputs({ repo: 'not a repo' }).repository('repo')).toThrow(/owner\/name/);
  });
});

describe('units', () => {
  it.each([
    ['900', 900],
    ['30s', 30],
    ['15m', 900],
    ['2h', 7200],
    ['1h30m', 5400],
  ])('duration %s = %d s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
  it.each(['', 'm', '10x', '5m3', '-1'])('duration %p is malformed', (text) => expect(parseDuration(text)).toBeUndefined());
  it.each([
    ['1048576', 1048576],
    ['100M', 104857600],
    ['1.5K', 1536],
    ['20G', 20 * 1024 ** 3],
    ['2GiB', 2 * 1024 ** 3],
  ])('size %s = %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));
  it.each(['', 'M', '10X', '-5'])('size %p is malformed', (text) => expect(parseSize(text)).toBeUndefined());
});
