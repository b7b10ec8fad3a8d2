/**
 * `pyrelease rehearse`: the release pipeline of .github/workflows/release.yml,
 * run on this machine with the same domain code the actions run:
 *
 *   interpreters → copy the project into a temporary git repository →
 *   bump-version (local mode, one commit) → build (or take --wheels) →
 *   fetch-wheels (local source: the same checks, the manifest) → two local
 *   indexes (TestPyPI and PyPI stand-ins, token-protected) → pypi-publish to
 *   TestPyPI → verify-install pinned on each interpreter → approval gate →
 *   pypi-publish to PyPI with expect-manifest → verify-install unpinned →
 *   report.
 *
 * The first failing step stops the pipeline; the PyPI stand-in receives
 * nothing before the gate passes.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bumpLocally } from '../commands/bump-version/index.js';
import { renderBrief } from '../commands/approval-brief/brief.js';
import { DEFAULT_MAX_FILE_SIZE, parseDistributionFilename, writeManifest, type Manifest } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { fetchWheels, type FetchWheelsResult } from '../commands/fetch-wheels/fetch-wheels.js';
import { resolveEndpoints } from '../index-client/index.js';
import { startLocalIndex, type LocalIndex } from '../index-server/index.js';
import type { Logger } from '../log.js';
import { publish, type PublishResult } from '../commands/pypi-publish/publish.js';
import { describeInterpreter, type SearchEnv } from '../python/index.js';
import { LocalSource } from '../sources/local.js';
import { formatBytes } from '../units.js';
import { verifyInstall, type VerifyRequest } from '../commands/verify-install/index.js';
import { isPrerelease, type Bump } from '../versions/index.js';
import { buildDistributions, type BuiltDistributions } from './build.js';
import { approvalGate, type GateIo } from './gate.js';
import { copyProject, type CopiedProject } from './project.js';
import { choosePythons, DEFAULT_PYTHONS, type PythonLeg } from './pythons.js';
import { legResult, renderMarkdown, stepsTable, textProgress, type LegRecord } from './report.js';
import { Pipeline, type StepContext, type StepRecord } from './steps.js';

export interface RehearseRequest {
  /** Default: the bundled example project (examples/demo-project). */
  projectDir?: string;
  /** Prebuilt distributions instead of building the project. */
  wheelsDir?: string;
  /** Interpreter specs; default the available 2.7 and the newest 3.x. */
  pythons?: string[];
  bump?: Bump;
  version?: string;
  /** Approve the gate without asking. */
  yes: boolean;
  /** Keep the whole work directory (it is kept anyway after a failure). */
  keep: boolean;
  /** Where the Markdown report goes; default report.md in the work directory. */
  reportPath?: string;
  /** Every log line of every step as it happens. */
  verbose: boolean;
  /** Where the work directory is made; default the system temp directory. */
  tempRoot?: string;
  /** Columns of the steps table (the terminal's width). */
  tableWidth?: number;
  /** Seconds each verify leg waits for the index to list the release. */
  waitTimeoutSeconds?: number;
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
  project?: string;
  previousVersion?: string;
  version?: string;
  commit?: string;
  branch?: string;
  wheels: string;
  workDir: string;
  /** The work directory was kept whole (--keep, or a failure). */
  kept: boolean;
  reportPath: string;
  logPath: string;
  manifestPath?: string;
  manifest?: Manifest;
  legs: LegRecord[];
  indexes: Partial<Record<'testpypi' | 'pypi', { url: string; files: string[] }>>;
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

const uploadToken = (): string => `pypi-${randomBytes(24).toString('base64url')}`;
const short = (sha: string): string => sha.slice(0, 12);

interface State {
  legs: PythonLeg[];
  project?: CopiedProject;
  previousVersion?: string;
  version?: string;
  commit?: string;
  branch?: string;
  built?: BuiltDistributions;
  fetched?: FetchWheelsResult;
  packageName?: string;
  testpypi?: LocalIndex;
  pypi?: LocalIndex;
  testpypiToken: string;
  pypiToken: string;
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
  const logLines: string[] = [];
  const warnings: string[] = [];
  const legs: LegRecord[] = [];

  io.progress(`Rehearsing the release of ${bundled ? `the example project ${source}` : source} in ${workDir}\n`);
  if (!req.yes && !io.gate.isTerminal) {
    io.progress('No terminal and no --yes: the rehearsal will stop at the approval gate, before anything reaches the PyPI stand-in (like a dry run).\n');
  }

  const loggerFor = (step: StepRecord): Logger => {
    const line = (level: string, message: string): void => {
      logLines.push(`[${step.id}] ${level}: ${message}`);
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

  const requestedSpecs = req.pythons ?? DEFAULT_PYTHONS;
  const legSteps = (index: 'testpypi' | 'pypi') => requestedSpecs.map((spec, i) => ({
    id: `verify-${index}-${i}`,
    title: `verify ${index} · ${spec} ${index === 'testpypi' ? 'pinned' : '-U'}`,
  }));
  const pipeline = new Pipeline([
    { id: 'pythons', title: 'find interpreters' },
    { id: 'copy', title: 'copy project (git)' },
    { id: 'bump', title: 'bump-version (local)' },
    ...(wheelsDir ? [] : [{ id: 'build', title: 'build wheel + sdist' }]),
    { id: 'fetch', title: `fetch-wheels (${wheelsDir ? '--wheels' : 'build'})` },
    { id: 'indexes', title: 'start local indexes' },
    { id: 'publish-testpypi', title: 'publish to testpypi' },
    ...legSteps('testpypi'),
    { id: 'gate', title: 'approval gate (pypi)' },
    { id: 'publish-pypi', title: 'publish to pypi' },
    ...legSteps('pypi'),
  ], textProgress(io.progress), loggerFor);

  const state: State = { legs: [], testpypiToken: uploadToken(), pypiToken: uploadToken() };
  const indexes: RehearsalOutcome['indexes'] = {};
  const reportInput = () => ({
    ...(state.packageName ? { project: state.packageName } : {}),
    ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
    ...(state.version ? { version: state.version } : {}),
    ...(state.commit ? { commit: state.commit } : {}),
    ...(state.branch ? { branch: state.branch } : {}),
    source: bundled ? `the bundled example, ${source}` : source,
    wheels: '',
    indexes: { ...(state.testpypi ? { testpypi: state.testpypi.url } : {}), ...(state.pypi ? { pypi: state.pypi.url } : {}) },
    steps: pipeline.steps,
    totalMs: performance.now() - started,
    ...(state.testpypiManifest ? { testpypiManifest: state.testpypiManifest } : {}),
    ...(state.pypiManifest ? { pypiManifest: state.pypiManifest } : {}),
    legs,
    legsPerIndex: state.legs.length,
    warnings,
    workDir,
    startedAt,
  });
  try {
    await pipeline.run('pythons', async (ctx) => {
      const chosen = await choosePythons(req.pythons, ctx.log, req.searchEnv);
      for (const w of chosen.warnings) {
        warnings.push(w);
        io.progress(`\nWARNING: ${w}\n\n`);
      }
      state.legs = chosen.legs;
      // One verify step per interpreter found, titled with its version.
      for (const index of ['testpypi', 'pypi'] as const) {
        requestedSpecs.forEach((_spec, i) => {
          const leg = chosen.legs.find((l) => l.position === i);
          if (!leg) pipeline.remove(`verify-${index}-${i}`);
          else pipeline.step(`verify-${index}-${i}`).title = `verify ${index} · ${leg.label} ${index === 'testpypi' ? 'pinned' : '-U'}`;
        });
      }
      const detail = chosen.legs.map((l) => (l.interpreter ? describeInterpreter(l.interpreter) : `Python ${l.label} skipped (${l.skipped})`)).join(', ');
      for (const l of chosen.legs) ctx.note(l.interpreter ? `${describeInterpreter(l.interpreter)}: ${l.interpreter.path} (${l.interpreter.source})` : `Python ${l.label}: ${l.skipped}`);
      return { value: chosen, detail };
    });

    await pipeline.run('copy', async (ctx) => {
      const project = await copyProject(source, join(workDir, 'project'), join(workDir, 'git-hooks'));
      state.project = project;
      ctx.note(`${source} → ${project.dir}`);
      return { value: project, detail: `${project.files} files, git init, commit ${short(project.baseCommit)}` };
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
      const outcome = await bumpLocally({
        dir: state.project!.dir,
        ...(bump ? { bump } : {}),
        ...(version ? { version } : {}),
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
      return {
        value: outcome,
        detail: `${outcome.plan.previous} → ${outcome.plan.next} (${how}) in ${outcome.plan.changes.length} files; commit ${short(outcome.commitSha ?? '')} on ${outcome.branch}`,
      };
    });

    if (!wheelsDir) {
      await pipeline.run('build', async (ctx) => {
        const built = await buildDistributions(state.project!.dir, state.commit!, join(workDir, 'built'));
        state.built = built;
        state.packageName = built.project.name;
        if (built.substituted.length > 0) ctx.note(`__commit__ placeholder replaced with ${state.commit} in ${built.substituted.join(', ')}`);
        else ctx.note(`no commit placeholder in the package sources: __commit__ is not checked`);
        ctx.note(`${basename(built.wheel)}\n${basename(built.sdist)}`);
        return { value: built, detail: `${built.tags} wheel + sdist${built.substituted.length ? `, __commit__ = ${short(state.commit!)}` : ''}` };
      });
    }

    await pipeline.run('fetch', async (ctx) => {
      const from = wheelsDir ?? dirname(state.built!.wheel);
      const fetched = await fetchWheels({
        source: new LocalSource(from),
        select: {
          packages: state.packageName ? [state.packageName] : [],
          version: state.version!,
          expect: [],
          ...(state.built ? { expectCount: 2 } : {}),
        },
        // --wheels: the directory the user gave is the set (one look, nothing still being built).
        allowAnySet: !state.built,
        waitTimeoutSeconds: 0,
        dest: join(workDir, 'dist'),
        concurrency: 4,
        maxTotalSize: 20 * 1024 ** 3,
        log: ctx.log,
      });
      const projects = new Set(fetched.files.map((f) => f.info.metadata?.name ?? f.chosen.parsed.name));
      if (!fetched.manifest.project || projects.size !== 1) {
        throw new UserError(`The distributions in ${from} belong to ${projects.size} projects (${[...projects].join(', ')}); a rehearsal releases one. Give --wheels a directory with one project's files.`);
      }
      state.fetched = fetched;
      state.packageName ??= [...projects][0];
      for (const f of fetched.files) ctx.note(`${f.chosen.file.name}  ${formatBytes(f.size)}  sha256 ${f.sha256}`);
      ctx.note(`manifest: ${fetched.manifestPath}`);
      return { value: fetched, detail: `${fetched.files.length} files (${formatBytes(fetched.totalBytes)}) pass preflight; manifest written` };
    });

    await pipeline.run('indexes', async (ctx) => {
      state.testpypi = await startLocalIndex({ dir: join(workDir, 'indexes', 'testpypi'), token: state.testpypiToken, log: ctx.log });
      state.pypi = await startLocalIndex({ dir: join(workDir, 'indexes', 'pypi'), token: state.pypiToken, log: ctx.log });
      return { value: undefined, detail: `testpypi ${state.testpypi.url}, pypi ${state.pypi.url} (own upload tokens)` };
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
        token: which === 'testpypi' ? state.testpypiToken : state.pypiToken,
        skipExisting: true,
        expectManifest: expect,
        concurrency: 4,
        preflightOnly: false,
        maxFileSize: DEFAULT_MAX_FILE_SIZE,
        mask: () => {},
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
      return `${uploaded} uploaded${skipped ? `, ${skipped} already there` : ''}, as in ${basename(expectPath)}; listed with their sha256`;
    };

    await pipeline.run('publish-testpypi', async (ctx) => {
      const r = await publishTo(ctx, 'testpypi');
      return { value: r, detail: publishDetail(r, state.fetched!.manifestPath) };
    });

    const verifyLegs = async (index: 'testpypi' | 'pypi'): Promise<void> => {
      for (const i of requestedSpecs.keys()) {
        const leg = state.legs.find((l) => l.position === i);
        const id = `verify-${index}-${i}`;
        if (!leg || !pipeline.steps.some((s) => s.id === id)) continue;
        const record: LegRecord = { index, label: leg.label, mode: index === 'testpypi' ? 'pinned' : 'unpinned', status: 'not-run' };
        legs.push(record);
        await pipeline.run(id, async (ctx) => {
          if (!leg.interpreter) throw ctx.skip(`${leg.skipped}: not verified on Python ${leg.label}`);
          const request: VerifyRequest = {
            packages: [state.packageName!],
            version: state.version!,
            python: leg.interpreter.path,
            indexes: index === 'testpypi'
              ? { repository: 'testpypi', indexUrl: state.testpypi!.simpleUrl, dependencyIndexUrl: state.pypi!.simpleUrl, extraIndexUrls: [] }
              : { repository: 'pypi', indexUrl: state.pypi!.simpleUrl, extraIndexUrls: [] },
            ...(state.built?.substituted.length ? { expectCommit: state.commit! } : {}),
            manifestPath: index === 'testpypi' ? state.testpypiManifestPath! : state.pypiManifestPath!,
            ...(existsSync(join(state.project!.dir, 'tests', 'smoke_test.py')) ? { smokeTest: { kind: 'script' as const, path: join(state.project!.dir, 'tests', 'smoke_test.py') } } : {}),
            pin: index === 'testpypi',
            pre: index === 'pypi' && isPrerelease(state.version!),
            waitTimeoutSeconds: req.waitTimeoutSeconds ?? 120,
            requireVersionAttribute: true,
            tempDir: join(workDir, 'verify'),
            workspace: state.project!.dir,
            startedAt: Date.now(),
            ...(req.searchEnv ? { searchEnv: req.searchEnv } : {}),
          };
          const outcome = await verifyInstall(request, ctx.log);
          record.result = outcome.result;
          if (outcome.result.wheel) ctx.note(`wheel: ${outcome.result.wheel}`);
          for (const c of outcome.result.checks) ctx.note(`${c.ok ? 'ok    ' : 'FAILED'} ${c.name}: ${c.detail.split('\n')[0]}`);
          if (outcome.error !== undefined) throw outcome.error;
          const r = outcome.result;
          return {
            value: r,
            detail: `${r.python ? describeInterpreter(r.python) : leg.label}: ${r.installedVersion ?? '?'} installed and imported`
              + `${r.moduleCommit && request.expectCommit ? `, __commit__ ${short(r.moduleCommit)}` : ''}`
              + `${r.checks.some((c) => c.name === 'smoke test' && c.ok) ? ', smoke test passed' : ''}`,
          };
        });
        record.status = pipeline.step(id).status;
      }
    };

    await verifyLegs('testpypi');

    await pipeline.run('gate', async (ctx) => {
      const files = state.testpypiManifest!.files.length;
      const question = `Approve the upload of these ${files} files to the PyPI stand-in (${state.pypi!.url})? [y/N] `;
      if (!req.yes && io.gate.isTerminal) {
        // What an approver reads on the review page, before the question.
        const testpypiLegs = legs.filter((l) => l.index === 'testpypi').map(legResult);
        io.progress(`\n${renderBrief({ title: 'Approval brief', manifest: state.testpypiManifest!, legs: testpypiLegs, version: state.version!, tag: `v${state.version!}`, commit: state.commit!, index: 'TestPyPI stand-in', expectLegs: state.legs.length, gate: 'pypi' })}\n`);
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

    await verifyLegs('pypi');
  } finally {
    // What each index holds when it stops: the proof of what was touched.
    for (const which of ['testpypi', 'pypi'] as const) {
      const index = state[which];
      if (!index) continue;
      try {
        indexes[which] = { url: index.url, files: index.files().map((f) => f.filename) };
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
      ? `built here from the bump commit: ${basename(state.built.wheel)} and ${basename(state.built.sdist)} (pure Python, py-none-any; see README "Rehearsal")`
      : 'built here from the bump commit';
  const markdown = renderMarkdown({ ...reportInput(), result, steps, totalMs, wheels });
  const table = stepsTable(steps, totalMs, req.tableWidth ?? 120);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, markdown, 'utf8');
  await writeFile(logPath, `${logLines.join('\n')}\n`, 'utf8');

  const kept = req.keep || result !== 'passed';
  if (!kept) {
    // The work files go; the report and the log stay.
    for (const entry of await readdir(workDir)) {
      const path = join(workDir, entry);
      if (path === reportPath || path === logPath) continue;
      await rm(path, { recursive: true, force: true });
    }
  }
  return {
    result,
    exitCode: result === 'passed' ? 0 : result === 'failed' ? 1 : 3,
    steps,
    totalMs,
    source,
    bundledExample: bundled,
    ...(state.packageName ? { project: state.packageName } : {}),
    ...(state.previousVersion ? { previousVersion: state.previousVersion } : {}),
    ...(state.version ? { version: state.version } : {}),
    ...(state.commit ? { commit: state.commit } : {}),
    ...(state.branch ? { branch: state.branch } : {}),
    wheels,
    workDir,
    kept,
    reportPath,
    logPath,
    ...(kept && state.testpypiManifestPath ? { manifestPath: state.testpypiManifestPath } : {}),
    ...(state.testpypiManifest ? { manifest: state.testpypiManifest } : {}),
    legs,
    indexes,
    warnings,
    table,
    markdown,
  };
}
