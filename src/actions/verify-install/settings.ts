import pep440 from '@renovatebot/pep440';
import { InputError, Inputs, type InputSpecs } from '../shared/inputs.js';
import { redactUrl } from '../../http/index.js';
import { parseUrlInput, urlInputCredentials } from '../shared/url-credentials.js';
import { checkPep440, checkProjectName, existingFile, workspacePath } from '../shared/checks.js';

export const verifyInstallInputs: InputSpecs = {
  package: {},
  version: {},
  repository: { default: 'pypi' },
  'index-url': {},
  'dependency-index-url': {},
  'extra-index-url': {},
  'import-name': {},
  python: { default: '3.x' },
  'expect-commit': {},
  'expect-manifest': {},
  'smoke-test': {},
  pin: { default: 'true' },
  pre: { default: 'false' },
  'wait-timeout': { default: '15m' },
  'require-version-attribute': { default: 'true' },
};

/**
 * What the entry masks before it reads the settings: the credentials an index
 * URL may carry (https://user:token@host/simple/, https://TOKEN@pypi.fury.io/…).
 */
export function verifyInstallSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return urlInputCredentials(['index-url', 'dependency-index-url', 'extra-index-url'], env);
}

export interface VerifyInstallSettings {
  package: string;
  version: string;
  repository: 'pypi' | 'testpypi';
  indexUrl?: URL;
  dependencyIndexUrl?: URL;
  extraIndexUrls: URL[];
  importName?: string;
  python: string;
  expectCommit?: string;
  expectManifest?: string;
  smokeTest?: { kind: 'code'; code: string } | { kind: 'script'; path: string };
  pin: boolean;
  pre: boolean;
  waitTimeoutSeconds: number;
  requireVersionAttribute: boolean;
}

export function readVerifyInstallSettings(env: NodeJS.ProcessEnv = process.env): VerifyInstallSettings {
  const i = new Inputs(verifyInstallInputs, env);
  const pkg = checkProjectName('package', i.required('package', 'give the distribution name to install'));
  const version = checkPep440('version', i.required('version', 'give the version that must be installed'));
  const importName = i.optional('import-name');
  if (importName && !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(importName)) {
    throw new InputError('import-name', 'use a Python module name such as ray or ray.util', importName);
  }
  const manifest = i.optional('expect-manifest');
  const smoke = i.optional('smoke-test');
  const url = (name: string): URL | undefined => {
    const v = i.optional(name);
    return v === undefined ? undefined : parseUrlInput(name, v);
  };
  const indexUrl = url('index-url');
  const dependencyIndexUrl = url('dependency-index-url');
  const extraIndexUrls = i.words('extra-index-url').map((u) => parseUrlInput('extra-index-url', u));
  if (indexUrl) checkIndexUrl('index-url', indexUrl);
  if (dependencyIndexUrl) checkIndexUrl('dependency-index-url', dependencyIndexUrl);
  for (const u of extraIndexUrls) checkIndexUrl('extra-index-url', u);
  const pin = i.boolean('pin');
  const pre = i.boolean('pre');
  if (!pin && !pre && pep440.explain(version)?.is_prerelease) {
    throw new InputError('pre', `use true: ${version} is a pre-release and pin is false, and pip install -U skips pre-releases without --pre`, 'false');
  }
  return {
    package: pkg,
    version,
    repository: i.choice('repository', ['pypi', 'testpypi'] as const),
    indexUrl,
    dependencyIndexUrl,
    extraIndexUrls,
    importName,
    python: i.required('python', 'give an interpreter path or a version such as 2.7, 3.12 or 3.x'),
    expectCommit: i.optional('expect-commit'),
    expectManifest: manifest ? existingFile('expect-manifest', manifest, env) : undefined,
    smokeTest: smoke === undefined ? undefined : smokeTestOf(smoke, env),
    pin,
    pre,
    waitTimeoutSeconds: i.duration('wait-timeout'),
    requireVersionAttribute: i.boolean('require-version-attribute'),
  };
}

/**
 * Package indexes over https; plain http only on this machine (a local index
 * in a rehearsal), where nothing on the network can swap the files.
 */
function checkIndexUrl(input: string, url: URL): void {
  if (url.protocol === 'https:') return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  if (!loopback) throw new InputError(input, 'use an https URL (plain http is accepted only for a local index on localhost/127.0.0.1)', redactUrl(url.href));
}

/** A single line ending in .py is a script path; anything else is inline code. */
function smokeTestOf(value: string, env: NodeJS.ProcessEnv): { kind: 'code'; code: string } | { kind: 'script'; path: string } {
  if (!value.includes('\n') && value.trim().endsWith('.py')) {
    return { kind: 'script', path: existingFile('smoke-test', workspacePath(value.trim(), env), env) };
  }
  return { kind: 'code', code: value };
}
