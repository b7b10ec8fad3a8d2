/** fetch-wheels: the source from the settings, the fetch, then outputs and the job summary. */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { setWorkerThreads } from '../../hashing/index.js';
import { UserError } from '../../errors.js';
import { fetchWheels, type FetchWheelsResult } from '../../commands/fetch-wheels/fetch-wheels.js';
import { tagGrid } from '../../commands/fetch-wheels/report.js';
import { ArtifactSource } from '../../sources/artifact.js';
import { LocalSource } from '../../sources/local.js';
import { ReleaseSource } from '../../sources/release.js';
import { createS3Source } from '../../sources/s3.js';
import type { WheelSource } from '../../sources/types.js';
import { formatBytes } from '../../units.js';
import { setOutput } from '../shared/print.js';
import { actionLogger } from '../shared/run.js';
import * as html from '../shared/summary.js';
import type { FetchWheelsSettings } from './settings.js';
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function createSource(s: FetchWheelsSettings, workDir: string): Promise<WheelSource> {
  const spec = s.source;
  switch (spec.kind) {
    case 's3':
    case 'https':
      return createS3Source(spec.url, { region: s.s3Region, endpoint: s.s3Endpoint?.toString(), env: process.env });
    case 'local':
      return new LocalSource(spec.pattern);
    case 'release': {
      // Loaded only here: the GitHub client is a few MiB of code the other sources never run.
      const { createGitHubClient } = await import('../../github/client.js');
      return new ReleaseSource(createGitHubClient({ token: s.token, log: actionLogger }), s.repository, spec.tag, { token: s.token });
    }
    case 'artifact': {
      // Loaded only here: @actions/artifact is large and reaches for the runner's services.
      const { ToolkitArtifactBackend } = await import('../../sources/artifact-toolkit.js');
      const backend = new ToolkitArtifactBackend({
        runId: s.runId,
        repository: s.repository,
        token: s.token,
        serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
        currentRunId: process.env.GITHUB_RUN_ID,
      });
      return new ArtifactSource(spec.name, backend, { workDir, maxBytes: s.maxTotalSize });
    }
  }
}

async function writeSummary(s: FetchWheelsSettings, source: WheelSource, r: FetchWheelsResult): Promise<void> {
  const t = r.timings;
  const rate = t.fetchMs > 0 ? `${formatBytes(Math.round((r.totalBytes - r.files.filter((f) => f.reused).reduce((n, f) => n + f.size, 0)) / (t.fetchMs / 1000)))}/s` : '';
  const rows: [string, string][] = [
    ['Source', html.code(source.describe())],
    ['Destination', html.code(r.dest)],
    ['Manifest', html.code(r.manifestPath)],
    ['Files', `${r.files.length} (${formatBytes(r.totalBytes)})${r.reused ? `, ${r.reused} reused from an earlier run` : ''}`],
    ...(s.version ? ([['Version', html.text(s.version)]] as [string, string][]) : []),
    ['Looks at the source', `${r.looks}${r.looks > 1 ? ` (waited ${secs(t.waitMs)})` : ''}`],
    ['Time', `listing ${secs(t.waitMs)}, fetching ${secs(t.fetchMs)}${rate ? ` (${rate})` : ''}, set check and move ${secs(t.checkMs)}, total ${secs(t.totalMs)}`],
    ...(r.uploaded ? ([['Artifact', `${html.text(r.uploaded.name)}${r.uploaded.id ? ` (id ${r.uploaded.id})` : ''}`]] as [string, string][]) : []),
  ];
  const summary = core.summary.addHeading(html.text(`fetch-wheels: ${r.files.length} file(s), ${formatBytes(r.totalBytes)}`), 2).addTable(html.factsTable(rows));
  const grid = tagGrid(r.files);
  if (grid.platforms.length > 0) {
    summary.addHeading('Wheels by platform and Python tag', 3).addTable([
      html.header('Platform', ...grid.pythons),
      ...grid.platforms.map((plat) => [html.code(plat), ...grid.pythons.map((py) => html.text(grid.cells.get(plat)?.get(py)?.join(', ') || '—'))]),
    ]);
  }
  summary.addHeading('Files', 3).addTable([
    html.header('File', 'Size', 'sha256', 'How'),
    ...r.files.map((f) => [
      html.text(f.chosen.file.name),
      formatBytes(f.size),
      html.code(f.sha256),
      f.reused ? 'reused' : f.attempts > 1 ? `fetched (${f.attempts} attempts)` : 'fetched',
    ]),
  ]);
  await summary.write();
}

export async function main(s: FetchWheelsSettings): Promise<void> {
  if (s.uploadArtifact && (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL)) {
    throw new UserError(
      `upload-artifact is set, but this is not a GitHub Actions job with the artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are missing). ` +
        'Remove upload-artifact, or run inside a workflow job. Nothing was fetched.',
    );
  }
  // This thread takes the bytes off the sockets; the workers hash and write them. One core fewer
  // than the machine has: on two cores a second worker was at best 10% faster and held another
  // isolate (bench/fetch, 30 × 40 MB: 2.4–3.3 s and 144–166 MiB against 2.7–3.5 s and
  // 139–154 MiB). An index, which does more per byte on its workers, keeps one per core.
  setWorkerThreads(Math.max(1, availableParallelism() - 1));
  const workDir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'fetch-wheels-'));
  try {
    const source = await createSource(s, workDir);
    const uploader = s.uploadArtifact ? new (await import('../../sources/artifact-toolkit.js')).ToolkitArtifactUploader() : undefined;
    const result = await fetchWheels({
      source,
      select: { packages: s.packages, version: s.version, expect: s.expect, expectCount: s.expectCount },
      allowAnySet: s.allowAnySet,
      waitTimeoutSeconds: s.waitTimeoutSeconds,
      dest: s.dest,
      concurrency: s.concurrency,
      maxTotalSize: s.maxTotalSize,
      log: actionLogger,
      ...(s.uploadArtifact && uploader ? { upload: { name: s.uploadArtifact, uploader } } : {}),
    });
    setOutput('dir', result.dest);
    setOutput('files', JSON.stringify(result.files.map((f) => f.chosen.file.name)));
    setOutput('count', String(result.files.length));
    setOutput('manifest', result.manifestPath);
    await writeSummary(s, source, result);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

