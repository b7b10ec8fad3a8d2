import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { readManifest, writeManifest } from '../../distributions/index.js';
import { UserError } from '../../errors.js';
import { fetchIdToken, idTokenSource } from '../../github/oidc-token.js';
import { basicAuthorization, resolveEndpoints } from '../../index-client/index.js';
import { publish, PublishFailed, type FileResult, type PublishResult } from '../../commands/pypi-publish/publish.js';
import { formatBytes } from '../../units.js';
import { info, registerSecret, setOutput, warning } from '../shared/print.js';
import { actionLogger } from '../shared/run.js';
import * as html from '../shared/summary.js';
import type { PypiPublishSettings } from './settings.js';
import type { AttestationSettings } from '../../commands/pypi-publish/attestations.js';
import type { TrustConfig } from '../../attestations/trust-config.js';

const STATUS: Record<FileResult['status'], string> = {
  uploaded: 'uploaded',
  skipped: 'skipped: already on the index, same sha256',
  'would-upload': 'would upload (preflight-only)',
  failed: 'failed',
  'not-attempted': 'not uploaded',
};

const AUTH: Record<NonNullable<PublishResult['auth']>, string> = {
  token: 'an API token',
  password: 'a user name and password',
  'trusted-publishing': 'trusted publishing',
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
  const source = idTokenSource();
  if (!source) {
    throw new Error('GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset.');
  }
  const token = await fetchIdToken(source, audience, { log: actionLogger });
  registerSecret(token);
  return token;
}

/** The job's OIDC token for Sigstore; without `id-token: write` there is none, and the message says exactly that. */
async function sigstoreToken(): Promise<string> {
  const source = idTokenSource();
  if (!source) {
    throw new UserError(
      'OpenID Connect token retrieval failed: GitHub: missing or insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset. '
        + 'Signing PEP 740 attestations (like trusted publishing) needs `id-token: write` in the publishing job\'s permissions; add it, or set attestations: false.',
    );
  }
  const token = await fetchIdToken(source, 'sigstore', { log: actionLogger });
  registerSecret(token);
  return token;
}

function attestationSettings(s: PypiPublishSettings): AttestationSettings {
  let trust: Promise<TrustConfig> | undefined;
  return {
    mode: s.attestations,
    allowMixedProvenance: s.allowMixedProvenance,
    ...(s.publisher ? { publisher: s.publisher } : {}),
    // The trust root and the signing code load only when a run attests.
    trust: () => (trust ??= import('../../attestations/trust-config.js').then((m) => (s.sigstoreTrustConfig ? m.readTrustConfig(s.sigstoreTrustConfig) : m.productionTrustConfig()))),
    sigstoreToken,
  };
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
  const summary = core.summary.addHeading(html.text(`pypi-publish to ${target}`), 2);
  if (result) {
    const counts = (status: FileResult['status']) => result.files.filter((f) => f.status === status).length;
    const told = `${result.preflightOnly ? 'Preflight only: nothing was uploaded. ' : ''}`
      + `${counts('uploaded')} uploaded, ${counts('skipped')} skipped (already there with the same sha256)`
      + `${counts('would-upload') ? `, ${counts('would-upload')} would be uploaded` : ''}`
      + `${counts('failed') ? `, ${counts('failed')} failed` : ''}${counts('not-attempted') ? `, ${counts('not-attempted')} not uploaded` : ''}`
      + `${result.auth ? `; authenticated with ${AUTH[result.auth]}` : ''}.`
      + `${result.attestedBy ? ` PEP 740 attestations sent, signed with Sigstore for GitHub ${result.attestedBy.repository}, workflow ${result.attestedBy.workflow}.` : ''}`;
    summary.addRaw(html.paragraph(html.text(told)), true);
    summary.addTable([
      html.header('File', 'Size', 'sha256', 'Status', 'Time', 'Attestation'),
      ...result.files.map((f) => [
        f.url ? html.link(f.url, html.text(f.filename)) : html.text(f.filename),
        formatBytes(f.size),
        html.code(f.sha256),
        html.text(STATUS[f.status]),
        f.seconds !== undefined ? `${f.seconds.toFixed(1)} s` : '',
        f.attestation ? html.text(f.attestation.filename) : '',
      ]),
    ]);
    if (result.releases.length > 0) {
      const pages = result.releases.map((r) => html.link(r.page, html.text(`${r.project} ${r.version}`))).join(', ');
      summary.addRaw(html.paragraph(`Release page${result.releases.length > 1 ? 's' : ''}: ${pages}`), true);
    }
  }
  if (failure) {
    summary.addHeading('Failure', 3).addCodeBlock(html.text(failure), 'text');
  }
  await summary.write();
}

/** Runs pypi-publish with validated settings; loaded by the entry only once the inputs are valid. */
export async function main(s: PypiPublishSettings): Promise<void> {
  registerSecret(s.token);
  if (s.credentials) {
    registerSecret(s.credentials.password);
    // A server that echoes the Authorization header sends back this, not the password.
    registerSecret(Buffer.from(`${s.credentials.user}:${s.credentials.password}`).toString('base64'));
  }
  if (s.indexCredentials) registerSecret(s.indexCredentials.password || s.indexCredentials.user);
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
      ...(s.credentials ? { credentials: s.credentials } : {}),
      ...(s.indexCredentials ? { indexAuthorization: basicAuthorization(s.indexCredentials.user, s.indexCredentials.password) } : {}),
      trustedPublishing: { getIdToken, forkPullRequest: isForkPullRequest() },
      skipExisting: s.skipExisting,
      ...(expect ? { expectManifest: expect } : {}),
      concurrency: s.concurrency,
      preflightOnly: s.preflightOnly,
      maxFileSize: s.maxFileSize,
      attestations: attestationSettings(s),
      mask: registerSecret,
      log: actionLogger,
    });
  } catch (err) {
    if (err instanceof UserError) {
      const partial = err instanceof PublishFailed ? err.result : undefined;
      // What went wrong is the error to report; outputs that cannot be written only get a warning.
      if (partial) await setOutputs(partial).catch((e: unknown) => warning(`The outputs of the failed run were not written: ${e instanceof Error ? e.message : String(e)}`));
      await writeSummary(partial, err.message, target);
    }
    throw err;
  }
  await setOutputs(result);
  await writeSummary(result, undefined, target);
  for (const r of result.releases) info(`View at: ${r.page}`);
}
