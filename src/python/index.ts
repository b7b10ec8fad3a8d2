/**
 * Python interpreters, isolated environments and pip, for verify-install and
 * the rehearsal: everything that runs inside Python works on 2.7 and 3.x.
 */
export {
  comparePythonVersions,
  describeInterpreter,
  inspectInterpreter,
  listPythons,
  parseSpec,
  resolvePython,
  type Interpreter,
  type SearchEnv,
  type Spec,
  type VersionSpec,
} from './interpreters.js';
export {
  preferredWheel,
  supportedTags,
  supportedTagsWithSource,
  wheelIsCompatible,
  wheelSupportIndex,
  wheelTags,
} from './tags.js';
export { interpreterFacts, type FactsOptions, type InstallScheme, type InterpreterFacts, type TagSource, type TagsResult } from './facts.js';
export { createEnvironment, type CreateEnvironmentOptions, type Environment, type PipRunner } from './environments.js';
export { hostLayout, layoutFor, type Layout } from './layout.js';
export { isEnvironment, runPython, type PythonResult, type RunPythonOptions } from './run.js';
export {
  pipArgs,
  pipAtLeast,
  pipInstall,
  pipInstallArgs,
  pipSupportsRefreshPackage,
  type PipInstallRequest,
  type PipInstallResult,
} from './pip.js';
export {
  fileIsInEnvironment,
  inspectInstalled,
  type ImportInspection,
  type InstalledDistribution,
  type Inspection,
  type PackageInspection,
  type RecordCheck,
  type WantedPackage,
} from './inspect.js';
