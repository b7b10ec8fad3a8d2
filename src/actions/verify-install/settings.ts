import pep440 from '@renovatebot/pep440';
import { InputError, Inputs, type InputSpecs } from '../shared/inputs.js';
import { UserError } from '../../errors.js';
import { redactUrl } from '../../http/index.js';
import { githubPublisherFromWorkflowRef } from '../../attestations/publisher.js';
import { legPackages, planLegWheels } from '../../commands/verify-install/leg-wheels.js';
import { normalizeName } from '../../distributions/names.js';
import type { LegIdentity } from '../../verification/leg-result.js';
import { parseUrlInput, urlInputCredentials } from '../shared/url-credentials.js';
import { checkPep440, checkProjectName, existingFile, workspacePath } from '../shared/checks.js';

export const verifyInstallInputs: InputSpecs = {
  package: {},
  version: {},
  wheels: {},
  leg: {},
  'result-dir': {},
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
  provenance: { default: 'auto' },
  'trusted-root': {},
  'publisher-repository': {},
  'publisher-workflow': {},
};

/**
 * What the entry masks before it reads the settings: the credentials an index
 * URL may carry (https://user:token@host/simple/, https://TOKEN@pypi.fury.io/…).
 */
export function verifyInstallSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return urlInputCredentials(['index-url', 'dependency-index-url', 'extra-index-url'], env);
}

export interface VerifyInstallSettings {
  /** One or several distributions, as given. */
  packages: string[];
  version: string;
  /** The wheel files the leg installs; empty: the index's best for this Python. */
  wheels: string[];
  /** The planned leg, for the result file. */
  leg?: LegIdentity;
  /** Where the result file goes; default RUNNER_TEMP. */
  resultDir?: string;
  repository: 'pypi' | 'testpypi';
  indexUrl?: URL;
  dependencyIndexUrl?: URL;
  extraIndexUrls: URL[];
  /** By package: the module, or null for nothing to import; a package absent here: from top_level.txt. */
  importNames: Record<string, string | null>;
  python: string;
  expectCommit?: string;
  expectManifest?: string;
  smokeTest?: { kind: 'code'; code: string } | { kind: 'script'; path: string };
  pin: boolean;
  pre: boolean;
  waitTimeoutSeconds: number;
  requireVersionAttribute: boolean;
  provenance: 'auto' | 'required' | 'off';
  /** A Sigstore trusted_root.json (or client trust config); absent: the production instance. */
  trustedRoot?: string;
  /** The trusted publisher the attestations must name; absent outside GitHub Actions when not given. */
  publisher?: { repository: string; workflow: string };
}

export function readVerifyInstallSettings(env: NodeJS.ProcessEnv = process.env): VerifyInstallSettings {
  const i = new Inputs(verifyInstallInputs, env);
  const version = checkPep440('version', i.required('version', 'give the version that must be installed'));
  const leg = legInput(i.optional('leg'));
  const wheels = wheelsInput(i.optional('wheels')) ?? leg?.wheels ?? [];
  const named = i.words('package');
  for (const name of named) checkProjectName('package', name);
  let packages: string[];
  try {
    packages = legPackages(named.length > 0 ? named : leg?.packages ?? [], wheels);
    if (wheels.length > 0) planLegWheels(packages, version, wheels);
  } catch (err) {
    if (err instanceof UserError) throw new InputError('wheels', err.message.replace(/^wheels:\s*/, '').replace(/\.$/, ''), wheels.join(' '));
    throw err;
  }
  if (packages.length === 0) throw new InputError('package', 'give the distribution name to install (or several: ray ray-cpp), or the leg\'s wheels');
  const manifest = i.optional('expect-manifest');
  if (wheels.length > 0 && !manifest) {
    throw new InputError('expect-manifest', 'give the manifest of the set: each wheel named in wheels is checked against its sha256 before it is installed');
  }
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
  const isPrerelease = pep440.explain(version)?.is_prerelease === true;
  // auto: pre-releases are allowed exactly when the version under test is one (a workflow need not work that out).
  const preInput = i.booleanOrAuto('pre', 'use true, false or auto (pre-releases exactly when version is one)');
  const pre = preInput === 'auto' ? isPrerelease : preInput === 'true';
  if (!pin && !pre && isPrerelease) {
    throw new InputError('pre', `use true: ${version} is a pre-release and pin is false, and pip install -U skips pre-releases without --pre (auto decides from the version)`, 'false');
  }
  const trustedRoot = i.optional('trusted-root');
  const resultDir = i.optional('result-dir');
  return {
    packages,
    version,
    wheels,
    ...(leg ? { leg: { id: leg.id, ...(leg.runsOn ? { runsOn: leg.runsOn } : {}), ...(leg.container ? { container: leg.container } : {}) } } : {}),
    ...(resultDir ? { resultDir: workspacePath(resultDir, env) } : {}),
    repository: i.choice('repository', ['pypi', 'testpypi'] as const),
    indexUrl,
    dependencyIndexUrl,
    extraIndexUrls,
    // Without package, a leg installs some of the release's distributions: pairs for the others are theirs.
    importNames: importNamesInput(i.optional('import-name'), packages, { othersAllowed: named.length === 0 }),
    python: i.required('python', 'give an interpreter path or a version such as 2.7, 3.12 or 3.x'),
    expectCommit: i.optional('expect-commit'),
    expectManifest: manifest ? existingFile('expect-manifest', manifest, env) : undefined,
    smokeTest: smoke === undefined ? undefined : smokeTestOf(smoke, env),
    pin,
    pre,
    waitTimeoutSeconds: i.duration('wait-timeout'),
    requireVersionAttribute: i.boolean('require-version-attribute'),
    provenance: i.choice('provenance', ['auto', 'required', 'off'] as const),
    ...(trustedRoot ? { trustedRoot: existingFile('trusted-root', trustedRoot, env) } : {}),
    ...publisherInput(i, env),
  };
}

const MODULE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function checkModule(value: string, given: string): string | null {
  if (value === '-') return null;
  if (!MODULE.test(value)) throw new InputError('import-name', 'use a Python module name such as ray or ray.util, or - for a distribution with nothing to import', given);
  return value;
}

/**
 * `import-name`: one entry per package, in package's order (`ray -`), or
 * PACKAGE=MODULE pairs for some packages (`ray-cpp=-`); a module, or `-` for
 * nothing to import. Packages without an entry: from top_level.txt. With
 * `othersAllowed` (the packages are the leg's, not named by the user), a pair
 * for a package this leg does not install is left to the legs that do: one
 * `import-name` serves every leg of the release.
 */
export function importNamesInput(value: string | undefined, packages: string[], opts: { othersAllowed?: boolean } = {}): Record<string, string | null> {
  if (value === undefined) return {};
  const entries = value.split(/[\s,]+/).filter((e) => e !== '');
  const pairs = entries.filter((e) => e.includes('='));
  if (pairs.length === 0) {
    if (entries.length !== packages.length) {
      throw new InputError('import-name', `give one module per package, in package's order (${packages.join(' ')}), or PACKAGE=MODULE pairs such as ${packages.at(-1)}=-`, value);
    }
    return Object.fromEntries(packages.map((p, n) => [p, checkModule(entries[n], value)]));
  }
  if (pairs.length !== entries.length) throw new InputError('import-name', 'use either one module per package or PACKAGE=MODULE pairs, not both', value);
  const out: Record<string, string | null> = {};
  for (const pair of pairs) {
    const [name, module] = pair.split('=', 2);
    const project = packages.find((p) => normalizeName(p) === normalizeName(name));
    if (!project && opts.othersAllowed) {
      checkProjectName('import-name', name);
      checkModule(module, value);
      continue;
    }
    if (!project) throw new InputError('import-name', `${name} is not one of package (${packages.join(', ')})`, value);
    out[project] = checkModule(module, value);
  }
  return out;
}

/** `wheels`: filenames separated by spaces, commas or newlines, or a JSON list (toJSON(matrix.wheels)). */
export function wheelsInput(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (value.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(value);
    } catch {
      throw new InputError('wheels', 'use wheel filenames separated by spaces, or a JSON list of them', value);
    }
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && w !== '')) throw new InputError('wheels', 'use a JSON list of wheel filenames', value);
    return list as string[];
  }
  return value.split(/[\s,]+/).filter((w) => w !== '');
}

/** `leg`: plan-verify's matrix entry as JSON (toJSON(matrix)), or the leg's id alone. */
export function legInput(value: string | undefined): (LegIdentity & { wheels?: string[]; packages?: string[] }) | undefined {
  if (value === undefined) return undefined;
  if (!value.startsWith('{')) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) throw new InputError('leg', 'use the planned leg\'s id (letters, digits, ., _ and -) or its matrix entry as JSON (toJSON(matrix))', value);
    return { id: value };
  }
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(value) as Record<string, unknown>;
  } catch {
    throw new InputError('leg', 'use toJSON(matrix) of a plan-verify matrix, or the leg\'s id', value);
  }
  const id = entry?.id;
  if (typeof id !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) throw new InputError('leg', 'the matrix entry has no id: pass toJSON(matrix) of plan-verify\'s matrix', value);
  const runsOn = entry['runs-on'];
  const list = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v as string[] : undefined);
  return {
    id,
    ...(typeof runsOn === 'string' && runsOn ? { runsOn } : list(runsOn) ? { runsOn: list(runsOn)!.join(',') } : {}),
    ...(typeof entry.container === 'string' && entry.container ? { container: entry.container } : {}),
    ...(list(entry.wheels) ? { wheels: list(entry.wheels) } : {}),
    ...(list(entry.packages) ? { packages: list(entry.packages) } : {}),
  };
}

/** The expected publisher: the inputs, else this run's repository and workflow file (GITHUB_REPOSITORY, GITHUB_WORKFLOW_REF). */
function publisherInput(i: Inputs, env: NodeJS.ProcessEnv): { publisher?: { repository: string; workflow: string } } {
  const fromRun = env.GITHUB_WORKFLOW_REF ? githubPublisherFromWorkflowRef(env.GITHUB_WORKFLOW_REF) : undefined;
  const givenRepository = i.optional('publisher-repository');
  const givenWorkflow = i.optional('publisher-workflow');
  const repository = givenRepository ?? env.GITHUB_REPOSITORY ?? fromRun?.repository;
  const workflow = givenWorkflow ?? fromRun?.workflow;
  if (repository !== undefined && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) {
    throw new InputError('publisher-repository', 'use owner/name, e.g. ray-project/ray', repository);
  }
  if (workflow !== undefined && !/^[^/\\]+\.ya?ml$/.test(workflow)) {
    throw new InputError('publisher-workflow', 'use the workflow file\'s name, e.g. release.yml', workflow);
  }
  if (repository && workflow) return { publisher: { repository, workflow } };
  if (givenRepository || givenWorkflow) {
    throw new InputError(givenRepository ? 'publisher-workflow' : 'publisher-repository', 'give publisher-repository and publisher-workflow together (outside GitHub Actions, neither has a default)');
  }
  // Outside a workflow run and not given: the attestations are verified and their publisher reported, not compared.
  return {};
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
