/** The local rehearsal of the whole release pipeline (`pyrelease rehearse`). */
export { rehearse, bundledExample, versionOfDistributions, type RehearsalOutcome, type RehearseIo, type RehearseRequest } from './rehearse.js';
export { buildDistributions, coreMetadata, pythonTag, COMMIT_PLACEHOLDER, type BuiltDistributions } from './build.js';
export { copyProject, readProject, type CopiedProject, type ProjectInfo } from './project.js';
export { choosePythons, parsePythonList, DEFAULT_PYTHONS, type PythonLeg } from './pythons.js';
export { approvalGate, type GateDecision, type GateIo } from './gate.js';
export { Pipeline, type StepRecord, type StepStatus } from './steps.js';
export { legResult, renderMarkdown, stepsTable, textProgress, type LegRecord, type ReportInput } from './report.js';
