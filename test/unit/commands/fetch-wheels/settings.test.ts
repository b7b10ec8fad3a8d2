import { describe, expect, it } from '@jest/globals';
import { inputEnvName } from '../../../../src/actions/shared/inputs.js';
import { fetchWheelsSecrets, parseSourceSpec, readFetchWheelsSettings } from '../../../../src/actions/fetch-wheels/settings.js';

const env = (inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GITHUB_WORKSPACE: '/work/space',
  ...extra,
  ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
});

function errorMessage(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}

describe('fetch-wheels secrets', () => {
  it('masks the AWS secret key and session token, as given and trimmed', () => {
    const secrets = fetchWheelsSecrets(env({ source: 's3://bkt/p/' }, {
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: ' wJalrSECRETKEY\n',
      AWS_SESSION_TOKEN: 'FwoGSESSIONTOKEN',
    }));
    expect([...secrets].sort()).toEqual([' wJalrSECRETKEY\n', 'FwoGSESSIONTOKEN', 'wJalrSECRETKEY'].sort());
  });

  it('masks the token input, else GITHUB_TOKEN', () => {
    expect(fetchWheelsSecrets(env({ token: 'ghp_INPUT' }, { GITHUB_TOKEN: 'ghs_ENV' }))).toEqual(['ghp_INPUT']);
    expect(fetchWheelsSecrets(env({}, { GITHUB_TOKEN: 'ghs_ENV' }))).toEqual(['ghs_ENV']);
  });

  it('masks the credentials in source and s3-endpoint', () => {
    const secrets = fetchWheelsSecrets(env({ source: 'https://alice:s3cr%40t@minio.example.com/bkt/', 's3-endpoint': 'https://EPTOKEN@minio.example.com' }));
    const basic = (s: string) => Buffer.from(s).toString('base64');
    expect([...secrets].sort()).toEqual(['EPTOKEN', 's3cr%40t', 's3cr@t', basic('alice:s3cr@t'), basic('EPTOKEN:')].sort());
  });

  it('masks nothing when nothing is secret', () => {
    expect(fetchWheelsSecrets(env({ source: 'release:pkg@1.2.3', 's3-endpoint': 'http://127.0.0.1:9000' }, { AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '' }))).toEqual([]);
  });
});

describe('fetch-wheels source and s3-endpoint errors', () => {
  it('do not echo credentials from an s3:// source', () => {
    const message = errorMessage(() => parseSourceSpec('s3://AKIAEXAMPLE:s3cr%40t@bucket/p/'));
    expect(message).toContain('got "s3://bucket/p/"; use s3://bucket/prefix/ with a valid bucket name');
    for (const secret of ['AKIAEXAMPLE', 's3cr']) expect(message).not.toContain(secret);
  });

  it('do not echo credentials from an https source that does not parse', () => {
    const message = errorMessage(() => parseSourceSpec('https://alice:s3cr%40t@minio.example.com:port/bkt/'));
    expect(message).toContain('got "https://***@minio.example.com:port/bkt/"');
    for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
  });

  it('do not echo credentials from a source of another scheme', () => {
    const message = errorMessage(() => parseSourceSpec('gs://alice:s3cr%40t@bucket/p/'));
    expect(message).toContain('got "gs://bucket/p/"');
    for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
  });

  it('do not echo credentials from an s3-endpoint that does not parse', () => {
    const message = errorMessage(() => readFetchWheelsSettings(env({ source: 's3://bkt/p/', 'expect-count': '1', 's3-endpoint': 'https://alice:s3cr%40t@minio.example.com:port' })));
    expect(message).toContain("Input 's3-endpoint' is invalid: got \"https://***@minio.example.com:port\"");
    for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
  });

  it('still read a valid source and endpoint', () => {
    const s = readFetchWheelsSettings(env({ source: 's3://bkt/p/', 'expect-count': '1', 's3-endpoint': 'http://127.0.0.1:9000' }));
    expect(s.source).toEqual({ kind: 's3', url: 's3://bkt/p/' });
    expect(s.s3Endpoint?.href).toBe('http://127.0.0.1:9000/');
  });
});

describe('fetch-wheels source templates', () => {
  const SHA = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
  const base = { expect: 'cp310-cp310-manylinux2014_x86_64', packages: 'ray ray-cpp' };

  it('fills {version}, {commit}, {short-commit} and {tag} from their inputs', () => {
    const s = readFetchWheelsSettings(env({ ...base, source: 's3://ray-wheels/releases/{version}/{commit}/{short-commit}/{tag}/', version: '2.9.0', 'commit-sha': SHA, tag: 'ray-2.9.0' }));
    expect(s.source).toEqual({ kind: 's3', url: `s3://ray-wheels/releases/2.9.0/${SHA.toLowerCase()}/a1b2c3d/ray-2.9.0/` });
    expect([s.version, s.commitSha, s.tag]).toEqual(['2.9.0', SHA.toLowerCase(), 'ray-2.9.0']);
  });

  it('fills https listing URLs and local paths alike, and leaves glob alternatives alone', () => {
    expect(readFetchWheelsSettings(env({ ...base, source: 'https://ray-wheels.s3.us-west-2.amazonaws.com/releases/{version}/', version: '2.9.0' })).source)
      .toEqual({ kind: 'https', url: 'https://ray-wheels.s3.us-west-2.amazonaws.com/releases/2.9.0/' });
    expect(readFetchWheelsSettings(env({ ...base, source: 'wheels/{tag}/*-{cp310,cp311}-*.whl', tag: 'v2' })).source)
      .toEqual({ kind: 'local', pattern: '/work/space/wheels/v2/*-{cp310,cp311}-*.whl' });
  });

  it.each([
    ['{commit}', 'commit-sha', "Input 'commit-sha' is required: source uses {commit}, so give commit-sha"],
    ['{short-commit}', 'commit-sha', "Input 'commit-sha' is required: source uses {short-commit}, so give commit-sha"],
    ['{version}', 'version', "Input 'version' is required: source uses {version}, so give version"],
    ['{tag}', 'tag', "Input 'tag' is required: source uses {tag}, so give tag"],
  ])('refuses %s without its input, naming %s', (placeholder, _input, message) => {
    expect(errorMessage(() => readFetchWheelsSettings(env({ ...base, source: `s3://ray-wheels/releases/${placeholder}/` })))).toContain(message);
  });

  it('refuses a placeholder it does not know, and a commit-sha or tag that cannot be one', () => {
    expect(errorMessage(() => readFetchWheelsSettings(env({ ...base, source: 's3://b/{comit}/', 'commit-sha': SHA }))))
      .toBe('Input \'source\' is invalid: {comit} is not a placeholder; use {version}, {commit}, {short-commit}, {tag} (filled from the version, commit-sha and tag inputs).');
    expect(errorMessage(() => readFetchWheelsSettings(env({ ...base, source: 's3://b/{commit}/', 'commit-sha': 'a1b2c3d' })))).toContain("Input 'commit-sha' is invalid: got \"a1b2c3d\"; use a full 40-character commit SHA");
    expect(errorMessage(() => readFetchWheelsSettings(env({ ...base, source: 's3://b/{tag}/', tag: 'v1..2' })))).toContain("Input 'tag' is invalid");
  });
});

describe('fetch-wheels completeness', () => {
  it('refuses neither expect nor expect-count, naming both, with how to write expect for a layout like Ray\'s', () => {
    const message = errorMessage(() => readFetchWheelsSettings(env({ source: 's3://ray-wheels/releases/2.9.0/', packages: 'ray ray-cpp' })));
    expect(message).toMatch(/^Inputs 'expect' and 'expect-count': Neither expect nor expect-count is set, and fetch-wheels does not guess/);
    expect(message).toContain('cp39-cp39-manylinux2014_aarch64');
    expect(message).toContain('"ray: py3-none-any"');
    expect(message).toContain('allow-any-set: true');
  });

  it('takes any set only when told, and then only at one look', () => {
    expect(readFetchWheelsSettings(env({ source: 'dist', 'allow-any-set': 'true' })).allowAnySet).toBe(true);
    expect(errorMessage(() => readFetchWheelsSettings(env({ source: 'dist', 'allow-any-set': 'true', 'wait-timeout': '2h' }))))
      .toMatch(/^Inputs 'allow-any-set' and 'wait-timeout': allow-any-set takes whatever one look finds/);
    expect(errorMessage(() => readFetchWheelsSettings(env({ source: 'dist', 'allow-any-set': 'true', 'expect-count': '3' })))).toMatch(/^Input 'allow-any-set': allow-any-set is true, but expect-count/);
  });

  it('waits only for a set of known size', () => {
    const wait = { source: 'dist', 'wait-timeout': '2h' };
    expect(errorMessage(() => readFetchWheelsSettings(env({ ...wait, packages: 'ray', expect: 'cp3*-*-manylinux2014_x86_64' })))).toMatch(/^Inputs 'expect' and 'expect-count': expect has lines with globs \(cp3\*-\*-manylinux2014_x86_64\)/);
    expect(errorMessage(() => readFetchWheelsSettings(env({ ...wait, expect: 'cp310-cp310-manylinux2014_x86_64' })))).toMatch(/^Input 'packages': expect applies to each package found/);
    expect(readFetchWheelsSettings(env({ ...wait, packages: 'ray', expect: 'cp3*-*-manylinux2014_x86_64', 'expect-count': '4' })).expectCount).toBe(4);
    expect(readFetchWheelsSettings(env({ ...wait, packages: 'ray', expect: 'cp310-cp310-manylinux2014_x86_64' })).waitTimeoutSeconds).toBe(7200);
    expect(readFetchWheelsSettings(env({ ...wait, 'expect-count': '40' })).expectCount).toBe(40);
  });

  it('reads per-package expect lines and refuses one for a package not selected', () => {
    const s = readFetchWheelsSettings(env({ source: 'dist', packages: 'ray ray-cpp', expect: 'cp310-cp310-win_amd64\nray: py3-none-any\nRay_CPP : cp310-abi3-win_amd64' }));
    expect(s.expect).toEqual(['cp310-cp310-win_amd64', 'ray: py3-none-any', 'Ray_CPP : cp310-abi3-win_amd64']);
    expect(errorMessage(() => readFetchWheelsSettings(env({ source: 'dist', packages: 'ray', expect: 'numpy: py3-none-any' }))))
      .toBe('Input \'expect\' is invalid: got "numpy: py3-none-any"; name a package of packages (ray) before the colon.');
    expect(errorMessage(() => readFetchWheelsSettings(env({ source: 'dist', packages: 'ray', expect: 'ray: not a triple' })))).toContain("Input 'expect' is invalid: got \"ray: not a triple\"");
  });
});
