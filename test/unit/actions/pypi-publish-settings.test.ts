import { describe, expect, it } from '@jest/globals';
import { InputError, inputEnvName } from '../../../src/actions/shared/inputs.js';
import { pypiPublishSecrets, readPypiPublishSettings } from '../../../src/actions/pypi-publish/settings.js';

function settings(values: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: '/work/space' };
  for (const [k, v] of Object.entries(values)) env[inputEnvName(k)] = v;
  return readPypiPublishSettings(env);
}

describe('pypi-publish settings: index URLs', () => {
  it('takes plain index and JSON API URLs', () => {
    const s = settings({ repository: 'https://pkgs.example/legacy/', 'index-url': 'https://pkgs.example/simple/', 'json-api-url': 'https://pkgs.example/pypi/' });
    expect(s.indexUrl?.href).toBe('https://pkgs.example/simple/');
    expect(s.jsonApiUrl?.href).toBe('https://pkgs.example/pypi/');
  });

  it('takes credentials in index-url apart from the URL, for reads of a private simple index', () => {
    const s = settings({ repository: 'https://pkgs.example/legacy/', 'index-url': 'https://bob:hun%40ter2@idx.example/simple/' });
    expect(s.indexUrl?.href).toBe('https://idx.example/simple/');
    expect(s.indexCredentials).toEqual({ user: 'bob', password: 'hun@ter2' });
  });

  for (const input of ['json-api-url']) {
    it(`refuses credentials in ${input} without repeating them`, () => {
      let err: unknown;
      try {
        settings({ repository: 'https://pkgs.example/legacy/', [input]: 'https://bob:hunter2@pkgs.example/pypi/' });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      const message = (err as Error).message;
      expect(message).toContain(`Input '${input}' is invalid`);
      expect(message).toContain('pkgs.example/pypi/');
      expect(message).not.toContain('hunter2');
      expect(message).not.toContain('bob');
    });
  }
});

describe('pypi-publish settings: credentials', () => {
  it('an API token, as token or as password of __token__', () => {
    expect(settings({ token: 'pypi-abc' })).toMatchObject({ token: 'pypi-abc', credentials: undefined });
    expect(settings({ password: 'pypi-abc' })).toMatchObject({ token: 'pypi-abc', credentials: undefined });
    expect(settings({ user: '__token__', password: 'pypi-abc' })).toMatchObject({ token: 'pypi-abc', credentials: undefined });
  });

  it('a user and password (CodeArtifact, GitLab, Artifactory, pypiserver)', () => {
    expect(settings({ user: 'aws', password: 'codeartifact-token' })).toMatchObject({ token: undefined, credentials: { user: 'aws', password: 'codeartifact-token' } });
  });

  it('nothing: trusted publishing', () => {
    expect(settings({})).toMatchObject({ token: undefined, credentials: undefined });
  });

  it('refuses token and password together, a user without a password, and a user with ":", never repeating a secret', () => {
    let err: unknown;
    try {
      settings({ token: 'pypi-one-secret', password: 'other-secret' });
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toContain("Inputs 'token' and 'password' are both set");
    expect((err as Error).message).not.toMatch(/pypi-one-secret|other-secret/);
    expect(() => settings({ user: 'gitlab-ci-token' })).toThrow("Input 'password' is required: give the password of the user gitlab-ci-token");
    expect(() => settings({ user: 'a:b', password: 'x' })).toThrow("Input 'user' is invalid");
  });

  it('refuses attestations: true with a password too', () => {
    expect(() => settings({ attestations: 'true', user: 'aws', password: 'x' })).toThrow("Input 'attestations' is invalid");
  });
});

describe('pypi-publish: what the entry masks before reading the settings', () => {
  it('masks the password', () => {
    expect(pypiPublishSecrets({ [inputEnvName('user')]: 'aws', [inputEnvName('password')]: ' s3cr3t-pw ' })).toEqual(['s3cr3t-pw']);
  });

  it('masks the token and credentials typed into any URL input', () => {
    const env: NodeJS.ProcessEnv = {
      [inputEnvName('token')]: '  pypi-AgEN-secret \n',
      [inputEnvName('repository')]: 'https://ci:r3po@pkgs.example/legacy/',
      [inputEnvName('index-url')]: 'https://IDXTOKEN@pkgs.example/simple/',
      [inputEnvName('json-api-url')]: 'https://bob:hunter2@pkgs.example:bad/pypi/',
    };
    const basic = (s: string) => Buffer.from(s).toString('base64');
    expect(pypiPublishSecrets(env).sort()).toEqual(['IDXTOKEN', 'hunter2', 'pypi-AgEN-secret', 'r3po', basic('ci:r3po'), basic('IDXTOKEN:'), basic('bob:hunter2')].sort());
  });

  it('masks nothing when nothing secret was given', () => {
    expect(pypiPublishSecrets({ [inputEnvName('repository')]: 'testpypi' })).toEqual([]);
  });
});

describe('pypi-publish settings: attestations', () => {
  it('attests automatically, for the workflow GITHUB_WORKFLOW_REF names', () => {
    const env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: '/work/space', GITHUB_WORKFLOW_REF: 'octo/example/.github/workflows/release.yml@refs/tags/v1.2.0' };
    const s = readPypiPublishSettings(env);
    expect(s.attestations).toBe('auto');
    expect(s.allowMixedProvenance).toBe(false);
    expect(s.publisher).toEqual({ repository: 'octo/example', workflow: 'release.yml' });
  });

  it('refuses attestations: true with a token, naming the input', () => {
    expect(() => settings({ attestations: 'true', token: 'pypi-abc' })).toThrow(
      "Input 'attestations' is invalid: got \"true\"; PyPI accepts PEP 740 attestations only through trusted publishing",
    );
    expect(settings({ attestations: 'true' }).attestations).toBe('true');
    expect(settings({ attestations: 'False', token: 'pypi-abc' }).attestations).toBe('false');
  });

  it('refuses anything but auto, true or false', () => {
    expect(() => settings({ attestations: 'yes please' })).toThrow("Input 'attestations' is invalid: got \"yes please\"; use auto (attest under trusted publishing), true or false");
  });
});
