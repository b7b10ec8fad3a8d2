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
import { appendFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { assessBrief, readLegResults, renderBrief, type BriefInput } from '../commands/approval-brief/brief.js';
import { readManifest } from '../distributions/manifest.js';
import { annotate, err, out } from './print.js';

const USAGE = `usage: pyrelease brief --manifest FILE [--results DIR] [--expect-legs N] [--verify-result RESULT]
                      [--version V] [--tag T] [--commit SHA] [--pull-request URL] [--release-url URL] [--draft]
                      [--index testpypi|pypi] [--gate ENVIRONMENT] [--title TEXT] [--output FILE] [--require-pass]

Writes the release brief as Markdown to --output, else appended to $GITHUB_STEP_SUMMARY, else stdout.
`;

export async function briefCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        manifest: { type: 'string' },
        results: { type: 'string' },
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
  } catch (error) {
    err(`pyrelease brief: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const v = parsed.values;
  if (!v.manifest) {
    err(`pyrelease brief: --manifest is required.\n\n${USAGE}`);
    return 2;
  }
  let expectLegs: number | undefined;
  if (v['expect-legs'] !== undefined && v['expect-legs'] !== '') {
    if (!/^\d+$/.test(v['expect-legs'])) {
      err(`pyrelease brief: --expect-legs must be a whole number, got '${v['expect-legs']}'.\n`);
      return 2;
    }
    expectLegs = Number(v['expect-legs']);
  }
  const env = process.env;
  const repositoryUrl = env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}` : undefined;
  const runUrl = repositoryUrl && env.GITHUB_RUN_ID ? `${repositoryUrl}/actions/runs/${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}` : undefined;
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
