/**
 * `pyrelease rehearse`: the release pipeline of .github/workflows/release.yml,
 * run on this machine with the same domain code the actions run:
 *
 *   interpreters → copy the project into a temporary git repository →
 *   bump-version (local mode, one commit, every distribution's version) →
 *   build (native wheels for each interpreter, or take --wheels) →
 *   fetch-wheels (local source: the same checks, the manifest) → plan which
 *   wheels each leg installs → two local indexes (TestPyPI and PyPI
 *   stand-ins, token-protected) → pypi-publish to TestPyPI → verify-install
 *   pinned on each interpreter, every distribution → approval gate →
 *   pypi-publish to PyPI with expect-manifest → the same legs unpinned →
 *   report (Markdown and JSON).
 *
 * The first failing step stops the pipeline (the verify legs of one index
 * all run, like a matrix, before it stops); the PyPI stand-in receives
 * nothing before the gate passes.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bumpLocally } from '../commands/bump-version/index.js';
import { assessBrief, readLegResults, renderBrief, type BriefInput } from '../commands/approval-brief/brief.js';
import { planWheels } from '../commands/plan-verify/index.js';
import { DEFAULT_MAX_FILE_SIZE, filenameEscapedName, normalizeName, parseDistributionFilename, parseWheelFilename, writeManifest, type Manifest } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { fetchWheels, type FetchWheelsResult } from '../commands/fetch-wheels/fetch-wheels.js';
import { resolveEndpoints } from '../index-client/index.js';
import { startLocalIndex, type LocalIndex } from '../index-server/index.js';
import { createTrustedPublishing } from '../index-server/oidc.js';
import { createLocalOidcIssuer, startLocalSigstore, workflowClaims, type LocalOidcIssuer, type LocalSigstore } from '../sigstore-local/index.js';
import type { Logger } from '../log.js';
import { publish, type PublishResult } from '../commands/pypi-publish/publish.js';
import { describeInterpreter, supportedTags, type SearchEnv } from '../python/index.js';
import { LocalSource } from '../sources/local.js';
import { runSecrets, scrubSecrets, scrubSecretsDeep } from '../text/secrets.js';
import { formatBytes } from '../units.js';
import { verifyInstall, writeResultFile, type VerifyRequest } from '../commands/verify-install/index.js';
import { isPrerelease, type Bump } from '../versions/index.js';
import { buildRelease, prepareTargets, type BuiltRelease } from './build.js';
import { approvalGate, type GateIo } from './gate.js';
import { outcomeJson } from './json.js';
import { briefPlan, hostedLegLabel, localLegs, type RehearsalPlan } from './plan.js';
import { copyProject, readLayout, versionFilesOf, type CopiedProject, type RehearsalLayout } from './project.js';
import { choosePythons, type PythonLeg } from './pythons.js';
import { localLegLabel, MACHINE_LABEL, renderMarkdown, stepsTable, textProgress, wheelRows, type LegRecord, type PlanWheel, type WheelRow } from './report.js';
import { Pipeline, type StepContext, type StepRecord } from './steps.js';

export interface RehearseRequest {
  /** Default: the bundled example project (examples/demo-project). */
  projectDir?: string;
  /** Prebuilt distributions instead of building the project. */
  wheelsDir?: string;
  /** Interpreter specs; default every interpreter of this machine (2.7 and each 3.x). */
  pythons?: string[];
  bump?: Bump;
  version?: string;
  /** Approve the gate without asking. */
  yes: boolean;
  /** Keep the whole work directory (it is kept anyway after a failure). */
  keep: boolean;
  /** Where the Markdown report goes; default report.md in the work directory. report.json goes beside it. */
  reportPath?: string;
  /** Every log line of every step as it happens. */
  verbose: boolean;
  /** Where the work directory is made; default the system temp directory. */
  tempRoot?: string;
  /** Columns of the steps table (the terminal's width). */
  tableWidth?: number;
  /** Seconds each verify leg waits for the index to list the release. */
  waitTimeoutSeconds?: number;
  /** Verify legs run side by side, at most this many at once; default the CPUs, at most 4. */
  concurrency?: number;
  io: RehearseIo;
  searchEnv?: SearchEnv;
}

export interface RehearseIo {
  /** Progress text (lines end in \n). */
  progress(text: string): void;
  gate: GateIo;
}

export interface RehearsalOutcome {
  result: 'passed' | 'failed' | 'not-approved';
  /** 0 passed; 1 a step failed; 3 stopped at the approval gate. */
  exitCode: 0 | 1 | 3;
  steps: StepRecord[];
  totalMs: number;
  source: string;
  bundledExample: boolean;
  /** The first distribution (the one at the top of the project). */
  project?: string;
  /** Every distribution of the release. */
  distributions: string[];
  previousVersion?: string;
  version?: string;
  commit?: string;
  branch?: string;
  /** bump-version's files input for a release of several distributions (RELEASE_VERSION_FILES). */
  versionFiles?: string[];
  wheels: string;
  /** Every wheel: the fetched set and the ones planned elsewhere, with the leg that installed (or would install) it. */
  coverage: WheelRow[];
  plan?: RehearsalPlan;
  workDir: string;
  /** The work directory was kept whole (--keep, or a failure). */
  kept: boolean;
  reportPath: string;
  reportJsonPath: string;
  logPath: string;
  manifestPath?: string;
  manifest?: Manifest;
  legs: LegRecord[];
  /** Each stand-in: its URL while it ran, its state directory (`pyrelease serve-index --dir` serves it again), the files it holds. */
  indexes: { name: 'testpypi' | 'pypi'; url: string; dir: string; files: string[] }[];
  warnings: string[];
  table: string;
  markdown: string;
}

/** The example project beside this copy of the suite (src/, lib/ and dist/<bundle>/ are all two levels down). */
export function bundledExample(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'examples', 'demo-project');
    if (existsSync(join(candidate, 'pyproject.toml'))) return candidate;
    dir = dirname(dir);
  }
  throw new UserError('The bundled example project (examples/demo-project) is not beside this copy of pyrelease; pass --project DIR.');
}

/** The one version the distributions in `dir` carry, read from their filenames; undefined when they do not agree. */
export async function versionOfDistributions(dir: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UserError(`--wheels ${dir}: the directory does not exist or cannot be read.`);
  }
  const versions = new Set<string>();
  for (const name of names) {
    if (!/\.(whl|tar\.gz)$/.test(name)) continue;
    try {
      versions.add(parseDistributionFilename(name).normalizedVersion);
    } catch {
      // fetch-wheels names it.
    }
  }
  return versions.size === 1 ? [...versions][0] : undefined;
}

/** report.md → report.json, beside it. */
export function jsonReportPath(markdownPath: string): string {
  return `${markdownPath.replace(/\.md$/i, '')}.json`;
}

const short = (sha: string): string => sha.slice(0, 12);

/** An OIDC token of the rehearsal's workflow: registered, so that no printer and no report shows it. */
function secret(token: string): string {
  runSecrets.add(token);
  return token;
}

interface State {
  legs: PythonLeg[];
  project?: CopiedProject;
  layout?: RehearsalLayout;
  versionFiles?: string[];
  previousVersion?: string;
  version?: string;
  commit?: string;
  branch?: string;
  built?: BuiltRelease;
  fetched?: FetchWheelsResult;
  /** The distributions of the release, named as their metadata spells them, in build order. */
  distributions: { name: string; dir?: string; importName?: string; commitChecked: boolean }[];
  wheels: PlanWheel[];
  elsewhere: PlanWheel[];
  plan?: RehearsalPlan;
  testpypi?: LocalIndex;
  pypi?: LocalIndex;
  /** The trusted publisher both stand-ins know, the OIDC issuer that speaks for it, the Sigstore stand-in that signs for it. */
  publisher?: { repository: string; workflow: string };
  oidc?: LocalOidcIssuer;
  sigstore?: LocalSigstore;
  testpypiManifestPath?: string;
  testpypiManifest?: Manifest;
  pypiManifestPath?: string;
  pypiManifest?: Manifest;
}

export async function rehearse(req: RehearseRequest): Promise<RehearsalOutcome> {
  const startedAt = new Date();
  const started = performance.now();
  const io = req.io;
  const bundled = req.projectDir === undefined;
  const source = bundled ? bundledExample() : resolve(req.projectDir!);
  const wheelsDir = req.wheelsDir === undefined ? undefined : resolve(req.wheelsDir);
  const workDir = await mkdtemp(join(req.tempRoot ?? tmpdir(), 'pyrelease-rehearsal-'));
  const logPath = join(workDir, 'rehearsal.log');
  const reportPath = req.reportPath ? resolve(req.reportPath) : join(workDir, 'report.md');
  const reportJsonPath = jsonReportPath(reportPath);
  const concurrency = req.concurrency ?? Math.max(1, Math.min(4, availableParallelism()));
  const logLines: string[] = [];
  const warnings: string[] = [];
  const legs: LegRecord[] = [];
  const warn = (w: string): void => {
    warnings.push(w);
    io.progress(`\nWARNING: ${w}\n\n`);
  };

  io.progress(`Rehearsing the release of ${bundled ? `the example project ${source}` : source} in ${workDir}\n`);
  if (!req.yes && !io.gate.isTerminal) {
    io.progress('No terminal and no --yes: the rehearsal will stop at the approval gate, before anything reaches the PyPI stand-in (like a dry run).\n');
  }

  const loggerFor = (step: StepRecord): Logger => {
    const line = (level: string, message: string): void => {
      // Every line carries its step: legs run side by side, and a grep for one line should find its leg.
      for (const l of message.split('\n')) logLines.push(`[${step.id}] ${level}: ${l}`);
      if (level === 'warning') io.progress(`${message.split('\n').map((l) => `          warning: ${l}`).join('\n')}\n`);
      else if (req.verbose && level !== 'debug') io.progress(`${message.split('\n').map((l) => `          ${l}`).join('\n')}\n`);
    };
    return {
      info: (m) => line('info', m),
      warning: (m) => line('warning', m),
      error: (m) => line('error', m),
      debug: (m) => line('debug', m),
    };
  };

  const verifyStep = (index: 'testpypi' | 'pypi', position: number, what: string) => ({
    id: `verify-${index}-${position}`,
    title: `verify ${index} · ${what}`,
  });
  // The verify steps are added once the plan is made.
  const pipeline = new Pipeline([
    { id: 'pythons', title: 'find interpreters' },
    { id: 'copy', title: 'copy project (git)' },
    { id: 'bump', title: 'bump-version (local)' },
    ...(wheelsDir ? [] : [{ id: 'build', title: 'build wheels + sdists' }]),
    { id: 'fetch', title: `fetch-wheels (${wheelsDir ? '--wheels' : 'build'})` },
    { id: 'plan', title: 'plan verify legs' },
    { id: 'indexes', title: 'start local indexes' },
    { id: 'publish-testpypi', title: 'publish to testpypi' },
    { id: 'brief', title: 'approval brief (require pass)' },
    { id: 'gate', title: 'approval gate (pypi)' },
    { id: 'publish-pypi', title: 'publish to pypi' },
  ], textProgress(io.progress), loggerFor, { stepsToCome: true });

  const state: State = { legs: [], distributions: [], wheels: [], elsewhere: [] };
  const indexes: RehearsalOutcome['indexes'] = [];

  /** The brief of one index's legs, from the result files they wrote, as the approval-brief action reads them. */
  const briefOf = async (index: 'testpypi' | 'pypi'): Promise<BriefInput | undefined> => {
    const manifest = index === 'testpypi' ? state.testpypiManifest : state.pypiManifest;
    if (!manifest) return undefined;
    const wheelsInSet = new Set(manifest.files.map((f) => f.filename));
    return {
      title: index === 'testpypi' ? 'Approval brief' : 'Released',
      manifest,
      legs: await readLegResults(join(workDir, 'results', index)),
      ...(state.version ? { version: state.version, tag: `v${state.version}` } : {}),
      ...(state.commit ? { commit: state.commit } : {}),
      index: index === 'testpypi' ? 'TestPyPI stand-in' : 'PyPI stand-in',
      expectLegs: legs.filter((l) => l.index === index).length,
      ...(index === 'testpypi' ? { gate: 'pypi' } : {}),
      // Both indexes' legs are the plan's (the workflow's verify-pypi runs the same matrix, unpinned).
      ...(state.plan ? { plan: briefPlan(state.plan, wheelsInSet) } : {}),
    };
  };
  const testpypiBrief = async (): Promise<BriefInput> => (await briefOf('testpypi'))!;
  try {
    await pipeline.run('pythons', async (ctx) => {
      const chosen = await choosePythons(req.pythons, ctx.log, req.searchEnv);
      for (const w of chosen.warnings) warn(w);
      state.legs = chosen.legs;
      const detail = chosen.legs.map((l) => (l.interpreter ? describeInterpreter(l.interpreter) : `Python ${l.label} skipped (${l.skipped})`)).join(', ');
      for (const l of chosen.legs) ctx.note(l.interpreter ? `${describeInterpreter(l.interpreter)}: ${l.interpreter.path} (${l.interpreter.source})` : `Python ${l.label}: ${l.skipped}`);
      return { value: chosen, detail };
    });

    await pipeline.run('copy', async (ctx) => {
      const project = await copyProject(source, join(workDir, 'project'), join(workDir, 'git-hooks'));
      state.project = project;
      state.layout = await readLayout(project.dir);
      ctx.note(`${source} → ${project.dir}`);
      const others = state.layout.distributions.filter((d) => d !== '');
      return {
        value: project,
        detail: `${project.files} files, git init, commit ${short(project.baseCommit)}${others.length ? `; distributions at the top and in ${others.map((d) => `${d}/`).join(', ')}` : ''}`,
      };
    });

    await pipeline.run('bump', async (ctx) => {
      let version = req.version;
      let bump = req.bump;
      let how = bump ? `--bump ${bump}` : version ? `--version` : '';
      if (!bump && !version && wheelsDir) {
        version = await versionOfDistributions(wheelsDir);
        how = 'the version of the --wheels files';
        if (!version) throw new UserError(`The distributions in ${wheelsDir} do not agree on one version (or there are none); pass --version with the version they were built for.`);
      }
      if (!bump && !version) {
        bump = 'patch';
        how = 'default bump patch';
      }
      state.versionFiles = await versionFilesOf(state.project!.dir, state.layout!);
      const outcome = await bumpLocally({
        dir: state.project!.dir,
        ...(bump ? { bump } : {}),
        ...(version ? { version } : {}),
        ...(state.versionFiles ? { files: state.versionFiles.join('\n') } : {}),
        scheme: 'pep440',
        allowDowngrade: false,
        branchTemplate: 'release/v{version}',
        commitMessage: 'Bump version to {version}',
        commit: true,
        dryRun: false,
      }, ctx.log);
      state.previousVersion = outcome.plan.previous;
      state.version = outcome.plan.next;
      state.commit = outcome.commitSha;
      state.branch = outcome.branch;
      for (const c of outcome.plan.changes) ctx.note(`${c.describe}: ${c.from} → ${c.to}`);
      if (state.versionFiles) ctx.note(`bump-version's files input for this layout (RELEASE_VERSION_FILES in the pipeline):\n${state.versionFiles.map((f) => `  ${f}`).join('\n')}`);
      return {
        value: outcome,
        detail: `${outcome.plan.previous} → ${outcome.plan.next} (${how}) in ${outcome.plan.changes.length} files; commit ${short(outcome.commitSha ?? '')} on ${outcome.branch}`,
      };
    });

    if (!wheelsDir) {
      await pipeline.run('build', async (ctx) => {
        const targets = () => prepareTargets(state.legs.flatMap((l) => (l.interpreter ? [{ label: l.label, interpreter: l.interpreter }] : [])), ctx.log);
        const built = await buildRelease(state.project!.dir, state.commit!, join(workDir, 'built'), { targets, log: ctx.log });
        state.built = built;
        for (const w of built.warnings) warn(w);
        state.distributions = built.distributions.map((d) => ({
          name: d.project.name,
          dir: d.dir,
          ...(d.project.packages[0] ? { importName: d.project.packages[0].name } : {}),
          commitChecked: d.substituted.length > 0,
        }));
        const substituted = built.distributions.flatMap((d) => d.substituted);
        if (substituted.length > 0) ctx.note(`__commit__ placeholder replaced with ${state.commit} in ${substituted.join(', ')}`);
        else ctx.note('no commit placeholder in the package sources: __commit__ is not checked');
        for (const d of built.distributions) {
          for (const w of d.wheels) ctx.note(`${w.filename}${w.platform ? `  (for ${w.target}; ${w.platform.tags[0]}: ${w.platform.why})` : ''}`);
          ctx.note(basename(d.sdist));
          for (const label of d.excluded) ctx.note(`no ${d.project.name} wheel for Python ${label}: Requires-Python ${d.project.requiresPython} excludes it`);
        }
        return { value: built, detail: describeBuild(built, state.commit!) };
      });
    }

    await pipeline.run('fetch', async (ctx) => {
      const from = wheelsDir ?? state.built!.outDir;
      const { expect, expectCount } = state.built ? expectationOf(state.built) : { expect: [], expectCount: undefined };
      if (expect.length > 0) ctx.note(`expect (every distribution): ${expect.join(', ')}`);
      const fetched = await fetchWheels({
        source: new LocalSource(from),
        select: {
          packages: state.distributions.map((d) => d.name),
          version: state.version!,
          expect,
          ...(expectCount !== undefined ? { expectCount } : {}),
        },
        // --wheels: the directory the user gave is the set (one look, nothing still being built).
        allowAnySet: !state.built,
        waitTimeoutSeconds: 0,
        dest: join(workDir, 'dist'),
        concurrency: 4,
        maxTotalSize: 20 * 1024 ** 3,
        log: ctx.log,
      });
      state.fetched = fetched;
      if (state.distributions.length === 0) {
        // --wheels: the distributions are whatever the files are of (verify-install reads their import names from top_level.txt).
        const seen = new Map<string, State['distributions'][number]>();
        for (const f of fetched.files) {
          const name = f.info.metadata?.name ?? f.chosen.parsed.name;
          if (!seen.has(normalizeName(name))) seen.set(normalizeName(name), { name, commitChecked: false });
        }
        state.distributions = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
      }
      const nameOf = new Map(state.distributions.map((d) => [normalizeName(d.name), d.name]));
      state.wheels = fetched.files.filter((f) => f.chosen.parsed.kind === 'wheel').map((f) => ({
        filename: f.chosen.file.name,
        distribution: nameOf.get(f.chosen.parsed.normalizedName) ?? f.chosen.parsed.name,
      }));
      for (const f of fetched.files) ctx.note(`${f.chosen.file.name}  ${formatBytes(f.size)}  sha256 ${f.sha256}`);
      ctx.note(`manifest: ${fetched.manifestPath}`);
      const projects = state.distributions.length > 1 ? ` of ${state.distributions.length} distributions` : '';
      return { value: fetched, detail: `${fetched.files.length} files${projects} (${formatBytes(fetched.totalBytes)}) pass preflight${expect.length || expectCount ? ', the expected set' : ''}; manifest written` };
    });

    await pipeline.run('plan', async (ctx) => {
      // Wheels the project builds elsewhere, named as the build would name them.
      state.elsewhere = (state.layout?.plannedWheels ?? []).flatMap((triple) => state.distributions.map((d) => ({
        filename: `${filenameEscapedName(d.name)}-${state.version!}-${triple}.whl`,
        distribution: d.name,
      })));
      for (const w of state.elsewhere) parseWheelFilename(w.filename); // a declared triple that makes no wheel name fails here
      // The workflow's matrix, as plan-verify plans it; then the legs this machine runs.
      const plan = planWheels([...state.wheels, ...state.elsewhere].map((w) => w.filename));
      const tags = await Promise.all(state.legs.map((l) => (l.interpreter ? supportedTags(l.interpreter, ctx.log) : Promise.resolve(undefined))));
      const rp = localLegs(plan, state.legs.map((leg, i) => ({ leg, ...(tags[i] ? { tags: tags[i] } : {}) })));
      state.plan = rp;
      await writeFile(join(workDir, 'verify-plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
      pipeline.insertAfter('publish-testpypi', rp.local.map((l) => verifyStep('testpypi', l.position, `${l.python.label} pinned`)));
      pipeline.insertAfter('publish-pypi', rp.local.map((l) => verifyStep('pypi', l.position, `${l.python.label} -U`)));
      pipeline.settle();
      for (const l of rp.local) ctx.note(`${l.planned.id} → ${localLegLabel(l.python)}: ${l.planned.wheels.join(', ')}`);
      for (const h of rp.hosted) ctx.note(`planned, not run here: ${hostedLegLabel(h)}: ${h.wheels.join(', ')} (${rp.notHere.get(h.id)})`);
      for (const u of plan.unverifiable) ctx.note(`unverifiable: ${u.wheel}: ${u.reason}`);
      for (const leg of state.legs) {
        if (leg.interpreter && !rp.local.some((l) => l.python === leg)) ctx.note(`${localLegLabel(leg)}: no leg of the plan for it`);
      }
      if (rp.local.length === 0) throw new UserError(`No leg of the verify plan runs on this machine: ${rp.hosted.map((h) => `${h.id} (${rp.notHere.get(h.id)})`).join('; ') || 'the plan has no legs'}.`);
      const here = new Set(rp.local.flatMap((l) => l.planned.wheels));
      const hostedWheels = rp.hosted.reduce((n, h) => n + h.wheels.length, 0);
      return {
        value: rp,
        detail: `plan-verify: ${plan.include.length} legs; ${rp.local.length} run here and install ${here.size} of ${state.wheels.length} wheels`
          + `${hostedWheels ? `; ${hostedWheels} wheels planned for ${rp.hosted.length} hosted legs` : ''}`
          + `${plan.unverifiable.length ? `; ${plan.unverifiable.length} unverifiable` : ''}`,
      };
    });

    await pipeline.run('indexes', async (ctx) => {
      // Trusted publishing as on PyPI: the stand-ins accept uploads only with a token minted for this
      // workflow's OIDC token, and attestations only when they verify against the Sigstore stand-in's root.
      const publisher = { repository: `rehearsal/${normalizeName(state.distributions[0]?.name ?? 'project')}`, workflow: 'release.yml' };
      state.publisher = publisher;
      state.oidc = createLocalOidcIssuer(workflowClaims({ ...publisher, ref: `refs/heads/${state.branch ?? 'main'}`, ...(state.commit ? { sha: state.commit } : {}) }));
      state.sigstore = await startLocalSigstore({ oidcKey: state.oidc.publicKey, log: ctx.log });
      const trustedRootPath = join(workDir, 'sigstore-trusted-root.json');
      await writeFile(trustedRootPath, `${JSON.stringify(state.sigstore.trustedRoot, null, 2)}\n`);
      for (const which of ['testpypi', 'pypi'] as const) {
        state[which] = await startLocalIndex({
          dir: join(workDir, 'indexes', which),
          trustedPublishing: createTrustedPublishing({ key: state.oidc.publicKey, publishers: [publisher] }),
          trustedRoot: state.sigstore.trustedRoot,
          log: ctx.log,
        });
      }
      ctx.note(`Sigstore stand-in (Fulcio, Rekor) at ${state.sigstore.url}; its trust root: ${trustedRootPath}`);
      return {
        value: undefined,
        detail: `testpypi ${state.testpypi!.url}, pypi ${state.pypi!.url}: trusted publishing for ${publisher.repository}'s ${publisher.workflow}, attestations checked against the local Sigstore`,
      };
    });

    const publishTo = async (ctx: StepContext, which: 'testpypi' | 'pypi'): Promise<PublishResult> => {
      const target = which === 'testpypi' ? state.testpypi! : state.pypi!;
      const expect = which === 'testpypi'
        ? { path: state.fetched!.manifestPath, manifest: state.fetched!.manifest }
        : { path: state.testpypiManifestPath!, manifest: state.testpypiManifest! };
      const result = await publish({
        index: resolveEndpoints(target.uploadUrl),
        packagesDir: state.fetched!.dest,
        patterns: [],
        trustedPublishing: { getIdToken: async (audience) => secret(state.oidc!.token(audience)) },
        // Signed once, for TestPyPI; the PyPI upload sends the same attestations, read from beside the files.
        attestations: {
          mode: 'true',
          allowMixedProvenance: false,
          publisher: state.publisher!,
          trust: async () => ({ name: 'the local Sigstore stand-in', trustedRoot: state.sigstore!.trustedRoot, signingConfig: state.sigstore!.signingConfig }),
          sigstoreToken: async () => secret(state.oidc!.token('sigstore')),
        },
        skipExisting: true,
        expectManifest: expect,
        concurrency: 4,
        preflightOnly: false,
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        // The minted upload token: scrubbed from everything printed and every file written from here on.
        mask: (secret) => { runSecrets.add(secret); },
        log: ctx.log,
      });
      const path = join(workDir, `manifest-${which}.json`);
      await writeManifest(path, result.manifest);
      if (which === 'testpypi') {
        state.testpypiManifestPath = path;
        state.testpypiManifest = result.manifest;
      } else {
        state.pypiManifestPath = path;
        state.pypiManifest = result.manifest;
      }
      for (const f of result.files) ctx.note(`${f.status} ${f.filename}${f.seconds !== undefined ? ` in ${f.seconds.toFixed(1)} s` : ''}${f.url ? ` → ${f.url}` : ''}`);
      return result;
    };
    const publishDetail = (r: PublishResult, expectPath: string): string => {
      const uploaded = r.files.filter((f) => f.status === 'uploaded').length;
      const skipped = r.files.filter((f) => f.status === 'skipped').length;
      const attested = r.files.filter((f) => f.attestation).length;
      return `${uploaded} uploaded${skipped ? `, ${skipped} already there` : ''}, as in ${basename(expectPath)}; listed with their sha256`
        + `${attested ? `; ${attested} with a PEP 740 attestation${r.attestedBy ? ` for ${r.attestedBy.repository}'s ${r.attestedBy.workflow}` : ''}` : ''}`;
    };

    await pipeline.run('publish-testpypi', async (ctx) => {
      const r = await publishTo(ctx, 'testpypi');
      return { value: r, detail: publishDetail(r, state.fetched!.manifestPath) };
    });

    /** One leg, as the workflow's verify job runs it: verify-install with the leg's packages and wheels, its result file written. */
    const verifyLeg = async (record: LegRecord, interpreter: PythonLeg, ctx: StepContext) => {
      const index = record.index;
      const names = new Map(state.distributions.map((d) => [normalizeName(d.name), d]));
      const packages = record.packages.map((p) => names.get(normalizeName(p))?.name ?? p);
      const importNames = Object.fromEntries(packages.flatMap((p) => {
        const module = names.get(normalizeName(p))?.importName;
        return module ? [[p, module] as const] : [];
      }));
      const smokeScript = join(state.project!.dir, 'tests', 'smoke_test.py');
      const first = names.get(normalizeName(packages[0] ?? ''));
      const request: VerifyRequest = {
        packages,
        version: state.version!,
        python: interpreter.requested,
        indexes: index === 'testpypi'
          ? { repository: 'testpypi', indexUrl: state.testpypi!.simpleUrl, dependencyIndexUrl: state.pypi!.simpleUrl, extraIndexUrls: [] }
          : { repository: 'pypi', indexUrl: state.pypi!.simpleUrl, extraIndexUrls: [] },
        ...(record.wheels.length > 0 ? { wheels: record.wheels } : {}),
        importNames,
        ...(first?.commitChecked ? { expectCommit: state.commit! } : {}),
        manifestPath: index === 'testpypi' ? state.testpypiManifestPath! : state.pypiManifestPath!,
        ...(existsSync(smokeScript) ? { smokeTest: { kind: 'script' as const, path: smokeScript } } : {}),
        pin: index === 'testpypi',
        pre: index === 'pypi' && isPrerelease(state.version!),
        waitTimeoutSeconds: req.waitTimeoutSeconds ?? 120,
        requireVersionAttribute: true,
        // Every wheel was published with an attestation: its provenance must be there, verify, and name this workflow.
        provenance: state.sigstore
          ? { mode: 'required', trustedRoot: state.sigstore.trustedRoot, trustedRootName: 'local', publisher: state.publisher! }
          : { mode: 'auto' },
        leg: { id: record.id, runsOn: MACHINE_LABEL },
        tempDir: join(workDir, 'verify'),
        workspace: state.project!.dir,
        startedAt: Date.now(),
        ...(req.searchEnv ? { searchEnv: req.searchEnv } : {}),
      };
      const outcome = await verifyInstall(request, ctx.log);
      const r = outcome.result;
      record.result = r;
      // Written as the action writes it: the brief reads these files, not this process's memory.
      record.resultFile = await writeResultFile(join(workDir, 'results', index), r);
      for (const p of r.packages ?? []) ctx.note(`${p.name}: ${p.wheel ?? '(no wheel installed)'}`);
      for (const c of r.checks) ctx.note(`  ${c.ok ? 'ok    ' : 'FAILED'} ${c.name}: ${c.detail.split('\n')[0]}`);
      if (outcome.error !== undefined) throw outcome.error;
      const commits = (r.packages ?? []).filter((p) => p.moduleCommit).map((p) => short(p.moduleCommit!));
      return {
        value: r,
        detail: `${record.id} on ${r.python ? describeInterpreter(r.python) : interpreter.label}: ${(r.packages ?? []).map((p) => `${p.name} ${p.installedVersion ?? '?'}`).join(', ')} installed and imported`
          + `${commits.length ? `, __commit__ ${[...new Set(commits)].join(', ')}` : ''}`
          + `${r.checks.some((c) => c.name === 'smoke test' && c.ok) ? ', smoke test passed' : ''}`
          + `${r.provenance === 'verified' ? ', provenance verified' : ''}`,
      };
    };

    const verifyLegs = async (index: 'testpypi' | 'pypi', which: { record: LegRecord; python: PythonLeg }[]): Promise<void> => {
      const byStep = new Map<string, { record: LegRecord; python: PythonLeg }>();
      which.forEach((leg, i) => {
        legs.push(leg.record);
        byStep.set(verifyStep(index, i, '').id, leg);
      });
      await pipeline.runAll([...byStep.keys()], async (id, ctx) => {
        const { record, python } = byStep.get(id)!;
        return verifyLeg(record, python, ctx);
      }, concurrency);
      for (const [id, { record }] of byStep) record.status = pipeline.step(id).status;
    };

    /** The plan's local legs against one index: pinned on TestPyPI, pip install -U on PyPI, as the workflow's two verify matrices. */
    const legsOf = (index: 'testpypi' | 'pypi') => (state.plan?.local ?? []).map((l) => ({
      python: l.python,
      record: {
        index, id: l.planned.id, label: l.python.label, mode: index === 'testpypi' ? 'pinned' as const : 'unpinned' as const, status: 'not-run' as const,
        wheels: l.planned.wheels, packages: l.planned.packages,
        ...(l.python.interpreter ? { interpreter: describeInterpreter(l.python.interpreter) } : {}),
      },
    }));
    await verifyLegs('testpypi', legsOf('testpypi'));

    await pipeline.run('brief', async (ctx) => {
      const brief = await testpypiBrief();
      const verdict = assessBrief(brief);
      for (const p of verdict.problems) ctx.note(p);
      // --require-pass, as the workflow's brief job runs it: the gate never opens on an incomplete verification.
      if (!verdict.ready) throw new UserError(`Not ready for approval: ${verdict.problems.length} problem(s):\n${verdict.problems.map((p) => `- ${p}`).join('\n')}`);
      const count = (status: string) => verdict.coverage.wheels.filter((w) => w.status === status).length;
      return {
        value: verdict,
        detail: `ready: ${brief.legs.length} leg results, ${count('passed')} wheels installed${count('planned') ? `, ${count('planned')} planned for hosted runners` : ''}${count('unverifiable') ? `, ${count('unverifiable')} unverifiable` : ''}`,
      };
    });

    await pipeline.run('gate', async (ctx) => {
      const files = state.testpypiManifest!.files.length;
      const question = `Approve the upload of these ${files} files to the PyPI stand-in (${state.pypi!.url})? [y/N] `;
      if (!req.yes && io.gate.isTerminal) {
        // What an approver reads on the review page, before the question.
        io.progress(`\n${renderBrief(await testpypiBrief())}\n`);
      }
      const decision = await approvalGate({ yes: req.yes, io: io.gate, question });
      ctx.log.info(decision.how);
      if (!decision.approved) throw ctx.refuse(decision.how);
      return { value: decision, detail: decision.how };
    });

    await pipeline.run('publish-pypi', async (ctx) => {
      const r = await publishTo(ctx, 'pypi');
      return { value: r, detail: publishDetail(r, state.testpypiManifestPath!) };
    });

    await verifyLegs('pypi', legsOf('pypi'));
  } finally {
    await state.sigstore?.close().catch(() => {});
    // What each index holds when it stops: the proof of what was touched.
    for (const which of ['testpypi', 'pypi'] as const) {
      const index = state[which];
      if (!index) continue;
      try {
        indexes.push({ name: which, url: index.url, dir: join(workDir, 'indexes', which), files: index.files().map((f) => f.filename) });
      } finally {
        await index.close().catch(() => {});
      }
    }
  }

  const totalMs = performance.now() - started;
  const steps = pipeline.steps;
  const result: RehearsalOutcome['result'] = steps.some((s) => s.status === 'failed')
    ? 'failed'
    : steps.some((s) => s.status === 'refused') ? 'not-approved' : 'passed';
  const wheels = wheelsDir
    ? `prebuilt, from ${wheelsDir}`
    : state.built
      ? `built here from the bump commit: ${describeBuild(state.built, state.commit!)}`
      : 'built here from the bump commit';
  const briefs = (await Promise.all([briefOf('testpypi'), briefOf('pypi')])).filter((b): b is BriefInput => b !== undefined);
  // Every wheel's leg and result: the approval brief's coverage of the TestPyPI legs, nothing computed beside it.
  const testpypi = briefs.find((b) => b.gate !== undefined);
  const coverage = wheelRows({
    wheels: state.wheels,
    elsewhere: state.elsewhere,
    ...(state.plan ? { plan: state.plan } : {}),
    ...(testpypi && state.plan ? { coverage: assessBrief(testpypi).coverage } : {}),
    legs,
  });
  const markdown = renderMarkdown({
    result,
    ...(state.distributions[0] ? { project: state.distributions.map((d) => d.name).join(' + ') } : {}),
    ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
    ...(state.version ? { version: state.version } : {}),
    ...(state.commit ? { commit: state.commit } : {}),
    ...(state.branch ? { branch: state.branch } : {}),
    ...(state.versionFiles ? { versionFiles: state.versionFiles } : {}),
    source: bundled ? `the bundled example, ${source}` : source,
    wheels,
    indexes,
    steps,
    totalMs,
    briefs,
    coverage,
    warnings,
    workDir,
    startedAt,
  });
  const table = stepsTable(steps, totalMs, req.tableWidth ?? 120);
  const kept = req.keep || result !== 'passed';
  const outcome: RehearsalOutcome = {
    result,
    exitCode: result === 'passed' ? 0 : result === 'failed' ? 1 : 3,
    steps,
    totalMs,
    source,
    bundledExample: bundled,
    ...(state.distributions[0] ? { project: state.distributions[0].name } : {}),
    distributions: state.distributions.map((d) => d.name),
    ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
    ...(state.version ? { version: state.version } : {}),
    ...(state.commit ? { commit: state.commit } : {}),
    ...(state.branch ? { branch: state.branch } : {}),
    ...(state.versionFiles ? { versionFiles: state.versionFiles } : {}),
    wheels,
    coverage,
    ...(state.plan ? { plan: state.plan } : {}),
    workDir,
    kept,
    reportPath,
    reportJsonPath,
    logPath,
    ...(kept && state.testpypiManifestPath ? { manifestPath: state.testpypiManifestPath } : {}),
    ...(state.testpypiManifest ? { manifest: state.testpypiManifest } : {}),
    legs,
    indexes,
    warnings,
    table,
    markdown,
  };
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, scrubSecrets(markdown), 'utf8');
  await mkdir(dirname(reportJsonPath), { recursive: true });
  await writeFile(reportJsonPath, `${JSON.stringify(scrubSecretsDeep(outcomeJson(outcome)), null, 2)}\n`, 'utf8');
  await writeFile(logPath, scrubSecrets(`${logLines.join('\n')}\n`), 'utf8');

  if (!kept) {
    // The work files go; the reports and the log stay.
    for (const entry of await readdir(workDir)) {
      const path = join(workDir, entry);
      if (path === reportPath || path === reportJsonPath || path === logPath) continue;
      await rm(path, { recursive: true, force: true });
    }
  }
  return outcome;
}

/** "18 native wheels (cp27mu … cp313, manylinux_2_5_x86_64) + 2 sdists", for the table and the report. */
function describeBuild(built: BuiltRelease, commit: string): string {
  const wheels = built.distributions.flatMap((d) => d.wheels);
  const native = wheels.filter((w) => w.platform);
  const pure = wheels.filter((w) => !w.platform);
  const parts: string[] = [];
  if (native.length > 0) {
    const abis = [...new Set(native.map((w) => w.tags.split('-')[1]!))];
    const platforms = [...new Set(native.map((w) => w.platform!.tags[0]!))];
    parts.push(`${native.length} native wheels (${abis.length > 3 ? `${abis[0]} … ${abis.at(-1)}` : abis.join(', ')}; ${platforms.join(', ')})`);
  }
  if (pure.length > 0) parts.push(`${pure.length === 1 ? `a ${pure[0]!.tags}` : `${pure.length} pure`} wheel${pure.length === 1 ? '' : 's'}`);
  const sdists = built.distributions.length;
  const substituted = built.distributions.some((d) => d.substituted.length > 0);
  return `${parts.join(' + ')} + ${sdists === 1 ? 'an sdist' : `${sdists} sdists`}${substituted ? `, __commit__ = ${short(commit)}` : ''}`;
}

/**
 * What fetch-wheels must find: every file built, by count, and the tag
 * triples by name where every distribution has the same ones (fetch-wheels
 * applies each expect line to every package).
 */
function expectationOf(built: BuiltRelease): { expect: string[]; expectCount: number } {
  const sets = built.distributions.map((d) => d.wheels.map((w) => w.tags).sort());
  const same = sets.every((s) => s.join('\n') === sets[0]!.join('\n'));
  return {
    expect: same ? sets[0]! : [],
    expectCount: built.distributions.reduce((n, d) => n + d.wheels.length + 1, 0),
  };
}

