import { UserError } from '../../errors.js';
import { parseJsonText, parsePlannedLegs, parseUnverifiable, type PlannedLeg, type UnverifiableWheel } from '../../verification/plan.js';
import { checkPep440, checkSha, existingFile, workspacePath } from '../shared/checks.js';
import { InputError, Inputs, parseHttpUrl, type InputSpecs } from '../shared/inputs.js';

export const approvalBriefInputs: InputSpecs = {
  manifest: {},
  results: { default: 'verify-results' },
  matrix: {},
  unverifiable: {},
  'expect-legs': {},
  'verify-result': {},
  version: {},
  tag: {},
  'commit-sha': {},
  'pull-request-url': {},
  'release-url': {},
  draft: { default: 'false' },
  index: { default: 'testpypi' },
  gate: {},
  title: { default: 'Approval brief' },
  'require-pass': { default: 'true' },
};

export interface ApprovalBriefSettings {
  manifest: string;
  results: string;
  plan: { include?: PlannedLeg[]; unverifiable?: UnverifiableWheel[] };
  expectLegs?: number;
  verifyResult?: string;
  version?: string;
  tag?: string;
  commitSha?: string;
  pullRequestUrl?: string;
  releaseUrl?: string;
  draft: boolean;
  index: 'testpypi' | 'pypi';
  gate?: string;
  title: string;
  requirePass: boolean;
}

/** A JSON input from another job's output, read as what plan-verify wrote, or an error naming the input. */
function jsonInput<T>(i: Inputs, name: string, read: (data: unknown, where: string) => T): T | undefined {
  const text = i.optional(name);
  if (text === undefined) return undefined;
  try {
    return read(parseJsonText(text, `Input '${name}'`), `Input '${name}'`);
  } catch (err) {
    if (err instanceof UserError) throw new UserError(`${err.message} (give plan-verify's ${name} output as it is)`);
    throw err;
  }
}

export function readApprovalBriefSettings(env: NodeJS.ProcessEnv = process.env): ApprovalBriefSettings {
  const i = new Inputs(approvalBriefInputs, env);
  const manifest = existingFile('manifest', i.required('manifest', 'give the path of the manifest of the files on the index'), env);
  const include = jsonInput(i, 'matrix', parsePlannedLegs);
  const unverifiable = jsonInput(i, 'unverifiable', parseUnverifiable);
  // Without the plan's legs nothing is declared unverifiable: every wheel must then be installed.
  if (unverifiable && !include) throw new InputError('unverifiable', "give plan-verify's matrix with it (matrix), or leave both out", i.optional('unverifiable') ?? '');
  const version = i.optional('version');
  if (version) checkPep440('version', version);
  const commitSha = i.optional('commit-sha');
  const url = (name: string) => {
    const v = i.optional(name);
    return v === undefined ? undefined : parseHttpUrl(name, v).href;
  };
  const verifyResult = i.optional('verify-result');
  if (verifyResult && !['success', 'failure', 'cancelled', 'skipped'].includes(verifyResult)) {
    throw new InputError('verify-result', 'use the job result: success, failure, cancelled or skipped (needs.<job>.result)', verifyResult);
  }
  const title = i.required('title', 'give a heading for the brief');
  if (/[\r\n]/.test(title)) throw new InputError('title', 'use one line', title);
  return {
    manifest,
    results: workspacePath(i.required('results', 'give the directory of the result files'), env),
    plan: { ...(include ? { include } : {}), ...(unverifiable ? { unverifiable } : {}) },
    expectLegs: i.optionalInteger('expect-legs', { min: 1, max: 1024 }),
    verifyResult,
    version,
    tag: i.optional('tag'),
    commitSha: commitSha ? checkSha('commit-sha', commitSha) : undefined,
    pullRequestUrl: url('pull-request-url'),
    releaseUrl: url('release-url'),
    draft: i.boolean('draft'),
    index: i.choice('index', ['testpypi', 'pypi'] as const),
    gate: i.optional('gate'),
    title,
    requirePass: i.boolean('require-pass'),
  };
}
