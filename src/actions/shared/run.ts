import { sweepDeadBuffersPromptly } from '../../buffer-sweeping.js';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { guardForeignOutput } from './foreign-output.js';
import { debug, fail, printLogger, registerSecrets } from './print.js';

/** The domain's Logger, written through the printer (src/actions/shared/print.ts). */
export const actionLogger: Logger = printLogger;

/**
 * Runs an action body. A UserError (bad input, a refused release) becomes the
 * step's single `::error::` line; anything else is a bug in this suite, reported
 * as such with its stack in the debug log. From the start, whatever the
 * libraries print themselves is treated as untrusted (foreign-output.ts).
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  guardForeignOutput();
  sweepDeadBuffersPromptly();
  // The runner's own credentials: an answer that echoes one must not carry it into a summary or a file.
  registerSecrets([process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, process.env.ACTIONS_RUNTIME_TOKEN]);
  // Node exits 0 once nothing is left to run, even with the body still waiting (a callback that
  // never comes): the runner would count a step that never finished as passed.
  let settled = false;
  const stalled = (): void => {
    if (settled) return;
    settled = true;
    fail(`${name} stopped before it finished: it was waiting for something that can no longer happen (a bug in python-release-actions, please report it). What it did is in the log above; nothing after that ran.`);
  };
  process.on('beforeExit', stalled);
  try {
    await body();
  } catch (err) {
    if (err instanceof UserError) {
      fail(err.message);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      debug(e.stack ?? e.message);
      fail(`${name} failed unexpectedly (a bug in python-release-actions, please report it): ${e.message}`);
    }
  } finally {
    settled = true;
    process.off('beforeExit', stalled);
  }
}
