/**
 * "Built from the example": PEP 427 wheels and a PEP 625 sdist for each
 * distribution of the release, made here rather than by a build backend,
 * because the rehearsal must run offline and the machine's interpreters need
 * not have `wheel`, `build` or a new enough setuptools. The archives hold what
 * setuptools would put in them (the packages, compiled extension modules;
 * METADATA from pyproject.toml, WHEEL, top_level.txt and a RECORD with sha256
 * digests), byte-for-byte the same for the same commit. The commit
 * placeholder in the package sources is replaced with the commit the build is
 * made from, as Ray's build does with {{RAY_COMMIT_SHA}}.
 *
 * A pure-Python distribution gets one py2.py3-none-any (or py3-none-any)
 * wheel. A distribution with C extensions gets one wheel per interpreter:
 * each module compiled against that interpreter's own headers, the
 * interpreter and ABI tags from the interpreter (./native.ts), the platform
 * tag from what the compiled modules need (./manylinux.ts).
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import { filenameEscapedName, normalizeVersion } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { writeFileAtomically } from '../files/atomic-write.js';
import { digestBytes } from '../hashing/index.js';
import { silentLogger, type Logger } from '../log.js';
import { requiresPythonAllows } from '../commands/verify-install/index.js';
import { describeInterpreter, type Interpreter } from '../python/index.js';
import { machineGlibc, parseGlibcVersion, platformTags, readElfNeeds, type ElfNeeds, type GlibcVersion, type PlatformVerdict } from './manylinux.js';
import { buildConfigOf, compileExtension, interpreterTags, type BuildConfig, type InterpreterTags } from './native.js';
import { gitOk, packageFiles, readDistributions, readLayout, type ProjectInfo, type RehearsalLayout } from './project.js';
import { tarGz } from './tar.js';

/** Written in the example's __init__.py; replaced by the build with the commit sha. */
export const COMMIT_PLACEHOLDER = '{{PYRELEASE_COMMIT_SHA}}';
export const GENERATOR = 'pyrelease-rehearse (1.0)';

/** 2020-01-01T00:00:00Z: fixed timestamps keep the archives reproducible. */
const FIXED_EPOCH = 1577836800;
// Local-time constructor: yazl writes DOS times with local getters, so every time zone gets the same bytes.
const FIXED_DATE = new Date(2020, 0, 1, 0, 0, 0);

/** An interpreter to build for: the label of its leg and what it is to a compiler. */
export interface BuildTarget {
  label: string;
  interpreter: Interpreter;
  config: BuildConfig;
  tags: InterpreterTags;
  /** The glibc it runs on (its own answer, else the machine's from ldd), undefined when not glibc. */
  glibc?: GlibcVersion;
}

export interface BuiltWheel {
  path: string;
  filename: string;
  /** The tag triple as the filename writes it, e.g. cp312-cp312-manylinux_2_5_x86_64.manylinux1_x86_64. */
  tags: string;
  /** The leg whose interpreter it was compiled for (native wheels). */
  target?: string;
  platform?: PlatformVerdict;
}

export interface BuiltDistribution {
  /** Directory relative to the top ('' for the top). */
  dir: string;
  project: ProjectInfo;
  version: string;
  wheels: BuiltWheel[];
  sdist: string;
  /** Package files (relative to the top) in which the commit placeholder was replaced. */
  substituted: string[];
  /** Targets left out because Requires-Python excludes them. */
  excluded: string[];
}

export interface BuiltRelease {
  layout: RehearsalLayout;
  distributions: BuiltDistribution[];
  /** Every wheel and sdist, in one directory. */
  outDir: string;
  /** Problems a release engineer must hear about (a wheel PyPI will refuse). */
  warnings: string[];
}

function sha256(data: Buffer): Buffer {
  return digestBytes(data, 'sha256');
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function oneLine(s: string): string {
  return s.replace(/\s*\r?\n\s*/g, ' ').trim();
}

/** Core metadata 2.1 (PKG-INFO and METADATA are the same text). */
export function coreMetadata(p: ProjectInfo, version: string): string {
  const lines = ['Metadata-Version: 2.1', `Name: ${p.name}`, `Version: ${version}`];
  if (p.summary) lines.push(`Summary: ${oneLine(p.summary)}`);
  for (const [label, url] of p.urls) lines.push(`Project-URL: ${oneLine(label)}, ${oneLine(url)}`);
  const named = p.authors.filter((a) => a.name && !a.email).map((a) => a.name!);
  const emails = p.authors.filter((a) => a.email).map((a) => (a.name ? `${a.name} <${a.email}>` : a.email!));
  if (named.length > 0) lines.push(`Author: ${oneLine(named.join(', '))}`);
  if (emails.length > 0) lines.push(`Author-email: ${oneLine(emails.join(', '))}`);
  if (p.license) lines.push(`License: ${oneLine(p.license)}`);
  for (const c of p.classifiers) lines.push(`Classifier: ${oneLine(c)}`);
  if (p.requiresPython) lines.push(`Requires-Python: ${oneLine(p.requiresPython)}`);
  for (const d of p.dependencies) lines.push(`Requires-Dist: ${oneLine(d)}`);
  if (p.readme) lines.push(`Description-Content-Type: ${p.readme.contentType}`);
  return `${lines.join('\n')}\n\n${p.readme ? p.readme.text : ''}`;
}

/** py2.py3 when Requires-Python admits both majors (as pip checks it), else the one it admits. */
export function pythonTag(requiresPython: string | undefined): string {
  const two = requiresPythonAllows(requiresPython, '2.7.18');
  const three = requiresPythonAllows(requiresPython, '3.99.0') || requiresPythonAllows(requiresPython, '3.8.0');
  if (two && three) return 'py2.py3';
  if (two) return 'py2';
  if (three) return 'py3';
  throw new UserError(`Requires-Python ${JSON.stringify(requiresPython)} admits neither Python 2.7 nor any 3.x; fix it in pyproject.toml.`);
}

function substitute(path: string, data: Buffer, commit: string, substituted: Set<string>): Buffer {
  if (!path.endsWith('.py')) return data;
  const text = data.toString('utf8');
  if (!text.includes(COMMIT_PLACEHOLDER)) return data;
  substituted.add(path);
  return Buffer.from(text.split(COMMIT_PLACEHOLDER).join(commit), 'utf8');
}

interface Member {
  path: string;
  data: Buffer;
  /** Compiled modules are executable, as setuptools installs them. */
  executable?: boolean;
}

async function writeZip(file: string, members: Member[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const m of members) {
    zip.addBuffer(m.data, m.path, { mtime: FIXED_DATE, mode: m.executable ? 0o100755 : 0o100644, compress: true, forceDosTimestamp: true });
  }
  zip.end();
  await writeFileAtomically(file, zip.outputStream);
}

/** Asks each interpreter what it is to a compiler, side by side; the machine's glibc is read once, for those that cannot tell. */
export async function prepareTargets(legs: { label: string; interpreter: Interpreter }[], log: Logger = silentLogger): Promise<BuildTarget[]> {
  let machine: Promise<GlibcVersion | undefined> | undefined;
  return Promise.all(legs.map(async (leg) => {
    const config = await buildConfigOf(leg.interpreter, log);
    const tags = interpreterTags(config);
    const glibc = parseGlibcVersion(config.libc) ?? await (machine ??= machineGlibc(log));
    return { label: leg.label, interpreter: leg.interpreter, config, tags, ...(glibc ? { glibc } : {}) };
  }));
}

interface DistributionSources {
  /** The distribution's directory, absolute. */
  root: string;
  /** Its directory relative to the top, with a trailing '/', or ''. */
  prefix: string;
  project: ProjectInfo;
  version: string;
  name: string;
  metadata: Buffer;
  /** The package files with the placeholder filled in, as wheel members. */
  packages: Member[];
  substituted: Set<string>;
}

async function readSources(top: string, dir: string, project: ProjectInfo, commit: string): Promise<DistributionSources> {
  const version = normalizeVersion(project.version);
  if (!version) throw new UserError(`${dir ? `${dir}/` : ''}pyproject.toml: [project].version ${JSON.stringify(project.version)} is not a PEP 440 version.`);
  const root = dir ? join(top, dir) : top;
  const prefix = dir ? `${dir}/` : '';
  const substituted = new Set<string>();
  const packages: Member[] = [];
  for (const pkg of project.packages) {
    for (const rel of await packageFiles(root, pkg.dir)) {
      const data = substitute(`${prefix}${rel}`, await readFile(join(root, ...rel.split('/'))), commit, substituted);
      packages.push({ path: `${pkg.name}${rel.slice(pkg.dir.length)}`, data });
    }
  }
  return { root, prefix, project, version, name: filenameEscapedName(project.name), metadata: Buffer.from(coreMetadata(project, version), 'utf8'), packages, substituted };
}

/** The .dist-info members after the payload, RECORD last. */
function distInfo(src: DistributionSources, payload: Member[], wheelTags: string[], purelib: boolean): Member[] {
  const dir = `${src.name}-${src.version}.dist-info`;
  const wheelFile = ['Wheel-Version: 1.0', `Generator: ${GENERATOR}`, `Root-Is-Purelib: ${purelib}`, ...wheelTags.map((t) => `Tag: ${t}`)].join('\n');
  const members = [
    ...payload,
    { path: `${dir}/METADATA`, data: src.metadata },
    { path: `${dir}/WHEEL`, data: Buffer.from(`${wheelFile}\n`) },
    { path: `${dir}/top_level.txt`, data: Buffer.from(src.project.packages.map((p) => `${p.name}\n`).join('')) },
  ];
  const record = members.map((m) => `${csvField(m.path)},sha256=${sha256(m.data).toString('base64url')},${m.data.length}`);
  record.push(`${csvField(`${dir}/RECORD`)},,`);
  return [...members, { path: `${dir}/RECORD`, data: Buffer.from(`${record.join('\n')}\n`) }];
}

/** Every tag of a compressed triple: cp312-cp312-a.b → cp312-cp312-a, cp312-cp312-b. */
function expandTags(triple: string): string[] {
  const [py, abi, plat] = triple.split('-') as [string, string, string];
  return py.split('.').flatMap((p) => abi.split('.').flatMap((a) => plat.split('.').map((x) => `${p}-${a}-${x}`)));
}

async function pureWheel(src: DistributionSources, outDir: string): Promise<BuiltWheel> {
  const tags = `${pythonTag(src.project.requiresPython)}-none-any`;
  const filename = `${src.name}-${src.version}-${tags}.whl`;
  const path = join(outDir, filename);
  await writeZip(path, distInfo(src, src.packages, expandTags(tags), true));
  return { path, filename, tags };
}

async function nativeWheel(src: DistributionSources, target: BuildTarget, outDir: string, scratch: string, log: Logger): Promise<BuiltWheel> {
  const modules: Member[] = [];
  const needs: ElfNeeds[] = [];
  for (const ext of src.project.extensions) {
    const top = ext.name.split('.')[0]!;
    if (!src.project.packages.some((p) => p.name === top)) {
      throw new UserError(`The extension ${ext.name} of ${src.project.name} lies outside its packages (${src.project.packages.map((p) => p.name).join(', ')}).`);
    }
    const inWheel = `${ext.name.split('.').join('/')}${target.config.ext_suffix}`;
    const out = join(scratch, target.tags.abi, inWheel);
    await compileExtension(ext, target.config, src.root, out, log);
    needs.push(await readElfNeeds(out, log));
    modules.push({ path: inWheel, data: await readFile(out), executable: true });
  }
  const platform = platformTags(needs, target.glibc, target.tags.arch);
  const tags = `${target.tags.python}-${target.tags.abi}-${platform.tags.join('.')}`;
  const filename = `${src.name}-${src.version}-${tags}.whl`;
  const path = join(outDir, filename);
  await writeZip(path, distInfo(src, [...src.packages, ...modules].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), expandTags(tags), false));
  return { path, filename, tags, target: target.label, platform };
}

/** The sdist: the distribution's committed files under <name>-<version>/, with PKG-INFO at its top. */
async function sdistOf(src: DistributionSources, tracked: string[], otherDirs: string[], commit: string, outDir: string): Promise<string> {
  const stem = `${src.name}-${src.version}`;
  const packageDirs = src.project.packages.map((p) => `${p.dir}/`);
  const entries: { path: string; data: Buffer }[] = [{ path: `${stem}/PKG-INFO`, data: src.metadata }];
  for (const path of tracked) {
    if (!path.startsWith(src.prefix) || otherDirs.some((d) => path.startsWith(`${d}/`))) continue;
    const rel = path.slice(src.prefix.length);
    if (rel === 'PKG-INFO') continue;
    let data: Buffer = await readFile(join(src.root, ...rel.split('/')));
    if (packageDirs.some((d) => rel.startsWith(d))) data = substitute(path, data, commit, src.substituted);
    entries.push({ path: `${stem}/${rel}`, data });
  }
  const sdist = join(outDir, `${stem}.tar.gz`);
  await writeFileAtomically(sdist, tarGz(entries, FIXED_EPOCH));
  return sdist;
}

/**
 * Builds every distribution of the project at `projectDir` (a git repository
 * at `commit`) into `outDir`: native ones for each of `targets`, pure ones
 * once, and an sdist each.
 */
export async function buildRelease(
  projectDir: string,
  commit: string,
  outDir: string,
  /** `targets` is called once, and only when a distribution has C extensions. */
  opts: { targets?: () => Promise<BuildTarget[]>; log?: Logger } = {},
): Promise<BuiltRelease> {
  const log = opts.log ?? silentLogger;
  const layout = await readLayout(projectDir);
  const projects = await readDistributions(projectDir, layout);
  const tracked = (await gitOk(projectDir, ['ls-files', '-z'], 'list the committed files for the sdists')).split('\0').filter(Boolean).sort();
  await mkdir(outDir, { recursive: true });
  // Beside outDir, not in it: fetch-wheels reads outDir as a wheel source.
  const scratch = `${outDir}.compiled`;
  const warnings: string[] = [];
  const distributions: BuiltDistribution[] = [];
  let targets: Promise<BuildTarget[]> | undefined;
  try {
    for (const { dir, project } of projects) {
      const src = await readSources(projectDir, dir, project, commit);
      const wheels: BuiltWheel[] = [];
      const excluded: string[] = [];
      if (project.extensions.length === 0) {
        wheels.push(await pureWheel(src, outDir));
      } else {
        const all = await (targets ??= opts.targets ? opts.targets() : Promise.resolve([]));
        if (all.length === 0) throw new UserError(`${project.name} has C extensions, and there is no interpreter to compile them for.`);
        for (const target of all) {
          if (!requiresPythonAllows(project.requiresPython, target.config.version)) {
            excluded.push(target.label);
            log.info(`${project.name}: no wheel for ${describeInterpreter(target.interpreter)}, which Requires-Python ${project.requiresPython} excludes`);
            continue;
          }
          const wheel = await nativeWheel(src, target, outDir, join(scratch, src.name), log);
          log.info(`${wheel.filename}: ${wheel.platform!.tags[0]} because ${wheel.platform!.why}`);
          if (!wheel.platform!.manylinux) {
            warnings.push(`${wheel.filename} is tagged ${wheel.platform!.tags[0]} because ${wheel.platform!.why}. PyPI refuses linux_* wheels, so fetch-wheels' preflight will refuse this set.`);
          }
          wheels.push(wheel);
        }
        if (wheels.length === 0) throw new UserError(`${project.name}: Requires-Python ${project.requiresPython} excludes every interpreter of this rehearsal (${all.map((t) => t.label).join(', ')}).`);
      }
      const otherDirs = layout.distributions.filter((d) => d !== dir && d !== '' && (dir === '' || d.startsWith(`${dir}/`)));
      const sdist = await sdistOf(src, tracked, otherDirs, commit, outDir);
      distributions.push({ dir, project, version: src.version, wheels, sdist, substituted: [...src.substituted].sort(), excluded });
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const versions = new Set(distributions.map((d) => d.version));
  if (versions.size > 1) {
    throw new UserError(`The distributions of this release carry different versions (${distributions.map((d) => `${d.project.name} ${d.version}`).join(', ')}); bump-version should have given them one.`);
  }
  return { layout, distributions, outDir, warnings };
}
