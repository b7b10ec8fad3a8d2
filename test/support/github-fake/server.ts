/**
 * A stateful fake of GitHub's REST API on loopback that checks every request
 * and response against GitHub's OpenAPI description.
 *
 * Three listeners, like the three hosts GitHub uses: the API (`url`), the
 * uploads host (`uploadsUrl`, release asset uploads) and the web host
 * (`webUrl`: html URLs, browser downloads, and the signed object URLs that
 * asset and artifact downloads redirect to, which need no token).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { HttpError, notFound } from './errors.js';
import type { CommitObject } from './git.js';
import { checkHandlers } from './handlers/checks.js';
import type { Handler, HandlerContext, Reply } from './handlers/context.js';
import { gitHandlers } from './handlers/git.js';
import { pullHandlers } from './handlers/pulls.js';
import { releaseHandlers } from './handlers/releases.js';
import { RepoModel, type ReleaseInput } from './model.js';
import { loadOpenApi, type ApiHost, type LoadStats, type OpenApiChecker } from './openapi.js';
import { Renderer, type Urls } from './render.js';
import {
  snapshotState,
  type ArtifactState,
  type CheckConclusion,
  type CheckRunState,
  type CommitStatusState,
  type CommitStatusValue,
  type FakeRepoState,
  type PullRequestState,
  type ReleaseAssetState,
  type ReleaseState,
} from './state.js';
import { ACTIONS_BOT } from './users.js';

export interface FakeGitHubOptions {
  /** Repository owner (default `octo`). */
  owner?: string;
  /** Repository name (default `example`). */
  repo?: string;
  /** Default branch (default `main`). */
  defaultBranch?: string;
  /** When set, every API and uploads request must carry it (`token X` or `Bearer X`), else 401. */
  token?: string;
  /** The account the token belongs to (default `github-actions[bot]`, i.e. GITHUB_TOKEN). */
  actor?: string;
  /** Files of the initial commit on the default branch; `null` starts with an empty repository. */
  initialFiles?: Record<string, string> | null;
  /** Refuse asset and tag changes once a release is published (GitHub's immutable releases). */
  immutableReleases?: boolean;
  private?: boolean;
  /** Clock for timestamps (default: real time). */
  now?: () => Date;
}

export interface RecordedRequest {
  host: 'api' | 'uploads' | 'web';
  method: string;
  /** Path as requested (still percent-encoded). */
  path: string;
  query: Record<string, string>;
  /** Request headers, with `authorization` redacted. */
  headers: Record<string, string>;
  /** Parsed JSON body; for uploads `{ size, sha256 }` of the bytes received. */
  body?: unknown;
  status: number;
  operationId?: string;
  /** The response came from `injectFaults`. */
  fault?: boolean;
}

export interface FaultRequest {
  host: 'api' | 'uploads';
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  operationId?: string;
  body?: unknown;
  /** How many times this method and path have been requested, this one included (1-based). */
  count: number;
}

export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Reset the connection instead of answering. */
  destroy?: boolean;
  /**
   * Let the request take effect as usual (a release is stored, an asset kept),
   * then answer with this instead (or reset): the ambiguous failure of a
   * gateway that lost the answer.
   */
  afterEffect?: boolean;
}

export type FaultInjector = (req: FaultRequest) => FaultResponse | undefined;

export interface RateLimit {
  limit: number;
  remaining: number;
  /** Unix seconds. */
  reset: number;
  used: number;
}

export interface SeedRelease extends ReleaseInput {
  tag_name: string;
  author?: string;
  /** Asset name → bytes, attached before the release is published. */
  assets?: Record<string, string | Uint8Array>;
}

export interface FakeGitHub {
  /** API base, e.g. http://127.0.0.1:PORT (use as GITHUB_API_URL / Octokit baseUrl). */
  url: string;
  /** Uploads host base; releases' `upload_url` points here. */
  uploadsUrl: string;
  /** The "github.com" of this fake (use as GITHUB_SERVER_URL). */
  webUrl: string;
  owner: string;
  repo: string;
  token: string | undefined;
  state: FakeRepoState;
  requests: RecordedRequest[];
  /** Every OpenAPI mismatch, request or response; tests assert it is empty. */
  violations: string[];
  rateLimit: RateLimit;
  openApiStats: LoadStats;
  /** Add a fault injector; injectors run in order and the first answer wins. */
  injectFaults(fn: FaultInjector): void;
  /** Releases' `upload_url` points at `url` from now on (a fault proxy in front of uploadsUrl); the listener is unchanged. */
  routeUploadsVia(url: string): void;
  clearFaults(): void;
  /** Canonical serialization of the state, to assert that bad input left it untouched. */
  snapshot(): string;
  /** Environment for an action under test: GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_REPOSITORY… */
  env(): Record<string, string>;
  close(): Promise<void>;

  // Seeding (the same rules as the API; errors throw).
  commitFiles(branch: string, files: Record<string, string | Uint8Array | null>, message: string, options?: { author?: string; parents?: string[] }): string;
  createBranch(name: string, sha?: string): void;
  /** A lightweight tag, or an annotated one when `message` is given. Default target: the default branch. */
  createTag(name: string, sha?: string, options?: { message?: string }): void;
  addCheckRun(sha: string, name: string, conclusion: CheckConclusion | null, options?: { status?: CheckRunState['status']; detailsUrl?: string }): CheckRunState;
  addStatus(sha: string, context: string, state: CommitStatusValue, options?: { description?: string; targetUrl?: string; creator?: string }): CommitStatusState;
  addRelease(release: SeedRelease): ReleaseState;
  addReleaseAsset(releaseId: number, name: string, data: string | Uint8Array, contentType?: string): ReleaseAssetState;
  addArtifact(runId: number, name: string, files: Record<string, string | Uint8Array>, options?: { expired?: boolean; headBranch?: string; headSha?: string }): Promise<ArtifactState>;
  openPullRequest(head: string, base: string, title: string, body?: string): PullRequestState;
  mergePullRequest(number: number): string;

  // Reading.
  branchSha(name: string): string | undefined;
  tagSha(name: string): string | undefined;
  commit(sha: string): CommitObject | undefined;
  /** A file's text at a ref (branch, tag or SHA), or undefined. */
  readFile(ref: string, path: string): string | undefined;
  assetBytes(assetId: number): Buffer;
}

const HANDLERS: Record<string, Handler> = { ...gitHandlers, ...pullHandlers, ...releaseHandlers, ...checkHandlers };

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.resume();
  });
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    out[k] = k === 'authorization' ? '[redacted]' : Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined; // multiple or malformed ranges: send everything
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(size - suffix, 0);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/** Serves bytes with single-range support (206/416), as blob storage does. */
function serveBytes(req: IncomingMessage, res: ServerResponse, size: number, open: (start: number, end: number) => Readable, filename: string): number {
  const range = parseRange(req.headers.range, size);
  const base = {
    'content-type': 'application/octet-stream',
    'accept-ranges': 'bytes',
    'content-disposition': `attachment; filename=${filename}`,
    etag: `"${createHash('md5').update(`${filename}:${size}`).digest('hex')}"`,
  };
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...base, 'content-range': `bytes */${size}`, 'content-length': '0' });
    res.end();
    return 416;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const status = range ? 206 : 200;
  const headers: Record<string, string> = { ...base, 'content-length': String(size === 0 ? 0 : end - start + 1) };
  if (range) headers['content-range'] = `bytes ${start}-${end}/${size}`;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return status;
  }
  open(start, end).pipe(res);
  return status;
}

async function buildZip(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const [path, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), path, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const openapi: OpenApiChecker = loadOpenApi();
  const owner = options.owner ?? 'octo';
  const repo = options.repo ?? 'example';
  const actor = options.actor ?? ACTIONS_BOT;
  const clock = options.now ?? (() => new Date());
  const tmpDir = mkdtempSync(join(tmpdir(), 'github-fake-'));
  const secret = randomBytes(16);

  const apiServer = createServer();
  const uploadsServer = createServer();
  const webServer = createServer();
  const [api, uploads, web] = await Promise.all([listen(apiServer), listen(uploadsServer), listen(webServer)]);
  const urls: Urls = { api, uploads, web };

  const createdAt = new Date(clock().getTime() - 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const state: FakeRepoState = {
    owner,
    repo,
    repoId: 700000 + (createHash('sha1').update(`${owner}/${repo}`).digest().readUInt32BE(0) % 100000),
    defaultBranch: options.defaultBranch ?? 'main',
    private: options.private ?? false,
    createdAt,
    immutableReleases: options.immutableReleases ?? false,
    objects: new Map(),
    refs: new Map(),
    pulls: [],
    releases: [],
    latestReleaseId: null,
    checkRuns: [],
    statuses: [],
    artifacts: [],
    generatedNotes: [],
  };
  const model = new RepoModel(state, { now: clock, actor, webUrl: web });
  const render = new Renderer(urls, model);
  const initialFiles = options.initialFiles === undefined ? { 'README.md': `# ${repo}\n` } : options.initialFiles;
  if (initialFiles) model.commitFiles(state.defaultBranch, initialFiles, 'Initial commit');

  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: FaultInjector[] = [];
  const seen = new Map<string, number>();
  const rateLimit: RateLimit = { limit: 5000, remaining: 5000, reset: Math.floor(clock().getTime() / 1000) + 3600, used: 0 };

  const sign = (kind: string, id: number): string => createHmac('sha256', secret).update(`${kind}/${id}`).digest('hex').slice(0, 32);
  const objectUrl = (kind: 'release-assets' | 'artifacts', id: number): string => `${web}/_objects/${kind}/${id}?sig=${sign(kind, id)}`;

  function rateHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(rateLimit.limit),
      'x-ratelimit-remaining': String(rateLimit.remaining),
      'x-ratelimit-reset': String(rateLimit.reset),
      'x-ratelimit-used': String(rateLimit.used),
      'x-ratelimit-resource': 'core',
    };
  }

  function send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      ...rateHeaders(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(6).toString('hex').toUpperCase(),
      ...(reply.headers ?? {}),
    };
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-type': reply.raw.contentType, 'content-length': String(reply.raw.data.length) });
      res.end(reply.raw.data);
    } else if (reply.body !== undefined) {
      const text = JSON.stringify(reply.body);
      res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
      res.end(text);
    } else {
      res.writeHead(reply.status, { ...headers, 'content-length': '0' });
      res.end();
    }
  }

  async function handleApi(host: ApiHost, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const base = host === 'api' ? api : uploads;
    const url = new URL(req.url ?? '/', base);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const record: RecordedRequest = {
      host,
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req),
      status: 0,
    };
    requests.push(record);
    const match = openapi.match(method, path, host);
    record.operationId = match?.operation.operationId;
    const where = `${method} ${path}${url.search}${match ? ` (${match.operation.operationId})` : ''}`;
    let afterEffect: FaultResponse | undefined;
    const finish = async (reply: Reply): Promise<void> => {
      if (host === 'uploads') await drain(req);
      if (afterEffect?.destroy) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      if (afterEffect) reply = { status: afterEffect.status, body: afterEffect.body, headers: afterEffect.headers };
      record.status = reply.status;
      send(res, reply);
    };

    // The body: JSON on the API host is read whole; uploads stream to the handler.
    let body: Parameters<OpenApiChecker['validateRequest']>[2] = { kind: 'none' };
    if (host === 'api') {
      const raw = await readBody(req);
      const contentType = String(req.headers['content-type'] ?? '');
      if (raw.length > 0) {
        if (/json/i.test(contentType) || contentType === '') {
          try {
            body = { kind: 'json', value: JSON.parse(raw.toString('utf8')) };
            record.body = body.value;
          } catch {
            body = { kind: 'unparsable', contentType };
          }
        } else {
          body = { kind: 'binary' };
        }
      }
    } else if (method === 'POST') {
      body = { kind: 'binary' };
    }

    const key = `${host} ${method} ${path}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    for (const fault of faults) {
      const answer = fault({
        host,
        method,
        path,
        query: url.searchParams,
        headers: flatHeaders(req),
        operationId: match?.operation.operationId,
        body: record.body,
        count,
      });
      if (!answer) continue;
      record.fault = true;
      if (answer.afterEffect) {
        afterEffect = answer;
        break;
      }
      if (answer.destroy) {
        record.status = 0;
        req.socket.destroy();
        return;
      }
      await finish({ status: answer.status, body: answer.body, headers: answer.headers });
      return;
    }

    if (options.token !== undefined) {
      const auth = String(req.headers.authorization ?? '');
      const given = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
      if (given !== options.token) {
        await finish({
          status: 401,
          body: given === undefined
            ? { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' }
            : { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
        });
        return;
      }
    }

    rateLimit.used++;
    if (rateLimit.remaining <= 0) {
      await finish({
        status: 403,
        body: { message: `API rate limit exceeded for ${actor}.`, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      });
      return;
    }
    rateLimit.remaining--;

    if (!match) {
      violations.push(`${where}: no operation in GitHub's OpenAPI description matches this method and path`);
      await finish({ status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
      return;
    }
    const { operation } = match;
    const requestProblems = openapi.validateRequest(match, url.searchParams, body);
    if (requestProblems.length > 0) {
      for (const p of requestProblems) violations.push(`${where}: request: ${p}`);
      await finish({
        status: 400,
        body: { message: `fake-github: the request does not match GitHub's OpenAPI description: ${requestProblems.join('; ')}`, documentation_url: operation.documentationUrl },
      });
      return;
    }

    let reply: Reply;
    if (match.pathParams.owner !== undefined && (match.pathParams.owner.toLowerCase() !== owner.toLowerCase() || match.pathParams.repo?.toLowerCase() !== repo.toLowerCase())) {
      reply = { status: 404, body: notFound().body };
    } else if (operation.operationId === 'rate-limit/get') {
      const core = { limit: rateLimit.limit, remaining: rateLimit.remaining, reset: rateLimit.reset, used: rateLimit.used };
      reply = { status: 200, body: { resources: { core, search: { limit: 30, remaining: 30, reset: rateLimit.reset, used: 0 } }, rate: core } };
    } else {
      const handler = HANDLERS[operation.operationId];
      if (!handler) {
        violations.push(`${where}: the fake does not implement ${operation.operationId}`);
        await finish({ status: 404, body: { message: `Not Found (fake-github does not implement ${operation.operationId})`, documentation_url: operation.documentationUrl } });
        return;
      }
      const ctx: HandlerContext = {
        model,
        render,
        params: match.pathParams,
        query: url.searchParams,
        body: body.kind === 'json' ? body.value : undefined,
        headers: req.headers,
        req,
        path,
        actor,
        objectUrl,
        tmpDir,
      };
      try {
        reply = await handler(ctx);
      } catch (error) {
        if (error instanceof HttpError) {
          const errorBody = { ...error.body };
          if ('documentation_url' in errorBody) errorBody.documentation_url = operation.documentationUrl;
          reply = { status: error.status, body: errorBody, headers: error.headers };
        } else {
          violations.push(`${where}: the fake crashed: ${(error as Error).stack ?? String(error)}`);
          reply = { status: 500, body: { message: `fake-github crashed: ${(error as Error).message}` } };
        }
      }
    }
    if (host === 'uploads' && record.body === undefined && reply.status === 201) {
      const asset = reply.body as { size?: number; digest?: string };
      record.body = { size: asset.size, sha256: asset.digest?.replace(/^sha256:/, '') };
    }

    const responseProblems = openapi.validateResponse(
      operation,
      reply.status,
      reply.raw ? { kind: 'other' } : reply.body !== undefined ? { kind: 'json', value: reply.body } : { kind: 'none' },
    );
    if (responseProblems.length > 0) {
      for (const p of responseProblems) violations.push(`${where}: response: ${p}`);
      reply = { status: 500, body: { message: `fake-github: the response does not match GitHub's OpenAPI description: ${responseProblems.join('; ')}` } };
    }
    await finish(reply);
  }

  function handleWeb(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', web);
    const record: RecordedRequest = { host: 'web', method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers: flatHeaders(req), status: 0 };
    requests.push(record);
    const notFoundText = (): void => {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
    };
    const object = /^\/_objects\/(release-assets|artifacts)\/(\d+)$/.exec(url.pathname);
    if (object) {
      const [, kind, idText] = object;
      const id = Number(idText);
      if (url.searchParams.get('sig') !== sign(kind, id)) {
        record.status = 403;
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code></Error>');
        return;
      }
      if (kind === 'release-assets') {
        let found: { asset: ReleaseAssetState } | undefined;
        try {
          found = model.asset(id);
        } catch {
          notFoundText();
          return;
        }
        const { asset } = found;
        if (req.method !== 'HEAD') asset.downloadCount++;
        record.status = serveBytes(req, res, asset.size, (start, end) => createReadStream(asset.file, { start, end }), asset.name);
        return;
      }
      const artifact = state.artifacts.find((a) => a.id === id);
      if (!artifact) {
        notFoundText();
        return;
      }
      record.status = serveBytes(req, res, artifact.zip.length, (start, end) => Readable.from([artifact.zip.subarray(start, end + 1)]), `${artifact.name}.zip`);
      return;
    }
    const download = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (download && download[1].toLowerCase() === owner.toLowerCase() && download[2].toLowerCase() === repo.toLowerCase()) {
      const tag = decodeURIComponent(download[3]);
      const name = decodeURIComponent(download[4]);
      const release = state.releases.find((r) => model.releaseUrlTag(r) === tag);
      const asset = release?.assets.find((a) => a.name === name);
      if (!asset) {
        notFoundText();
        return;
      }
      record.status = 302;
      res.writeHead(302, { location: objectUrl('release-assets', asset.id), 'content-length': '0' });
      res.end();
      return;
    }
    notFoundText();
  }

  const guard = (fn: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void) => (req: IncomingMessage, res: ServerResponse) => {
    Promise.resolve()
      .then(() => fn(req, res))
      .catch((error: unknown) => {
        violations.push(`${req.method} ${req.url}: the fake crashed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: 'fake-github crashed' }));
        } else {
          res.destroy();
        }
      });
  };
  apiServer.on('request', guard((req, res) => handleApi('api', req, res)));
  uploadsServer.on('request', guard((req, res) => handleApi('uploads', req, res)));
  webServer.on('request', guard(handleWeb));

  const resolveOrThrow = (ref: string, what: string): string => {
    const sha = model.resolveCommitish(ref);
    if (!sha) throw new Error(`${what}: ${ref} does not name a commit`);
    return sha;
  };

  const fake: FakeGitHub = {
    url: api,
    uploadsUrl: uploads,
    webUrl: web,
    owner,
    repo,
    token: options.token,
    state,
    requests,
    violations,
    rateLimit,
    openApiStats: openapi.stats,
    injectFaults(fn) {
      faults.push(fn);
    },
    clearFaults() {
      faults.length = 0;
    },
    routeUploadsVia(url) {
      urls.uploads = url.replace(/\/+$/, '');
    },
    snapshot: () => snapshotState(state),
    env() {
      return {
        GITHUB_API_URL: api,
        GITHUB_SERVER_URL: web,
        GITHUB_GRAPHQL_URL: `${api}/graphql`,
        GITHUB_REPOSITORY: `${owner}/${repo}`,
        GITHUB_REPOSITORY_OWNER: owner,
        ...(options.token !== undefined ? { GITHUB_TOKEN: options.token } : {}),
      };
    },
    async close() {
      for (const server of [apiServer, uploadsServer, webServer]) server.closeAllConnections();
      await Promise.all(
        [apiServer, uploadsServer, webServer].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
      );
      rmSync(tmpDir, { recursive: true, force: true });
    },

    commitFiles: (branch, files, message, opts) => model.commitFiles(branch, files, message, opts),
    createBranch(name, sha) {
      model.createRef(`refs/heads/${name}`, resolveOrThrow(sha ?? state.defaultBranch, 'createBranch'));
    },
    createTag(name, sha, opts) {
      const commit = resolveOrThrow(sha ?? state.defaultBranch, 'createTag');
      const target = opts?.message === undefined ? commit : model.createTagObject({ tag: name, message: opts.message, object: commit, type: 'commit' });
      model.createRef(`refs/tags/${name}`, target);
    },
    addCheckRun: (sha, name, conclusion, opts) => model.addCheckRun(sha, name, conclusion, opts),
    addStatus: (sha, context, value, opts) => model.addStatus(sha, context, value, opts),
    addRelease(seed) {
      const { assets, author, draft, ...input } = seed;
      const release = model.createRelease({ ...input, draft: true }, author ?? owner);
      for (const [name, data] of Object.entries(assets ?? {})) fake.addReleaseAsset(release.id, name, data);
      return draft === true ? release : model.updateRelease(release.id, { draft: false });
    },
    addReleaseAsset(releaseId, name, data, contentType = 'application/octet-stream') {
      const bytes = Buffer.from(data);
      const file = join(tmpDir, `asset-${randomBytes(8).toString('hex')}`);
      writeFileSync(file, bytes);
      return model.addAsset(
        releaseId,
        { name, contentType, size: bytes.length, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, file },
        model.release(releaseId).author,
      );
    },
    async addArtifact(runId, name, files, opts) {
      return model.addArtifact(runId, name, await buildZip(files), opts);
    },
    openPullRequest: (head, base, title, body) => model.createPull({ head, base, title, body }, owner),
    mergePullRequest: (number) => model.mergePull(number),

    branchSha: (name) => model.branchSha(name),
    tagSha: (name) => model.tagSha(name),
    commit: (sha) => model.git.commit(sha),
    readFile(ref, path) {
      const sha = model.resolveCommitish(ref);
      const commit = sha ? model.git.commit(sha) : undefined;
      const entry = commit ? model.git.lookup(commit.tree, path) : undefined;
      return entry?.type === 'blob' ? model.git.blob(entry.sha)?.data.toString('utf8') : undefined;
    },
    assetBytes(assetId) {
      const { asset } = model.asset(assetId);
      return readFileSync(asset.file);
    },
  };
  return fake;
}
