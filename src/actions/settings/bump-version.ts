import { InputError, Inputs, type InputSpecs } from '../inputs.js';
import { checkPep440, checkRefTemplate } from './common.js';

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
    base: i.optional('base'),
    branchTemplate: checkRefTemplate('branch', i.raw('branch')),
    tagTemplate: i.raw('tag-template'),
    commitMessage: i.raw('commit-message'),
    pullRequest: i.boolean('pull-request'),
    labels: i
      .raw('labels')
      .split(/[,\n]/)
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    allowDowngrade: i.boolean('allow-downgrade'),
    dryRun,
    repository: i.repository('repository'),
    token,
  };
}
