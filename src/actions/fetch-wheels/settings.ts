import { InputError, Inputs, inputEnvName, type InputSpecs } from '../shared/inputs.js';
import { redactUrl } from '../../http/index.js';
import { parseUrlInput, urlInputCredentials } from '../shared/url-credentials.js';
import { checkPep440, checkProjectName, workspacePath } from '../shared/checks.js';

export const fetchWheelsInputs: InputSpecs = {
  source: {},
  version: {},
  packages: {},
  expect: {},
  'expect-count': {},
  'wait-timeout': { default: '0' },
  dest: { default: 'dist' },
  concurrency: { default: '4' },
  'max-total-size': { default: '20G' },
  's3-endpoint': {},
  's3-region': {},
  'upload-artifact': {},
  'run-id': {},
  repository: { github: 'repository' },
  token: { github: 'token' },
};

/**
 * What the entry masks before anything else runs: the GitHub token, the AWS
 * secrets the S3 source signs with, and credentials in the URL inputs (they
 * are refused or unused, but an error would echo them).
 */
export function fetchWheelsSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const secrets = new Set<string>();
  for (const value of [env[inputEnvName('token')] || env.GITHUB_TOKEN, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]) {
    // As given, and as credentialsFromEnv uses it (trimmed).
    for (const v of [value, value?.trim()]) if (v) secrets.add(v);
  }
  for (const v of urlInputCredentials(['source', 's3-endpoint'], env)) secrets.add(v);
  return [...secrets];
}

export type WheelSourceSpec =
  | { kind: 's3'; url: string }
  | { kind: 'https'; url: string }
  | { kind: 'artifact'; name: string }
  | { kind: 'release'; tag: string }
  | { kind: 'local'; pattern: string };

export interface FetchWheelsSettings {
  source: WheelSourceSpec;
  version?: string;
  packages: string[];
  expect: string[];
  expectCount?: number;
  waitTimeoutSeconds: number;
  dest: string;
  concurrency: number;
  maxTotalSize: number;
  s3Endpoint?: URL;
  s3Region?: string;
  uploadArtifact?: string;
  runId?: number;
  repository: { owner: string; repo: string };
  token: string;
}

/** Tag triples such as cp310-cp310-manylinux2014_x86_64, with * and ? globs allowed. */
const TAG_TRIPLE = /^[A-Za-z0-9_.*?]+-[A-Za-z0-9_.*?]+-[A-Za-z0-9_.*?]+$/;
const ARTIFACT_NAME = /^[^"\\:<>|*?/\r\n]+$/;

export function parseSourceSpec(value: string, env: NodeJS.ProcessEnv = process.env): WheelSourceSpec {
  if (value.startsWith('s3://')) {
    if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(value)) {
      throw new InputError('source', 'use s3://bucket/prefix/ with a valid bucket name', redactUrl(value));
    }
    return { kind: 's3', url: value };
  }
  if (/^https?:\/\//.test(value)) return { kind: 'https', url: parseUrlInput('source', value).toString() };
  if (value.startsWith('artifact:')) {
    const name = value.slice('artifact:'.length);
    if (!ARTIFACT_NAME.test(name)) throw new InputError('source', 'use artifact:NAME with a valid artifact name', value);
    return { kind: 'artifact', name };
  }
  if (value.startsWith('release:')) {
    const tag = value.slice('release:'.length);
    if (tag === '' || /\s/.test(tag)) throw new InputError('source', 'use release:TAG', value);
    return { kind: 'release', tag };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new InputError('source', 'use s3://bucket/prefix/, an https S3 listing URL, artifact:NAME, release:TAG or a local path or glob', redactUrl(value));
  }
  return { kind: 'local', pattern: workspacePath(value, env) };
}

export function readFetchWheelsSettings(env: NodeJS.ProcessEnv = process.env): FetchWheelsSettings {
  const i = new Inputs(fetchWheelsInputs, env);
  const source = parseSourceSpec(
    i.required('source', 'use s3://bucket/prefix/, an https S3 listing URL, artifact:NAME, release:TAG or a local path or glob'),
    env,
  );
  const version = i.optional('version');
  if (version) checkPep440('version', version);
  const packages = i.words('packages').map((p) => checkProjectName('packages', p));
  const expect = i.lines('expect');
  for (const e of expect) {
    if (!TAG_TRIPLE.test(e)) throw new InputError('expect', 'use one tag triple per line, e.g. cp310-cp310-manylinux2014_x86_64 (globs allowed)', e);
  }
  const uploadArtifact = i.optional('upload-artifact');
  if (uploadArtifact && !ARTIFACT_NAME.test(uploadArtifact)) {
    throw new InputError('upload-artifact', 'use an artifact name without " : < > | * ? \\ /', uploadArtifact);
  }
  const endpoint = i.optional('s3-endpoint');
  const region = i.optional('s3-region');
  if (region && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new InputError('s3-region', 'use a region such as us-west-2', region);
  const runId = i.optional('run-id');
  if (runId && !/^\d+$/.test(runId)) throw new InputError('run-id', 'use the numeric id of a workflow run', runId);
  const needsGitHub = source.kind === 'artifact' || source.kind === 'release';
  return {
    source,
    version,
    packages,
    expect,
    expectCount: i.optionalInteger('expect-count', { min: 1, max: 100000 }),
    waitTimeoutSeconds: i.duration('wait-timeout'),
    dest: workspacePath(i.required('dest', 'give a directory for the files'), env),
    concurrency: i.integer('concurrency', { min: 1, max: 32 }),
    maxTotalSize: i.size('max-total-size'),
    s3Endpoint: endpoint === undefined ? undefined : parseUrlInput('s3-endpoint', endpoint),
    s3Region: region,
    uploadArtifact,
    runId: runId ? Number(runId) : undefined,
    repository: needsGitHub ? i.repository('repository') : { owner: '', repo: '' },
    token: needsGitHub ? i.required('token', 'give a GitHub token to read artifacts or releases') : '',
  };
}
