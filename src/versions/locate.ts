import { parse as parseToml } from 'smol-toml';
import { UserError } from '../errors.js';
import { joinPath, repoPath, type FileAccess } from './file-access.js';
import { escapeRegExp, findPythonAssignments, findSetupPyVersions, type PythonStringSpan } from './python-source.js';
import { findIniValue } from './setup-cfg.js';
import { findTomlStringSpans, parseDottedKey, type TomlStringSpan } from './toml-span.js';

export type VersionKind =
  | 'pyproject-project'
  | 'pyproject-poetry'
  | 'setup-cfg'
  | 'setup-py'
  | 'python-variable'
  | 'plain-file'
  | 'regex'
  | 'toml-key';

/** One place a version string is written. */
export interface VersionLocation {
  /** Repository-relative, `/` separators. */
  path: string;
  kind: VersionKind;
  /** The version text exactly as written (between the quotes, if any). */
  value: string;
  /** Character offsets of `value` in the file's text: `text.slice(start, end) === value`. */
  start: number;
  end: number;
  /** For people: `pyproject.toml [project].version`, `python/ray/__init__.py __version__`. */
  describe: string;
}

/** What auto-detection looks at, for the "no version found" message. */
export const AUTO_DETECTION = [
  'pyproject.toml: [project].version (a dynamic version is followed to [tool.setuptools.dynamic], [tool.hatch.version] or [tool.pdm.version]) and [tool.poetry].version',
  'setup.cfg: [metadata] version (attr: and file: are followed)',
  'setup.py: a literal version="..."',
  'VERSION and version.txt files',
  '__version__ = "..." at module level in the __init__.py, _version.py or version.py of the packages at the top level, under src/ and under python/',
  '(pyproject.toml, setup.cfg, setup.py, VERSION and version.txt are looked for at the top level and under python/; tests, docs, examples, virtual environments and hidden directories are skipped)',
];

const searchedBy = new WeakMap<VersionLocation[], string[]>();

/** What `locateVersions` searched (and noticed) to produce `locs`, when it was produced there. */
export function searchedFor(locs: VersionLocation[]): string[] | undefined {
  return searchedBy.get(locs);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SKIPPED_DIRS = new Set([
  'test', 'tests', 'testing', 'doc', 'docs', 'example', 'examples', 'benchmark', 'benchmarks',
  'venv', 'env', 'virtualenv', 'build', 'dist', 'node_modules', '__pycache__', 'site-packages',
]);
const VERSION_TEXT = /^[vV]?\d[0-9A-Za-z.!+_-]*$/;

/**
 * Finds the version strings of a Python project. Without `spec`, auto-detects
 * (see AUTO_DETECTION). With `spec` (the `files` input), only what it names:
 * one entry per line, blank lines and `#` comments ignored:
 *
 * - `path`: by file name, pyproject.toml / setup.cfg / setup.py as in
 *   auto-detection, another `.py` file's module-level `__version__` (or
 *   `version`/`VERSION`), any other file holding just the version;
 * - `path:toml.dotted.key` for a `.toml` file (`Cargo.toml:package.version`);
 * - `path:NAME` for a `.py` file: the module-level string variable NAME;
 * - `path:regex` with exactly one capturing group around the version, applied
 *   with the `m` flag (`^`/`$` match at line ends) to every match in the file.
 */
export async function locateVersions(files: FileAccess, spec?: string): Promise<VersionLocation[]> {
  const search = new Search(files);
  const lines = (spec ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 0) await autoDetect(search);
  else for (const line of lines) await fromSpecLine(search, line);
  const locs = search.locations;
  searchedBy.set(locs, lines.length === 0 ? [...AUTO_DETECTION, ...search.notes] : [...lines, ...search.notes]);
  return locs;
}

class Search {
  readonly locations: VersionLocation[] = [];
  readonly notes: string[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly files: FileAccess) {}

  add(loc: VersionLocation): void {
    const key = `${loc.path}\0${loc.start}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.locations.push(loc);
  }

  note(message: string): void {
    this.notes.push(message);
  }

  async read(path: string): Promise<string | undefined> {
    return this.files.read(path);
  }

  async list(dir: string): Promise<string[]> {
    return this.files.list(dir);
  }
}

// ---------------------------------------------------------------- auto-detection

async function autoDetect(search: Search): Promise<void> {
  const top = await search.list('');
  for (const base of ['', 'python']) {
    const names = base === '' ? top : top.includes(base) ? await search.list(base) : [];
    if (names.includes('pyproject.toml')) await fromPyproject(search, base);
    if (names.includes('setup.cfg')) await fromSetupCfg(search, base);
    if (names.includes('setup.py')) await fromSetupPy(search, base);
    for (const name of ['VERSION', 'version.txt']) {
      if (names.includes(name)) await fromPlainFile(search, joinPath(base, name), joinPath(base, name), false);
    }
  }
  for (const dir of ['', 'src', 'python']) {
    if (dir !== '' && !top.includes(dir)) continue;
    await fromPackagesIn(search, dir);
  }
}

async function fromPackagesIn(search: Search, dir: string): Promise<void> {
  for (const name of await search.list(dir)) {
    if (!IDENTIFIER.test(name) || SKIPPED_DIRS.has(name.toLowerCase())) continue;
    const pkg = joinPath(dir, name);
    const entries = await search.list(pkg);
    if (!entries.includes('__init__.py') || entries.includes('pyvenv.cfg')) continue;
    for (const file of ['__init__.py', '_version.py', 'version.py']) {
      if (!entries.includes(file)) continue;
      const names = file === '__init__.py' ? ['__version__'] : ['__version__', 'version', 'VERSION'];
      await fromPythonFile(search, joinPath(pkg, file), names, false);
    }
  }
}

// ---------------------------------------------------------------- pyproject.toml

type Table = Record<string, unknown>;

function table(value: unknown): Table | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
    ? (value as Table)
    : undefined;
}

function readToml(path: string, text: string): Table {
  try {
    return parseToml(text.replace(/^\uFEFF/, '')) as Table;
  } catch (e) {
    throw new UserError(`${path} is not valid TOML, so its version cannot be read: ${(e as Error).message.split('\n')[0]}`);
  }
}

function tomlLocation(path: string, text: string, key: string[], value: string, kind: VersionKind, describe: string): VersionLocation {
  let spans: TomlStringSpan[];
  try {
    spans = findTomlStringSpans(text, key).filter((s) => s.raw === value);
  } catch {
    spans = [];
  }
  if (spans.length !== 1) {
    throw new UserError(
      `${describe} is "${value}", but it is written in a way bump-version cannot rewrite in place ` +
        `(a multi-line string or escape sequences). Write it as a plain "..." string, or name it with a pattern ` +
        `in the files input (${path}:regex-with-one-group).`,
    );
  }
  const { start, end } = spans[0]!;
  return { path, kind, value, start, end, describe };
}

async function fromPyproject(search: Search, base: string): Promise<void> {
  const path = joinPath(base, 'pyproject.toml');
  const text = await search.read(path);
  if (text === undefined) return;
  const data = readToml(path, text);
  const project = table(data.project);
  const tool = table(data.tool);
  if (typeof project?.version === 'string') {
    search.add(tomlLocation(path, text, ['project', 'version'], project.version, 'pyproject-project', `${path} [project].version`));
  } else if (project?.version !== undefined) {
    search.note(`${path}: [project].version is not a string (${JSON.stringify(project.version)})`);
  }
  const dynamic = Array.isArray(project?.dynamic) && project.dynamic.includes('version');
  if (dynamic) await followDynamicVersion(search, base, path, data);

  const poetry = table(tool?.poetry);
  if (typeof poetry?.version === 'string') {
    if (table(tool?.['poetry-dynamic-versioning'])?.enable === true) {
      search.note(`${path}: [tool.poetry].version is a placeholder; poetry-dynamic-versioning takes the version from git tags`);
    } else {
      const loc = tomlLocation(path, text, ['tool', 'poetry', 'version'], poetry.version, 'pyproject-poetry', `${path} [tool.poetry].version`);
      search.add(loc);
    }
  }
  if (project?.version === undefined && !dynamic && poetry?.version === undefined) {
    search.note(`${path}: neither [project].version nor [tool.poetry].version is set`);
  }
}

async function followDynamicVersion(search: Search, base: string, path: string, data: Table): Promise<void> {
  const before = search.locations.length + search.notes.length;
  const tool = table(data.tool);
  const setuptools = table(tool?.setuptools);
  const fromSetuptools = table(table(setuptools?.dynamic)?.version);
  if (fromSetuptools) {
    const origin = `${path} [tool.setuptools.dynamic] version`;
    if (typeof fromSetuptools.attr === 'string') {
      const packageDir = stringTable(table(setuptools?.['package-dir']));
      await followAttr(search, base, fromSetuptools.attr, packageDir, origin);
    }
    const file = fromSetuptools.file;
    for (const f of typeof file === 'string' ? [file] : Array.isArray(file) ? file : []) {
      if (typeof f === 'string') await fromPlainFile(search, joinPath(base, repoPath(f)), `${joinPath(base, repoPath(f))} (${origin} file)`, false);
    }
  }

  const hatch = table(table(tool?.hatch)?.version);
  if (hatch) {
    const source = typeof hatch.source === 'string' ? hatch.source : 'regex';
    if (source === 'regex' && typeof hatch.path === 'string') {
      const file = joinPath(base, repoPath(hatch.path));
      if (typeof hatch.pattern === 'string') await fromPythonPattern(search, file, hatch.pattern, `${path} [tool.hatch.version] pattern`);
      else await fromPythonFile(search, file, ['__version__', 'VERSION'], true, `${path} [tool.hatch.version] path`);
    } else if (source === 'regex') {
      search.note(`${path}: [tool.hatch.version] has no path`);
    } else {
      search.note(`${path}: hatch takes the version from its "${source}" source${source === 'vcs' ? ' (git tags)' : ''}; there is no version file to rewrite`);
    }
  }

  const pdm = table(table(tool?.pdm)?.version);
  if (pdm) {
    if (pdm.source === 'file' && typeof pdm.path === 'string') {
      await fromPythonFile(search, joinPath(base, repoPath(pdm.path)), ['__version__'], true, `${path} [tool.pdm.version] path`);
    } else {
      search.note(`${path}: pdm takes the version from its "${String(pdm.source)}" source; there is no version file to rewrite`);
    }
  }

  const backend = table(data['build-system'])?.['build-backend'];
  if (typeof backend === 'string' && backend.startsWith('flit')) {
    const module = table(table(tool?.flit)?.module)?.name ?? table(data.project)?.name;
    if (typeof module === 'string') await followAttr(search, base, `${module.replace(/-/g, '_')}.__version__`, {}, `${path} (flit)`);
  }

  const requires = table(data['build-system'])?.requires;
  const usesScm =
    tool?.setuptools_scm !== undefined ||
    tool?.['setuptools-scm'] !== undefined ||
    (Array.isArray(requires) && requires.some((r) => typeof r === 'string' && /^(setuptools[-_]scm|hatch-vcs|versioningit|setuptools-git-versioning)\b/i.test(r)));
  if (usesScm) search.note(`${path}: the version comes from git tags (setuptools-scm or similar); there is no version file to rewrite, tag the release instead`);

  if (search.locations.length + search.notes.length === before) {
    search.note(`${path}: [project].version is dynamic, and bump-version could not tell which file sets it`);
  }
}

function stringTable(t: Table | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(t ?? {})) if (typeof v === 'string') out[k] = v;
  return out;
}

// ---------------------------------------------------------------- setup.cfg and setup.py

async function fromSetupCfg(search: Search, base: string): Promise<void> {
  const path = joinPath(base, 'setup.cfg');
  const text = await search.read(path);
  if (text === undefined) return;
  const found = findIniValue(text, 'metadata', 'version');
  if (!found) {
    search.note(`${path}: no version in [metadata]`);
    return;
  }
  if (found.value === '' && !found.multiline) {
    search.note(`${path}: [metadata] version is empty`);
    return;
  }
  if (found.multiline) {
    search.note(`${path}: [metadata] version spans several lines; not rewritten`);
    return;
  }
  const directive = /^(attr|file)\s*:\s*(.*)$/.exec(found.value);
  const origin = `${path} [metadata] version`;
  if (directive?.[1] === 'attr') {
    const dirs = findIniValue(text, 'options', 'package_dir');
    await followAttr(search, base, directive[2]!, parsePackageDir(dirs?.full ?? ''), origin);
  } else if (directive?.[1] === 'file') {
    for (const f of directive[2]!.split(',').map((s) => s.trim()).filter(Boolean)) {
      const file = joinPath(base, repoPath(f));
      await fromPlainFile(search, file, `${file} (${origin} file:)`, false);
    }
  } else {
    search.add({ path, kind: 'setup-cfg', value: found.value, start: found.start, end: found.end, describe: origin });
  }
}

/** `package_dir = \n  =src \n  pkg = lib` → { "": "src", pkg: "lib" } */
function parsePackageDir(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of value.split(/[\n,]/)) {
    const eq = entry.indexOf('=');
    if (eq >= 0) out[entry.slice(0, eq).trim()] = entry.slice(eq + 1).trim();
  }
  return out;
}

async function fromSetupPy(search: Search, base: string): Promise<void> {
  const path = joinPath(base, 'setup.py');
  const text = await search.read(path);
  if (text === undefined) return;
  const spans = findSetupPyVersions(text);
  for (const s of spans) search.add(pyLocation(path, 'setup-py', s, `${path} version=`));
  if (spans.length === 0) {
    search.note(`${path}: no literal version="..." (a computed version is not followed)`);
  }
}

// ---------------------------------------------------------------- Python modules

function pyLocation(path: string, kind: VersionKind, s: PythonStringSpan, describe: string): VersionLocation {
  return { path, kind, value: s.value, start: s.start, end: s.end, describe };
}

function isGenerated(text: string): boolean {
  return /file generated by setuptools[-_]scm|don't change, don't track in version control/i.test(text.slice(0, 1000));
}

async function fromPythonFile(search: Search, path: string, names: string[], explicit: boolean, via?: string): Promise<boolean> {
  const text = await search.read(path);
  if (text === undefined) {
    if (explicit) search.note(`${path}: does not exist`);
    return false;
  }
  if (isGenerated(text)) {
    search.note(`${path}: written by setuptools-scm at build time; not a source of the version`);
    return false;
  }
  const spans = findPythonAssignments(text, names);
  for (const s of spans) search.add(pyLocation(path, 'python-variable', s, `${path} ${s.name}${via ? ` (${via})` : ''}`));
  if (spans.length === 0 && explicit) search.note(`${path}: no module-level ${names.join(' or ')} = "<version>"`);
  return spans.length > 0;
}

/** hatch's `pattern`: a Python regex with a `version` group (or one group), applied per line. */
async function fromPythonPattern(search: Search, path: string, pattern: string, origin: string): Promise<void> {
  const text = await search.read(path);
  if (text === undefined) {
    search.note(`${path}: does not exist (${origin})`);
    return;
  }
  let source = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
  let flags = 'gmd';
  const inline = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    if (inline[1]!.includes('i')) flags += 'i';
    if (inline[1]!.includes('s')) flags += 's';
  }
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    search.note(`${origin}: cannot use the pattern ${JSON.stringify(pattern)} (${(e as Error).message})`);
    return;
  }
  addRegexMatches(search, path, text, re, `${path} (${origin})`, 'python-variable');
}

/**
 * `attr: pkg.mod.NAME` (setuptools): the module's literal NAME, following one
 * `from .x import NAME` (or `from .x import version as NAME`) re-export, as
 * `__init__.py` files often do.
 */
async function followAttr(search: Search, base: string, attr: string, packageDir: Record<string, string>, origin: string): Promise<void> {
  const parts = attr.trim().split('.');
  const name = parts.pop()!;
  if (parts.length === 0 || !IDENTIFIER.test(name)) {
    search.note(`${origin}: cannot follow attr "${attr}"`);
    return;
  }
  const module = await findModule(search, base, parts, packageDir);
  if (!module) {
    search.note(`${origin}: attr "${attr}" names module ${parts.join('.')}, which was not found`);
    return;
  }
  const via = `${origin} attr: ${attr}`;
  if (await fromPythonFile(search, module.path, [name], false, via)) return;
  const bound = escapeRegExp(name);
  const reexport = new RegExp(
    String.raw`^from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(?:\([^)]*?|[^\n]*?)(?:\b(\w+)[ \t]+as[ \t]+)?(?<![\w.])${bound}\b`,
    'm',
  ).exec(module.text);
  if (reexport) {
    const from = reexport[1]!;
    const source = reexport[2] ?? name;
    const dots = /^\.*/.exec(from)![0].length;
    const pkg = module.isPackage ? parts : parts.slice(0, -1);
    const target = dots === 0 ? from.split('.') : [...pkg.slice(0, pkg.length - (dots - 1)), ...from.slice(dots).split('.').filter(Boolean)];
    const next = await findModule(search, base, target, packageDir);
    if (next && (await fromPythonFile(search, next.path, [source], false, via))) return;
  }
  search.note(`${origin}: ${module.path} has no module-level ${name} = "<version>" literal`);
}

async function findModule(
  search: Search,
  base: string,
  parts: string[],
  packageDir: Record<string, string>,
): Promise<{ path: string; text: string; isPackage: boolean } | undefined> {
  const roots: string[] = [];
  const mapped = packageDir[parts[0]!];
  if (mapped !== undefined) roots.push(joinPath(repoPath(mapped), ...parts.slice(1)));
  for (const root of [packageDir[''] ?? '', 'src', '']) roots.push(joinPath(repoPath(root), ...parts));
  for (const dir of [...new Set(roots)]) {
    for (const [file, isPackage] of [[`${dir}/__init__.py`, true], [`${dir}.py`, false]] as const) {
      const path = joinPath(base, file);
      const text = await search.read(path);
      if (text !== undefined) return { path, text, isPackage };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- plain files, patterns, explicit files

async function fromPlainFile(search: Search, path: string, describe: string, explicit: boolean): Promise<void> {
  const text = await search.read(path);
  if (text === undefined) {
    search.note(`${path}: does not exist`);
    return;
  }
  const m = /^\s*(\S+)\s*$/d.exec(text);
  if (!m || !VERSION_TEXT.test(m[1]!)) {
    if (explicit) {
      throw new UserError(
        `${path} holds more than a version, so it cannot be rewritten whole. Name the version with a pattern ` +
          `in the files input, for example ${path}:^version: (.+)$`,
      );
    }
    search.note(`${path}: does not hold just a version; skipped`);
    return;
  }
  const [start, end] = m.indices![1]!;
  search.add({ path, kind: 'plain-file', value: m[1]!, start, end, describe });
}

function addRegexMatches(search: Search, path: string, text: string, re: RegExp, describe: string, kind: VersionKind): number {
  let n = 0;
  for (const m of text.matchAll(re)) {
    const group = m.indices?.groups?.version ?? m.indices?.[1];
    const value = m.groups?.version ?? m[1];
    if (!group || value === undefined || value === '') continue;
    search.add({ path, kind, value, start: group[0], end: group[1], describe });
    n++;
  }
  return n;
}

async function fromSpecLine(search: Search, line: string): Promise<void> {
  const colon = line.indexOf(':');
  const path = repoPath(colon < 0 ? line : line.slice(0, colon).trim());
  const rest = colon < 0 ? '' : line.slice(colon + 1).trim();
  if (path === '') throw new UserError(`files: "${line}" does not start with a file path.`);
  const text = await search.read(path);
  if (text === undefined) throw new UserError(`files: ${path} does not exist (from the line "${line}").`);
  const before = search.locations.length;
  const notes = search.notes.length;
  const base = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const name = path.slice(base === '' ? 0 : base.length + 1);
  const key = rest !== '' && path.endsWith('.toml') ? parseDottedKey(rest) : undefined;

  if (rest === '') {
    if (name === 'pyproject.toml') await fromPyproject(search, base);
    else if (name === 'setup.cfg') await fromSetupCfg(search, base);
    else if (name === 'setup.py') await fromSetupPy(search, base);
    else if (name.endsWith('.py')) await fromPythonFile(search, path, ['__version__', 'version', 'VERSION'], true);
    else if (name.endsWith('.toml')) {
      throw new UserError(`files: say which key of ${path} holds the version, as ${path}:dotted.key (for example ${path}:package.version).`);
    } else await fromPlainFile(search, path, path, true);
  } else if (key) {
    const value = dig(readToml(path, text), key);
    if (typeof value !== 'string') {
      throw new UserError(
        value === undefined
          ? `files: ${path} has no key ${key.join('.')}.`
          : `files: ${path} ${key.join('.')} is not a string (it is ${JSON.stringify(value)}).`,
      );
    }
    search.add(tomlLocation(path, text, key, value, 'toml-key', `${path} ${key.join('.')}`));
  } else if (name.endsWith('.py') && IDENTIFIER.test(rest)) {
    for (const s of findPythonAssignments(text, [rest], false)) {
      search.add(pyLocation(path, 'python-variable', s, `${path} ${s.name}`));
    }
  } else {
    addRegexMatches(search, path, text, compileSpecPattern(path, rest), `${path} /${rest}/`, 'regex');
  }

  if (search.locations.length === before) {
    const why = search.notes.slice(notes).join('; ');
    throw new UserError(`files: no version found by "${line}"${why ? ` (${why})` : ''}.`);
  }
}

function compileSpecPattern(path: string, pattern: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'gmd');
  } catch (e) {
    throw new UserError(`files: "${pattern}" (for ${path}) is not a valid regular expression: ${(e as Error).message}`);
  }
  const groups = new RegExp(`${pattern}|`).exec('')!.length - 1;
  if (groups !== 1) {
    throw new UserError(
      `files: the pattern for ${path} must have exactly one capturing group around the version, and "${pattern}" ` +
        `has ${groups}. Use (?:...) for other groups, for example ${path}:^VERSION = "([^"]+)"`,
    );
  }
  return re;
}

function dig(data: Table, key: string[]): unknown {
  let node: unknown = data;
  for (const part of key) {
    const t = table(node);
    if (!t || !(part in t)) return undefined;
    node = t[part];
  }
  return node;
}
