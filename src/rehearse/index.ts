/** The local rehearsal of the whole release pipeline (`pyrelease rehearse`). */
export { rehearse, bundledExample, jsonReportPath, versionOfDistributions, type RehearsalOutcome, type RehearseIo, type RehearseRequest } from './rehearse.js';
export { buildRelease, coreMetadata, prepareTargets, pythonTag, COMMIT_PLACEHOLDER, type BuildTarget, type BuiltDistribution, type BuiltRelease, type BuiltWheel } from './build.js';
export { copyProject, readDistributions, readLayout, readProject, versionFilesOf, type CopiedProject, type ProjectInfo, type RehearsalLayout } from './project.js';
export { choosePythons, parsePythonList, type PythonLeg } from './pythons.js';
export { approvalGate, type GateDecision, type GateIo } from './gate.js';
export { Pipeline, type StepRecord, type StepStatus } from './steps.js';
export { localLegLabel, MACHINE_LABEL, renderMarkdown, stepsTable, textProgress, wheelRows, type LegRecord, type PlanWheel, type ReportInput, type WheelRow } from './report.js';
export { outcomeJson, REHEARSAL_SCHEMA } from './json.js';
export { briefPlan, hostedLegLabel, localLegs, machineKind, type LocalLeg, type RehearsalPlan } from './plan.js';
export { interpreterTags, buildConfigOf, compileExtension, type BuildConfig, type ExtensionModule, type InterpreterTags } from './native.js';
export { parseGlibcVersion, parseNeeded, parseVersionNeeds, platformTags, readElfNeeds, type ElfNeeds, type PlatformVerdict } from './manylinux.js';
