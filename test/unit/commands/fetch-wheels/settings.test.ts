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
    const message = errorMessage(() => readFetchWheelsSettings(env({ source: 's3://bkt/p/', 's3-endpoint': 'https://alice:s3cr%40t@minio.example.com:port' })));
    expect(message).toContain("Input 's3-endpoint' is invalid: got \"https://***@minio.example.com:port\"");
    for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
  });

  it('still read a valid source and endpoint', () => {
    const s = readFetchWheelsSettings(env({ source: 's3://bkt/p/', 's3-endpoint': 'http://127.0.0.1:9000' }));
    expect(s.source).toEqual({ kind: 's3', url: 's3://bkt/p/' });
    expect(s.s3Endpoint?.href).toBe('http://127.0.0.1:9000/');
  });
});
