import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { readManifest, writeManifest } from '../../distributions/index.js';
import { UserError } from '../../errors.js';
import { resolveEndpoints } from '../../index-client/index.js';
import { publish, PublishFailed, type FileResult, type PublishResult } from '../../commands/pypi-publish/publish.js';
import { formatBytes } from '../../units.js';
import { info, registerSecret, setOutput } from '../shared/print.js';
import { actionLogger } from '../shared/run.js';
import type { PypiPublishSettings } from './settings.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STATUS: Record<FileResult['status'], string> = {
  uploaded: 'uploaded',
  skipped: 'skipped: already on the index, same sha256',
  'would-upload': 'would upload (preflight-only)',
  failed: 'failed',
  'not-attempted': 'not uploaded',
};

/** A pull request from a fork gets no OIDC token, whatever the workflow asks for. */
function isForkPullRequest(): boolean {
  if (process.env.GITHUB_EVENT_NAME !== 'pull_request' || !process.env.GITHUB_EVENT_PATH) return false;
  try {
    const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { repo?: { fork?: boolean } } } };
    return event.pull_request?.head?.repo?.fork === true;
  } catch {
    return false;
  }
}

async function getIdToken(audience: string): Promise<string> {
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN || !process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    throw new Error('GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset.');
  }
  const token = await core.getIDToken(audience);
  registerSecret(token);
  return token;
}

async function manifestPath(result: PublishResult): Promise<string> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'pypi-publish');
  await mkdir(dir, { recursive: true });
  return join(dir, `${result.index.uploadUrl.host.replace(/[^\w.-]/g, '_')}-manifest.json`);
}

async function setOutputs(result: PublishResult): Promise<void> {
  const path = await manifestPath(result);
  await writeManifest(path, result.manifest);
  setOutput('manifest', path);
  setOutput('uploaded', JSON.stringify(result.files.filter((f) => f.status === 'uploaded').map((f) => f.filename)));
  setOutput('skipped', JSON.stringify(result.files.filter((f) => f.status === 'skipped').map((f) => f.filename)));
  setOutput('urls', JSON.stringify(Object.fromEntries(result.files.filter((f) => f.url).map((f) => [f.filename, f.url!]))));
}

async function writeSummary(result: PublishResult | undefined, failure: string | undefined, target: string): Promise<void> {
  const summary = core.summary.addHeading(`pypi-publish to ${escapeHtml(target)}`, 2);
  if (result) {
    const counts = (status: FileResult['status']) => result.files.filter((f) => f.status === status).length;
    summary.addRaw(
      `<p>${result.preflightOnly ? 'Preflight only: nothing was uploaded. ' : ''}`
        + `${counts('uploaded')} uploaded, ${counts('skipped')} skipped (already there with the same sha256)`
        + `${counts('would-upload') ? `, ${counts('would-upload')} would be uploaded` : ''}`
        + `${counts('failed') ? `, ${counts('failed')} failed` : ''}${counts('not-attempted') ? `, ${counts('not-attempted')} not uploaded` : ''}`
        + `${result.auth ? `; authenticated with ${result.auth === 'token' ? 'an API token' : 'trusted publishing'}` : ''}.</p>`,
      true,
    );
    summary.addTable([
      [
        { data: 'File', header: true },
        { data: 'Size', header: true },
        { data: 'sha256', header: true },
        { data: 'Status', header: true },
        { data: 'Time', header: true },
      ],
      ...result.files.map((f) => [
        f.url ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.filename)}</a>` : escapeHtml(f.filename),
        formatBytes(f.size),
        `<code>${f.sha256}</code>`,
        escapeHtml(STATUS[f.status]),
        f.seconds !== undefined ? `${f.seconds.toFixed(1)} s` : '',
      ]),
    ]);
    if (result.releases.length > 0) {
      summary.addRaw(`<p>Release page${result.releases.length > 1 ? 's' : ''}: ${result.releases.map((r) => `<a href="${escapeHtml(r.page)}">${escapeHtml(`${r.project} ${r.version}`)}</a>`).join(', ')}</p>`, true);
    }
  }
  if (failure) {
    summary.addHeading('Failure', 3).addCodeBlock(failure, 'text');
  }
  await summary.write();
}

/** Runs pypi-publish with validated settings; loaded by the entry only once the inputs are valid. */
export async function main(s: PypiPublishSettings): Promise<void> {
  registerSecret(s.token);
  const index = resolveEndpoints(s.repository.uploadUrl, {
    ...(s.indexUrl ? { simpleUrl: s.indexUrl } : {}),
    ...(s.jsonApiUrl ? { jsonUrl: s.jsonApiUrl } : {}),
  });
  const target = index.name === 'custom' ? index.uploadUrl.href : index.name === 'pypi' ? 'PyPI' : 'TestPyPI';
  const expect = s.expectManifest ? { path: s.expectManifest, manifest: await readManifest(s.expectManifest) } : undefined;
  let result: PublishResult;
  try {
    result = await publish({
      index,
      packagesDir: s.packagesDir,
      patterns: s.files,
      ...(s.token ? { token: s.token } : {}),
      trustedPublishing: { getIdToken, forkPullRequest: isForkPullRequest() },
      skipExisting: s.skipExisting,
      ...(expect ? { expectManifest: expect } : {}),
      concurrency: s.concurrency,
      preflightOnly: s.preflightOnly,
      maxFileSize: s.maxFileSize,
      mask: registerSecret,
      log: actionLogger,
    });
  } catch (err) {
    if (err instanceof UserError) {
      const partial = err instanceof PublishFailed ? err.result : undefined;
      if (partial) await setOutputs(partial);
      await writeSummary(partial, err.message, target);
    }
    throw err;
  }
  await setOutputs(result);
  await writeSummary(result, undefined, target);
  for (const r of result.releases) info(`View at: ${r.page}`);
}
