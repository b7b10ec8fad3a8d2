import { existsSync, statSync } from 'node:fs';
import { githubPublisherFromWorkflowRef } from '../../attestations/publisher.js';
import { UserError } from '../../errors.js';
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
  user: { default: '__token__' },
  password: {},
  'skip-existing': { default: 'true' },
  'expect-manifest': {},
  concurrency: { default: '8' },
  'preflight-only': { default: 'false' },
  attestations: { default: 'auto' },
  'allow-mixed-provenance': { default: 'false' },
  'max-file-size': { default: '100M' },
};

export interface PypiPublishSettings {
  repository: { name: 'pypi' | 'testpypi' | 'custom'; uploadUrl: URL };
  /** The simple index, without the credentials it was given with (those are in indexCredentials). */
  indexUrl?: URL;
  /** A user and password given in index-url, for reads of the simple index. */
  indexCredentials?: { user: string; password: string };
  jsonApiUrl?: URL;
  packagesDir: string;
  files: string[];
  /** An API token (user `__token__`). */
  token?: string;
  /** A user other than `__token__` and its password. Neither this nor token: trusted publishing. */
  credentials?: { user: string; password: string };
  skipExisting: boolean;
  expectManifest?: string;
  concurrency: number;
  preflightOnly: boolean;
  maxFileSize: number;
  /** PEP 740: `auto` attests under trusted publishing; `true` requires it; `false` never. */
  attestations: 'auto' | 'true' | 'false';
  allowMixedProvenance: boolean;
  /** This workflow as a trusted publisher (GITHUB_WORKFLOW_REF). */
  publisher?: { repository: string; workflow: string };
  /** A Sigstore client trust config other than production (PYRELEASE_SIGSTORE_TRUST_CONFIG; the local stand-in). */
  sigstoreTrustConfig?: string;
}

/** Where a rehearsal or a test points signing at another Sigstore instance than production. */
export const SIGSTORE_TRUST_CONFIG_ENV = 'PYRELEASE_SIGSTORE_TRUST_CONFIG';

/**
 * What the entry masks before the settings are read: the token, the password, and any credentials
 * typed into a URL input (index-url's are used for reads; the others are refused below, but the
 * refusal must not be the line that shows them).
 */
export function pypiPublishSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const secrets = ['token', 'password'].map((name) => env[inputEnvName(name)]?.trim()).filter((v): v is string => !!v);
  return [...secrets, ...urlInputCredentials(['repository', 'index-url', 'json-api-url'], env)];
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
  const { token, credentials } = uploadCredentials(i);
  const attestations = i.booleanOrAuto('attestations', 'use auto (attest under trusted publishing), true or false');
  if (attestations === 'true' && (token || credentials)) {
    throw new InputError('attestations', 'PyPI accepts PEP 740 attestations only through trusted publishing: leave token empty (with id-token: write), or use auto or false', 'true');
  }
  const trustConfig = env[SIGSTORE_TRUST_CONFIG_ENV]?.trim();
  if (trustConfig && (!existsSync(trustConfig) || !statSync(trustConfig).isFile())) {
    throw new UserError(`${SIGSTORE_TRUST_CONFIG_ENV} names ${trustConfig}, which is not a file; point it at a Sigstore client trust config, or unset it to use Sigstore's production instance.`);
  }
  const publisher = githubPublisherFromWorkflowRef(env.GITHUB_WORKFLOW_REF ?? '');
  const manifest = i.optional('expect-manifest');
  const index = indexWithCredentials(i.url('index-url'));
  return {
    repository,
    ...index,
    jsonApiUrl: withoutCredentials('json-api-url', i.url('json-api-url')),
    packagesDir: workspacePath(i.required('packages-dir', 'give the directory holding the distributions'), env),
    files: i.lines('files'),
    token,
    credentials,
    skipExisting: i.boolean('skip-existing'),
    expectManifest: manifest ? existingFile('expect-manifest', manifest, env) : undefined,
    concurrency: i.integer('concurrency', { min: 1, max: 16 }),
    preflightOnly: i.boolean('preflight-only'),
    maxFileSize: i.size('max-file-size'),
    attestations,
    allowMixedProvenance: i.boolean('allow-mixed-provenance'),
    ...(publisher ? { publisher: { repository: publisher.repository, workflow: publisher.workflow } } : {}),
    ...(trustConfig ? { sigstoreTrustConfig: trustConfig } : {}),
  };
}

/**
 * gh-action-pypi-publish's inputs: `user` (default `__token__`) and `password`; `token` is this
 * action's name for the password of `__token__`. Nothing: trusted publishing.
 */
function uploadCredentials(i: Inputs): { token?: string; credentials?: { user: string; password: string } } {
  const token = i.optional('token');
  const password = i.optional('password');
  const user = i.raw('user');
  if (token && password) {
    throw new UserError("Inputs 'token' and 'password' are both set: give the secret once, as token (an API token) or as password (with user), not both.");
  }
  if (user.includes(':')) throw new InputError('user', 'a user name cannot contain ":" (HTTP Basic would split it there)', user);
  if (user === '__token__') return password ?? token ? { token: password ?? token } : {};
  if (!password && !token) throw new InputError('password', `give the password of the user ${user} (or leave user at __token__ for trusted publishing)`);
  return { credentials: { user, password: (password ?? token)! } };
}

/** index-url may carry credentials for reads of a private simple index on another host (as pip takes them). */
function indexWithCredentials(url: URL | undefined): { indexUrl?: URL; indexCredentials?: { user: string; password: string } } {
  if (!url) return {};
  if (!url.username && !url.password) return { indexUrl: url };
  const clean = new URL(url.href);
  clean.username = '';
  clean.password = '';
  // https://TOKEN@host/… (a user name alone) is a token, as pip reads it.
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  return { indexUrl: clean, indexCredentials: { user, password } };
}

/**
 * The JSON API is read with the upload credentials on its own origin only. A user name or password
 * in it would travel with every read, and is refused without being repeated in the error.
 */
function withoutCredentials(input: string, url: URL | undefined): URL | undefined {
  if (url && (url.username || url.password)) {
    throw new InputError(input, 'remove the user name and password: the JSON API is read with the upload credentials when it is on the upload URL\'s host, and without any elsewhere', redactUrl(url));
  }
  return url;
}
