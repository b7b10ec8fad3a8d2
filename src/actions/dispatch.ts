import * as core from '@actions/core';
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError } from './shared/inputs.js';
import { runAction } from './shared/run.js';

/**
 * The root action: `uses: owner/python-release-actions@v1` with `action: NAME`
 * runs that action's bundle in this process. Each bundle is loaded from
 * dist/<name>/index.js beside this one, so no code is duplicated.
 */
export const ACTIONS = ['approval-brief', 'bump-version', 'create-release', 'fetch-wheels', 'plan-verify', 'pypi-publish', 'verify-install'] as const;
/** Actions that talk to GitHub and default their token to the workflow's. */
const GITHUB_ACTIONS = new Set(['bump-version', 'create-release', 'fetch-wheels']);

void runAction('python-release-actions', async () => {
  const name = core.getInput('action');
  if (!(ACTIONS as readonly string[]).includes(name)) {
    throw new InputError('action', `use one of ${ACTIONS.join(', ')}`, name);
  }
  // The root manifest cannot give `token` one default for all actions (pypi-publish
  // must see an empty token to use trusted publishing), so it carries the
  // workflow token separately and hands it only to the GitHub actions.
  if (GITHUB_ACTIONS.has(name) && !process.env['INPUT_TOKEN']) {
    process.env['INPUT_TOKEN'] = process.env['INPUT_GITHUB-TOKEN'] ?? '';
  }
  if (GITHUB_ACTIONS.has(name) && !process.env['INPUT_REPOSITORY']) {
    process.env['INPUT_REPOSITORY'] = process.env.GITHUB_REPOSITORY ?? '';
  }
  // Joined from parts at run time so the bundler neither inlines the sibling
  // bundles nor copies files it guesses the pattern could match.
  const bundle = [dirname(fileURLToPath(import.meta.url)), '..', name, 'index.js'].join(sep);
  await import(/* webpackIgnore: true */ pathToFileURL(bundle).href);
});
