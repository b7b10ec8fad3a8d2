import { NotImplementedYet, runAction } from './run.js';
import { readVerifyInstallSettings } from './settings/verify-install.js';

void runAction('verify-install', async () => {
  readVerifyInstallSettings();
  throw new NotImplementedYet('verify-install');
});
