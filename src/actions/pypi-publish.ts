import { NotImplementedYet, runAction } from './run.js';
import { readPypiPublishSettings } from './settings/pypi-publish.js';

void runAction('pypi-publish', async () => {
  readPypiPublishSettings();
  throw new NotImplementedYet('pypi-publish');
});
