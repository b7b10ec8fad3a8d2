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
  // The runner's own credentials: an answer that echoes one must not carry it into a summary or a file.
  registerSecrets([process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, process.env.ACTIONS_RUNTIME_TOKEN]);
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
  }
}
