import { redactUrl } from '../../http/index.js';
import { InputError, inputEnvName, Inputs, parseHttpUrl, type InputSpecs } from '../shared/inputs.js';
import { urlInputCredentials } from '../shared/url-credentials.js';
import { existingFile, workspacePath } from '../shared/checks.js';

export const pypiPublishInputs: InputSpecs = {
  repository: { default: 'pypi' },
  'index-url': {},
  'json-api-url': {},
  'packages-dir': { default: 'dist' },
  files: {},
  token: {},
  'skip-existing': { default: 'true' },
  'expect-manifest': {},
  concurrency: { default: '4' },
  'preflight-only': { default: 'false' },
  attestations: { default: 'false' },
  'max-file-size': { default: '100M' },
};

export interface PypiPublishSettings {
  repository: { name: 'pypi' | 'testpypi' | 'custom'; uploadUrl: URL };
  indexUrl?: URL;
  jsonApiUrl?: URL;
  packagesDir: string;
  files: string[];
  token?: string;
  skipExisting: boolean;
  expectManifest?: string;
  concurrency: number;
  preflightOnly: boolean;
  maxFileSize: number;
}

/**
 * What the entry masks before the settings are read: the token, and any credentials typed into a
 * URL input (refused below, but the refusal must not be the line that shows them).
 */
export function pypiPublishSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const token = env[inputEnvName('token')]?.trim();
  return [...(token ? [token] : []), ...urlInputCredentials(['repository', 'index-url', 'json-api-url'], env)];
}

export function readPypiPublishSettings(env: NodeJS.ProcessEnv = process.env): PypiPublishSettings {
  const i = new Inputs(pypiPublishInputs, env);
  const repo = i.raw('repository');
  const repository =
    repo === 'pypi'
      ? { name: 'pypi' as const, uploadUrl: new URL('https://upload.pypi.org/legacy/') }
      : repo === 'testpypi'
        ? { name: 'testpypi' as const, uploadUrl: new URL('https://test.pypi.org/legacy/') }
        : { name: 'custom' as const, uploadUrl: parseHttpUrl('repository', repo) };
  if (i.boolean('attestations')) {
    throw new InputError('attestations', 'PEP 740 attestations are not supported yet; set attestations: false', 'true');
  }
  const manifest = i.optional('expect-manifest');
  return {
    repository,
    indexUrl: withoutCredentials('index-url', i.url('index-url')),
    jsonApiUrl: withoutCredentials('json-api-url', i.url('json-api-url')),
    packagesDir: workspacePath(i.required('packages-dir', 'give the directory holding the distributions'), env),
    files: i.lines('files'),
    token: i.optional('token'),
    skipExisting: i.boolean('skip-existing'),
    expectManifest: manifest ? existingFile('expect-manifest', manifest, env) : undefined,
    concurrency: i.integer('concurrency', { min: 1, max: 16 }),
    preflightOnly: i.boolean('preflight-only'),
    maxFileSize: i.size('max-file-size'),
  };
}

/**
 * The simple index and the JSON API are read without credentials. A user name or password in
 * them would travel with every read, and is refused without being repeated in the error.
 */
function withoutCredentials(input: string, url: URL | undefined): URL | undefined {
  if (url && (url.username || url.password)) {
    throw new InputError(input, 'remove the user name and password: the index is read without credentials (the upload uses the token input)', redactUrl(url));
  }
  return url;
}
