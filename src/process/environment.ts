/**
 * The variables every process this project starts runs with, decided here and
 * nowhere else: nothing the runner hands only to the action, nothing that
 * points git at a repository other than the one in the working directory, and
 * for Python nothing that changes what the interpreter imports or what pip
 * does.
 */
import { devNull } from 'node:os';

/**
 * What the runner hands a JavaScript action and nothing it starts should
 * see: the action's inputs (a `token` input arrives as INPUT_TOKEN), the
 * runtime token (artifacts, caches) and the OIDC request pair (which would let
 * code installed from an index mint a trusted-publishing token).
 */
const SECRET = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/i;

/**
 * The runner's command files: what is written there becomes the step's outputs and summary, or the
 * environment and PATH of every later step. Only the action writes them.
 */
const COMMAND_FILES = /^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)$/i;

/**
 * git's own list of the variables that locate a repository and its objects
 * (`git rev-parse --local-env-vars`, what git itself clears before it works in
 * another repository), and the numbered `-c` settings GIT_CONFIG_COUNT
 * announces. A git hook inherits GIT_DIR and GIT_INDEX_FILE; a git started
 * from there would otherwise branch, stage and commit in the hook's
 * repository whatever its working directory. GIT_CONFIG_GLOBAL,
 * GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM stay: they choose the user's
 * configuration files, not a repository.
 */
const GIT_REPOSITORY = new Set([
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_CONFIG',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_GRAFT_FILE',
  'GIT_INDEX_FILE',
  'GIT_NO_REPLACE_OBJECTS',
  'GIT_REPLACE_REF_BASE',
  'GIT_PREFIX',
  'GIT_INTERNAL_SUPER_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_COMMON_DIR',
]);
const GIT_CONFIG_ENTRY = /^GIT_CONFIG_(KEY|VALUE)_\d+$/;

/**
 * Variables that change which modules an interpreter imports, where it looks
 * for its standard library, or what pip does (PIP_* maps onto every pip
 * option, e.g. PIP_FIND_LINKS or PIP_INDEX_URL, which would let another
 * source satisfy a verification). __PYVENV_LAUNCHER__ makes a macOS framework
 * Python pretend to be another executable.
 */
const PYTHON = /^(PYTHON|PIP_|VIRTUAL_ENV$|__PYVENV_LAUNCHER__$)/i;

/**
 * Credentials a job may keep in its environment (a workflow's `env:` from its
 * secrets: GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, PYPI_API_TOKEN, TWINE_PASSWORD…)
 * and the ssh agent's socket. An interpreter started here runs code from an
 * index: pip runs the build backends of what it installs, and the checks
 * import it. None of that code needs a credential, so none is passed on.
 * Matched by name, as the names of secrets are chosen to say what they hold.
 */
const CREDENTIAL = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_SOCK)/i;

function dropped(key: string): boolean {
  const upper = key.toUpperCase(); // Windows variable names ignore case
  return SECRET.test(key) || COMMAND_FILES.test(key) || GIT_REPOSITORY.has(upper) || GIT_CONFIG_ENTRY.test(upper);
}

/** The caller's environment without the action's secrets, the runner's command files and git's repository variables. */
export function childEnvironment(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !dropped(key)) env[key] = value;
  }
  return env;
}

/** For git: childEnvironment, and never a prompt for credentials (nobody is there to answer). */
export function gitEnvironment(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return { ...childEnvironment(base), GIT_TERMINAL_PROMPT: '0' };
}

/**
 * For a bare Python interpreter: childEnvironment minus PYTHON*, PIP_* and
 * the like, and minus every credential the job holds (CREDENTIAL), plus:
 * - PYTHONNOUSERSITE: the user's ~/.local site-packages stays invisible (`-s`);
 * - PYTHONIOENCODING: output is UTF-8 whatever the locale (Python 2 would
 *   otherwise fail to print a non-ASCII path into a pipe);
 * - PIP_CONFIG_FILE=os.devnull: pip skips every configuration file (global,
 *   user and site), so a pip.conf with find-links or extra-index-url cannot
 *   add sources the caller did not name.
 */
export function pythonEnvironment(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(childEnvironment(base))) {
    if (!PYTHON.test(key) && !CREDENTIAL.test(key)) env[key] = value;
  }
  env.PYTHONNOUSERSITE = '1';
  env.PYTHONIOENCODING = 'utf-8';
  env.PIP_CONFIG_FILE = devNull;
  return env;
}
