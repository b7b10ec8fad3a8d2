import { registerSecret, registerSecrets } from '../shared/print.js';
import { runAction } from '../shared/run.js';
import { fetchWheelsSecrets, readFetchWheelsSettings } from './settings.js';

void runAction('fetch-wheels', async () => {
  // Masked before anything else runs, so no later line can print them.
  registerSecrets(fetchWheelsSecrets());
  const s = readFetchWheelsSettings();
  registerSecret(s.token);
  // The work and its dependencies load only once the inputs are valid, so a bad
  // input fails fast without paying for them.
  const { main } = await import('./main.js');
  await main(s);
});
