/**
 * "Built from the example": a PEP 427 wheel and a PEP 625 sdist of a
 * pure-Python project, made here rather than by a build backend, because the
 * rehearsal must run offline and the machine's interpreters need not have
 * `wheel` or `build`. The archives hold what setuptools would put in them for
 * such a project (the packages; METADATA from pyproject.toml, WHEEL,
 * top_level.txt and a RECORD with sha256 digests), byte-for-byte the same for
 * the same commit. The commit placeholder in the package sources is replaced
 * with the commit the build is made from, as Ray's build does with
 * {{RAY_COMMIT_SHA}}.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { filenameEscapedName, normalizeVersion } from '../distributions/index.js';
import { UserError } from '../errors.js';
import { digestBytes } from '../hashing/index.js';
import { requiresPythonAllows } from '../commands/verify-install/index.js';
import { gitOk, packageFiles, readProject, type ProjectInfo } from './project.js';
import { tarGz } from './tar.js';

/** Written in the example's __init__.py; replaced by the build with the commit sha. */
export const COMMIT_PLACEHOLDER = '{{PYRELEASE_COMMIT_SHA}}';
export const GENERATOR = 'pyrelease-rehearse (1.0)';

/** 2020-01-01T00:00:00Z: fixed timestamps keep the archives reproducible. */
const FIXED_EPOCH = 1577836800;
// Local-time constructor: yazl writes DOS times with local getters, so every time zone gets the same bytes.
const FIXED_DATE = new Date(2020, 0, 1, 0, 0, 0);

export interface BuiltDistributions {
  project: ProjectInfo;
  version: string;
  wheel: string;
  sdist: string;
  /** The wheel's compressed tag set, e.g. py2.py3-none-any. */
  tags: string;
  /** Package files in which the commit placeholder was replaced. */
  substituted: string[];
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

async function writeZip(file: string, members: { path: string; data: Buffer }[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const m of members) {
    zip.addBuffer(m.data, m.path, { mtime: FIXED_DATE, mode: 0o100644, compress: true, forceDosTimestamp: true });
  }
  zip.end();
  const partial = `${file}.partial-${process.pid}`;
  await pipeline(zip.outputStream, createWriteStream(partial));
  await rename(partial, file);
}

/** Builds the wheel and the sdist of the project at `projectDir` (a git repository at `commit`) into `outDir`. */
export async function buildDistributions(projectDir: string, commit: string, outDir: string): Promise<BuiltDistributions> {
  const project = await readProject(projectDir);
  const version = normalizeVersion(project.version);
  if (!version) throw new UserError(`pyproject.toml: [project].version ${JSON.stringify(project.version)} is not a PEP 440 version.`);
  const name = filenameEscapedName(project.name);
  const tags = `${pythonTag(project.requiresPython)}-none-any`;
  const metadata = Buffer.from(coreMetadata(project, version), 'utf8');
  const substituted = new Set<string>();
  await mkdir(outDir, { recursive: true });

  // The wheel: the packages at the top, then the .dist-info directory, RECORD last.
  const members: { path: string; data: Buffer }[] = [];
  for (const pkg of project.packages) {
    for (const rel of await packageFiles(projectDir, pkg.dir)) {
      const data = substitute(rel, await readFile(join(projectDir, ...rel.split('/'))), commit, substituted);
      members.push({ path: `${pkg.name}${rel.slice(pkg.dir.length)}`, data });
    }
  }
  const distInfo = `${name}-${version}.dist-info`;
  const wheelFile = ['Wheel-Version: 1.0', `Generator: ${GENERATOR}`, 'Root-Is-Purelib: true', ...tags.split('-')[0]!.split('.').map((py) => `Tag: ${py}-none-any`)].join('\n');
  members.push({ path: `${distInfo}/METADATA`, data: metadata });
  members.push({ path: `${distInfo}/WHEEL`, data: Buffer.from(`${wheelFile}\n`) });
  members.push({ path: `${distInfo}/top_level.txt`, data: Buffer.from(project.packages.map((p) => `${p.name}\n`).join('')) });
  const record = members.map((m) => `${csvField(m.path)},sha256=${sha256(m.data).toString('base64url')},${m.data.length}`);
  record.push(`${csvField(`${distInfo}/RECORD`)},,`);
  members.push({ path: `${distInfo}/RECORD`, data: Buffer.from(`${record.join('\n')}\n`) });
  const wheel = join(outDir, `${name}-${version}-${tags}.whl`);
  await writeZip(wheel, members);

  // The sdist: every committed file under <name>-<version>/, with PKG-INFO at its top.
  const stem = `${name}-${version}`;
  const tracked = (await gitOk(projectDir, ['ls-files', '-z'], 'list the committed files for the sdist')).split('\0').filter(Boolean).sort();
  const packageDirs = project.packages.map((p) => `${p.dir}/`);
  const entries: { path: string; data: Buffer }[] = [{ path: `${stem}/PKG-INFO`, data: metadata }];
  for (const rel of tracked) {
    if (rel === 'PKG-INFO') continue;
    let data: Buffer = await readFile(join(projectDir, ...rel.split('/')));
    if (packageDirs.some((d) => rel.startsWith(d))) data = substitute(rel, data, commit, substituted);
    entries.push({ path: `${stem}/${rel}`, data });
  }
  const sdist = join(outDir, `${stem}.tar.gz`);
  await writeFile(`${sdist}.partial-${process.pid}`, tarGz(entries, FIXED_EPOCH));
  await rename(`${sdist}.partial-${process.pid}`, sdist);

  return { project, version, wheel, sdist, tags, substituted: [...substituted].sort() };
}
