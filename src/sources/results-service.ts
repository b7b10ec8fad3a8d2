/**
 * The two questions fetch-wheels asks the Actions results service about this
 * run's artifacts, which @actions/artifact asks with no deadline and reads
 * with no size cap: which artifact has a name (ListArtifacts) and where its zip
 * can be fetched (GetSignedArtifactURL). Twirp over JSON, as the library speaks
 * it: POST {ACTIONS_RESULTS_URL}/twirp/github.actions.results.api.v1.ArtifactService/<Method>
 * with proto field names, the bearer ACTIONS_RUNTIME_TOKEN (to that origin
 * only), and the run's and job's backend ids from the token's `scp` claim.
 * Uploads stay with the library (artifact-toolkit.ts).
 */
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { httpRetryDecision, HttpStatusError, parseRetryAfter, readText, request, withRetry, type RetryOptions, type Transport } from '../http/index.js';
import { clip } from '../text/untrusted.js';

const SERVICE = 'github.actions.results.api.v1.ArtifactService';
/** A listing of one name holds a few entries; anything much larger is not the service's answer. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

export interface ResultsServiceOptions {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** ACTIONS_RUNTIME_TOKEN */
  token: string;
  log: Logger;
  transport?: Transport;
  retry?: Partial<RetryOptions>;
  /** Per request; default 10 s of silence, 30 s in all. */
  timeouts?: { idleMs?: number; deadlineMs?: number };
}

export interface ListedArtifact {
  id: number;
  name: string;
  /** Bytes of its zip. */
  size: number;
  /** `sha256:<hex>` of its zip, when the service recorded one. */
  digest?: string;
  runBackendId: string;
  jobBackendId: string;
}

/** The run's and the job's backend ids, from the runtime token's `scp` claim ("Actions.Results:<run>:<job>"). */
export function backendIds(token: string): { run: string; job: string } {
  let scp: unknown;
  try {
    scp = (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scp?: unknown }).scp;
  } catch {
    scp = undefined;
  }
  for (const scope of typeof scp === 'string' ? scp.split(' ') : []) {
    const [kind, run, job, ...rest] = scope.split(':');
    if (kind === 'Actions.Results' && run && job && rest.length === 0) return { run, job };
  }
  throw new UserError('ACTIONS_RUNTIME_TOKEN names no Actions.Results scope, so this run\'s artifacts cannot be read; it is set by the runner: leave it to the runner.');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** A field under its proto name or its JSON name (a proto3 JSON answer may use either). */
function field(o: Record<string, unknown>, proto: string): unknown {
  return o[proto] ?? o[proto.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())];
}

export class ResultsService {
  private readonly ids: { run: string; job: string };
  private readonly base: URL;

  constructor(private readonly opts: ResultsServiceOptions) {
    this.ids = backendIds(opts.token);
    try {
      this.base = new URL(opts.url);
    } catch {
      throw new UserError('ACTIONS_RESULTS_URL is not a URL; it is set by the runner: leave it to the runner.');
    }
  }

  /** The artifacts of this run with this name, newest first. */
  async list(name: string): Promise<ListedArtifact[]> {
    const answer = await this.call('ListArtifacts', { workflow_run_backend_id: this.ids.run, workflow_job_run_backend_id: this.ids.job, name_filter: name });
    const artifacts = field(answer, 'artifacts');
    if (artifacts !== undefined && !Array.isArray(artifacts)) throw this.malformed('ListArtifacts', 'artifacts is not a list');
    const out: ListedArtifact[] = [];
    for (const a of (artifacts ?? []) as unknown[]) {
      if (typeof a !== 'object' || a === null) throw this.malformed('ListArtifacts', 'an artifact is not an object');
      const o = a as Record<string, unknown>;
      const id = Number(text(field(o, 'database_id')));
      const size = Number(text(field(o, 'size')) ?? 0);
      const listedName = text(field(o, 'name'));
      const run = text(field(o, 'workflow_run_backend_id'));
      const job = text(field(o, 'workflow_job_run_backend_id'));
      if (!Number.isSafeInteger(id) || id <= 0 || !Number.isSafeInteger(size) || size < 0 || listedName === undefined || !run || !job) {
        throw this.malformed('ListArtifacts', 'an artifact lacks its id, size, name or backend ids');
      }
      if (listedName !== name) continue;
      const digest = text(field(o, 'digest'));
      out.push({ id, name: listedName, size, runBackendId: run, jobBackendId: job, ...(digest ? { digest } : {}) });
    }
    return out.sort((a, b) => b.id - a.id);
  }

  /** A short-lived URL of the artifact's zip in storage (fetched without credentials). */
  async signedUrl(artifact: ListedArtifact): Promise<string> {
    const answer = await this.call('GetSignedArtifactURL', {
      workflow_run_backend_id: artifact.runBackendId,
      workflow_job_run_backend_id: artifact.jobBackendId,
      name: artifact.name,
    });
    const url = text(field(answer, 'signed_url'));
    if (!url || !/^https?:\/\//i.test(url)) throw this.malformed('GetSignedArtifactURL', 'it holds no http(s) signed_url');
    return url;
  }

  private malformed(method: string, why: string): UserError {
    return new UserError(`The Actions results service answered ${method} with something that is not its answer (${why}); rerun the job.`);
  }

  private async call(method: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const url = new URL(`twirp/${SERVICE}/${method}`, this.base.href.endsWith('/') ? this.base : new URL(`${this.base.href}/`));
    const retry: RetryOptions = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 10_000, maxElapsedMs: 2 * 60_000, what: `${method} at ${this.base.origin}`, ...this.opts.retry };
    const answer = await withRetry(async () => {
      const res = await request(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: { Authorization: `Bearer ${this.opts.token}` },
        body: JSON.stringify(body),
        timeouts: { idleMs: 10_000, deadlineMs: 30_000, ...this.opts.timeouts },
        ...(this.opts.transport ? { transport: this.opts.transport } : {}),
      });
      const ok = res.status === 200;
      const answered = await readText(res, ok ? { maxBytes: MAX_ANSWER_BYTES } : { maxBytes: 64 * 1024, overflow: 'truncate' });
      if (!ok) {
        let said = answered.trim();
        try {
          const data = JSON.parse(answered) as { msg?: unknown; code?: unknown };
          if (typeof data.msg === 'string') said = `${typeof data.code === 'string' ? `${data.code}: ` : ''}${data.msg}`;
        } catch {
          // not Twirp's JSON error
        }
        throw new HttpStatusError(res.status, `${method} at ${this.base.origin} answered ${res.status}${said ? `: ${clip(said)}` : ''}`, parseRetryAfter(res.headers.get('retry-after') ?? undefined));
      }
      return answered;
    }, httpRetryDecision, retry, this.opts.log).catch((err: unknown) => {
      if (err instanceof UserError) throw err;
      const status = err instanceof HttpStatusError ? err.status : undefined;
      const hint = status === 401 || status === 403
        ? ' The job\'s runtime token was refused; rerun the job.'
        : ' Rerun the job; if it keeps failing, see https://www.githubstatus.com/.';
      throw new UserError(`Could not ask the Actions results service (${method}): ${(err as Error).message}.${hint}`);
    });
    try {
      const data = JSON.parse(answer) as unknown;
      if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
    } catch {
      // below
    }
    throw this.malformed(method, 'not a JSON object');
  }
}
