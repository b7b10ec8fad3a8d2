import { NotImplementedYet, runAction } from './run.js';
import { readFetchWheelsSettings } from './settings/fetch-wheels.js';

void runAction('fetch-wheels', async () => {
  readFetchWheelsSettings();
  throw new NotImplementedYet('fetch-wheels');
});
