/**
 * For the verify-install tests: local indexes (in-process, or the real
 * `pyrelease serve-index` command), uploads over the legacy API as twine
 * makes them, and factory wheels.
 */
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startLocalIndex } from '../../../src/index-server/index.js';
import { spawnServeIndex } from '../../support/serve-index-process.js';
import { makeWheel, type WheelSpec } from '../../support/wheels.js';

export interface TestIndex {
  url: string;
  simpleUrl: string;
  uploadUrl: string;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];

/** Runs every registered cleanup (indexes, servers, temp dirs). */
export async function cleanupAll(): Promise<void> {
  const all = cleanups.splice(0).reverse();
  for (const c of all) await c().catch(() => {});
}

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The embedded index in this process (what serve-index runs). */
export async function startIndex(delaySeconds = 0): Promise<TestIndex> {
  const dir = await tempDir('verify-index-');
  const index = await startLocalIndex({ dir, delaySeconds });
  cleanups.push(() => index.close());
  return index;
}

/** `node dist/pyrelease/index.js serve-index --dir D --delay S` as a separate process, as a user starts it. */
export async function startServeIndex(delaySeconds: number): Promise<TestIndex & { process: ChildProcess }> {
  const dir = await tempDir('verify-serve-index-');
  const { url, process: child, close } = await spawnServeIndex(['--dir', dir, '--delay', String(delaySeconds)]);
  cleanups.push(close);
  return { url, simpleUrl: `${url}simple/`, uploadUrl: `${url}legacy/`, close, process: child };
}

/** How an upload authenticates (an upload token as twine sends it), and the PEP 740 attestations it carries. */
export interface UploadExtras {
  token?: string;
  /** The `attestations` form field: a JSON list. */
  attestations?: string;
}

/** Uploads a wheel as twine does (metadata fields, digests, the file). */
export async function publish(
  index: Pick<TestIndex, 'uploadUrl'>,
  path: string,
  meta: { name: string; version: string; requires?: string[]; requiresPython?: string },
  extras: UploadExtras = {},
): Promise<void> {
  const bytes = await readFile(path);
  const filename = basename(path);
  const tag = filename.slice(0, -4).split('-').slice(-3)[0];
  const form = new FormData();
  const fields: [string, string][] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['metadata_version', '2.1'],
    ['name', meta.name],
    ['version', meta.version],
    ['summary', `Test package ${meta.name} made by the wheel factory`],
    ['filetype', 'bdist_wheel'],
    ['pyversion', tag],
    ['sha256_digest', createHash('sha256').update(bytes).digest('hex')],
    ...(meta.requiresPython ? [['requires_python', meta.requiresPython] as [string, string]] : []),
    ...(meta.requires ?? []).map((r) => ['requires_dist', r] as [string, string]),
    ...(extras.attestations ? [['attestations', extras.attestations] as [string, string]] : []),
  ];
  for (const [k, v] of fields) form.append(k, v);
  form.append('content', new Blob([bytes], { type: 'application/octet-stream' }), filename);
  const headers: Record<string, string> = extras.token ? { Authorization: `Basic ${Buffer.from(`__token__:${extras.token}`).toString('base64')}` } : {};
  const res = await fetch(index.uploadUrl, { method: 'POST', body: form, headers });
  if (res.status !== 200) throw new Error(`upload of ${filename} failed: ${res.status} ${await res.text()}`);
}

/** Builds a factory wheel and uploads it; returns its path. */
export async function publishWheel(index: Pick<TestIndex, 'uploadUrl'>, spec: WheelSpec, extras: UploadExtras | ((path: string) => Promise<UploadExtras>) = {}): Promise<string> {
  const dir = await tempDir('verify-wheels-');
  const path = await makeWheel(dir, spec);
  const meta = { name: spec.name, version: spec.version, ...(spec.requires ? { requires: spec.requires } : {}), ...(spec.requiresPython ? { requiresPython: spec.requiresPython } : {}) };
  await publish(index, path, meta, typeof extras === 'function' ? await extras(path) : extras);
  return path;
}
