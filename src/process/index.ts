/** Starting processes: the runner, the environments it runs them in, git, and how failures read. */
export { runProcess, DEFAULT_MAX_OUTPUT_BYTES, type ProcessResult, type RunOptions } from './run.js';
export { childEnvironment, gitEnvironment, pythonEnvironment } from './environment.js';
export { failureOf, ProcessError, ProcessStartError, type FailureOptions } from './errors.js';
export { formatCommand, maskCredentials, tail } from './command.js';
export { git, gitOk, type GitOptions } from './git.js';
