import { parseRunnerOverrides, type RunnerKind, type RunsOn } from '../../commands/plan-verify/index.js';
import { UserError } from '../../errors.js';
import { existingFile } from '../shared/checks.js';
import { InputError, Inputs, type InputSpecs } from '../shared/inputs.js';

export const planVerifyInputs: InputSpecs = {
  manifest: {},
  runners: {},
};

export interface PlanVerifySettings {
  manifest: string;
  runners: Partial<Record<RunnerKind, RunsOn>>;
}

export function readPlanVerifySettings(env: NodeJS.ProcessEnv = process.env): PlanVerifySettings {
  const i = new Inputs(planVerifyInputs, env);
  const manifest = existingFile('manifest', i.required('manifest', 'give the path of the manifest fetch-wheels or pypi-publish wrote'), env);
  let runners: Partial<Record<RunnerKind, RunsOn>>;
  try {
    runners = parseRunnerOverrides(i.lines('runners'), "Input 'runners'");
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    throw new InputError('runners', err.message.replace(/^Input 'runners': /, '').replace(/\.$/, ''), i.raw('runners'));
  }
  return { manifest, runners };
}
