import { describe, expect, it } from '@jest/globals';
import { readVerifyInstallSettings } from '../../../src/actions/settings/verify-install.js';

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
});
