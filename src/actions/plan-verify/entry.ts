import { runAction } from '../shared/run.js';
import { readPlanVerifySettings } from './settings.js';

void runAction('plan-verify', async () => {
  const s = readPlanVerifySettings();
  // The work loads only once the inputs are valid, so a bad input fails fast.
  const { main } = await import('./main.js');
  await main(s);
});
