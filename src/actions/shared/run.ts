import * as core from '@actions/core';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';

/** The domain's Logger, written through the runner's workflow commands. */
export const actionLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
};

/**
 * Runs an action body. A UserError (bad input, a refused release) becomes the
 * step's single `::error::` line; anything else is a bug in this suite, reported
 * as such with its stack in the debug log.
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof UserError) {
      core.setFailed(err.message);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      core.debug(e.stack ?? e.message);
      core.setFailed(`${name} failed unexpectedly (a bug in python-release-actions, please report it): ${e.message}`);
    }
  }
}
