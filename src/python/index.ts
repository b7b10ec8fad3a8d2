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
  parsePipDebugTags,
  preferredWheel,
  supportedTags,
  supportedTagsWithSource,
  wheelIsCompatible,
  wheelSupportIndex,
  wheelTags,
  type TagSource,
  type TagsResult,
} from './tags.js';
export { createEnvironment, type CreateEnvironmentOptions, type Environment } from './environments.js';
export { isEnvironment, runPython, type PythonResult, type RunPythonOptions } from './run.js';
export {
  pipAtLeast,
  pipInstall,
  pipInstallArgs,
  pipSupportsRefreshPackage,
  pipVersionOf,
  type PipInstallRequest,
  type PipInstallResult,
} from './pip.js';
export {
  fileIsInEnvironment,
  inspectImport,
  installedDistribution,
  type ImportInspection,
  type InstalledDistribution,
} from './inspect.js';
