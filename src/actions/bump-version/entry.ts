import { inputEnvName } from '../shared/inputs.js';
import { registerSecrets } from '../shared/print.js';
import { runAction } from '../shared/run.js';
import { readBumpVersionSettings } from './settings.js';

void runAction('bump-version', async () => {
  // Masked before anything else runs, so no later line can print them: the token input, and the workflow's token it defaults to.
  registerSecrets([process.env[inputEnvName('token')], process.env.GITHUB_TOKEN]);
  const s = readBumpVersionSettings();
  // The work and its dependencies load only once the inputs are valid, so a bad
  // input fails fast without paying for them.
  const { main } = await import('./main.js');
  await main(s);
});
