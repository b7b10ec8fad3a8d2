import * as core from '@actions/core';
import { bumpOnGitHub, changesTable, changesText, diffBlock, type GitHubBumpOutcome } from '../../commands/bump-version/index.js';
import { cell } from '../../commands/bump-version/report.js';
import { createGitHubClient } from '../../github/client.js';
import { unifiedDiff } from '../../versions/index.js';
import { endGroup, info, setOutput, startGroup } from '../shared/print.js';
import { actionLogger } from '../shared/run.js';
import type { BumpVersionSettings } from './settings.js';

function summaryMarkdown(out: GitHubBumpOutcome, repoUrl: string): string {
  const { plan } = out;
  const lines = [`## bump-version: ${plan.previous} → ${plan.next}`, ''];
  if (out.dryRun) lines.push('**Dry run: nothing was written.** This is the change a real run would commit.', '');
  lines.push(changesTable(plan), '');
  const branchUrl = `${repoUrl}/tree/${out.branch.split('/').map(encodeURIComponent).join('/')}`;
  const facts: [string, string][] = [
    ['Base', `\`${cell(out.base)}\` at \`${out.baseSha.slice(0, 12)}\``],
    ['Branch', out.dryRun ? `\`${cell(out.branch)}\` (not created)` : `[\`${cell(out.branch)}\`](${branchUrl})`],
    ['Tag', `\`${cell(out.tag)}\``],
  ];
  if (out.commitSha) {
    facts.push(['Commit', `[\`${out.commitSha.slice(0, 12)}\`](${repoUrl}/commit/${out.commitSha})${out.commitReused ? ' (kept: the branch already held this bump)' : ''}`]);
  }
  if (out.pullRequest) {
    facts.push(['Pull request', `[#${out.pullRequest.number}](${out.pullRequest.url}) (${out.pullRequest.created ? 'opened' : 'updated'})`]);
  } else if (!out.dryRun) {
    facts.push(['Pull request', 'none (pull-request: false)']);
  }
  lines.push('| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${v} |`), '');
  if (out.dryRun) lines.push(diffBlock(plan), '');
  return lines.join('\n');
}

/** Runs bump-version with validated settings; loaded by the entry only once the inputs are valid. */
export async function main(s: BumpVersionSettings): Promise<void> {
  const gh = createGitHubClient({ token: s.token, log: actionLogger });
  const out = await bumpOnGitHub(
    gh,
    {
      repo: s.repository,
      base: s.base,
      bump: s.bump,
      version: s.version,
      files: s.files,
      scheme: s.scheme,
      allowDowngrade: s.allowDowngrade,
      branchTemplate: s.branchTemplate,
      tagTemplate: s.tagTemplate,
      commitMessage: s.commitMessage,
      pullRequest: s.pullRequest,
      labels: s.labels,
      dryRun: s.dryRun,
    },
    actionLogger,
  );

  const { plan } = out;
  // The diff shows lines of the project's files: untrusted text, printed like any other.
  info(`${plan.previous} → ${plan.next}\n${changesText(plan)}`);
  startGroup('Diff');
  info(unifiedDiff(plan.changes));
  endGroup();
  if (out.dryRun) info('Dry run: nothing was written.');

  setOutput('version', plan.next);
  setOutput('previous-version', plan.previous);
  setOutput('tag', out.tag);
  setOutput('branch', out.branch);
  setOutput('commit-sha', out.commitSha ?? '');
  setOutput('pull-request-number', out.pullRequest ? String(out.pullRequest.number) : '');
  setOutput('pull-request-url', out.pullRequest?.url ?? '');
  setOutput('changed-files', JSON.stringify(plan.changes.map((c) => c.path)));

  const server = (process.env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  await core.summary.addRaw(summaryMarkdown(out, `${server}/${s.repository.owner}/${s.repository.repo}`)).write();
}
