import { InputError, Inputs, parseHttpUrl, type InputSpecs } from '../inputs.js';
import { existingFile, workspacePath } from './common.js';

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
    indexUrl: i.url('index-url'),
    jsonApiUrl: i.url('json-api-url'),
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
