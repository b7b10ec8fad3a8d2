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
  'skip-existing': { default: 'true' },
  'expect-manifest': {},
  concurrency: { default: '4' },
  'preflight-only': { default: 'false' },
  attestations: { default: 'auto' },
  'allow-mixed-provenance': { default: 'false' },
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
  const token = i.optional('token');
  const attestations = attestationsMode(i.raw('attestations'));
  if (attestations === 'true' && token) {
    throw new InputError('attestations', 'PyPI accepts PEP 740 attestations only through trusted publishing: leave token empty (with id-token: write), or use auto or false', 'true');
  }
  const trustConfig = env[SIGSTORE_TRUST_CONFIG_ENV]?.trim();
  if (trustConfig && (!existsSync(trustConfig) || !statSync(trustConfig).isFile())) {
    throw new UserError(`${SIGSTORE_TRUST_CONFIG_ENV} names ${trustConfig}, which is not a file; point it at a Sigstore client trust config, or unset it to use Sigstore's production instance.`);
  }
  const publisher = githubPublisherFromWorkflowRef(env.GITHUB_WORKFLOW_REF ?? '');
  const manifest = i.optional('expect-manifest');
  return {
    repository,
    indexUrl: withoutCredentials('index-url', i.url('index-url')),
    jsonApiUrl: withoutCredentials('json-api-url', i.url('json-api-url')),
    packagesDir: workspacePath(i.required('packages-dir', 'give the directory holding the distributions'), env),
    files: i.lines('files'),
    token,
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

function attestationsMode(value: string): 'auto' | 'true' | 'false' {
  if (value === 'auto') return 'auto';
  if (['true', 'True', 'TRUE'].includes(value)) return 'true';
  if (['false', 'False', 'FALSE'].includes(value)) return 'false';
  throw new InputError('attestations', 'use auto (attest under trusted publishing), true or false', value);
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
