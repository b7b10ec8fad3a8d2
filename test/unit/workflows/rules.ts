/**
 * Rules the workflows of this repository (and the template for other
 * repositories) must keep: the hardening of DESIGN.md §1 and the wiring between
 * jobs, steps, actions and artifacts. Each rule takes a parsed workflow and
 * returns one line per violation, naming where it is, so a failing test says
 * exactly what to fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The owner placeholder of the template. An underscore is not valid in a GitHub owner, so a copy that forgets to replace it fails instead of running someone else's code. */
export const TEMPLATE_OWNER = 'YOUR_ORG';
export const SUITE_ACTIONS = ['approval-brief', 'bump-version', 'create-release', 'fetch-wheels', 'plan-verify', 'pypi-publish', 'verify-install'];

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Step {
  id?: string;
  name?: string;
  if?: string | boolean;
  uses?: string;
  run?: string;
  with?: Record<string, Json>;
  env?: Record<string, Json>;
  [key: string]: Json | undefined;
}

export interface Job {
  name?: string;
  needs?: string | string[];
  if?: string | boolean;
  'runs-on'?: Json;
  container?: Json;
  environment?: string | { name: string; url?: string };
  permissions?: string | Record<string, string>;
  outputs?: Record<string, string>;
  /** A matrix written out, or an expression (`${{ fromJSON(needs.plan.outputs.matrix) }}`). */
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, Json> | string };
  env?: Record<string, Json>;
  uses?: string;
  steps?: Step[];
  [key: string]: Json | Step[] | undefined;
}

export interface Workflow {
  name?: string;
  on?: Json;
  permissions?: string | Record<string, string>;
  concurrency?: Json;
  env?: Record<string, Json>;
  defaults?: Json;
  jobs: Record<string, Job>;
}

export function parseWorkflowYaml(text: string): Workflow {
  const wf = YAML.parse(text) as Workflow;
  if (!wf || typeof wf !== 'object' || !wf.jobs) throw new Error('not a workflow: no jobs');
  return wf;
}

export function readText(relative: string): string {
  return readFileSync(join(root, relative), 'utf8');
}

export function listFiles(relativeDir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(join(root, relativeDir))
      .filter((f) => pattern.test(f))
      .sort()
      .map((f) => `${relativeDir}/${f}`);
  } catch {
    return [];
  }
}

/** Every workflow this repository ships: its own and the templates for other repositories. */
export function workflowFiles(): string[] {
  return [...listFiles('.github/workflows', /\.ya?ml$/), ...listFiles('templates', /\.ya?ml$/)];
}

export function actionFiles(): string[] {
  return ['action.yml', ...SUITE_ACTIONS.map((name) => `actions/${name}/action.yml`)];
}

export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

function stepWhere(jobId: string, index: number, step: Step): string {
  return `jobs.${jobId}.steps[${index}]${step.name ? ` (${step.name})` : step.id ? ` (${step.id})` : ''}`;
}

/** Every step of every job, with where it is. */
function steps(wf: Workflow): { jobId: string; job: Job; index: number; step: Step; where: string }[] {
  return Object.entries(wf.jobs).flatMap(([jobId, job]) =>
    (job.steps ?? []).map((step, index) => ({ jobId, job, index, step, where: stepWhere(jobId, index, step) })),
  );
}

// ---------------------------------------------------------------- hardening

/** No `${{ }}` interpolated into a script: values reach `run:` through `env:`. */
export function expressionsInRun(wf: Workflow): string[] {
  const out: string[] = [];
  for (const { step, where } of steps(wf)) {
    if (typeof step.run === 'string' && step.run.includes('${{')) out.push(`${where}: \`run:\` contains \${{ }}; pass the value through env:`);
  }
  return out;
}

/** The suite's own actions, referenced by path or by owner/repo/actions/<name>@ref. */
export function suiteAction(uses: string | undefined): string | undefined {
  if (!uses) return undefined;
  const local = /^\.\/actions\/([a-z-]+)$/.exec(uses);
  if (local) return local[1];
  const remote = /^[^/]+\/python-release-actions\/actions\/([a-z-]+)@\S+$/.exec(uses);
  return remote?.[1];
}

export interface PinOptions {
  /** References allowed by tag (the suite's own actions in the template). */
  allowTagged?: RegExp;
}

/** Every non-local `uses:` (steps and reusable-workflow jobs) names a full 40-hex commit SHA. */
export function unpinnedUses(wf: Workflow, options: PinOptions = {}): string[] {
  const out: string[] = [];
  const check = (uses: string, where: string) => {
    if (uses.startsWith('./')) return;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) out.push(`${where}: ${uses} is not pinned to a digest`);
      return;
    }
    if (options.allowTagged?.test(uses)) return;
    if (!/^[^@\s]+@[0-9a-f]{40}$/.test(uses)) out.push(`${where}: ${uses} is not pinned to a full commit SHA`);
  };
  for (const [jobId, job] of Object.entries(wf.jobs)) if (typeof job.uses === 'string') check(job.uses, `jobs.${jobId}`);
  for (const { step, where } of steps(wf)) if (typeof step.uses === 'string') check(step.uses, where);
  return out;
}

/** The workflow grants nothing by default; every job declares its own permissions as a map. */
export function permissionProblems(wf: Workflow): string[] {
  const out: string[] = [];
  const top = wf.permissions;
  if (top === undefined) out.push('the workflow has no top-level `permissions:` (the default token may be read-write)');
  else if (typeof top === 'string') out.push(`the workflow grants \`permissions: ${top}\``);
  else for (const [scope, level] of Object.entries(top)) if (level === 'write') out.push(`the workflow grants ${scope}: write to every job`);
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    if (job.permissions === undefined) out.push(`jobs.${jobId} declares no \`permissions:\``);
    else if (typeof job.permissions === 'string') out.push(`jobs.${jobId} uses \`permissions: ${job.permissions}\`; list each scope`);
  }
  return out;
}

function permission(job: Job, scope: string): string | undefined {
  return typeof job.permissions === 'object' ? job.permissions[scope] : undefined;
}

/** A pypi-publish step that uploads: `preflight-only: 'true'` only checks, with no credentials. */
function uploads(s: Step): boolean {
  return suiteAction(s.uses) === 'pypi-publish' && String(s.with?.['preflight-only'] ?? 'false') !== 'true';
}

function usesPublish(job: Job): boolean {
  return (job.steps ?? []).some(uploads);
}

/** `id-token: write` exactly on the jobs that publish (trusted publishing), and each publish job sits behind an environment. */
export function idTokenProblems(wf: Workflow): string[] {
  const out: string[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const mints = permission(job, 'id-token') === 'write';
    if (mints && !usesPublish(job)) out.push(`jobs.${jobId} has id-token: write but publishes nothing`);
    if (usesPublish(job) && !mints) out.push(`jobs.${jobId} publishes without id-token: write (trusted publishing needs it)`);
    if (usesPublish(job) && !job.environment) out.push(`jobs.${jobId} publishes outside an environment`);
  }
  return out;
}

export function environmentName(job: Job | undefined): string | undefined {
  if (!job?.environment) return undefined;
  return typeof job.environment === 'string' ? job.environment : job.environment.name;
}

/** The pypi job: environment `pypi` (the approval gate) whose URL is the draft release, uploading with the verified manifest. */
export function pypiGateProblems(wf: Workflow): string[] {
  const out: string[] = [];
  const entry = Object.entries(wf.jobs).find(([, job]) => (job.steps ?? []).some((s) => uploads(s) && s.with?.repository === 'pypi'));
  if (!entry) return ['no job publishes to PyPI (pypi-publish with repository: pypi)'];
  const [jobId, job] = entry;
  if (environmentName(job) !== 'pypi') out.push(`jobs.${jobId} publishes to PyPI without \`environment: pypi\` (the approval gate)`);
  const url = typeof job.environment === 'object' ? job.environment.url : undefined;
  if (!url || !/needs\.[\w-]+\.outputs\.html-url/.test(url)) out.push(`jobs.${jobId}: environment.url must be the draft release (needs.<draft job>.outputs.html-url)`);
  const publish = (job.steps ?? []).find(uploads);
  if (!publish?.with?.['expect-manifest']) out.push(`jobs.${jobId}: pypi-publish must upload only what the verified manifest names (expect-manifest)`);
  if (job.if === undefined || !String(job.if).includes('dry-run')) out.push(`jobs.${jobId}: must be skipped on a dry run`);
  return out;
}

/** A release never runs twice at once, and a queued release never cancels one waiting at the gate. */
export function concurrencyProblems(wf: Workflow): string[] {
  const c = wf.concurrency;
  if (c === undefined) return ['the workflow has no `concurrency:`'];
  if (typeof c === 'string') return [];
  if (typeof c === 'object' && c !== null && !Array.isArray(c)) {
    if (!c.group) return ['`concurrency:` has no group'];
    if (c['cancel-in-progress'] === true) return ['`concurrency:` cancels the release in progress'];
    return [];
  }
  return ['`concurrency:` is malformed'];
}

/** actions/checkout leaves no token in .git/config for later steps to find. */
export function checkoutCredentialProblems(wf: Workflow): string[] {
  const out: string[] = [];
  for (const { step, where } of steps(wf)) {
    if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
      out.push(`${where}: actions/checkout without persist-credentials: false`);
    }
  }
  return out;
}

/** Triggers that run with secrets on code from forks. */
export function unsafeTriggerProblems(wf: Workflow): string[] {
  const on = wf.on;
  const names = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : on && typeof on === 'object' ? Object.keys(on) : [];
  return names.filter((n) => n === 'pull_request_target' || n === 'workflow_run').map((n) => `the workflow is triggered by ${n}`);
}

/** Every upload-artifact step replaces an artifact of the same name, so "Re-run failed jobs" can finish the run instead of failing on 409 Conflict. */
export function uploadOverwriteProblems(wf: Workflow): string[] {
  const out: string[] = [];
  for (const { step, where } of steps(wf)) {
    if (!step.uses?.startsWith('actions/upload-artifact@')) continue;
    const overwrite = step.with?.overwrite;
    if (overwrite !== true && overwrite !== 'true') out.push(`${where}: upload-artifact without overwrite: true (a rerun of this job fails on the artifact its first attempt left)`);
  }
  return out;
}

/**
 * Python in the workflow itself: `python -c`, a program fed on stdin (`python -`, a heredoc
 * into an interpreter), a `.py` script run from the workflow, or a `shell: python` step. The
 * workflow only wires actions; code an adopter would have to own goes into an action.
 */
export function inlinePythonProblems(wf: Workflow): string[] {
  const out: string[] = [];
  const interpreter = String.raw`(?:python[\d.]*|pypy[\d.]*)(?:\.exe)?`;
  const rules: [RegExp, string][] = [
    [new RegExp(String.raw`\b${interpreter}\b["']?\s+(?:-[A-Za-z]*\s+)*-[A-Za-z]*c\b`), 'runs python -c'],
    [new RegExp(String.raw`\b${interpreter}\b[^\n|;&]*\s-(?=\s|$)`), 'feeds a program to Python on stdin'],
    [new RegExp(String.raw`\b${interpreter}\b[^\n|;&]*<<`), 'feeds a heredoc to Python'],
    [/<<-?\s*['"]?(?:PY|PYTHON|EOF_PY)\b/i, 'holds a Python heredoc'],
    [/(?:^|[\s;&|(])\S*\.py(?=\s|$|["';)])/m, 'runs a .py script'],
  ];
  for (const { step, where } of steps(wf)) {
    if (typeof step.shell === 'string' && /^(python|pypy)/.test(step.shell)) out.push(`${where}: a shell: ${step.shell} step is inline Python`);
    if (typeof step.run !== 'string') continue;
    for (const [re, what] of rules) if (re.test(step.run)) out.push(`${where}: ${what}; move the code into an action`);
  }
  return out;
}

/** Every job below one that can be skipped (it has an `if:`) says when it runs: a skipped job skips all jobs after it unless they do (actions/runner#2205). */
export function skipPropagationProblems(wf: Workflow): string[] {
  const out: string[] = [];
  const conditional = new Set(Object.entries(wf.jobs).filter(([, job]) => job.if !== undefined).map(([id]) => id));
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const skippable = [...ancestors(wf, jobId)].filter((id) => conditional.has(id));
    if (skippable.length === 0) continue;
    const condition = job.if === undefined ? '' : String(job.if);
    if (!/\b(cancelled|always)\(\)/.test(condition)) {
      out.push(`jobs.${jobId} runs after ${skippable.join(', ')}, which can be skipped, and its if: has no !cancelled() (it would be skipped too)`);
    } else if (!needsOf(job).some((need) => condition.includes(`needs.${need}.result`))) {
      out.push(`jobs.${jobId}: if: ${condition} checks no needs.<job>.result, so it would run after a failure`);
    }
  }
  return out;
}

// ------------------------------------------------------------------- wiring

export interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, unknown>;
}

export function suiteActionSpec(name: string): ActionSpec {
  const spec = YAML.parse(readText(`actions/${name}/action.yml`)) as Partial<ActionSpec>;
  return { inputs: spec.inputs ?? {}, outputs: spec.outputs ?? {} };
}

/** Outputs of the third-party actions the workflows read. */
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'actions/setup-python': ['python-version', 'cache-hit', 'python-path'],
  'actions/setup-node': ['cache-hit', 'node-version'],
  'actions/upload-artifact': ['artifact-id', 'artifact-url', 'artifact-digest'],
  'actions/download-artifact': ['download-path'],
};

/** Outputs a `run:` step writes with `echo "name=…" >> "$GITHUB_OUTPUT"`. */
export function runStepOutputs(run: string): string[] {
  return [...run.matchAll(/echo\s+["']?([A-Za-z_][\w-]*)=[^\n]*>>\s*"?\$GITHUB_OUTPUT/g)].map((m) => m[1]!);
}

function stepOutputs(step: Step, specs: (name: string) => ActionSpec): string[] | undefined {
  const suite = suiteAction(step.uses);
  if (suite) return Object.keys(specs(suite).outputs);
  if (typeof step.run === 'string') return runStepOutputs(step.run);
  const repo = step.uses?.split('@')[0];
  return repo ? THIRD_PARTY_OUTPUTS[repo] : undefined;
}

/** Every string under `node` except scripts, with where it is. */
function* strings(node: Json | undefined, where: string): Generator<{ text: string; where: string }> {
  if (typeof node === 'string') yield { text: node, where };
  else if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* strings(v, `${where}[${i}]`);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) if (k !== 'run') yield* strings(v, `${where}.${k}`);
  }
}

/** The text of every expression in a string: `${{ … }}` bodies, or the whole string for `if:` (an implicit expression). */
function expressionsIn(text: string, implicit: boolean): string[] {
  const found = [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!);
  return found.length === 0 && implicit ? [text] : found;
}

const IDENT = '[A-Za-z_][\\w-]*';

function workflowInputs(wf: Workflow): string[] {
  const on = wf.on;
  if (!on || typeof on !== 'object' || Array.isArray(on)) return [];
  const names = new Set<string>();
  for (const trigger of ['workflow_dispatch', 'workflow_call']) {
    const spec = (on as Record<string, Json>)[trigger];
    if (spec && typeof spec === 'object' && !Array.isArray(spec) && spec.inputs && typeof spec.inputs === 'object') {
      for (const name of Object.keys(spec.inputs)) names.add(name);
    }
  }
  return [...names];
}

/**
 * The fields of a plan-verify leg (src/verification/plan.ts, PlannedLeg): what a matrix
 * `${{ fromJSON(needs.<plan job>.outputs.matrix) }}` holds. wiring.test.ts checks them
 * against a real plan.
 */
export const PLANNED_LEG_FIELDS = ['id', 'name', 'runs-on', 'python', 'python-setup', 'architecture', 'container', 'wheels', 'packages'];

/** `${{ fromJSON(needs.J.outputs.O) }}`: the job and output a matrix comes from. */
export function matrixSource(job: Job): { job: string; output: string } | undefined {
  const matrix = job.strategy?.matrix as Json | undefined;
  if (typeof matrix !== 'string') return undefined;
  const m = new RegExp(`^\\$\\{\\{\\s*fromJSON\\(\\s*needs\\.(${IDENT})\\.outputs\\.(${IDENT})\\s*\\)\\s*\\}\\}$`).exec(matrix);
  return m ? { job: m[1]!, output: m[2]! } : undefined;
}

/** The matrix keys of a job: written out, or those of a plan-verify leg when the matrix is a plan-verify job's matrix output. */
function matrixKeys(job: Job, wf: Workflow): Set<string> {
  const keys = new Set<string>();
  const source = matrixSource(job);
  if (source) {
    const output = wf.jobs[source.job]?.outputs?.[source.output];
    const step = /steps\.([\w-]+)\.outputs\.matrix\b/.exec(output ?? '')?.[1];
    const planned = (wf.jobs[source.job]?.steps ?? []).some((s) => s.id === step && suiteAction(s.uses) === 'plan-verify');
    return planned ? new Set(PLANNED_LEG_FIELDS) : keys;
  }
  const matrix = job.strategy?.matrix;
  if (!matrix || typeof matrix !== 'object') return keys;
  for (const [key, value] of Object.entries(matrix)) {
    if (key === 'include' && Array.isArray(value)) {
      for (const entry of value) if (entry && typeof entry === 'object' && !Array.isArray(entry)) for (const k of Object.keys(entry)) keys.add(k);
    } else if (key !== 'exclude') keys.add(key);
  }
  return keys;
}

/**
 * Every `needs.J.outputs.O`, `steps.S.outputs.O`, `inputs.I`, `env.E` and `matrix.M`
 * names something that exists where it is read; every suite action gets only
 * inputs it declares and every input it requires.
 */
export function wiringProblems(wf: Workflow, specs: (name: string) => ActionSpec = suiteActionSpec): string[] {
  const out: string[] = [];
  const inputs = new Set(workflowInputs(wf));
  const workflowEnv = new Set(Object.keys(wf.env ?? {}));
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const needs = needsOf(job);
    for (const need of needs) if (!wf.jobs[need]) out.push(`jobs.${jobId} needs ${need}, which does not exist`);
    const jobEnv = new Set([...workflowEnv, ...Object.keys(job.env ?? {})]);
    const matrix = matrixKeys(job, wf);
    const stepIds = (job.steps ?? []).map((s) => s.id);

    const checkExpr = (expr: string, where: string, env: Set<string>, visibleSteps: (string | undefined)[] | undefined) => {
      for (const m of expr.matchAll(new RegExp(`\\bneeds\\.(${IDENT})(?:\\.outputs\\.(${IDENT}))?`, 'g'))) {
        const [, need, output] = m;
        if (!needs.includes(need!)) out.push(`${where}: reads needs.${need} but jobs.${jobId} does not need ${need}`);
        else if (output && !(wf.jobs[need!]?.outputs && output in wf.jobs[need!]!.outputs!)) out.push(`${where}: jobs.${need} has no output ${output}`);
      }
      for (const m of expr.matchAll(new RegExp(`\\bsteps\\.(${IDENT})\\.(outputs\\.(${IDENT})|outcome|conclusion)`, 'g'))) {
        const [, id, , output] = m;
        if (visibleSteps === undefined) {
          out.push(`${where}: reads steps.${id} where no step context exists`);
          continue;
        }
        const index = visibleSteps.indexOf(id);
        if (index < 0) {
          out.push(`${where}: reads steps.${id}, which is not an earlier step of jobs.${jobId}`);
          continue;
        }
        if (output) {
          const declared = stepOutputs(job.steps![index]!, specs);
          if (declared && !declared.includes(output)) out.push(`${where}: step ${id} has no output ${output}`);
        }
      }
      for (const m of expr.matchAll(new RegExp(`\\binputs\\.(${IDENT})`, 'g'))) {
        if (!inputs.has(m[1]!)) out.push(`${where}: reads inputs.${m[1]}, which the workflow does not declare`);
      }
      for (const m of expr.matchAll(new RegExp(`\\benv\\.(${IDENT})`, 'g'))) {
        if (!env.has(m[1]!)) out.push(`${where}: reads env.${m[1]}, which is not set there`);
      }
      for (const m of expr.matchAll(new RegExp(`\\bmatrix\\.(${IDENT})`, 'g'))) {
        if (!matrix.has(m[1]!)) out.push(`${where}: reads matrix.${m[1]}, which jobs.${jobId}'s matrix does not define`);
      }
    };

    // Job-level fields (outputs may read every step; nothing else may read steps).
    const { steps: jobSteps, outputs, ...rest } = job;
    for (const { text, where } of strings(rest as Json, `jobs.${jobId}`)) {
      for (const expr of expressionsIn(text, where === `jobs.${jobId}.if`)) checkExpr(expr, where, workflowEnv, undefined);
    }
    for (const { text, where } of strings((outputs ?? {}) as Json, `jobs.${jobId}.outputs`)) {
      for (const expr of expressionsIn(text, false)) checkExpr(expr, where, jobEnv, stepIds);
    }
    (jobSteps ?? []).forEach((step, index) => {
      const where = stepWhere(jobId, index, step);
      const env = new Set([...jobEnv, ...Object.keys(step.env ?? {})]);
      const earlier = stepIds.slice(0, index);
      for (const { text, where: at } of strings(step as Json, where)) {
        // A step's own env values are evaluated before the step's env exists.
        const visibleEnv = at.startsWith(`${where}.env.`) ? jobEnv : env;
        for (const expr of expressionsIn(text, at === `${where}.if`)) checkExpr(expr, at, visibleEnv, earlier);
      }
      const suite = suiteAction(step.uses);
      if (suite) {
        const spec = specs(suite);
        for (const key of Object.keys(step.with ?? {})) if (!(key in spec.inputs)) out.push(`${where}: ${suite} has no input ${key}`);
        for (const [key, input] of Object.entries(spec.inputs)) {
          if (input.required && !(key in (step.with ?? {}))) out.push(`${where}: ${suite} requires input ${key}`);
        }
      }
    });
  }
  return out;
}

/** Jobs reachable through `needs`, transitively. */
export function ancestors(wf: Workflow, jobId: string): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    for (const need of needsOf(wf.jobs[id] ?? {})) if (!seen.has(need)) {
      seen.add(need);
      visit(need);
    }
  };
  visit(jobId);
  return seen;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** An artifact name with its expressions as wildcards: `verify-${{ matrix.os }}` → `verify-*`. */
function uploadedNamePattern(name: string): string {
  return name.replace(/\$\{\{[\s\S]*?\}\}/g, '*');
}

/** Artifacts pass between jobs: every download names (or matches) an upload of a job it runs after. */
export function artifactProblems(wf: Workflow): string[] {
  const out: string[] = [];
  const uploads: { jobId: string; name: string }[] = [];
  for (const { jobId, step, where } of steps(wf)) {
    if (step.uses?.startsWith('actions/upload-artifact@')) {
      const name = step.with?.name;
      if (typeof name !== 'string' || name === '') out.push(`${where}: upload-artifact without a name`);
      else uploads.push({ jobId, name });
    }
  }
  for (const { jobId, step, where } of steps(wf)) {
    if (!step.uses?.startsWith('actions/download-artifact@')) continue;
    const before = ancestors(wf, jobId);
    const name = step.with?.name;
    const pattern = step.with?.pattern;
    if (typeof name === 'string') {
      const from = uploads.filter((u) => u.name === name);
      if (from.length === 0) out.push(`${where}: no job uploads an artifact named ${name}`);
      else if (!from.some((u) => before.has(u.jobId))) out.push(`${where}: ${name} is uploaded by ${from.map((u) => u.jobId).join(', ')}, which jobs.${jobId} does not run after`);
    } else if (typeof pattern === 'string') {
      const re = globToRegExp(pattern);
      // A templated upload name matches when its literal parts fit the pattern.
      const from = uploads.filter((u) => re.test(uploadedNamePattern(u.name)) || re.test(uploadedNamePattern(u.name).replace(/\*/g, 'x')));
      if (from.length === 0) out.push(`${where}: no upload matches the pattern ${pattern}`);
      else if (!from.every((u) => before.has(u.jobId))) out.push(`${where}: ${pattern} matches uploads of jobs that jobs.${jobId} does not run after`);
    } else {
      out.push(`${where}: download-artifact without a name or pattern downloads everything`);
    }
  }
  return out;
}
