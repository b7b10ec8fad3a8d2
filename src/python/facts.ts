/**
 * What verify-install asks a base interpreter before it installs, in one
 * start (scripts/interpreter_facts.py, run with -S): sys.path without site,
 * where an environment at a given root keeps its packages, the interpreter's
 * own pip (version and location), and its compatible wheel tags. Every Python
 * start costs tens of milliseconds (more on a loaded runner), and a verify leg
 * used to pay for six of them here.
 */
import { silentLogger, type Logger } from '../log.js';
import { tail } from '../process/index.js';
import type { Environment } from './environments.js';
import type { Interpreter } from './interpreters.js';
import { commandOf, runPython } from './run.js';
import { markedJson, withPrologue } from './scripts/index.js';

/** Where the compatible tags came from: the module asked, or computed by the script itself. */
export type TagSource =
  | 'pip._internal.utils.compatibility_tags'
  | 'pip._internal.pep425tags'
  | 'pip.pep425tags'
  | 'pip._vendor.packaging.tags'
  | 'packaging.tags'
  | 'computed';

export interface TagsResult {
  tags: string[];
  source: TagSource;
}

export interface InstallScheme {
  /** 'venv': what `python -m venv ROOT` makes; 'prefix': `pip install --prefix ROOT`. */
  kind: 'venv' | 'prefix';
  root: string;
  /** Where packages go, purelib first. */
  dirs: string[];
  /** Where console scripts go. */
  scripts: string;
}

export interface InterpreterFacts {
  /** sys.path as `python -S` has it: the standard library only. */
  preSite: string[];
  scheme?: InstallScheme;
  /** The interpreter's own pip: its version and the directory that holds the pip package. */
  pip?: { version: string; location: string };
  /** ensurepip's bundled wheels, when the interpreter has no pip or they were asked for. */
  ensurepip: string[];
  tags?: TagsResult;
}

export interface FactsOptions {
  /** The install scheme of an environment at this root. */
  scheme?: { kind: 'venv' | 'prefix'; root: string };
  /** Compute the compatible tags; 'computed': without asking pip or packaging (for tests and comparisons). */
  tags?: boolean | 'computed';
  /** List ensurepip's bundled wheels even when the interpreter has a pip. */
  ensurepip?: boolean;
  log?: Logger;
}

/** Printed before interpreter_facts.py's answer. */
const MARK = '__PYRELEASE_FACTS__';

interface RawFacts {
  pre_site: string[];
  scheme: { dirs: string[]; scripts: string } | null;
  pip: { version: string; location: string } | null;
  ensurepip: string[];
  tags: TagsResult | null;
}

export async function interpreterFacts(target: Interpreter | Environment, opts: FactsOptions = {}): Promise<InterpreterFacts> {
  const log = opts.log ?? silentLogger;
  const args = [
    '-S', '-c', withPrologue('interpreter_facts', 'probe'),
    opts.scheme?.root ?? '-',
    opts.scheme?.kind ?? '-',
    opts.tags === 'computed' ? 'computed' : opts.tags ? 'tags' : '-',
    ...(opts.ensurepip ? ['ensurepip'] : []),
  ];
  const r = await runPython(target, args, { log, timeoutMs: 120_000 });
  const raw = markedJson<RawFacts>(r.stdout, MARK);
  if (r.code !== 0 || !raw) {
    throw new Error(`Asking ${commandOf(target).file} about itself failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${tail(r.stderr || r.stdout)}`);
  }
  return {
    preSite: raw.pre_site,
    ...(raw.scheme && opts.scheme ? { scheme: { ...opts.scheme, dirs: raw.scheme.dirs, scripts: raw.scheme.scripts } } : {}),
    ...(raw.pip ? { pip: raw.pip } : {}),
    ensurepip: raw.ensurepip,
    ...(raw.tags && raw.tags.tags.length > 0 ? { tags: raw.tags } : {}),
  };
}
