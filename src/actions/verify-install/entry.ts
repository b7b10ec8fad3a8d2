import { registerSecrets } from '../shared/print.js';
import { runAction } from '../shared/run.js';
import { readVerifyInstallSettings, verifyInstallSecrets } from './settings.js';

void runAction('verify-install', async () => {
  // Masked before anything reads the inputs, so no later line (an input error included) can print them.
  registerSecrets(verifyInstallSecrets());
  const s = readVerifyInstallSettings();
  // The work and its dependencies load only once the inputs are valid, so a bad
  // input fails fast without paying for them.
  const { main } = await import('./main.js');
  await main(s);
});
