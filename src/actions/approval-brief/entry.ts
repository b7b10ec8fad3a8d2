import { runAction } from '../shared/run.js';
import { readApprovalBriefSettings } from './settings.js';

void runAction('approval-brief', async () => {
  const s = readApprovalBriefSettings();
  const { main } = await import('./main.js');
  await main(s);
});
