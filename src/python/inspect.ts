/** What an environment has installed, seen from inside it. */
import { realpathSync } from 'node:fs';
import { relative, resolve, isAbsolute } from 'node:path';
import { silentLogger, type Logger } from '../log.js';
import type { Environment } from './environments.js';
import { tail } from '../process/index.js';
import { markedJson } from './scripts.js';
import { runPython } from './run.js';

const MARK = '__PYRELEASE_INSPECT__';

/**
 * Shared prologue (Python 2.6+/3.x). With -c, sys.path[0] is '' (the working
 * directory): drop it and any other spelling of the working directory, so a
 * source tree or same-named package there cannot shadow the installed one.
 */
const PROLOGUE = `import sys, os, json
_cwd = os.path.normcase(os.path.abspath(os.getcwd()))
sys.path[:] = [p for p in sys.path if p and os.path.normcase(os.path.abspath(p)) != _cwd]
def _emit(value):
    sys.stdout.write('${MARK}' + json.dumps(value) + '\\n')
    sys.stdout.flush()
`;

const IMPORT_SCRIPT = `# pyrelease: inspect import
${PROLOGUE}
import traceback
def _text(value):
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return str(value)
    except Exception:
        return repr(value)
try:
    import importlib
    module = importlib.import_module(sys.argv[1])
    location = getattr(module, '__file__', None)
    if not location:
        paths = list(getattr(module, '__path__', None) or [])
        location = paths[0] if paths else None
    _emit({'ok': True,
           'version': _text(getattr(module, '__version__', None)),
           'commit': _text(getattr(module, '__commit__', None)),
           'file': os.path.abspath(location) if location else None})
except BaseException:
    _emit({'ok': False, 'error': traceback.format_exc()})
`;

export interface ImportInspection {
  ok: boolean;
  /** str(module.__version__), when it has one. */
  version?: string;
  /** str(module.__commit__), when it has one (Ray-style embedded commit). */
  commit?: string;
  /** Absolute module.__file__ (or the first __path__ entry of a namespace package). */
  file?: string;
  /** The traceback, or why no answer came back. */
  error?: string;
}

/**
 * Imports `importName` inside the environment, running in `cwd` (choose a
 * directory outside any checkout), and reports __version__, __commit__ and
 * __file__. The working directory is removed from sys.path first.
 */
export async function inspectImport(env: Environment, importName: string, cwd: string, log: Logger = silentLogger): Promise<ImportInspection> {
  const r = await runPython(env, ['-c', IMPORT_SCRIPT, importName], { cwd, log, timeoutMs: 300_000 });
  const result = markedJson<{ ok: boolean; version?: string | null; commit?: string | null; file?: string | null; error?: string }>(r.stdout, MARK);
  if (!result) {
    return { ok: false, error: `importing ${importName} gave no answer (exit ${r.code}${r.timedOut ? ', timed out' : ''}):\n${tail(r.stderr || r.stdout)}` };
  }
  const out: ImportInspection = { ok: result.ok };
  if (result.version != null) out.version = result.version;
  if (result.commit != null) out.commit = result.commit;
  if (result.file != null) out.file = result.file;
  if (result.error) out.error = result.error;
  return out;
}

const DIST_SCRIPT = `# pyrelease: installed distribution
${PROLOGUE}
import re, csv
def canon(name):
    return re.sub(r'[-_.]+', '-', name).lower()
def read(path):
    handle = open(path, 'rb')
    try:
        return handle.read().decode('utf-8', 'replace')
    finally:
        handle.close()
def headers(text):
    result = {}
    for line in text.splitlines():
        if not line.strip():
            break
        if ':' in line and not line[0].isspace():
            key, value = line.split(':', 1)
            result.setdefault(key.strip().lower(), value.strip())
    return result
def record_paths(path):
    if sys.version_info[0] < 3:
        handle = open(path, 'rb')
    else:
        handle = open(path, newline='', encoding='utf-8')
    try:
        return [row[0] for row in csv.reader(handle) if row and row[0]]
    finally:
        handle.close()
want = canon(sys.argv[1])
found = []
for d in sys.path:
    if not d or not os.path.isdir(d):
        continue
    for entry in sorted(os.listdir(d)):
        if not (entry.endswith('.dist-info') or entry.endswith('.egg-info')):
            continue
        if canon(entry.rsplit('.', 1)[0].split('-')[0]) != want:
            continue
        found.append((os.path.abspath(d), entry))
if not found:
    _emit(None)
    sys.exit(0)
site_dir, entry = found[0]
meta_dir = os.path.join(site_dir, entry)
if entry.endswith('.dist-info'):
    meta = headers(read(os.path.join(meta_dir, 'METADATA')))
    files = record_paths(os.path.join(meta_dir, 'RECORD')) if os.path.isfile(os.path.join(meta_dir, 'RECORD')) else []
elif os.path.isdir(meta_dir):
    meta = headers(read(os.path.join(meta_dir, 'PKG-INFO')))
    listed = os.path.join(meta_dir, 'installed-files.txt')
    files = []
    if os.path.isfile(listed):
        for line in read(listed).splitlines():
            if line.strip():
                files.append(os.path.relpath(os.path.normpath(os.path.join(meta_dir, line.strip())), site_dir).replace(os.sep, '/'))
else:
    meta = headers(read(meta_dir))
    files = []
top_level_file = os.path.join(meta_dir, 'top_level.txt')
if os.path.isfile(top_level_file):
    top_level = [l.strip() for l in read(top_level_file).splitlines() if l.strip()]
else:
    # Newer build backends (hatchling, flit) write no top_level.txt: derive it from the files.
    top_level = []
    for f in files:
        first = f.replace('\\\\', '/').split('/')[0]
        if first in ('..', '__pycache__') or first.endswith('.dist-info') or first.endswith('.egg-info') or first.endswith('.data') or first.endswith('.pth'):
            continue
        name = first[:-3] if first.endswith('.py') else first.split('.')[0]
        if name and name not in top_level:
            top_level.append(name)
_emit({'name': meta.get('name', entry.split('-')[0]),
       'version': meta.get('version', ''),
       'topLevel': top_level,
       'files': files,
       'location': site_dir,
       'metadataDir': meta_dir,
       'alsoFound': [os.path.join(d, e) for d, e in found[1:]]})
`;

export interface InstalledDistribution {
  name: string;
  version: string;
  /** top_level.txt, or the top-level names of the installed files when it is absent. */
  topLevel: string[];
  /** RECORD paths (relative to `location`; scripts appear as ../../bin/...). */
  files: string[];
  /** The site directory holding it. */
  location: string;
  /** Its .dist-info (or .egg-info). */
  metadataDir: string;
  /** Further metadata directories for the same name further along sys.path: a sign of a stale install. */
  alsoFound: string[];
}

/**
 * The distribution `distName` as installed in the environment (the first on
 * sys.path, as an import would see it), read from its .dist-info directly:
 * no pkg_resources or importlib.metadata, so it works the same on 2.7.
 */
export async function installedDistribution(env: Environment, distName: string, log: Logger = silentLogger): Promise<InstalledDistribution | undefined> {
  const r = await runPython(env, ['-c', DIST_SCRIPT, distName], { cwd: env.root, log, timeoutMs: 120_000 });
  if (r.code !== 0 || !r.stdout.includes(MARK)) {
    throw new Error(`Reading the installed ${distName} in ${env.root} failed (exit ${r.code}):\n${tail(r.stderr || r.stdout)}`);
  }
  return markedJson<InstalledDistribution | null>(r.stdout, MARK) ?? undefined;
}

/** Whether `file` lies inside the environment's root, comparing real paths (macOS /var is /private/var). */
export function fileIsInEnvironment(env: Environment, file: string): boolean {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(env.root), real(file));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
