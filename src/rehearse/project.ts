/**
 * The project a rehearsal releases: copied into a fresh git repository of its
 * own (so the bump commit never touches the original), and read back from its
 * pyproject.toml for the builder: one distribution at the top, and the other
 * distributions of the same release that `[tool.pyrelease.rehearse]` names
 * (each in a directory of its own, as Ray keeps ray and ray-cpp).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { isValidProjectName, normalizeName } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { git, gitOk as runGitOk } from '../process/index.js';
import { localFileAccess, locateVersions } from '../versions/index.js';
import type { ExtensionModule } from './native.js';

const IF_NO_GIT = { ifMissing: 'The rehearsal needs it for the bump commit. Install git.' };

/** git in `dir` (and no surrounding repository): the rehearsal's copy, or the project it copies. */
export function gitOk(dir: string, args: string[], doing: string): Promise<string> {
  return runGitOk(dir, args, doing, IF_NO_GIT);
}

/** Build and tool output that never belongs in a copy of the sources. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'build', 'dist']);

function skipped(name: string, isDir: boolean): boolean {
  if (isDir) return SKIP_DIRS.has(name) || name.endsWith('.egg-info');
  return name.endsWith('.pyc') || name.endsWith('.pyo');
}

/**
 * The project's files: what git would commit (tracked and untracked but not
 * ignored) when the project is inside a git checkout, else every file but
 * build output, caches and virtual environments.
 */
async function projectFiles(src: string): Promise<string[]> {
  const inside = await git(src, ['rev-parse', '--is-inside-work-tree'], IF_NO_GIT).catch(() => undefined);
  if (inside?.code === 0 && inside.stdout.trim() === 'true') {
    const listed = await gitOk(src, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], `list the files of ${src}`);
    const files = listed.split('\0').filter((f) => f !== '');
    // Deleted but still tracked files are listed too; copy what exists.
    const present = await Promise.all(files.map(async (f) => ((await stat(join(src, f)).catch(() => undefined))?.isFile() ? f : undefined)));
    return present.filter((f): f is string => f !== undefined && !f.split('/').some((part, i, all) => skipped(part, i < all.length - 1)));
  }
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (skipped(entry.name, entry.isDirectory())) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(relative(src, path).split(sep).join('/'));
    }
  };
  await walk(src);
  return out.sort();
}

export interface CopiedProject {
  /** The copy: the top of a new git repository. */
  dir: string;
  files: number;
  /** The first commit (the project as copied). */
  baseCommit: string;
  branch: string;
}

/**
 * Copies `src` into `dest` and makes it a git repository with one commit on
 * `main`. The copy has its own committer identity and no signing or hooks, so
 * the bump commit never waits for a passphrase or a hook of the user's.
 */
export async function copyProject(src: string, dest: string, hooksDir: string): Promise<CopiedProject> {
  const from = resolve(src);
  const s = await stat(from).catch(() => undefined);
  if (!s?.isDirectory()) throw new UserError(`The project directory ${from} does not exist. Pass --project DIR with a Python project (a pyproject.toml at its top).`);
  if (!existsSync(join(from, 'pyproject.toml')) && !existsSync(join(from, 'setup.py')) && !existsSync(join(from, 'setup.cfg'))) {
    throw new UserError(`${from} is not a Python project: it has no pyproject.toml, setup.py or setup.cfg at its top.`);
  }
  const files = await projectFiles(from);
  if (files.length === 0) throw new UserError(`${from} holds no files to copy.`);
  await mkdir(dest, { recursive: true });
  for (const file of files) {
    const target = join(dest, ...file.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(from, ...file.split('/')), target);
  }
  await mkdir(hooksDir, { recursive: true });
  const branch = 'main';
  await gitOk(dest, ['init', '-q', '-b', branch], 'create the rehearsal repository');
  for (const [key, value] of [
    ['user.name', 'pyrelease rehearsal'],
    ['user.email', 'rehearsal@pyrelease.invalid'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
    ['core.hooksPath', hooksDir],
    ['core.autocrlf', 'false'],
  ] as const) {
    await gitOk(dest, ['config', key, value], `configure the rehearsal repository (${key})`);
  }
  await gitOk(dest, ['add', '-A'], 'stage the copied project');
  await gitOk(dest, ['commit', '-q', '--no-verify', '-m', `Copy of ${from} for a release rehearsal`], 'commit the copied project');
  const baseCommit = (await gitOk(dest, ['rev-parse', 'HEAD'], 'read the first commit')).trim();
  return { dir: dest, files: files.length, baseCommit, branch };
}

/** What the builder needs from pyproject.toml's [project] table (PEP 621). */
export interface ProjectInfo {
  name: string;
  version: string;
  summary?: string;
  requiresPython?: string;
  dependencies: string[];
  classifiers: string[];
  license?: string;
  authors: { name?: string; email?: string }[];
  urls: [string, string][];
  readme?: { text: string; contentType: string; path: string };
  /** Top-level import packages: name in the wheel, directory in the project. */
  packages: { name: string; dir: string }[];
  /** [[tool.setuptools.ext-modules]]: C extensions, compiled for each interpreter. */
  extensions: ExtensionModule[];
}

const NOT_BUILDABLE = 'The rehearsal builds projects with a static [project] table in pyproject.toml (pure Python, or C extensions declared in [[tool.setuptools.ext-modules]]); for anything else build the wheels yourself and pass --wheels DIR.';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: unknown, what: string): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UserError(`pyproject.toml: ${what} must be a list of strings.`);
  return v as string[];
};

const NOT_PACKAGES = new Set(['test', 'tests', 'testing', 'doc', 'docs', 'example', 'examples', 'benchmark', 'benchmarks', 'build', 'dist', 'venv', '.venv']);

export async function readProject(dir: string): Promise<ProjectInfo> {
  const path = join(dir, 'pyproject.toml');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UserError(`The project has no pyproject.toml. ${NOT_BUILDABLE}`);
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new UserError(`pyproject.toml is not valid TOML: ${(err as Error).message}`);
  }
  const project = doc.project as Record<string, unknown> | undefined;
  if (!project || typeof project !== 'object') throw new UserError(`pyproject.toml has no [project] table. ${NOT_BUILDABLE}`);
  const name = str(project.name);
  if (!name || !isValidProjectName(name)) throw new UserError(`pyproject.toml: [project].name ${JSON.stringify(project.name)} is not a valid project name.`);
  const version = str(project.version);
  if (!version) {
    const dynamic = strings(project.dynamic, '[project].dynamic').includes('version');
    throw new UserError(`pyproject.toml: [project].version is ${dynamic ? 'dynamic' : 'missing'}. ${NOT_BUILDABLE}`);
  }

  let readme: ProjectInfo['readme'];
  const readmeSpec = project.readme;
  const readmeFile = str(readmeSpec) ?? str((readmeSpec as Record<string, unknown> | undefined)?.file);
  if (readmeFile) {
    const declared = str((readmeSpec as Record<string, unknown> | undefined)?.['content-type']);
    const contentType = declared ?? (/\.md$/i.test(readmeFile) ? 'text/markdown' : /\.rst$/i.test(readmeFile) ? 'text/x-rst' : 'text/plain');
    try {
      readme = { text: await readFile(join(dir, readmeFile), 'utf8'), contentType, path: readmeFile };
    } catch {
      throw new UserError(`pyproject.toml names the readme ${readmeFile}, which does not exist in the project.`);
    }
  } else if (str((readmeSpec as Record<string, unknown> | undefined)?.text)) {
    readme = { text: str((readmeSpec as Record<string, unknown>).text)!, contentType: str((readmeSpec as Record<string, unknown>)['content-type']) ?? 'text/plain', path: '' };
  }

  const licenseSpec = project.license;
  const license = str(licenseSpec) ?? str((licenseSpec as Record<string, unknown> | undefined)?.text);
  const authors = Array.isArray(project.authors)
    ? (project.authors as Record<string, unknown>[]).map((a) => ({ name: str(a?.name), email: str(a?.email) }))
    : [];
  const urls = project.urls && typeof project.urls === 'object'
    ? Object.entries(project.urls as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')
    : [];

  return {
    name,
    version,
    summary: str(project.description),
    requiresPython: str(project['requires-python']),
    dependencies: strings(project.dependencies, '[project].dependencies'),
    classifiers: strings(project.classifiers, '[project].classifiers'),
    license,
    authors,
    urls,
    readme,
    packages: await findPackages(dir, doc, name),
    extensions: extensionModules(dir, doc),
  };
}

const EXTENSION_KEYS = new Set(['name', 'sources', 'include-dirs']);

/**
 * [[tool.setuptools.ext-modules]] (setuptools 74.1+): name, sources and
 * include-dirs. Other keys (libraries, macros, py-limited-api…) change how a
 * module is built; rather than build it differently from setuptools, the
 * builder refuses them.
 */
function extensionModules(dir: string, doc: Record<string, unknown>): ExtensionModule[] {
  const tool = (doc.tool as Record<string, unknown> | undefined)?.setuptools as Record<string, unknown> | undefined;
  const list = tool?.['ext-modules'];
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new UserError('pyproject.toml: [tool.setuptools].ext-modules must be a list of tables ([[tool.setuptools.ext-modules]]).');
  return list.map((entry, i) => {
    const where = `pyproject.toml: [[tool.setuptools.ext-modules]] #${i + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw new UserError(`${where} is not a table.`);
    const e = entry as Record<string, unknown>;
    const other = Object.keys(e).filter((k) => !EXTENSION_KEYS.has(k));
    if (other.length > 0) throw new UserError(`${where} sets ${other.join(', ')}; the rehearsal's builder knows name, sources and include-dirs only. Build the wheels yourself and pass --wheels DIR.`);
    const name = str(e.name);
    if (!name || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(name)) throw new UserError(`${where}: name ${JSON.stringify(e.name)} is not a dotted module name.`);
    const sources = strings(e.sources, `${where} sources`);
    if (sources.length === 0) throw new UserError(`${where} (${name}) lists no sources.`);
    const includeDirs = strings(e['include-dirs'], `${where} include-dirs`);
    for (const path of [...sources, ...includeDirs]) insideProject(dir, path, `${where} (${name})`);
    if (sources.some((s) => !/\.c$/.test(s))) throw new UserError(`${where} (${name}): the rehearsal compiles C sources (.c) only.`);
    return { name, sources, includeDirs };
  });
}

/** A relative path that stays inside `dir`, with '/' separators. */
function insideProject(dir: string, path: string, where: string): string {
  const normal = posix.normalize(path.replace(/\\/g, '/'));
  if (posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) throw new UserError(`${where}: ${path} is not a path inside ${dir}.`);
  return normal;
}

/** [tool.pyrelease.rehearse] in the top pyproject.toml: how a release of several distributions is laid out. */
export interface RehearsalLayout {
  /** The other distributions of the release, as directories relative to the top ('' is the top itself, always first). */
  distributions: string[];
  /** Wheels built on other platforms, as tag triples (cp312-cp312-macosx_11_0_arm64). */
  plannedWheels: string[];
}

const TRIPLE = /^[A-Za-z0-9_.]+-[A-Za-z0-9_.]+-[A-Za-z0-9_.]+$/;

/** Reads [tool.pyrelease.rehearse]; a project without it (or without pyproject.toml) is one distribution. */
export async function readLayout(dir: string): Promise<RehearsalLayout> {
  let text: string;
  try {
    text = await readFile(join(dir, 'pyproject.toml'), 'utf8');
  } catch {
    return { distributions: [''], plannedWheels: [] };
  }
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (err) {
    throw new UserError(`pyproject.toml is not valid TOML: ${(err as Error).message}`);
  }
  const pyrelease = (doc.tool as Record<string, unknown> | undefined)?.pyrelease as Record<string, unknown> | undefined;
  const table = pyrelease?.rehearse as Record<string, unknown> | undefined;
  if (!table) return { distributions: [''], plannedWheels: [] };
  const known = new Set(['distributions', 'planned-wheels']);
  const other = Object.keys(table).filter((k) => !known.has(k));
  if (other.length > 0) throw new UserError(`pyproject.toml: [tool.pyrelease.rehearse] has ${other.join(', ')}; it knows distributions and planned-wheels.`);
  const dirs = strings(table.distributions, '[tool.pyrelease.rehearse].distributions').map((d) => insideProject(dir, d, '[tool.pyrelease.rehearse].distributions'));
  for (const d of dirs) {
    if (d === '.' || !existsSync(join(dir, d, 'pyproject.toml'))) {
      throw new UserError(`[tool.pyrelease.rehearse].distributions names ${d}, which is not a directory with a pyproject.toml of its own.`);
    }
  }
  if (new Set(dirs).size !== dirs.length) throw new UserError('[tool.pyrelease.rehearse].distributions names a directory twice.');
  const planned = strings(table['planned-wheels'], '[tool.pyrelease.rehearse].planned-wheels');
  for (const t of planned) {
    if (!TRIPLE.test(t)) throw new UserError(`[tool.pyrelease.rehearse].planned-wheels: ${JSON.stringify(t)} is not a tag triple such as cp312-cp312-macosx_11_0_arm64.`);
  }
  return { distributions: ['', ...dirs], plannedWheels: planned };
}

/**
 * What bump-version's `files` input must say for a release of several
 * distributions (RELEASE_VERSION_FILES in the pipeline): every version it
 * finds by itself in each distribution's directory, with the directory in
 * front. Undefined for one distribution at the top: auto-detection finds it.
 */
export async function versionFilesOf(dir: string, layout: RehearsalLayout): Promise<string[] | undefined> {
  if (layout.distributions.length === 1 && layout.distributions[0] === '') return undefined;
  const files: string[] = [];
  for (const d of layout.distributions) {
    const found = await locateVersions(localFileAccess(join(dir, d)));
    for (const loc of found) {
      const path = d ? `${d}/${loc.path}` : loc.path;
      if (!files.includes(path)) files.push(path);
    }
  }
  return files;
}

/** Every distribution of the release, read for the builder; names must differ. */
export async function readDistributions(dir: string, layout: RehearsalLayout): Promise<{ dir: string; project: ProjectInfo }[]> {
  const out: { dir: string; project: ProjectInfo }[] = [];
  for (const d of layout.distributions) {
    let project: ProjectInfo;
    try {
      project = await readProject(d ? join(dir, d) : dir);
    } catch (err) {
      if (err instanceof UserError && d) throw new UserError(`${d}/: ${err.message}`);
      throw err;
    }
    const twin = out.find((o) => normalizeName(o.project.name) === normalizeName(project.name));
    if (twin) throw new UserError(`${d}/pyproject.toml and ${twin.dir || 'the top'} both release ${project.name}; each distribution needs its own name.`);
    out.push({ dir: d, project });
  }
  return out;
}

/** [tool.setuptools].packages when it lists them; else the top-level (or src/) directories with an __init__.py. */
async function findPackages(dir: string, doc: Record<string, unknown>, projectName: string): Promise<{ name: string; dir: string }[]> {
  const tool = (doc.tool as Record<string, unknown> | undefined)?.setuptools as Record<string, unknown> | undefined;
  const packageDir = (tool?.['package-dir'] as Record<string, unknown> | undefined)?.[''];
  const root = typeof packageDir === 'string' ? packageDir : existsSync(join(dir, 'src')) ? 'src' : '';
  const listed = Array.isArray(tool?.packages) ? (tool!.packages as unknown[]).filter((p): p is string => typeof p === 'string') : undefined;
  const names = listed
    ? [...new Set(listed.map((p) => p.split('.')[0]!))]
    : (await readdir(join(dir, root), { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isDirectory() && /^[A-Za-z_][A-Za-z0-9_]*$/.test(e.name) && !NOT_PACKAGES.has(e.name) && existsSync(join(dir, root, e.name, '__init__.py')))
      .map((e) => e.name)
      .sort();
  const packages = names.map((name) => ({ name, dir: root ? `${root}/${name}` : name }));
  for (const p of packages) {
    if (!existsSync(join(dir, p.dir, '__init__.py'))) throw new UserError(`The package ${p.name} has no ${p.dir}/__init__.py in the project.`);
  }
  if (packages.length === 0) {
    throw new UserError(`No Python package found in the project ${projectName} (a directory with an __init__.py at the top${root ? ` or under ${root}/` : ''}). ${NOT_BUILDABLE}`);
  }
  return packages;
}

/** Every file under a package directory, as project-relative paths with '/' (caches left out). */
export async function packageFiles(projectDir: string, packageDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(projectDir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (skipped(entry.name, entry.isDirectory())) continue;
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  await walk(packageDir);
  return out;
}
