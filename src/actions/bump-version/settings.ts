// The two small modules, not bump/index.js: the entry loads the bump machinery only once the inputs are valid.
import { refNameProblem } from '../../commands/bump-version/ref-names.js';
import { fillTemplate, SAMPLE_VALUES } from '../../commands/bump-version/templates.js';
import { InputError, Inputs, type InputSpecs } from '../shared/inputs.js';
import { checkPep440 } from '../shared/checks.js';

export const BUMPS = ['major', 'minor', 'patch', 'pre', 'alpha', 'beta', 'rc', 'dev', 'post', 'release'] as const;
export type BumpKind = (typeof BUMPS)[number];

export const bumpVersionInputs: InputSpecs = {
  bump: {},
  version: {},
  files: {},
  scheme: { default: 'pep440' },
  base: {},
  branch: { default: 'release/v{version}' },
  'tag-template': { default: 'v{version}' },
  'commit-message': { default: 'Bump version to {version}' },
  'pull-request': { default: 'true' },
  labels: {},
  'allow-downgrade': { default: 'false' },
  'dry-run': { default: 'false' },
  repository: { github: 'repository' },
  token: { github: 'token' },
};

export interface BumpVersionSettings {
  bump?: BumpKind;
  version?: string;
  files?: string;
  scheme: 'pep440' | 'semver';
  base?: string;
  branchTemplate: string;
  tagTemplate: string;
  commitMessage: string;
  pullRequest: boolean;
  labels: string[];
  allowDowngrade: boolean;
  dryRun: boolean;
  repository: { owner: string; repo: string };
  token: string;
}

export function readBumpVersionSettings(env: NodeJS.ProcessEnv = process.env): BumpVersionSettings {
  const i = new Inputs(bumpVersionInputs, env);
  const scheme = i.choice('scheme', ['pep440', 'semver'] as const);
  const bump = i.optionalChoice('bump', BUMPS);
  const version = i.optional('version');
  if (bump && version) throw new InputError('bump', 'give either bump or version, not both', bump);
  if (!bump && !version) throw new InputError('bump', `give bump (${BUMPS.join(', ')}) or version`);
  if (version && scheme === 'pep440') checkPep440('version', version);
  const dryRun = i.boolean('dry-run');
  const token = i.raw('token');
  if (!dryRun && token === '') throw new InputError('token', 'give a GitHub token with contents:write and pull-requests:write');
  return {
    bump,
    version,
    files: i.optional('files'),
    scheme,
    base: checkBranchInput('base', i.optional('base')),
    branchTemplate: checkNameTemplate('branch', i.raw('branch'), 'branch', 'release/v{version}'),
    tagTemplate: checkTagTemplate(i.raw('tag-template')),
    commitMessage: i.raw('commit-message'),
    pullRequest: i.boolean('pull-request'),
    labels: labelList(i.raw('labels')),
    allowDowngrade: i.boolean('allow-downgrade'),
    dryRun,
    repository: i.repository('repository'),
    token,
  };
}

/**
 * A branch or tag template that gives a name git accepts for a sample
 * version; bump-version checks the name again with the real version, which
 * the settings do not know yet.
 */
function checkNameTemplate(input: string, template: string, kind: 'branch' | 'tag', example: string): string {
  const sample = fillTemplate(template, SAMPLE_VALUES);
  const problem = refNameProblem(sample);
  if (problem) {
    throw new InputError(
      input,
      `use a template that gives a valid git ${kind} name, such as ${example} ({version} is replaced by the new version); ` +
        `for version ${SAMPLE_VALUES.version} it gives ${JSON.stringify(sample)}, and ${problem}`,
      template,
    );
  }
  return template;
}

/** A branch name given as is (not a template); undefined stays undefined (the repository's default branch). */
function checkBranchInput(input: string, name: string | undefined): string | undefined {
  const problem = name === undefined ? undefined : refNameProblem(name);
  if (problem) throw new InputError(input, `use a branch name such as main (this one is not valid: ${problem})`, name);
  return name;
}

/** The tag is an output create-release makes later: a bad or constant one would only fail there, after the bump is written. */
function checkTagTemplate(template: string): string {
  if (!template.includes('{version}')) {
    throw new InputError('tag-template', 'use a template with {version}, such as v{version}: every release needs a tag of its own', template);
  }
  return checkNameTemplate('tag-template', template, 'tag', 'v{version}');
}

/** GitHub's limit on a label name; longer names fail with "name is too long (maximum is 50 characters)". */
const MAX_LABEL_CHARS = 50;

/**
 * Labels separated by commas or lines. Blank entries (a trailing comma, the
 * last newline of a YAML block) are dropped, not labels. GitHub refuses a long
 * label only when the pull request is labelled, after the branch and pull
 * request exist, so the limit is checked here.
 */
function labelList(raw: string): string[] {
  const labels = raw
    .split(/[,\n]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const label of labels) {
    // GitHub counts characters, not UTF-16 units: an emoji is one.
    const length = [...label].length;
    if (length > MAX_LABEL_CHARS) {
      throw new InputError(
        'labels',
        `the label ${JSON.stringify(label)} has ${length} characters, and GitHub allows at most ${MAX_LABEL_CHARS}; shorten it ` +
          `(labels are separated by commas or new lines)`,
        raw,
      );
    }
  }
  return labels;
}
