import { InputError, Inputs, inputEnvName, type InputSpecs } from '../shared/inputs.js';
import { completenessProblem } from '../../commands/fetch-wheels/completeness.js';
import { parseExpectLine } from '../../commands/fetch-wheels/expect.js';
import { fillSourceTemplate, TemplateError } from '../../commands/fetch-wheels/source-template.js';
import { normalizeName } from '../../distributions/names.js';
import { UserError } from '../../errors.js';
import { redactUrl } from '../../http/index.js';
import { parseUrlInput, urlInputCredentials } from '../shared/url-credentials.js';
import { checkPep440, checkProjectName, checkSha, workspacePath } from '../shared/checks.js';

export const fetchWheelsInputs: InputSpecs = {
  source: {},
  version: {},
  'commit-sha': {},
  tag: {},
  packages: {},
  expect: {},
  'expect-count': {},
  'allow-any-set': { default: 'false' },
  'wait-timeout': { default: '0' },
  dest: { default: 'dist' },
  concurrency: { default: '10' },
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
  commitSha?: string;
  tag?: string;
  packages: string[];
  expect: string[];
  expectCount?: number;
  allowAnySet: boolean;
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
/** What git accepts in a tag name (git check-ref-format), in short. */
const GIT_TAG = /^(?!.*\.\.)(?!.*@\{)(?![/.])(?!.*[/.]$)[^\s~^:?*[\\\x00-\x1f\x7f]+$/;

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
  const version = i.optional('version');
  if (version) checkPep440('version', version);
  const commitSha = i.optional('commit-sha');
  if (commitSha) checkSha('commit-sha', commitSha);
  const tag = i.optional('tag');
  if (tag && !GIT_TAG.test(tag)) throw new InputError('tag', 'use a tag name such as v2.9.0 (no spaces, control characters, "..", or ~^:?*[\\)', tag);
  const template = i.required('source', 'use s3://bucket/prefix/, an https S3 listing URL, artifact:NAME, release:TAG or a local path or glob');
  let filled: string;
  try {
    filled = fillSourceTemplate(template, { version, commit: commitSha?.toLowerCase(), tag });
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    // The source itself is not echoed: it may carry credentials, and redacting it would encode its braces.
    throw err.input === 'source' ? new UserError(`Input 'source' is invalid: ${err.accepted}.`) : new InputError(err.input, err.accepted);
  }
  const source = parseSourceSpec(filled, env);
  const packages = i.words('packages').map((p) => checkProjectName('packages', p));
  const expect = i.lines('expect');
  for (const e of expect) {
    const line = parseExpectLine(e);
    if (!TAG_TRIPLE.test(line.triple)) {
      throw new InputError('expect', 'use one tag triple per line, e.g. cp310-cp310-manylinux2014_x86_64 (globs allowed), optionally after a package name and a colon (ray: py3-none-any)', e);
    }
    if (line.package && packages.length > 0 && !packages.some((p) => normalizeName(p) === line.package)) {
      throw new InputError('expect', `name a package of packages (${packages.join(', ')}) before the colon`, e);
    }
  }
  const expectCount = i.optionalInteger('expect-count', { min: 1, max: 100000 });
  const allowAnySet = i.boolean('allow-any-set');
  const waitTimeoutSeconds = i.duration('wait-timeout');
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
  const settings: FetchWheelsSettings = {
    source,
    version,
    ...(commitSha ? { commitSha: commitSha.toLowerCase() } : {}),
    ...(tag ? { tag } : {}),
    packages,
    expect,
    expectCount,
    allowAnySet,
    waitTimeoutSeconds,
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
  // Last, once every input reads on its own: whether together they say when the set is complete.
  const unstated = completenessProblem({ packages, expect, expectCount, allowAnySet, waitTimeoutSeconds });
  if (unstated) throw new UserError(`${inputsLabel(unstated.inputs)}: ${unstated.message}`);
  return settings;
}

/** "Input 'a'", "Inputs 'a' and 'b'", "Inputs 'a', 'b' and 'c'". */
function inputsLabel(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return `Input ${quoted[0]}`;
  return `Inputs ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
