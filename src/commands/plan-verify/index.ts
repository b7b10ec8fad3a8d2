export { MAX_LEGS, planVerify, type PlanOptions } from './plan.js';
export { parseRunnerOverrides, RUNNER_KINDS, runsOnText, type RunnerKind, type RunsOn } from './runners.js';
