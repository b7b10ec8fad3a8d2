import { registerSecrets } from '../shared/print.js';
import { runAction } from '../shared/run.js';
import { pypiPublishSecrets, readPypiPublishSettings } from './settings.js';

void runAction('pypi-publish', async () => {
  // Masked before anything else runs, so no later line can print them.
  registerSecrets(pypiPublishSecrets());
  const s = readPypiPublishSettings();
  // The work and its dependencies load only once the inputs are valid, so a bad
  // input fails fast without paying for them.
  const { main } = await import('./main.js');
  await main(s);
});
