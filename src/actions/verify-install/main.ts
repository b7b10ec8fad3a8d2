import * as core from '@actions/core';
import { performance } from 'node:perf_hooks';
import { arch, platform, tmpdir } from 'node:os';
import { describeInterpreter } from '../../python/index.js';
import { verifyInstall, writeResultFile, type VerifyResult } from '../../commands/verify-install/index.js';
import { info, registerSecrets, setOutput } from '../shared/print.js';
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

async function writeSummary(r: VerifyResult): Promise<void> {
  const python = r.python ? `${html.text(describeInterpreter(r.python))}<br>${html.code(r.python.path)}` : '—';
  const verdict = r.result === 'passed' ? '✅ passed' : '❌ failed';
  const summary = core.summary
    .addHeading(html.text(`verify-install: ${r.package} ${r.version}`), 2)
    .addTable([
      html.header('OS', 'Python', 'Wheel', 'Version', '__file__', 'Seconds to available', 'Result'),
      [
        html.text(osLabel(r)),
        python,
        html.code(r.wheel),
        html.text(r.installedVersion ?? '—'),
        html.code(r.moduleFile),
        r.secondsToAvailable === undefined ? '—' : r.secondsToAvailable.toFixed(1),
        verdict,
      ],
    ]);
  const from = r.mode === 'exact-file'
    ? `the wheel from ${html.code(r.index)} by URL and sha256; dependencies from ${html.code(r.dependencyIndex)} only`
    : r.mode === 'mixed'
      ? `pip with ${html.code(r.index)} and ${(r.extraIndexes ?? []).map((u) => html.code(u)).join(', ')} mixed`
      : `pip from ${html.code(r.index)}`;
  summary.addRaw(html.paragraph(`${html.code(r.pin ? 'package==version' : 'pip install -U package')}: ${from}.`), true);
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
  const outcome = await verifyInstall(
    {
      package: s.package,
      version: s.version,
      python: s.python,
      indexes: {
        repository: s.repository,
        ...(s.indexUrl ? { indexUrl: s.indexUrl.href } : {}),
        ...(s.dependencyIndexUrl ? { dependencyIndexUrl: s.dependencyIndexUrl.href } : {}),
        extraIndexUrls: s.extraIndexUrls.map((u) => u.href),
      },
      ...(s.importName ? { importName: s.importName } : {}),
      ...(s.expectCommit ? { expectCommit: s.expectCommit } : {}),
      ...(s.expectManifest ? { manifestPath: s.expectManifest } : {}),
      ...(s.smokeTest ? { smokeTest: s.smokeTest } : {}),
      pin: s.pin,
      pre: s.pre,
      waitTimeoutSeconds: s.waitTimeoutSeconds,
      requireVersionAttribute: s.requireVersionAttribute,
      tempDir,
      workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
      startedAt,
      platform: { os: process.env.RUNNER_OS || platform(), arch: process.env.RUNNER_ARCH || arch() },
    },
    actionLogger,
  );
  const r = outcome.result;
  const resultFile = await writeResultFile(tempDir, r);
  const outputs: Record<string, string | number | undefined> = {
    'installed-version': r.installedVersion,
    'installed-file': r.moduleFile,
    wheel: r.wheel,
    'python-version': r.python?.version,
    'python-path': r.python?.path,
    'import-name': r.importName,
    'seconds-to-available': r.secondsToAvailable,
    'result-file': resultFile,
  };
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) setOutput(name, String(value));
  }
  await writeSummary(r);
  if (outcome.error !== undefined) throw outcome.error;
  info(`${r.package} ${r.installedVersion} from ${r.wheel ?? 'the index'} imports from ${r.moduleFile} on ${r.python ? describeInterpreter(r.python) : 'Python'}: every check passed.`);
}
