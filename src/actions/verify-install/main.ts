import * as core from '@actions/core';
import { performance } from 'node:perf_hooks';
import { arch, platform, tmpdir } from 'node:os';
import { describeInterpreter } from '../../python/index.js';
import { describeIdentity, loadTrustedRoot, verifyInstall, writeResultFile, type VerifyResult } from '../../commands/verify-install/index.js';
import type { PackageResult } from '../../verification/leg-result.js';
import { UserError } from '../../errors.js';
import { snapshotCommandFiles } from '../shared/command-files.js';
import { info, registerSecrets, setOutput, warning } from '../shared/print.js';
import { actionLogger } from '../shared/run.js';
import * as html from '../shared/summary.js';
import { basicAuthorizations, urlCredentials } from '../shared/url-credentials.js';
import type { VerifyInstallSettings } from './settings.js';

/** "Linux X64", "macOS ARM64 (Python runs as x86_64)" under Rosetta. */
function osLabel(r: VerifyResult): string {
  const machine = r.python?.machine;
  const native = /^(x64|x86_64|amd64)$/i.test(r.arch) ? 'x86_64' : /^(arm64|aarch64)$/i.test(r.arch) ? 'arm64' : undefined;
  const rosetta = machine && native && machine.toLowerCase() !== native && !(native === 'arm64' && /^aarch64$/i.test(machine))
    ? ` (Python runs as ${machine})`
    : '';
  return `${r.os} ${r.arch}${rosetta}`;
}

/** One row per package: what was installed from which wheel, where it imports from, who published it. */
function packageRows(r: VerifyResult): PackageResult[] {
  return r.packages ?? [{ name: r.package }];
}

function publishedBy(r: VerifyResult, wheel: string | undefined): string {
  const p = r.wheels?.find((w) => w.filename === wheel)?.provenance;
  if (!p) return '—';
  if (p.status === 'verified' && p.publisher) return `✅ ${html.text(describeIdentity(p.publisher))}`;
  if (p.status === 'absent') return 'not attested';
  if (p.status === 'off') return 'not checked';
  return `❌ ${html.text(p.reason ?? 'failed')}`;
}

async function writeSummary(r: VerifyResult): Promise<void> {
  const python = r.python ? `${html.text(describeInterpreter(r.python))}<br>${html.code(r.python.path)}` : '—';
  const verdict = r.result === 'passed' ? '✅ passed' : '❌ failed';
  const summary = core.summary
    .addHeading(html.text(`verify-install: ${packageRows(r).map((p) => p.name).join(', ')} ${r.version}`), 2)
    .addRaw(html.paragraph(`${html.text(osLabel(r))}, ${python}${r.leg ? `, leg ${html.code(r.leg.id)}` : ''}: ${verdict}`
      + `${r.secondsToAvailable === undefined ? '' : `, available after ${r.secondsToAvailable.toFixed(1)} s`}.`), true)
    .addTable([
      html.header('Package', 'Wheel', 'Version', 'Imported from', 'Published by'),
      ...packageRows(r).map((p) => [
        html.text(p.name),
        html.code(p.wheel),
        html.text(p.installedVersion ?? '—'),
        p.importName === null ? 'nothing to import (dist-info checked)' : html.code(p.moduleFile),
        publishedBy(r, p.wheel),
      ]),
    ]);
  const from = r.mode === 'exact-file'
    ? `the wheel from ${html.code(r.index)} by URL and sha256; dependencies from ${html.code(r.dependencyIndex)} only`
    : r.mode === 'mixed'
      ? `pip with ${html.code(r.index)} and ${(r.extraIndexes ?? []).map((u) => html.code(u)).join(', ')} mixed`
      : `pip from ${html.code(r.index)}`;
  const asked = r.pin ? 'package==version' : `pip install -U ${packageRows(r).map((p) => p.requirement ?? p.name).join(' ')}`;
  summary.addRaw(html.paragraph(`${html.code(asked)}: ${from}.`), true);
  if (r.checks.length > 0) {
    summary.addList(r.checks.map((c) => `${c.ok ? '✅' : '❌'} ${html.text(`${c.name}: ${c.detail.split('\n')[0]}`)}`));
  }
  if (r.error) summary.addCodeBlock(html.text(r.error));
  await summary.write();
}

/**
 * Credentials in index URLs never reach the log: the entry masked them as typed;
 * these are the forms the URL parser gave them (pip and our messages print those).
 */
function maskUrlSecrets(urls: (URL | undefined)[]): void {
  for (const u of urls) if (u) registerSecrets([...urlCredentials(u.href), ...basicAuthorizations(u.href)]);
}

/** Runs verify-install with validated settings; loaded by the entry only once the inputs are valid. */
export async function main(s: VerifyInstallSettings): Promise<void> {
  // Seconds to available count from the start of the step's process.
  const startedAt = Math.round(performance.timeOrigin);
  maskUrlSecrets([s.indexUrl, s.dependencyIndexUrl, ...s.extraIndexUrls]);
  const tempDir = process.env.RUNNER_TEMP || tmpdir();
  const commandFiles = await snapshotCommandFiles();
  if (process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    warning('This job has `id-token: write`. The package code verify-install runs (its import, its smoke test) is not given the token, but runs as this job\'s user and can read this process\'s environment, so it could mint OIDC tokens for the workflow. Give verify jobs `permissions: contents: read` only, as the template does.');
  }
  const outcome = await verifyInstall(
    {
      packages: s.packages,
      version: s.version,
      python: s.python,
      indexes: {
        repository: s.repository,
        ...(s.indexUrl ? { indexUrl: s.indexUrl.href } : {}),
        ...(s.dependencyIndexUrl ? { dependencyIndexUrl: s.dependencyIndexUrl.href } : {}),
        extraIndexUrls: s.extraIndexUrls.map((u) => u.href),
      },
      ...(s.wheels.length > 0 ? { wheels: s.wheels } : {}),
      importNames: s.importNames,
      ...(s.expectCommit ? { expectCommit: s.expectCommit } : {}),
      ...(s.expectManifest ? { manifestPath: s.expectManifest } : {}),
      ...(s.smokeTest ? { smokeTest: s.smokeTest } : {}),
      pin: s.pin,
      pre: s.pre,
      waitTimeoutSeconds: s.waitTimeoutSeconds,
      requireVersionAttribute: s.requireVersionAttribute,
      provenance: {
        mode: s.provenance,
        ...(s.trustedRoot && s.provenance !== 'off' ? { trustedRoot: await loadTrustedRoot(s.trustedRoot), trustedRootName: s.trustedRoot } : {}),
        ...(s.publisher ? { publisher: s.publisher } : {}),
      },
      ...(s.leg ? { leg: s.leg } : {}),
      tempDir,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      startedAt,
      platform: { os: process.env.RUNNER_OS || platform(), arch: process.env.RUNNER_ARCH || arch() },
    },
    actionLogger,
  );
  const r = outcome.result;
  // The package's own code ran in this step: what it wrote to the runner's command files is undone, and fails the step.
  const { changed: tampered, unrestored } = await commandFiles.restore();
  if (tampered.length > 0) {
    const undone = unrestored.length === 0
      ? 'That was undone, and the step fails'
      : `That was undone except in ${unrestored.join('; ')}, which could not be put back: cancel the workflow run, since later steps may run what was planted. The step fails`;
    const message = `The code verify-install ran from the index (the package's import, its smoke test or a .pth file it installs) wrote to ${tampered.join(', ')}, `
      + `which set the step's outputs and summary and the environment of later steps. ${undone}: a package must not change what the workflow runs. Do not publish these files.`;
    r.result = 'failed';
    r.error = message;
    outcome.error = new UserError(message);
  }
  const resultFile = await writeResultFile(s.resultDir ?? tempDir, r);
  const publishers = [...new Set((r.wheels ?? []).flatMap((w) => (w.provenance?.status === 'verified' && w.provenance.publisher ? [w.provenance.publisher.identity] : [])))];
  const outputs: Record<string, string | number | undefined> = {
    'installed-version': r.installedVersion,
    'installed-file': r.moduleFile,
    wheel: r.wheel,
    wheels: r.wheels ? r.wheels.map((w) => w.filename).join(' ') : undefined,
    'python-version': r.python?.version,
    'python-path': r.python?.path,
    'import-name': r.importName,
    'seconds-to-available': r.secondsToAvailable,
    provenance: r.provenance,
    publisher: publishers.length > 0 ? publishers.join('\n') : undefined,
    'result-file': resultFile,
  };
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) setOutput(name, String(value));
  }
  await writeSummary(r);
  if (outcome.error !== undefined) throw outcome.error;
  const what = packageRows(r).map((p) => `${p.name} ${p.installedVersion ?? ''}`.trim()).join(', ');
  info(`${what} from ${(r.wheels ?? []).map((w) => w.filename).join(', ') || 'the index'} on ${r.python ? describeInterpreter(r.python) : 'Python'}: every check passed.`);
}
