/** approval-brief: the brief as the job summary, its verdict as outputs and annotations, and a failed step when not ready. */
import * as core from '@actions/core';
import * as print from '../shared/print.js';
import { assessBrief, readLegResults, renderBrief, type BriefInput } from '../../commands/approval-brief/brief.js';
import { runLinks } from '../../commands/approval-brief/links.js';
import { readManifest } from '../../distributions/manifest.js';
import { UserError } from '../../errors.js';
import type { ApprovalBriefSettings } from './settings.js';

export async function main(s: ApprovalBriefSettings): Promise<void> {
  const input: BriefInput = {
    title: s.title,
    manifest: await readManifest(s.manifest),
    legs: await readLegResults(s.results),
    ...(s.version ? { version: s.version } : {}),
    ...(s.tag ? { tag: s.tag } : {}),
    ...(s.commitSha ? { commit: s.commitSha } : {}),
    ...(s.pullRequestUrl ? { pullRequestUrl: s.pullRequestUrl } : {}),
    ...(s.releaseUrl ? { releaseUrl: s.releaseUrl } : {}),
    draft: s.draft,
    ...runLinks(process.env),
    index: s.index,
    ...(s.expectLegs !== undefined ? { expectLegs: s.expectLegs } : {}),
    ...(s.verifyResult ? { verifyResult: s.verifyResult } : {}),
    ...(s.gate ? { gate: s.gate } : {}),
    plan: s.plan,
  };
  print.info(`${input.legs.length} result file(s) under ${s.results}; ${input.manifest.files.length} file(s) in the manifest.`);
  await core.summary.addRaw(renderBrief(input)).write();
  const verdict = assessBrief(input);
  print.setOutput('ready', String(verdict.ready));
  print.setOutput('problems', JSON.stringify(verdict.problems));
  // Each problem is an annotation on the run page, beside the summary.
  for (const problem of verdict.problems) (s.requirePass ? print.error : print.warning)(problem);
  if (verdict.ready) {
    print.info('Ready: every leg passed and every wheel was installed (or is declared not verifiable).');
  } else if (s.requirePass) {
    throw new UserError(
      `Not ready for approval: ${verdict.problems.length} problem(s), listed above and in the job summary.${s.gate ? ` Do not approve the ${s.gate} deployment; reject it and fix the cause.` : ''}`,
    );
  }
}
