/**
 * Getting the release into the environment, and knowing afterwards exactly
 * which wheel file that was.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import { normalizeName, parseWheelFilename } from '../../distributions/index.js';
import { silentLogger, type Logger } from '../../log.js';
import {
  pipArgs,
  pipInstall,
  pipSupportsRefreshPackage,
  preferredWheel,
  runPython,
  type Environment,
  type PipInstallRequest,
  type PipInstallResult,
} from '../../python/index.js';
import { formatCommand, maskCredentials, tail } from '../../process/index.js';
import { redactUrl, splitCredentials } from '../../http/index.js';
import { downloadFile } from '../../sources/http-download.js';
import type { DownloadResult } from '../../sources/types.js';
import type { IndexFile } from './simple-page.js';

/** "Successfully installed demo-1.0 dep-2.1" → ['demo-1.0', 'dep-2.1']. */
export function parseSuccessfullyInstalled(output: string): string[] {
  const line = output.split(/\r?\n/).reverse().find((l) => l.startsWith('Successfully installed '));
  return line ? line.slice('Successfully installed '.length).trim().split(/\s+/) : [];
}

/** pip's words for "the index has no such version (yet)": worth another try while a CDN catches up. */
export function pipFoundNothing(output: string): boolean {
  return /No matching distribution found for|Could not find a version that satisfies the requirement/i.test(output);
}

/** The WHEEL file's Tag and Build lines. */
export function parseWheelInfo(text: string): { tags: string[]; build?: string } {
  const tags: string[] = [];
  let build: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    // trim(), not /:\s*(.*?)\s*$/: the lazy group retries a long run of spaces from each of its characters.
    const m = /^([A-Za-z-]+):(.*)$/.exec(line);
    if (!m) continue;
    const value = m[2].trim();
    if (m[1].toLowerCase() === 'tag') tags.push(value.toLowerCase());
    if (m[1].toLowerCase() === 'build') build = value;
  }
  return { tags, ...(build !== undefined ? { build } : {}) };
}

/** Listed files whose name appears in pip's output (pip prints the URL or the filename it downloads). */
export function filesMentioned(output: string, files: IndexFile[]): IndexFile[] {
  let decoded = output;
  try {
    decoded = decodeURIComponent(output.replace(/%(?![0-9a-f]{2})/gi, '%25'));
  } catch {
    // keep the raw text
  }
  return files.filter((f) => output.includes(f.filename) || decoded.includes(f.filename));
}

/**
 * Which listed wheel pip installed: the one its output names; else the one
 * whose tags and build match the installed WHEEL file; else the one pip's tag
 * preference picks (a renamed wheel, such as Ray's -linux → -manylinux rename,
 * keeps its old WHEEL tags).
 */
export function identifyInstalledWheel(
  candidates: IndexFile[],
  evidence: { pipOutput: string; wheelInfo?: { tags: string[]; build?: string }; tags: string[] },
): { file: IndexFile; how: string } | undefined {
  const wheels = candidates.filter((f) => f.filename.endsWith('.whl'));
  const named = filesMentioned(evidence.pipOutput, wheels);
  if (named.length === 1) return { file: named[0], how: "named in pip's output" };
  const info = evidence.wheelInfo;
  if (info && info.tags.length > 0) {
    const want = [...new Set(info.tags)].sort().join(' ');
    const matching = wheels.filter((f) => {
      const parsed = parseWheelFilename(f.filename);
      const build = parsed.build ? `${parsed.build.number}${parsed.build.rest}` : undefined;
      return [...new Set(parsed.tags)].sort().join(' ') === want && build === info.build;
    });
    if (matching.length === 1) return { file: matching[0], how: 'the tags of the installed WHEEL file' };
  }
  const pool = named.length > 1 ? named : wheels;
  const preferred = preferredWheel(pool.map((f) => f.filename), evidence.tags);
  const file = pool.find((f) => f.filename === preferred);
  return file ? { file, how: "pip's tag preference for this interpreter" } : undefined;
}

export async function readInstalledWheelInfo(metadataDir: string): Promise<{ tags: string[]; build?: string } | undefined> {
  try {
    return parseWheelInfo(await readFile(join(metadataDir, 'WHEEL'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** A failed pip run as a message a person can act on. */
export function pipFailure(what: string, r: PipInstallResult | { code: number; stdout: string; stderr: string; command: string[] }): UserError {
  const output = tail(maskCredentials(`${r.stdout}\n${r.stderr}`.trim()), 25);
  const limit = 'timedOutAfterMs' in r ? r.timedOutAfterMs : undefined;
  if (limit !== undefined) {
    return new UserError(`${what} did not finish within ${Math.round(limit / 60_000)} min and was stopped (a stalled download or a build that never ends). pip said:\n${output}`);
  }
  return new UserError(`${what} failed (pip exit ${r.code}). pip said:\n${output}`);
}

export interface IndexInstall {
  /** `pkg==version` for each package, or what the unpinned leg asks for (`pkg`, `pkg==2.9.*`). */
  requirements: string[];
  /** The distributions: the only ones pip must take as wheels, and whose pages it must read afresh. */
  projects: string[];
  pre: boolean;
  indexUrl: string;
  extraIndexUrls: string[];
  upgrade: boolean;
}

/** pip install from the index, the packages as wheels only. */
export async function pipInstallFromIndex(env: Environment, req: IndexInstall, log: Logger = silentLogger): Promise<PipInstallResult> {
  const names = req.projects.map(normalizeName);
  const request: PipInstallRequest = {
    requirements: req.requirements,
    indexUrl: req.indexUrl,
    extraIndexUrls: req.extraIndexUrls,
    onlyBinary: names,
    refreshPackages: names,
    ...(req.pre ? { pre: true } : {}),
    ...(req.upgrade ? { upgrade: true } : {}),
  };
  return pipInstall(env, request, log);
}

/** pip install of wheel files, every dependency from `indexUrl` (and `extraIndexUrls`) alone. */
export async function pipInstallFiles(env: Environment, paths: string[], from: { indexUrl: string; extraIndexUrls?: string[] }, log: Logger = silentLogger): Promise<PipInstallResult> {
  return pipInstall(env, { requirements: paths, indexUrl: from.indexUrl, ...(from.extraIndexUrls?.length ? { extraIndexUrls: from.extraIndexUrls } : {}) }, log);
}

/**
 * The most a wheel without a listed size may hold: warehouse's UPLOAD_LIMIT_CAP
 * (1 GiB), above which no project's file size limit can be raised.
 */
export const MAX_WHEEL_BYTES = 1024 ** 3;

/**
 * Downloads one listed file, checked against the sha256 the index gives (and
 * the size, or at most MAX_WHEEL_BYTES when the page lists none), with the
 * index's credentials when the file lives on its origin.
 */
export async function downloadListedFile(file: IndexFile, dir: string, indexUrl: string, log: Logger, expectedSha256?: string): Promise<DownloadResult> {
  const { url: index, authorization } = splitCredentials(indexUrl);
  const headers = authorization && new URL(file.url).origin === index.origin ? { Authorization: authorization } : undefined;
  log.info(`Downloading ${redactUrl(file.url)}${file.sha256 || expectedSha256 ? ` (sha256 ${expectedSha256 ?? file.sha256})` : ''}`);
  return downloadFile(file.url, join(dir, file.filename), {
    log,
    ...(expectedSha256 ?? file.sha256 ? { expectedSha256: expectedSha256 ?? file.sha256 } : {}),
    ...(file.size !== undefined ? { expectedSize: file.size } : { maxBytes: MAX_WHEEL_BYTES }),
    ...(headers ? { headers } : {}),
  });
}

/**
 * `pip download --no-deps` of `requirements` (what `pip install -U` would ask
 * for in a fresh environment): pip chooses each version and wheel, while no
 * dependency is read from that index. One wheel per project, by PEP 503 name.
 */
export async function pipDownload(
  env: Environment,
  req: { requirements: string[]; projects: string[]; indexUrl: string; extraIndexUrls?: string[]; pre: boolean; dest: string },
  log: Logger = silentLogger,
): Promise<{ wheels: Map<string, { path: string; filename: string }>; output: string }> {
  const names = req.projects.map(normalizeName);
  const options = ['--no-cache-dir', '--no-deps', '--only-binary', ':all:', '--index-url', req.indexUrl];
  for (const url of req.extraIndexUrls ?? []) options.push('--extra-index-url', url);
  options.push('--dest', req.dest);
  if (req.pre) options.push('--pre');
  if (pipSupportsRefreshPackage(env.pip?.version ?? '')) for (const name of names) options.push('--refresh-package', name);
  const args = pipArgs(env, 'download', [...options, '--', ...req.requirements]);
  log.info(`$ ${formatCommand(env.python, args)}`);
  const r = await runPython(env, args, { cwd: env.root, timeoutMs: 1_800_000, log });
  const what = `pip download ${req.requirements.join(' ')} from ${redactUrl(req.indexUrl)}`;
  if (r.code !== 0) throw pipFailure(what, { ...r, command: args });
  const wheels = new Map<string, { path: string; filename: string }>();
  for (const filename of (await readdir(req.dest)).filter((f) => f.endsWith('.whl'))) {
    const name = parseWheelFilename(filename).normalizedName;
    if (wheels.has(name) || !names.includes(name)) {
      throw new UserError(`${what} left ${filename} in ${req.dest}, beside ${[...wheels.values()].map((w) => w.filename).join(', ') || 'nothing'}: expected one wheel of each of ${names.join(', ')}.`);
    }
    wheels.set(name, { path: join(req.dest, filename), filename });
  }
  const missing = names.filter((n) => !wheels.has(n));
  if (missing.length > 0) throw new UserError(`${what} downloaded no wheel of ${missing.join(', ')}.`);
  return { wheels, output: `${r.stdout}\n${r.stderr}` };
}
