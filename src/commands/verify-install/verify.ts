/**
 * verify-install, end to end: find the interpreter, make a fresh environment
 * (while the index is polled), wait until the index lists the release (each
 * package, with a wheel for this interpreter, or the exact wheels the leg was
 * given), install it, then check what is installed and what Python imports
 * from a neutral directory, and who published the bytes. Every step adds to
 * one result, written even when a step fails, so a matrix leg always reports
 * what it saw.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { arch as osArch, platform as osPlatform, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { comparePep440, parsePep440 } from '../../versions/pep440.js';
import pep440 from '@renovatebot/pep440';
import { UserError } from '../../errors.js';
import { normalizeName, parseWheelFilename, readManifest, versionsEqual, type Manifest, type ManifestEntry } from '../../distributions/index.js';
import { hash } from '../../hashing/index.js';
import { silentLogger, type Logger } from '../../log.js';
import { pollUntil, type Look } from '../../poll.js';
import {
  createEnvironment,
  describeInterpreter,
  fileIsInEnvironment,
  hostLayout,
  inspectInstalled,
  interpreterFacts,
  resolvePython,
  type Environment,
  type PackageInspection,
  type PipInstallResult,
  type SearchEnv,
} from '../../python/index.js';
import { maskCredentials } from '../../process/index.js';
import { redactUrl } from '../../http/index.js';
import type { LegIdentity, PackageResult } from '../../verification/leg-result.js';
import { describeListing, pollDelayMs, waitForRelease, type Availability, type Target } from './availability.js';
import {
  checkCommit,
  checkDistributionVersion,
  checkFileLocation,
  checkIsolation,
  checkManifest,
  checkRecord,
  checkVersionAttribute,
  type Check,
} from './checks.js';
import { planIndexes, type IndexPlan, type IndexSettings } from './indexes.js';
import {
  downloadListedFile,
  identifyInstalledWheel,
  parseSuccessfullyInstalled,
  pipDownload,
  pipFailure,
  pipFoundNothing,
  pipInstallFiles,
  pipInstallFromIndex,
  readInstalledWheelInfo,
} from './install.js';
import { legPackages, manifestEntries, planLegWheels } from './leg-wheels.js';
import { checkProvenance, describeIdentity, type ProvenanceRequest } from './provenance.js';
import { RESULT_SCHEMA, type InstalledWheel, type VerifyResult } from './result.js';
import { projectPageUrl, type IndexFile } from './simple-page.js';
import { runSmokeTest, type SmokeTest } from './smoke-test.js';
import { describeUpgrade, upgradeRequirement, type UpgradeRequirement } from './upgrade.js';

export interface VerifyRequest {
  /** The distributions this leg verifies, e.g. ['ray', 'ray-cpp']; may be empty when `wheels` names the wheels. */
  packages: string[];
  version: string;
  /** A path or a version: 2.7, 3.12, 3.x, pypy3.10. */
  python: string;
  indexes: IndexSettings;
  /**
   * The wheel files this leg installs (plan-verify's `wheels`): one per
   * package, fetched from the index by filename, each checked against the
   * manifest's sha256 before it is installed. Absent or empty: the index's
   * best wheel for this interpreter (pinned) or pip's choice (unpinned).
   */
  wheels?: string[];
  /** By package (as named in `packages`): the module to import; null for nothing to import (its dist-info is checked); absent: from top_level.txt. */
  importNames?: Record<string, string | null>;
  /** Checked against the first package's module. */
  expectCommit?: string;
  manifestPath?: string;
  smokeTest?: SmokeTest;
  pin: boolean;
  pre: boolean;
  waitTimeoutSeconds: number;
  requireVersionAttribute: boolean;
  /** Provenance (PEP 740) of the installed wheels; default { mode: 'auto' } against Sigstore's production trust root. */
  provenance?: ProvenanceRequest;
  /** The planned leg this run is (plan-verify's id, the runner and container), for the result file. */
  leg?: LegIdentity;
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

  /** Stops the leg when any check so far failed. */
  stopIfFailed(): void {
    const failed = this.checks.find((c) => !c.ok);
    if (failed) throw new UserError(failed.detail);
  }
}

/** A fresh directory under RUNNER_TEMP, never inside the checkout (then the system temp directory). */
async function makeWorkDir(tempDir: string, workspace: string | undefined, log: Logger): Promise<string> {
  let base = resolve(tempDir);
  if (workspace && hostLayout.isInside(workspace, base)) {
    log.warning(`${base} lies inside the workspace ${workspace}; using ${tmpdir()} so that the checkout cannot shadow the installed package.`);
    base = tmpdir();
  }
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, 'verify-install-'));
}

function compareVersions(a: string, b: string): number {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  return pa && pb ? comparePep440(pa, pb) : 0;
}

export async function verifyInstall(req: VerifyRequest, log: Logger = silentLogger): Promise<VerifyOutcome> {
  const { plan, warnings } = planIndexes(req.indexes);
  let packages: string[] = req.packages;
  try {
    packages = legPackages(req.packages, req.wheels ?? []);
  } catch {
    // run() reports it, with the result written
  }
  const result: VerifyResult = {
    schema: RESULT_SCHEMA,
    schemaVersion: 1,
    result: 'failed',
    package: packages[0] ?? '',
    version: req.version,
    packages: packages.map((name) => ({ name })),
    mode: plan.mode,
    index: redactUrl(plan.indexUrl),
    ...(plan.mode === 'exact-file' ? { dependencyIndex: redactUrl(plan.dependencyIndexUrl) } : {}),
    ...(plan.mode !== 'exact-file' && plan.extraIndexUrls.length > 0 ? { extraIndexes: plan.extraIndexUrls.map((u) => redactUrl(u)) } : {}),
    pin: req.pin,
    os: req.platform?.os ?? osPlatform(),
    arch: req.platform?.arch ?? osArch(),
    ...(req.leg ? { leg: req.leg } : {}),
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
    error = new UserError(`${packages.join(', ')} ${req.version} failed verification${on}: ${failed.map((c) => c.detail).join('; ')}`);
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

/** A wheel of the leg: the listed file, and the bytes once known. */
interface Installed {
  project: string;
  file: IndexFile;
  path?: string;
  sha256?: string;
  size?: number;
  how: string;
}

/** Where pip takes the dependencies of wheel files from: never the test index in the exact-file mode. */
function dependencySource(plan: IndexPlan): { indexUrl: string; extraIndexUrls: string[] } {
  return plan.mode === 'exact-file' ? { indexUrl: plan.dependencyIndexUrl, extraIndexUrls: [] } : { indexUrl: plan.indexUrl, extraIndexUrls: plan.extraIndexUrls };
}

async function run(req: VerifyRequest, plan: IndexPlan, leg: Leg, log: Logger, setWork: (dir: string) => void): Promise<void> {
  const result = leg.result;
  if (!req.pin && !req.pre && pep440.explain(req.version)?.is_prerelease) {
    throw new UserError(`${req.version} is a pre-release and pin is false: pip install -U skips pre-releases unless pre is true. Set pre: true, or pin: true.`);
  }
  const packages = legPackages(req.packages, req.wheels ?? []);
  if (packages.length === 0) throw new UserError('No package to verify: name the distributions in package, or their wheels in wheels.');
  const legWheels = req.wheels?.length ? planLegWheels(packages, req.version, req.wheels) : undefined;
  const manifest: Manifest | undefined = req.manifestPath ? await readManifest(req.manifestPath) : undefined;
  let entries: Map<string, ManifestEntry> | undefined;
  if (legWheels) {
    if (!manifest || !req.manifestPath) throw new UserError('wheels needs expect-manifest: each named wheel is checked against the manifest\'s sha256 before it is installed.');
    entries = manifestEntries(legWheels.values(), manifest, req.manifestPath);
  }

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

  // One start asks the interpreter everything (its pip, its tags, the environment's scheme) while
  // the venv is made and the index polled; the poll needs the tags only once a page lists files.
  const envRoot = join(work, 'env');
  const facts = interpreterFacts(py, { scheme: { kind: py.major >= 3 ? 'venv' : 'prefix', root: envRoot }, tags: true, log });
  const made = createEnvironment(py, envRoot, log, { facts, ...(req.pip ? { pip: req.pip } : {}) });
  const tags = facts.then((f) => {
    if (!f.tags) throw new Error(`${py.path} gave no compatible wheel tags.`);
    return f.tags.tags;
  });
  const ready = Promise.all([made, tags]).then(([env, envTags]) => ({ env, tags: envTags }));
  ready.catch(() => {});
  tags.catch(() => {});

  const deadline = req.startedAt + req.waitTimeoutSeconds * 1000;
  const pythonLabel = describeInterpreter(py);
  const targetOf = (project: string): Omit<Target, 'tags'> => ({
    project,
    version: req.version,
    pythonVersion: py.version,
    pythonLabel,
    allowYanked: req.pin,
    ...(legWheels ? { filename: legWheels.get(normalizeName(project))!.filename } : {}),
  });
  const available = new Map<string, Availability>();
  try {
    const found = await Promise.all(packages.map((project) => waitForRelease({
      indexUrl: plan.indexUrl,
      projectUrl: projectPageUrl(plan.indexUrl, project),
      target: targetOf(project),
      tags,
      startedAt: req.startedAt,
      deadline,
      log,
    })));
    packages.forEach((p, i) => available.set(p, found[i]));
  } finally {
    // Never leave the environment half-made behind a failed wait.
    await ready.catch(() => undefined);
  }
  result.secondsToAvailable = Math.max(...[...available.values()].map((a) => a.secondsToAvailable));
  const { env, tags: envTags } = await ready;
  result.environment = { kind: env.kind, path: env.root, pip: env.pip?.version ?? '' };

  // Unpinned: what a user who upgrades gets, from each package's listing.
  const upgrades = new Map<string, UpgradeRequirement>();
  if (!req.pin) {
    for (const p of packages) {
      const u = upgradeRequirement(p, req.version, available.get(p)!.page.files, req.pre);
      upgrades.set(p, u);
      log.info(describeUpgrade(u, p, req.version));
    }
  }
  const requirements = packages.map((p) => (req.pin ? `${p}==${req.version}` : upgrades.get(p)!.requirement));

  // Install.
  const installed = new Map<string, Installed>();
  let pipOutput: string;
  if (legWheels || plan.mode === 'exact-file') {
    await mkdir(wheelsDir, { recursive: true });
    if (!req.pin) {
      // What pip chooses for each upgrade (pip download, no dependencies): it must be the release.
      const chosen = await pipDownload(env, {
        requirements,
        projects: packages,
        indexUrl: plan.indexUrl,
        ...(plan.mode !== 'exact-file' ? { extraIndexUrls: plan.extraIndexUrls } : {}),
        pre: req.pre,
        dest: join(wheelsDir, 'chosen-by-pip'),
      }, log);
      for (const p of packages) {
        const got = chosen.wheels.get(normalizeName(p))!;
        const version = parseWheelFilename(got.filename).version;
        const wanted = legWheels?.get(normalizeName(p));
        if (!versionsEqual(version, req.version)) {
          leg.add({
            name: `${p} version`,
            ok: false,
            detail: `pip install -U ${upgrades.get(p)!.requirement} would install ${version} (${got.filename}), but ${req.version} was expected. ${describeListing(available.get(p)!.evaluation, targetOf(p), available.get(p)!.page)}`,
          }, log);
        } else if (wanted && got.filename === wanted.filename) {
          // pip chose the leg's own wheel: no second download when its bytes are the manifest's.
          const digest = await hash(got.path, ['sha256']);
          if (digest.sha256 === entries!.get(got.filename)!.sha256.toLowerCase()) {
            installed.set(p, { project: p, file: available.get(p)!.evaluation.chosen, path: got.path, ...digest, how: 'chosen by pip download from the index, checked against the manifest\'s sha256' });
          }
        } else if (!legWheels) {
          const digest = await hash(got.path, ['sha256']);
          const listed = available.get(p)!.page.files.find((f) => f.filename === got.filename);
          if (listed?.sha256 && listed.sha256 !== digest.sha256) {
            throw new UserError(`pip downloaded ${got.filename} with sha256 ${digest.sha256}, but ${available.get(p)!.page.url} lists ${listed.sha256} for it.`);
          }
          installed.set(p, { project: p, file: listed ?? { filename: got.filename, url: '', yanked: false }, path: got.path, ...digest, how: 'chosen by pip download from the index (newest version)' });
        }
      }
      leg.stopIfFailed();
    }
    for (const p of packages) {
      if (installed.has(p)) continue;
      const page = available.get(p)!;
      // The leg's own wheel, when it names them (the wait chose only it), else the index's best for this interpreter.
      const file = page.evaluation.chosen;
      const entry = entries?.get(file.filename) ?? manifest?.files.find((f) => f.filename === file.filename);
      if (manifest && req.manifestPath) {
        // Compared before the download: a file the index serves with other bytes is not fetched at all.
        if (!entry) leg.require(checkManifest(manifest, req.manifestPath, file.filename, { sha256: file.sha256 ?? '', size: file.size ?? -1 }), log);
        else if (file.sha256 && file.sha256 !== entry.sha256.toLowerCase()) {
          leg.require({ name: 'manifest', ok: false, detail: `${redactUrl(plan.indexUrl)} serves ${file.filename} with sha256 ${file.sha256}, but the manifest ${req.manifestPath} says ${entry.sha256}` }, log);
        }
      }
      const got = await downloadListedFile(file, wheelsDir, plan.indexUrl, log, entry?.sha256.toLowerCase());
      installed.set(p, {
        project: p,
        file,
        path: got.path,
        sha256: got.sha256,
        size: got.size,
        how: entry ? 'downloaded by URL, checked against the manifest\'s sha256' : 'downloaded by URL and sha256 from the index',
      });
    }
    const from = dependencySource(plan);
    const r = await pipInstallFiles(env, packages.map((p) => installed.get(p)!.path!), from, log);
    if (r.code !== 0) throw pipFailure(`Installing ${packages.map((p) => installed.get(p)!.file.filename).join(', ')} with dependencies from ${redactUrl(from.indexUrl)}`, r);
    pipOutput = `${r.stdout}\n${r.stderr}`;
  } else {
    pipOutput = await installFromIndex(req, packages, requirements, plan, env, available, deadline, log);
  }
  result.installed = parseSuccessfullyInstalled(pipOutput);
  logPipOutput(pipOutput, log);

  // What got installed, and the imports, in one Python start.
  const inspection = await inspectInstalled(env, packages.map((name) => {
    const module = lookup(req.importNames, name);
    return { name, ...(module !== undefined ? { module } : {}) };
  }), neutral, log);
  const inEnvironment = (path: string): boolean => fileIsInEnvironment(env, path);
  const reports: PackageResult[] = packages.map((name) => ({ name }));
  for (const [i, p] of packages.entries()) {
    const found = inspection.packages[i];
    const dist = found.dist;
    if (!dist) {
      leg.add({ name: `${p} version`, ok: false, detail: `pip finished, but no ${p} distribution is installed in ${env.root}. pip said:\n${pipOutput.trim().split('\n').slice(-10).join('\n')}` }, log);
      continue;
    }
    reports[i].installedVersion = dist.version;
    if (!req.pin) reports[i].requirement = upgrades.get(p)!.requirement;
    const versionCheck = checkDistributionVersion(p, dist.version, req.version);
    if (!versionCheck.ok && !req.pin) {
      const newer = compareVersions(dist.version, req.version) > 0;
      const u = upgrades.get(p)!;
      versionCheck.detail = `pip install -U ${u.requirement} installed ${dist.version}, but ${req.version} was expected`
        + (newer ? ` (the index offers a newer version${u.kind === 'series' ? ` in the ${u.series} series` : ''} than the one under test). ` : '. ')
        + describeListing(available.get(p)!.evaluation, targetOf(p), available.get(p)!.page);
    }
    leg.add(versionCheck, log);
    const inside = inEnvironment(dist.location);
    leg.add({ name: `${p} location`, ok: inside, detail: inside ? dist.metadataDir : `${p} is installed in ${dist.location}, outside the fresh environment ${env.root}` }, log);
    leg.add(checkRecord(p, dist.record, dist.metadataDir), log);
  }
  leg.add(checkIsolation(inspection.sysPath, inEnvironment, env.root), log);
  fillResult(result, reports);
  leg.stopIfFailed();

  // Which wheel each package came from, when pip chose it.
  for (const [i, p] of packages.entries()) {
    if (installed.has(p)) continue;
    const dist = inspection.packages[i].dist!;
    const candidates = available.get(p)!.page.files.filter((f) => {
      try {
        return parseWheelFilename(f.filename).normalizedName === normalizeName(p) && versionsEqual(parseWheelFilename(f.filename).version, dist.version);
      } catch {
        return false;
      }
    });
    const found = identifyInstalledWheel(candidates, { pipOutput, wheelInfo: await readInstalledWheelInfo(dist.metadataDir), tags: envTags });
    if (found) installed.set(p, { project: p, file: found.file, ...(found.file.sha256 ? { sha256: found.file.sha256 } : {}), how: found.how });
    else log.warning(`Could not tell which listed wheel of ${p} pip installed (the page lists ${candidates.map((f) => f.filename).join(', ') || 'none of that version'}).`);
  }
  for (const [i, p] of packages.entries()) {
    const w = installed.get(p);
    if (!w) continue;
    reports[i].wheel = w.file.filename;
    log.info(`Installed wheel: ${w.file.filename} (${w.how})`);
  }

  // The bytes installed, where pip chose the file: pip checked them against the sha256 on the page;
  // the same URL is fetched when the page gives no sha256, or the manifest's size is to be compared.
  const provenance = req.provenance ?? { mode: 'auto' };
  for (const w of installed.values()) {
    if ((manifest && w.size === undefined) || (!w.sha256 && provenance.mode !== 'off')) {
      await mkdir(wheelsDir, { recursive: true });
      const got = await downloadListedFile(w.file, wheelsDir, plan.indexUrl, log);
      Object.assign(w, { path: got.path, sha256: got.sha256, size: got.size });
    }
  }
  if (manifest && req.manifestPath) {
    for (const p of packages) {
      const w = installed.get(p);
      if (!w) leg.add({ name: 'manifest', ok: false, detail: `cannot compare ${p} with the manifest: the installed wheel file is unknown` }, log);
      else leg.add(checkManifest(manifest, req.manifestPath, w.file.filename, { sha256: w.sha256!, size: w.size! }), log);
    }
  }

  // Who published the bytes installed.
  const wheels: InstalledWheel[] = [];
  for (const p of packages) {
    const w = installed.get(p);
    if (!w?.sha256) {
      if (provenance.mode !== 'off') leg.add({ name: 'provenance', ok: provenance.mode !== 'required', detail: `cannot check the provenance of ${p}: the installed wheel file is unknown` }, log);
      continue;
    }
    const entry: InstalledWheel = { filename: w.file.filename, sha256: w.sha256 };
    if (provenance.mode === 'off') {
      entry.provenance = { status: 'off' };
    } else {
      const attested = manifest?.files.find((f) => f.filename === w.file.filename)?.attestation;
      const required = provenance.mode === 'required'
        ? 'provenance is required'
        : attested ? `the manifest says it was published with the attestation ${attested.filename}` : undefined;
      const outcome = await checkProvenance({ file: w.file, sha256: w.sha256, request: provenance, ...(required ? { required } : {}), indexUrl: plan.indexUrl, log });
      leg.add(outcome.check, log);
      entry.provenance = outcome.provenance;
      if (outcome.provenance.publisher && outcome.provenance.status === 'verified') log.info(`${w.file.filename} was published by ${describeIdentity(outcome.provenance.publisher)}`);
    }
    wheels.push(entry);
  }
  result.wheels = wheels;
  result.provenance = provenanceSummary(wheels, provenance.mode);

  // The imports, from a directory outside the checkout.
  for (const [i, p] of packages.entries()) {
    const found = inspection.packages[i];
    const report = reports[i];
    if (!found.module) {
      report.importName = null;
      const why = found.chosen ? `${found.chosen.why}; its dist-info is checked instead` : 'import-name says there is nothing to import; its dist-info is checked instead';
      leg.add({ name: `${p} import`, ok: true, detail: why }, log);
      continue;
    }
    report.importName = found.module;
    if (found.chosen) log.info(`Importing ${found.module} for ${p}: ${found.chosen.why}`);
    checkImport(leg, found, env, neutral, req, i === 0, log);
    if (found.imported?.file) report.moduleFile = found.imported.file;
    if (found.imported?.version !== undefined) report.moduleVersion = found.imported.version;
    if (found.imported?.commit !== undefined) report.moduleCommit = found.imported.commit;
  }
  fillResult(result, reports);
  leg.stopIfFailed();

  if (req.smokeTest) {
    const first = reports.find((r) => r.importName);
    leg.add(await runSmokeTest(env, req.smokeTest, neutral, {
      VERIFY_PACKAGE: packages[0],
      VERIFY_PACKAGES: packages.join(' '),
      VERIFY_VERSION: req.version,
      VERIFY_IMPORT_NAME: first?.importName ?? '',
    }, log), log);
  }
}

/** A per-package value by the name as given, or under PEP 503. */
function lookup<T>(byName: Record<string, T> | undefined, name: string): T | undefined {
  if (!byName) return undefined;
  if (Object.hasOwn(byName, name)) return byName[name];
  const key = Object.keys(byName).find((k) => normalizeName(k) === normalizeName(name));
  return key === undefined ? undefined : byName[key];
}

function checkImport(leg: Leg, found: PackageInspection, env: Environment, neutral: string, req: VerifyRequest, first: boolean, log: Logger): void {
  const module = found.module!;
  const imported = found.imported;
  if (!imported?.ok) {
    leg.add({ name: `import ${module}`, ok: false, detail: `import ${module} failed in ${env.root}:\n${(imported?.error ?? 'no answer').trim().split('\n').slice(-12).join('\n')}` }, log);
    return;
  }
  leg.add({ name: `import ${module}`, ok: true, detail: `imported from ${neutral}` }, log);
  leg.add(checkFileLocation(module, imported.file, imported.file ? fileIsInEnvironment(env, imported.file) : false, env.root), log);
  leg.add(checkVersionAttribute(module, imported.version, req.version, req.requireVersionAttribute), log);
  if (req.expectCommit && first) leg.add(checkCommit(module, imported.commit, req.expectCommit), log);
}

/** Every package's findings in `packages`; the first package's at the top level too, where one-package readers look. */
function fillResult(result: VerifyResult, reports: PackageResult[]): void {
  const first = reports[0];
  if (first.installedVersion !== undefined) result.installedVersion = first.installedVersion;
  if (first.wheel !== undefined) result.wheel = first.wheel;
  if (first.importName) result.importName = first.importName;
  if (first.moduleFile !== undefined) result.moduleFile = first.moduleFile;
  if (first.moduleVersion !== undefined) result.moduleVersion = first.moduleVersion;
  if (first.moduleCommit !== undefined) result.moduleCommit = first.moduleCommit;
  const sha = result.wheels?.find((w) => w.filename === first.wheel)?.sha256;
  if (sha) result.wheelSha256 = sha;
  result.packages = reports;
}

function provenanceSummary(wheels: InstalledWheel[], mode: ProvenanceRequest['mode']): VerifyResult['provenance'] {
  if (mode === 'off') return 'off';
  const statuses = wheels.map((w) => w.provenance?.status);
  if (statuses.some((s) => s === 'failed')) return 'failed';
  if (statuses.length > 0 && statuses.every((s) => s === 'verified')) return 'verified';
  return statuses.some((s) => s === 'verified') ? 'partial' : 'none';
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
  packages: string[],
  requirements: string[],
  plan: Extract<IndexPlan, { mode: 'index' | 'mixed' }>,
  env: Environment,
  available: Map<string, Availability>,
  deadline: number,
  log: Logger,
): Promise<string> {
  type Lag = { reason: 'not found' | 'older'; output: string; r: PipInstallResult; version?: string };
  const look = async (attempt: number): Promise<Look<string, Lag>> => {
    const r = await pipInstallFromIndex(env, {
      requirements,
      projects: packages,
      pre: !req.pin && req.pre,
      indexUrl: plan.indexUrl,
      extraIndexUrls: plan.extraIndexUrls,
      // Unpinned, as a user upgrades; pinned, only on a retry after an older version got in.
      upgrade: !req.pin || attempt > 1,
    }, log);
    const output = `${r.stdout}\n${r.stderr}`;
    if (r.code !== 0) {
      if (pipFoundNothing(output)) return { done: false, state: { reason: 'not found', output, r } };
      throw failed(r);
    }
    if (!req.pin) {
      const found = await inspectInstalled(env, packages.map((name) => ({ name, module: null })), env.root, log);
      const older = found.packages.find((p) => p.dist && compareVersions(p.dist.version, req.version) < 0);
      if (older) return { done: false, state: { reason: 'older', output, r, version: `${older.name} ${older.dist!.version}` } };
    }
    return { done: true, value: output };
  };
  const failed = (r: PipInstallResult): Error => pipFailure(`pip install ${req.pin ? '' : '-U '}${requirements.join(' ')} from ${redactUrl(plan.indexUrl)}`, r);
  const availableAt = Math.max(...[...available.values()].map((a) => a.availableAt));
  const { value } = await pollUntil({
    look,
    deadline: Math.max(deadline, availableAt + 60_000),
    backoff: (attempt) => pollDelayMs(attempt),
    atDeadline: 'stop',
    onPause: ({ pauseMs, state }) => log.info(state.reason === 'not found'
      ? `pip did not find ${requirements.join(' ')} on ${redactUrl(plan.indexUrl)} yet (its view of the index lags behind the page polled); retrying in ${(pauseMs / 1000).toFixed(1)} s`
      : `pip install -U found ${state.version}, older than ${req.version} (its view of the index lags behind); retrying in ${(pauseMs / 1000).toFixed(1)} s`),
    // Out of time: a failed install is the error; an older version installed is left to the version check.
    onTimeout: ({ state }) => {
      if (state.reason === 'not found') throw failed(state.r);
      return state.output;
    },
  });
  return value;
}
