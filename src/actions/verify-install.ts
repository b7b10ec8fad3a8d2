import { runAction } from './run.js';
import { readVerifyInstallSettings } from './settings/verify-install.js';

void runAction('verify-install', async () => {
  const s = readVerifyInstallSettings();
  // The work and its dependencies load only once the inputs are valid, so a bad
  // input fails fast without paying for them.
  const { main } = await import('./verify-install/main.js');
  await main(s);
});
