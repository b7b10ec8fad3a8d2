import * as core from '@actions/core';
import { bumpOnGitHub, changesText, type GitHubBumpOutcome } from '../../commands/bump-version/index.js';
import { createGitHubClient } from '../../github/client.js';
import { unifiedDiff } from '../../versions/index.js';
import { endGroup, info, setOutput, startGroup } from '../shared/print.js';
import { actionLogger } from '../shared/run.js';
import * as html from '../shared/summary.js';
import type { BumpVersionSettings } from './settings.js';

async function writeSummary(out: GitHubBumpOutcome, repoUrl: string): Promise<void> {
  const { plan } = out;
  const summary = core.summary.addHeading(html.text(`bump-version: ${plan.previous} → ${plan.next}`), 2);
  if (out.dryRun) summary.addRaw(html.paragraph('<strong>Dry run: nothing was written.</strong> This is the change a real run would commit.'), true);
  summary.addTable([html.header('File', 'Where', 'Change'), ...plan.changes.map((c) => [html.code(c.path), html.text(c.describe), `${html.code(c.from)} → ${html.code(c.to)}`])]);
  const branchUrl = `${repoUrl}/tree/${out.branch.split('/').map(encodeURIComponent).join('/')}`;
  const facts: [string, string][] = [
    ['Base', `${html.code(out.base)} at ${html.code(out.baseSha.slice(0, 12))}`],
    ['Branch', out.dryRun ? `${html.code(out.branch)} (not created)` : html.link(branchUrl, html.code(out.branch))],
    ['Tag', html.code(out.tag)],
  ];
  if (out.commitSha) {
    facts.push(['Commit', `${html.link(`${repoUrl}/commit/${out.commitSha}`, html.code(out.commitSha.slice(0, 12)))}${out.commitReused ? ' (kept: the branch already held this bump)' : ''}`]);
  }
  if (out.pullRequest) {
    facts.push(['Pull request', `${html.link(out.pullRequest.url, html.text(`#${out.pullRequest.number}`))} (${out.pullRequest.created ? 'opened' : 'updated'})`]);
  } else if (!out.dryRun) {
    facts.push(['Pull request', 'none (pull-request: false)']);
  }
  summary.addTable(html.factsTable(facts));
  if (out.dryRun) summary.addCodeBlock(html.text(unifiedDiff(plan.changes)), 'diff');
  await summary.write();
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
  await writeSummary(out, `${server}/${s.repository.owner}/${s.repository.repo}`);
}
