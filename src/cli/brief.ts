/**
 * `pyrelease brief`: the one page an approver decides from. The release
 * workflow runs it in the job just before the `pypi` approval gate (and again
 * after the release, as the closing record). It reads the manifest of what is
 * on the index and the result file each verify leg wrote, and renders version,
 * commit, pull request, draft release, the wheel table (size, sha256) and the
 * verify matrix (result and what each leg installed) as Markdown for
 * $GITHUB_STEP_SUMMARY.
 *
 * With --require-pass it exits 1 when anything an approver would need to be
 * true is not (a failed or missing leg, a wheel outside the manifest), so the
 * gate job never starts on an incomplete verification.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { assessBrief, readLegResults, renderBrief, type BriefInput } from '../commands/approval-brief/brief.js';
import { runLinks } from '../commands/approval-brief/links.js';
import { readManifest } from '../distributions/manifest.js';
import { UserError } from '../errors.js';
import { parseJsonText, parsePlan, type VerifyPlan } from '../verification/plan.js';
import { parseCommandLine, usageLine, USAGE_EXIT } from './args.js';
import { annotate, err, out } from './print.js';

const USAGE = `usage: pyrelease brief --manifest FILE [options]

Writes the approval brief (the page an approver decides from) as Markdown to
--output, else appended to $GITHUB_STEP_SUMMARY, else to stdout.

  --manifest FILE        the manifest of the files on the index (required)
  --results DIR          the verify legs' result files (*.json, searched recursively)
  --plan FILE            plan-verify's plan (pyrelease plan-verify --json): which leg
                         installs which wheel, and which wheels no runner can install
  --expect-legs N        how many legs the verify matrix has; fewer results is a problem
  --verify-result R      the verify job's result (needs.<job>.result)
  --version V, --tag T, --commit SHA, --pull-request URL, --release-url URL
                         the release facts shown at the top
  --draft                the release is still a draft
  --index NAME           testpypi (default) or pypi: where the legs installed from
  --gate ENVIRONMENT     the environment whose approval this brief prepares
  --title TEXT           the heading (default "Release brief")
  --output FILE          write here instead of the step summary
  --require-pass         exit 1 unless everything an approver needs holds: every
                         leg passed, and every wheel of the manifest was installed
                         by one (or is declared not verifiable by the plan)
  -h, --help             this text
`;

export async function briefCommand(argv: string[]): Promise<number> {
  const parsed = parseCommandLine('brief', USAGE, {
    args: argv,
    options: {
      manifest: { type: 'string' },
      results: { type: 'string' },
      plan: { type: 'string' },
      'expect-legs': { type: 'string' },
      'verify-result': { type: 'string' },
      version: { type: 'string' },
      tag: { type: 'string' },
      commit: { type: 'string' },
      'pull-request': { type: 'string' },
      'release-url': { type: 'string' },
      draft: { type: 'boolean', default: false },
      index: { type: 'string', default: 'testpypi' },
      gate: { type: 'string' },
      title: { type: 'string', default: 'Release brief' },
      output: { type: 'string' },
      'require-pass': { type: 'boolean', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  if (!v.manifest) {
    err(usageLine('brief', '--manifest is required'));
    return USAGE_EXIT;
  }
  let expectLegs: number | undefined;
  if (v['expect-legs'] !== undefined && v['expect-legs'] !== '') {
    if (!/^\d+$/.test(v['expect-legs'])) {
      err(usageLine('brief', `--expect-legs must be a whole number, got '${v['expect-legs']}'`));
      return USAGE_EXIT;
    }
    expectLegs = Number(v['expect-legs']);
  }
  const env = process.env;
  const { repositoryUrl, runUrl } = runLinks(env);
  const nonEmpty = (s: string | undefined) => (s ? s : undefined);
  const input: BriefInput = {
    title: v.title!,
    manifest: await readManifest(v.manifest),
    legs: v.results ? await readLegResults(v.results) : [],
    version: nonEmpty(v.version),
    tag: nonEmpty(v.tag),
    commit: nonEmpty(v.commit),
    pullRequestUrl: nonEmpty(v['pull-request']),
    releaseUrl: nonEmpty(v['release-url']),
    draft: v.draft,
    runUrl,
    repositoryUrl,
    index: v.index!,
    expectLegs,
    verifyResult: nonEmpty(v['verify-result']),
    gate: nonEmpty(v.gate),
    ...(v.plan ? { plan: await readPlan(v.plan) } : {}),
  };
  const markdown = renderBrief(input);
  if (v.output) {
    await writeFile(v.output, markdown, 'utf8');
  } else if (env.GITHUB_STEP_SUMMARY) {
    await appendFile(env.GITHUB_STEP_SUMMARY, markdown, 'utf8');
  } else {
    out(markdown);
  }
  const verdict = assessBrief(input);
  const level = v['require-pass'] ? 'error' : 'warning';
  for (const problem of verdict.problems) {
    // On a runner each problem becomes an annotation on the run page, beside the summary.
    annotate(level, problem);
  }
  return v['require-pass'] && !verdict.ready ? 1 : 0;
}

async function readPlan(path: string): Promise<VerifyPlan> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UserError(`Cannot read the plan ${path}: ${error instanceof Error ? error.message : String(error)}. Pass the file pyrelease plan-verify --json wrote.`);
  }
  return parsePlan(parseJsonText(text, `The plan ${path}`), `The plan ${path}`);
}
