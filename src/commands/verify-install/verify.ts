/**
 * verify-install, end to end: find the interpreter, make a fresh environment
 * (while the index is polled), wait until the index lists the release with a
 * wheel for this interpreter, install it, then check what Python imports from
 * a neutral directory. Every step adds to one result, written even when a
 * step fails, so a matrix leg always reports what it saw.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { arch as osArch, platform as osPlatform, tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import pep440 from '@renovatebot/pep440';
import { UserError } from '../../errors.js';
import { hashFile, parseWheelFilename, readManifest, versionsEqual, type Manifest } from '../../distributions/index.js';
import { silentLogger, type Logger } from '../../log.js';
import { pollUntil, type Look } from '../../poll.js';
import {
  createEnvironment,
  describeInterpreter,
  fileIsInEnvironment,
  inspectInstalled,
  interpreterFacts,
  resolvePython,
  type Environment,
  type PipInstallResult,
  type SearchEnv,
} from '../../python/index.js';
import { maskCredentials } from '../../process/index.js';
import { redactUrl } from '../../http/index.js';
import { describeListing, pollDelayMs, waitForRelease, type Availability } from './availability.js';
import {
  checkCommit,
  checkDistributionVersion,
  checkFileLocation,
  checkManifest,
  checkVersionAttribute,
  type Check,
} from './checks.js';
import { planIndexes, type IndexPlan, type IndexSettings } from './indexes.js';
import {
  downloadListedFile,
  identifyInstalledWheel,
  parseSuccessfullyInstalled,
  pipDownloadLatest,
  pipFailure,
  pipFoundNothing,
  pipInstallFile,
  pipInstallFromIndex,
  readInstalledWheelInfo,
} from './install.js';
import { RESULT_SCHEMA, type VerifyResult } from './result.js';
import { projectPageUrl, type IndexFile } from './simple-page.js';
import { runSmokeTest, type SmokeTest } from './smoke-test.js';

export interface VerifyRequest {
  package: string;
  version: string;
  /** A path or a version: 2.7, 3.12, 3.x, pypy3.10. */
  python: string;
  indexes: IndexSettings;
  importName?: string;
  expectCommit?: string;
  manifestPath?: string;
  smokeTest?: SmokeTest;
  pin: boolean;
  pre: boolean;
  waitTimeoutSeconds: number;
  requireVersionAttribute: boolean;
  /** The environment and the neutral directory go under here (RUNNER_TEMP). */
  tempDir: string;
  /** The checkout: nothing runs inside it. */
  workspace?: string;
  /** Epoch ms the action started. */
  startedAt: number;
  platform?: { os: string; arch: string };
  searchEnv?: SearchEnv;
  /** Which pip installs into the environment; default 'base' (the interpreter's own, see createEnvironment). */
  pip?: 'base' | 'bundled';
  /** Keep the environment after a pass too (it is always kept after a failure). */
  keepEnvironment?: boolean;
}

export interface VerifyOutcome {
  result: VerifyResult;
  /** Why it failed: a UserError for a failed verification, anything else is a bug. */
  error?: unknown;
}

/** Everything a leg has learnt so far, and the checks, in order. */
class Leg {
  readonly checks: Check[] = [];
  constructor(readonly result: VerifyResult) {}

  add(check: Check, log: Logger): Check {
    this.checks.push(check);
    const line = `${check.ok ? 'ok' : 'FAILED'}  ${check.name}: ${check.detail}`;
    // The step's one ::error:: line comes at the end, with every failed check in it.
    log.info(line);
    return check;
  }

  /** Stops the leg at a failed check that later checks depend on. */
  require(check: Check, log: Logger): void {
    if (!this.add(check, log).ok) throw new UserError(check.detail);
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** A fresh directory under RUNNER_TEMP, never inside the checkout (then the system temp directory). */
async function makeWorkDir(tempDir: string, workspace: string | undefined, log: Logger): Promise<string> {
  let base = resolve(tempDir);
  if (workspace && isInside(workspace, base)) {
    log.warning(`${base} lies inside the workspace ${workspace}; using ${tmpdir()} so that the checkout cannot shadow the installed package.`);
    base = tmpdir();
  }
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, 'verify-install-'));
}

function compareVersions(a: string, b: string): number {
  try {
    return pep440.compare(a, b);
  } catch {
    return 0;
  }
}

export async function verifyInstall(req: VerifyRequest, log: Logger = silentLogger): Promise<VerifyOutcome> {
  const { plan, warnings } = planIndexes(req.indexes);
  const result: VerifyResult = {
    schema: RESULT_SCHEMA,
    schemaVersion: 1,
    result: 'failed',
    package: req.package,
    version: req.version,
    mode: plan.mode,
    index: redactUrl(plan.indexUrl),
    ...(plan.mode === 'exact-file' ? { dependencyIndex: redactUrl(plan.dependencyIndexUrl) } : {}),
    ...(plan.mode !== 'exact-file' && plan.extraIndexUrls.length > 0 ? { extraIndexes: plan.extraIndexUrls.map((u) => redactUrl(u)) } : {}),
    pin: req.pin,
    os: req.platform?.os ?? osPlatform(),
    arch: req.platform?.arch ?? osArch(),
    checks: [],
    startedAt: new Date(req.startedAt).toISOString(),
    finishedAt: '',
    durationSeconds: 0,
  };
  const leg = new Leg(result);
  result.checks = leg.checks;
  for (const w of warnings) log.warning(w);
  let work: string | undefined;
  let error: unknown;
  try {
    await run(req, plan, leg, log, (dir) => { work = dir; });
  } catch (err) {
    error = err;
  }
  const failed = leg.checks.filter((c) => !c.ok);
  if (failed.length > 0 && (error === undefined || error instanceof UserError)) {
    // Every failed check, each naming both sides, in one message.
    const on = result.python ? ` on ${describeInterpreter(result.python)}` : '';
    error = new UserError(`${req.package} ${req.version} failed verification${on}: ${failed.map((c) => c.detail).join('; ')}`);
  }
  if (error === undefined) result.result = 'passed';
  else result.error = error instanceof Error ? error.message : String(error);
  result.finishedAt = new Date().toISOString();
  result.durationSeconds = Math.round((Date.now() - req.startedAt) / 100) / 10;
  if (work) {
    if (result.result === 'passed' && !req.keepEnvironment) {
      await rm(work, { recursive: true, force: true }).catch(() => {});
    } else {
      log.info(`The environment is kept for inspection in ${work}`);
    }
  }
  return error === undefined ? { result } : { result, error };
}

async function run(req: VerifyRequest, plan: IndexPlan, leg: Leg, log: Logger, setWork: (dir: string) => void): Promise<void> {
  const result = leg.result;
  if (!req.pin && !req.pre && pep440.explain(req.version)?.is_prerelease) {
    throw new UserError(`${req.version} is a pre-release and pin is false: pip install -U skips pre-releases unless pre is true. Set pre: true, or pin: true.`);
  }
  const manifest: Manifest | undefined = req.manifestPath ? await readManifest(req.manifestPath) : undefined;

  const py = await resolvePython(req.python, req.searchEnv, log);
  result.python = {
    requested: req.python,
    version: py.version,
    implementation: py.implementation,
    path: py.path,
    ...(py.machine ? { machine: py.machine } : {}),
    foundVia: py.source,
  };
  const work = await makeWorkDir(req.tempDir, req.workspace, log);
  setWork(work);
  const neutral = join(work, 'cwd');
  const wheelsDir = join(work, 'wheels');
  await mkdir(neutral, { recursive: true });

  // The environment is made while the index is polled; the poll needs the tags only once a page lists files.
  const envRoot = join(work, 'env');
  const facts = interpreterFacts(py, { scheme: { kind: py.major >= 3 ? 'venv' : 'prefix', root: envRoot }, tags: true, log });
  const made = createEnvironment(py, envRoot, log, { facts, ...(req.pip ? { pip: req.pip } : {}) });
  const tags = facts.then((f) => f.tags!.tags);
  const ready = Promise.all([made, tags]).then(([env, envTags]) => ({ env, tags: envTags }));
  ready.catch(() => {});
  tags.catch(() => {});

  const deadline = req.startedAt + req.waitTimeoutSeconds * 1000;
  const pythonLabel = describeInterpreter(py);
  const target = { project: req.package, version: req.version, pythonVersion: py.version, pythonLabel, allowYanked: req.pin };
  let available: Availability;
  try {
    available = await waitForRelease({
      indexUrl: plan.indexUrl,
      projectUrl: projectPageUrl(plan.indexUrl, req.package),
      target,
      tags,
      startedAt: req.startedAt,
      deadline,
      log,
    });
  } finally {
    // Never leave the environment half-made behind a failed wait.
    await ready.catch(() => undefined);
  }
  result.secondsToAvailable = available.secondsToAvailable;
  const { env, tags: envTags } = await ready;
  result.environment = { kind: env.kind, path: env.root, pip: env.pip?.version ?? '' };

  // Install.
  let wheel: { file: IndexFile; path?: string; sha256?: string; size?: number; how: string } | undefined;
  let pipOutput = '';
  if (plan.mode === 'exact-file') {
    await mkdir(wheelsDir, { recursive: true });
    if (req.pin) {
      const chosen = available.evaluation.chosen;
      const entry = manifest?.files.find((f) => f.filename === chosen.filename);
      if (manifest && req.manifestPath) {
        if (!entry) leg.require(checkManifest(manifest, req.manifestPath, chosen.filename, { sha256: chosen.sha256 ?? '', size: chosen.size ?? -1 }), log);
        else if (chosen.sha256 && chosen.sha256 !== entry.sha256.toLowerCase()) {
          leg.require({ name: 'manifest', ok: false, detail: `${redactUrl(plan.indexUrl)} serves ${chosen.filename} with sha256 ${chosen.sha256}, but the manifest ${req.manifestPath} says ${entry.sha256}` }, log);
        }
      }
      const got = await downloadListedFile(chosen, wheelsDir, plan.indexUrl, log);
      wheel = { file: chosen, path: got.path, sha256: got.sha256, size: got.size, how: 'downloaded by URL and sha256 from the test index' };
    } else {
      const got = await pipDownloadLatest(env, { project: req.package, indexUrl: plan.indexUrl, pre: req.pre, dest: wheelsDir }, log);
      const digest = await hashFile(got.path);
      const listed = available.page.files.find((f) => f.filename === got.filename);
      if (listed?.sha256 && listed.sha256 !== digest.sha256) {
        throw new UserError(`pip downloaded ${got.filename} with sha256 ${digest.sha256}, but ${available.page.url} lists ${listed.sha256} for it.`);
      }
      wheel = { file: listed ?? { filename: got.filename, url: '', yanked: false }, path: got.path, sha256: digest.sha256, size: digest.size, how: 'chosen by pip download from the test index (newest version)' };
      const chosenVersion = parseWheelFilename(got.filename).version;
      if (!versionsEqual(chosenVersion, req.version)) {
        leg.require({
          name: 'installed version',
          ok: false,
          detail: `the newest ${req.package} on ${redactUrl(plan.indexUrl)} for ${pythonLabel} is ${chosenVersion} (${got.filename}), but ${req.version} was expected. ${describeListing(available.evaluation, target, available.page)}`,
        }, log);
      }
    }
    const r = await pipInstallFile(env, wheel.path!, plan.dependencyIndexUrl, log);
    if (r.code !== 0) throw pipFailure(`Installing ${wheel.file.filename} with dependencies from ${redactUrl(plan.dependencyIndexUrl)}`, r);
    pipOutput = `${r.stdout}\n${r.stderr}`;
  } else {
    pipOutput = await installFromIndex(req, plan, env, available, deadline, log);
  }
  result.installed = parseSuccessfullyInstalled(pipOutput);
  logPipOutput(pipOutput, log);

  // What got installed, and the import, in one Python start.
  const inspection = (await inspectInstalled(env, [{ name: req.package, ...(req.importName ? { module: req.importName } : {}) }], neutral, log)).packages[0];
  const dist = inspection.dist;
  if (!dist) throw new UserError(`pip finished, but no ${req.package} distribution is installed in ${env.root}. pip said:\n${pipOutput.trim().split('\n').slice(-10).join('\n')}`);
  result.installedVersion = dist.version;
  const versionCheck = checkDistributionVersion(dist.version, req.version);
  if (!versionCheck.ok && !req.pin && plan.mode !== 'exact-file') {
    const newer = compareVersions(dist.version, req.version) > 0;
    versionCheck.detail = `pip install -U ${req.package} installed ${dist.version}, but ${req.version} was expected`
      + (newer ? ` (the index offers a newer version than the one under test). ` : '. ')
      + describeListing(available.evaluation, target, available.page);
  }
  leg.require(versionCheck, log);
  leg.require({
    name: 'installed location',
    ok: fileIsInEnvironment(env, dist.location),
    detail: fileIsInEnvironment(env, dist.location) ? dist.metadataDir : `${req.package} is installed in ${dist.location}, outside the fresh environment ${env.root}`,
  }, log);

  if (!wheel) {
    const candidates = available.page.files.filter((f) => {
      try {
        return versionsEqual(parseWheelFilename(f.filename).version, dist.version);
      } catch {
        return false;
      }
    });
    const found = identifyInstalledWheel(candidates, { pipOutput, wheelInfo: await readInstalledWheelInfo(dist.metadataDir), tags: envTags });
    if (found) wheel = { file: found.file, ...(found.file.sha256 ? { sha256: found.file.sha256 } : {}), how: found.how };
    else log.warning(`Could not tell which listed wheel pip installed (the page lists ${candidates.map((f) => f.filename).join(', ') || 'none of that version'}).`);
  }
  if (wheel) {
    result.wheel = wheel.file.filename;
    if (wheel.file.url) result.wheelUrl = redactUrl(wheel.file.url);
    if (wheel.sha256) result.wheelSha256 = wheel.sha256;
    log.info(`Installed wheel: ${wheel.file.filename} (${wheel.how})`);
  }

  if (manifest && req.manifestPath) {
    if (!wheel) {
      leg.add({ name: 'manifest', ok: false, detail: 'cannot compare with the manifest: the installed wheel file is unknown' }, log);
    } else {
      let bytes: { sha256: string; size: number };
      if (wheel.path && wheel.sha256 && wheel.size !== undefined) {
        bytes = { sha256: wheel.sha256, size: wheel.size };
      } else {
        // pip checked the bytes it installed against the sha256 on the page; fetch the same URL to compare them with the manifest.
        await mkdir(wheelsDir, { recursive: true });
        const got = await downloadListedFile(wheel.file, wheelsDir, plan.indexUrl, log);
        bytes = { sha256: got.sha256, size: got.size };
        result.wheelSha256 = got.sha256;
      }
      leg.add(checkManifest(manifest, req.manifestPath, wheel.file.filename, bytes), log);
    }
  }

  // Import from a directory outside the checkout.
  const importName = inspection.module;
  if (!importName || !inspection.imported) throw new UserError(`Cannot tell which module to import: ${inspection.chosen?.why ?? 'none'}; set import-name.`);
  if (inspection.chosen) log.info(`Importing ${importName}: ${inspection.chosen.why}`);
  result.importName = importName;
  const imported = inspection.imported;
  if (!imported.ok) {
    leg.require({ name: `import ${importName}`, ok: false, detail: `import ${importName} failed in ${env.root}:\n${(imported.error ?? '').trim().split('\n').slice(-12).join('\n')}` }, log);
  }
  if (imported.file) result.moduleFile = imported.file;
  if (imported.version !== undefined) result.moduleVersion = imported.version;
  if (imported.commit !== undefined) result.moduleCommit = imported.commit;
  leg.add({ name: `import ${importName}`, ok: true, detail: `imported from ${neutral}` }, log);
  leg.add(checkFileLocation(importName, imported.file, imported.file ? fileIsInEnvironment(env, imported.file) : false, env.root), log);
  leg.add(checkVersionAttribute(importName, imported.version, req.version, req.requireVersionAttribute), log);
  if (req.expectCommit) leg.add(checkCommit(importName, imported.commit, req.expectCommit), log);

  if (req.smokeTest) {
    leg.add(await runSmokeTest(env, req.smokeTest, neutral, {
      VERIFY_PACKAGE: req.package,
      VERIFY_VERSION: req.version,
      VERIFY_IMPORT_NAME: importName,
    }, log), log);
  }
}

/** pip's own account of what it did, in the step log (masked: an index URL may carry a token). */
function logPipOutput(output: string, log: Logger): void {
  const lines = maskCredentials(output).split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 0) log.info(lines.map((l) => `  pip: ${l}`).join('\n'));
}

/**
 * pip install from the index. The page we polled and the page pip reads may
 * come from different CDN nodes, so "no matching distribution" right after the
 * version appeared, or (unpinned) an older version, is retried with the poll's
 * backoff until the wait deadline, and at least a minute after availability.
 */
async function installFromIndex(
  req: VerifyRequest,
  plan: Extract<IndexPlan, { mode: 'index' | 'mixed' }>,
  env: Environment,
  available: Availability,
  deadline: number,
  log: Logger,
): Promise<string> {
  type Lag = { reason: 'not found' | 'older'; output: string; r: PipInstallResult; version?: string };
  const look = async (attempt: number): Promise<Look<string, Lag>> => {
    const r = await pipInstallFromIndex(env, {
      project: req.package,
      version: req.version,
      pin: req.pin,
      pre: req.pre,
      indexUrl: plan.indexUrl,
      extraIndexUrls: plan.extraIndexUrls,
      upgrade: attempt > 1,
    }, log);
    const output = `${r.stdout}\n${r.stderr}`;
    if (r.code !== 0) {
      if (pipFoundNothing(output)) return { done: false, state: { reason: 'not found', output, r } };
      throw failed(r);
    }
    if (!req.pin) {
      const dist = (await inspectInstalled(env, [{ name: req.package, module: null }], env.root, log)).packages[0].dist;
      if (dist && compareVersions(dist.version, req.version) < 0) return { done: false, state: { reason: 'older', output, r, version: dist.version } };
    }
    return { done: true, value: output };
  };
  const failed = (r: PipInstallResult): Error => pipFailure(`pip install ${req.pin ? `${req.package}==${req.version}` : `-U ${req.package}`} from ${redactUrl(plan.indexUrl)}`, r);
  const { value } = await pollUntil({
    look,
    deadline: Math.max(deadline, available.availableAt + 60_000),
    backoff: (attempt) => pollDelayMs(attempt),
    atDeadline: 'stop',
    onPause: ({ pauseMs, state }) => log.info(state.reason === 'not found'
      ? `pip did not find ${req.package} ${req.version} on ${redactUrl(plan.indexUrl)} yet (its view of the index lags behind the page polled); retrying in ${(pauseMs / 1000).toFixed(1)} s`
      : `pip install -U ${req.package} found ${state.version}, older than ${req.version} (its view of the index lags behind); retrying in ${(pauseMs / 1000).toFixed(1)} s`),
    // Out of time: a failed install is the error; an older version installed is left to the version check.
    onTimeout: ({ state }) => {
      if (state.reason === 'not found') throw failed(state.r);
      return state.output;
    },
  });
  return value;
}
