export { MAX_LEGS, planVerify, planWheels, type PlanOptions } from './plan.js';
export { parseRunnerOverrides, resolveRunners, RUNNER_KINDS, runsOnText, type RunnerKind, type RunsOn } from './runners.js';
