import { NotImplementedYet, runAction } from './run.js';
import { readBumpVersionSettings } from './settings/bump-version.js';

void runAction('bump-version', async () => {
  readBumpVersionSettings();
  throw new NotImplementedYet('bump-version');
});
