/** What a bump tells people: the pull request body and the terminal (the action's summary is built in its main). */
import { markdownCell, markdownCode, markdownCodeBlock, markdownTable } from '../../markup.js';
import { unifiedDiff, type BumpPlan } from '../../versions/index.js';

/** GitHub refuses pull request bodies over 65,536 characters; the diff is left out before that. */
const MAX_DIFF_IN_BODY = 40_000;

/** One row per changed file: path, where the version is, from → to. */
export function changesTable(plan: BumpPlan): string {
  return markdownTable(
    ['File', 'Where', 'Change'],
    plan.changes.map((c) => [markdownCode(c.path), markdownCell(c.describe), `${markdownCode(c.from)} → ${markdownCode(c.to)}`]),
  );
}

/** A fenced diff block; the fence is longer than any backtick run in the diff. */
export function diffBlock(plan: BumpPlan): string {
  return markdownCodeBlock(unifiedDiff(plan.changes), 'diff');
}

export function pullRequestBody(plan: BumpPlan, info: { base: string; tag: string }): string {
  const diff = diffBlock(plan);
  return [
    `Bumps the version from **${plan.previous}** to **${plan.next}** (tag \`${info.tag}\` once released).`,
    '',
    changesTable(plan),
    '',
    ...(diff.length <= MAX_DIFF_IN_BODY ? ['<details><summary>Diff</summary>', '', diff, '', '</details>', ''] : []),
    `Made by bump-version (python-release-actions) as one commit on \`${info.base}\`. ` +
      'Running the workflow again resets this branch to the base plus one fresh commit and updates this pull request.',
  ].join('\n');
}

/** For the terminal and the log: one line per file. */
export function changesText(plan: BumpPlan): string {
  const width = Math.max(...plan.changes.map((c) => c.path.length));
  return plan.changes.map((c) => `  ${c.path.padEnd(width)}  ${c.from} → ${c.to}  (${c.describe})`).join('\n');
}
