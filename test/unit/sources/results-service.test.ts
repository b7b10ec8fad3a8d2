/**
 * This run's artifacts, read as fetch-wheels reads them: the Actions results
 * service (a Twirp stand-in on loopback, speaking what @actions/artifact
 * speaks) lists the artifact and signs its storage URL; storage (another
 * stand-in) serves the zip. What the library leaves unbounded is bounded: a
 * service or storage that drips ends at a deadline, an endless zip at the
 * listed size; the runtime token goes to the results service only.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/log.js';
import { ToolkitArtifactBackend } from '../../../src/sources/artifact-toolkit.js';
import { backendIds, ResultsService } from '../../../src/sources/results-service.js';
import { endlessBody, startHostile, type Hostile, type HostileHandler } from '../../support/hostile-http.js';

const RUN = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const JOB = 'ca395085-040a-526b-2ce8-bdc85f692774';
const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;
const TOKEN = jwt({ scp: `Actions.ExampleScope Actions.Results:${RUN}:${JOB}` });
const ZIP = Buffer.from('PK\x05\x06'.padEnd(22, '\0'), 'latin1');
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const open: Hostile[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function serve(handler: HostileHandler): Promise<Hostile> {
  const s = await startHostile(handler);
  open.push(s);
  return s;
}
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'results-service-'));
  dirs.push(d);
  return d;
}

/** A results service that lists `artifacts` and signs `storage`'s URL, recording what it was asked. */
async function resultsService(storage: string, artifacts: Record<string, unknown>[]): Promise<Hostile & { bodies: Record<string, unknown>[] }> {
  const bodies: Record<string, unknown>[] = [];
  const s = await serve((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      bodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url!.endsWith('/ListArtifacts')) res.end(JSON.stringify({ artifacts }));
      else res.end(JSON.stringify({ signed_url: `${storage}/blob/${String(body.name)}.zip?sig=abc` }));
    });
  });
  return Object.assign(s, { bodies });
}

const listed = (id: number, size: number, extra: Record<string, unknown> = {}) => ({
  workflow_run_backend_id: RUN, workflow_job_run_backend_id: JOB, database_id: String(id), name: 'wheels', size: String(size), ...extra,
});

function backend(results: string, download: Record<string, unknown> = {}): ToolkitArtifactBackend {
  return new ToolkitArtifactBackend({
    repository: { owner: 'octo', repo: 'example' },
    token: 'ghs_unused',
    serverUrl: 'https://github.com',
    results: { url: results, token: TOKEN, retry: { maxAttempts: 1 }, timeouts: { deadlineMs: 1500 } },
    download: { retry: { maxAttempts: 1, maxElapsedMs: 1500 }, ...download },
  });
}

describe('this run\'s artifacts through the results service', () => {
  it('lists the newest of the name and fetches its zip from the signed URL, the runtime token sent to the service only', async () => {
    const storage = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(ZIP.length) });
      res.end(ZIP);
    });
    const service = await resultsService(storage.url, [listed(7, ZIP.length), listed(9, ZIP.length, { digest: `sha256:${sha256(ZIP)}` }), { ...listed(11, 5), name: 'other' }]);
    const b = backend(service.url);
    const ref = await b.find('wheels', silentLogger);
    expect(ref).toEqual({ id: 9, name: 'wheels', size: ZIP.length, digest: `sha256:${sha256(ZIP)}` });
    const dir = await tempDir();
    const zip = await b.downloadZip(ref!, dir, silentLogger, 1 << 30);
    expect(await readFile(zip)).toEqual(ZIP);
    expect(service.bodies).toEqual([
      { workflow_run_backend_id: RUN, workflow_job_run_backend_id: JOB, name_filter: 'wheels' },
      { workflow_run_backend_id: RUN, workflow_job_run_backend_id: JOB, name: 'wheels' },
    ]);
    expect(service.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(storage.requests.map((r) => [r.path, r.headers.authorization])).toEqual([['/blob/wheels.zip?sig=abc', undefined]]);
  });

  it('says there is none when the service lists none of the name', async () => {
    const service = await resultsService('http://127.0.0.1:9', [{ ...listed(3, 10), name: 'wheels-old' }]);
    expect(await backend(service.url).find('wheels', silentLogger)).toBeUndefined();
  });

  it('stops an endless zip at the size the service listed, having written no more', async () => {
    const storage = await serve(endlessBody('application/zip', 'PK'));
    const service = await resultsService(storage.url, [listed(5, 9_500_000)]);
    const b = backend(service.url);
    const ref = await b.find('wheels', silentLogger);
    const dir = await tempDir();
    const err = await b.downloadZip(ref!, dir, silentLogger, 20 * 1024 ** 3).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/wheels\.zip\?sig=\*\*\* failed after 1 attempt: received more bytes than the 9500000 announced/);
    const left = await stat(join(dir, 'artifact-5.zip')).then((s) => s.size, () => 0);
    expect(left).toBeLessThanOrEqual(9_500_000);
  });

  it('ends a zip that drips at the deadline', async () => {
    const storage = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': '1000000' });
      const drip = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(drip));
    });
    const service = await resultsService(storage.url, [listed(6, 1_000_000)]);
    const b = backend(service.url);
    const ref = await b.find('wheels', silentLogger);
    const started = Date.now();
    const err = await b.downloadZip(ref!, await tempDir(), silentLogger, 1 << 30).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('ends a results service that drips or stays silent at the deadline, naming it', async () => {
    for (const handler of [
      ((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        const drip = setInterval(() => res.write(' '), 100);
        res.on('close', () => clearInterval(drip));
      }) as HostileHandler,
      (() => undefined) as HostileHandler,
    ]) {
      const service = await serve(handler);
      const started = Date.now();
      const err = await backend(service.url).find('wheels', silentLogger).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/Could not ask the Actions results service \(ListArtifacts\): /);
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });

  it('explains a refused token and an answer that is not the service\'s', async () => {
    const refusing = await serve((req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'unauthenticated', msg: 'token expired' }));
    });
    await expect(backend(refusing.url).find('wheels', silentLogger)).rejects.toThrow(/answered 401: unauthenticated: token expired\. The job's runtime token was refused/);
    const odd = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ artifacts: 'many' }));
    });
    await expect(backend(odd.url).find('wheels', silentLogger)).rejects.toThrow(/answered ListArtifacts with something that is not its answer \(artifacts is not a list\)/);
  });
});

describe('backendIds', () => {
  it('reads the run and job from the Actions.Results scope, and refuses a token without one', () => {
    expect(backendIds(TOKEN)).toEqual({ run: RUN, job: JOB });
    expect(() => backendIds(jwt({ scp: 'Actions.ExampleScope' }))).toThrow(/names no Actions\.Results scope/);
    expect(() => backendIds('not-a-jwt')).toThrow(UserError);
    expect(() => new ResultsService({ url: 'not a url', token: TOKEN, log: silentLogger })).toThrow(/ACTIONS_RESULTS_URL is not a URL/);
  });
});
