import { describe, expect, it } from '@jest/globals';
import { readVerifyInstallSettings, verifyInstallSecrets } from '../../../../src/actions/verify-install/settings.js';

const env = (inputs: Record<string, string>): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries({ package: 'ray', version: '2.9.0', ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('verify-install settings', () => {
  it('defaults: PyPI, pinned, 3.x, 15 minutes, __version__ required', () => {
    expect(readVerifyInstallSettings(env({}))).toMatchObject({
      package: 'ray', version: '2.9.0', repository: 'pypi', python: '3.x', pin: true, pre: false, waitTimeoutSeconds: 900, requireVersionAttribute: true, extraIndexUrls: [],
    });
  });

  it('takes https indexes anywhere and http only on this machine', () => {
    expect(readVerifyInstallSettings(env({ 'index-url': 'http://127.0.0.1:8080/simple/', 'dependency-index-url': 'http://localhost:9/simple/' })).indexUrl?.href).toBe('http://127.0.0.1:8080/simple/');
    expect(() => readVerifyInstallSettings(env({ 'index-url': 'http://mirror.example/simple/' }))).toThrow("Input 'index-url' is invalid");
    expect(() => readVerifyInstallSettings(env({ 'extra-index-url': 'https://pypi.org/simple http://10.0.0.1/simple' }))).toThrow("Input 'extra-index-url' is invalid");
  });

  it('refuses pin: false for a pre-release unless pre is true', () => {
    expect(() => readVerifyInstallSettings(env({ version: '3.0rc1', pin: 'false' }))).toThrow("Input 'pre' is invalid: got \"false\"; use true: 3.0rc1 is a pre-release");
    expect(readVerifyInstallSettings(env({ version: '3.0rc1', pin: 'false', pre: 'true' })).pre).toBe(true);
    expect(readVerifyInstallSettings(env({ version: '3.0rc1' })).pin).toBe(true);
  });

  it('reads require-version-attribute and an inline smoke test', () => {
    const s = readVerifyInstallSettings(env({ 'require-version-attribute': 'false', 'smoke-test': 'import ray\nray.init()' }));
    expect(s.requireVersionAttribute).toBe(false);
    expect(s.smokeTest).toEqual({ kind: 'code', code: 'import ray\nray.init()' });
  });

  it('masks the credentials of every index URL input, as typed and decoded, before the settings are read', () => {
    const secrets = verifyInstallSecrets(env({
      'index-url': 'http://alice:s3cr%40t@host/simple/',
      'dependency-index-url': 'https://DEPTOKEN@deps.example/simple/',
      'extra-index-url': 'https://pypi.org/simple, https://bob:pw2@one.example/simple\nhttps://FURY@pypi.fury.io/acme/',
      'smoke-test': 'https://not:an-index@host/',
    }));
    const basic = (s: string) => Buffer.from(s).toString('base64');
    expect([...secrets].sort()).toEqual(['DEPTOKEN', 'FURY', 'pw2', 's3cr%40t', 's3cr@t', basic('alice:s3cr@t'), basic('DEPTOKEN:'), basic('bob:pw2'), basic('FURY:')].sort());
    expect(verifyInstallSecrets(env({ 'index-url': 'https://pypi.org/simple/' }))).toEqual([]);
  });

  it('refuses a plain-http index without echoing its credentials', () => {
    const message = errorMessage(() => readVerifyInstallSettings(env({ 'index-url': 'http://alice:s3cr%40t@host/simple/' })));
    expect(message).toContain("Input 'index-url' is invalid: got \"http://host/simple/\"; use an https URL");
    for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
    const extra = errorMessage(() => readVerifyInstallSettings(env({ 'extra-index-url': 'https://pypi.org/simple http://TOKEN42@10.0.0.1/simple' })));
    expect(extra).toContain('"http://10.0.0.1/simple"');
    expect(extra).not.toContain('TOKEN42');
  });

  it('refuses an index URL that does not parse without echoing its credentials', () => {
    for (const input of ['index-url', 'dependency-index-url', 'extra-index-url']) {
      const message = errorMessage(() => readVerifyInstallSettings(env({ [input]: 'https://alice:s3cr%40t@host:port/simple/' })));
      expect(message).toContain(`Input '${input}' is invalid: got "https://***@host:port/simple/"`);
      for (const secret of ['alice', 's3cr']) expect(message).not.toContain(secret);
    }
  });
});

function errorMessage(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected an error');
}
