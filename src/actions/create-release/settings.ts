import { refNameProblem } from '../../commands/bump-version/ref-names.js';
import { InputError, Inputs, type InputSpecs } from '../shared/inputs.js';
import { checkPep440, checkSha, existingFile } from '../shared/checks.js';

export const createReleaseInputs: InputSpecs = {
  'commit-sha': {},
  version: {},
  tag: {},
  name: {},
  notes: {},
  'notes-file': {},
  changelog: {},
  'generate-notes': { default: 'false' },
  'previous-tag': {},
  draft: { default: 'true' },
  prerelease: { default: 'auto' },
  'make-latest': { default: 'auto' },
  assets: {},
  'overwrite-assets': { default: 'false' },
  'require-checks': {},
  'checks-timeout': { default: '0' },
  publish: { default: 'false' },
  repository: { github: 'repository' },
  token: { github: 'token' },
};

export interface CreateReleaseSettings {
  commitSha: string;
  version?: string;
  tag: string;
  name?: string;
  notes?: string;
  notesFile?: string;
  changelog?: string;
  generateNotes: boolean;
  previousTag?: string;
  draft: boolean;
  prerelease: 'true' | 'false' | 'auto';
  makeLatest: 'true' | 'false' | 'legacy' | 'auto';
  assets: string[];
  overwriteAssets: boolean;
  requireChecks: string[];
  checksTimeoutSeconds: number;
  publish: boolean;
  repository: { owner: string; repo: string };
  token: string;
}

export function readCreateReleaseSettings(env: NodeJS.ProcessEnv = process.env): CreateReleaseSettings {
  const i = new Inputs(createReleaseInputs, env);
  const commitSha = checkSha('commit-sha', i.required('commit-sha', 'give the full SHA of the commit to release'));
  const version = i.optional('version');
  if (version) checkPep440('version', version);
  const tag = i.optional('tag') ?? (version ? `v${version}` : undefined);
  if (!tag) throw new InputError('tag', 'give tag, or version to derive the tag v{version}');
  // Checked here, so a name GitHub or git would refuse fails before any release or asset is written, not part-way through.
  checkTagInput('tag', tag);
  const notesFile = i.optional('notes-file');
  const changelog = i.optional('changelog');
  const token = i.required('token', 'give a GitHub token with contents:write');
  return {
    commitSha,
    version,
    tag,
    name: i.optional('name'),
    notes: i.optional('notes'),
    notesFile: notesFile ? existingFile('notes-file', notesFile, env) : undefined,
    changelog: changelog ? existingFile('changelog', changelog, env) : undefined,
    generateNotes: i.boolean('generate-notes'),
    previousTag: checkTagInput('previous-tag', i.optional('previous-tag')),
    draft: i.boolean('draft'),
    prerelease: i.choice('prerelease', ['true', 'false', 'auto'] as const),
    makeLatest: i.choice('make-latest', ['true', 'false', 'legacy', 'auto'] as const),
    assets: i.lines('assets'),
    overwriteAssets: i.boolean('overwrite-assets'),
    requireChecks: i.lines('require-checks'),
    checksTimeoutSeconds: i.duration('checks-timeout'),
    publish: i.boolean('publish'),
    repository: i.repository('repository'),
    token,
  };
}

function checkTagInput(input: string, tag: string | undefined): string | undefined {
  const problem = tag === undefined ? undefined : refNameProblem(tag);
  if (problem) throw new InputError(input, `use a valid git tag name such as v1.2.0 (this one is not: ${problem})`, tag);
  return tag;
}
