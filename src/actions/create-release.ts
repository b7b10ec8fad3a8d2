import { NotImplementedYet, runAction } from './run.js';
import { readCreateReleaseSettings } from './settings/create-release.js';

void runAction('create-release', async () => {
  readCreateReleaseSettings();
  throw new NotImplementedYet('create-release');
});
