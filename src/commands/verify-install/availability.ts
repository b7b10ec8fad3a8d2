/**
 * Whether an index lists a release for this interpreter yet: the version, and
 * a wheel pip would install here (tags, Requires-Python, yanked), and the
 * polling that waits for it with a capped exponential backoff and a deadline.
 */
import { comparePep440, parsePep440 } from '../../versions/pep440.js';
import pep440 from '@renovatebot/pep440';
import { UserError } from '../../errors.js';
import { normalizeName, normalizeVersion, parseDistributionFilename, versionsEqual, type DistributionFilename } from '../../distributions/index.js';
import { silentLogger, type Logger } from '../../log.js';
import { exponentialBackoff, pollUntil, type Look } from '../../poll.js';
import { preferredWheel, wheelSupportIndex } from '../../python/index.js';
import { describeError, httpRetryDecision, HttpStatusError, redactUrl, splitCredentials } from '../../http/index.js';
import { fetchSimplePage, type SimpleFile as IndexFile, type SimplePage, type SimplePageAnswer } from '../../index-client/simple-api.js';

export interface Target {
  project: string;
  version: string;
  /** The environment's compatible tags, most preferred first. */
  tags: string[];
  /** The interpreter's X.Y.Z, for Requires-Python. */
  pythonVersion: string;
  /** 'CPython 3.12.1': for messages. */
  pythonLabel: string;
  /** pip skips yanked files unless the requirement pins them with ==. */
  allowYanked: boolean;
  /** The one file wanted (a leg's named wheel): only it is chosen, and a verdict against it is final. */
  filename?: string;
}

export interface FileVerdict {
  file: IndexFile;
  parsed?: DistributionFilename;
  /** Why pip would not install it here; undefined when it would. */
  rejected?: string;
}

export interface ListingEvaluation {
  /** Every version the page lists for the project, normalized, oldest first. */
  versions: string[];
  /** The files of the expected version, each with pip's verdict for this interpreter. */
  files: FileVerdict[];
  /** Installable wheels of the version, pip's preference first. */
  compatible: IndexFile[];
  /** The one pip would choose. */
  chosen?: IndexFile;
}

/** Requires-Python as pip checks it: against X.Y.Z (no pre-release suffix); an invalid specifier does not exclude. */
export function requiresPythonAllows(spec: string | undefined, pythonVersion: string): boolean {
  if (!spec || !spec.trim()) return true;
  const release = /^\d+(?:\.\d+){0,2}/.exec(pythonVersion)?.[0] ?? pythonVersion;
  const parts = release.split('.');
  while (parts.length < 3) parts.push('0');
  try {
    if (!pep440.validRange(spec)) return true;
    return pep440.satisfies(parts.join('.'), spec);
  } catch {
    return true;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = parsePep440(a);
  const pb = parsePep440(b);
  if (pa && pb) return comparePep440(pa, pb);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the listing offers this interpreter for `target.version`. */
export function evaluateListing(files: IndexFile[], target: Target): ListingEvaluation {
  const project = normalizeName(target.project);
  const versions = new Set<string>();
  const verdicts: FileVerdict[] = [];
  for (const file of files) {
    let parsed: DistributionFilename;
    try {
      parsed = parseDistributionFilename(file.filename);
    } catch {
      continue; // not a distribution filename pip would consider
    }
    if (parsed.normalizedName !== project) continue;
    versions.add(parsed.normalizedVersion);
    if (!versionsEqual(parsed.version, target.version)) continue;
    const verdict: FileVerdict = { file, parsed };
    if (parsed.kind !== 'wheel') {
      verdict.rejected = 'an sdist: verify-install tests the wheel (pip runs with --only-binary)';
    } else if (wheelSupportIndex(file.filename, target.tags) === -1) {
      verdict.rejected = `not for ${target.pythonLabel}: none of its tags (${parsed.tags.join(', ')}) is one this interpreter's pip accepts`;
    } else if (!requiresPythonAllows(file.requiresPython, target.pythonVersion)) {
      verdict.rejected = `Requires-Python "${file.requiresPython}" excludes ${target.pythonLabel}`;
    } else if (file.yanked && !target.allowYanked) {
      verdict.rejected = `yanked${typeof file.yanked === 'string' ? ` (${file.yanked})` : ''}: pip skips it unless pinned with ==`;
    }
    verdicts.push(verdict);
  }
  const usable = verdicts.filter((v) => !v.rejected && (!target.filename || v.file.filename === target.filename)).map((v) => v.file);
  const byName = new Map(usable.map((f) => [f.filename, f]));
  const order = [...usable].sort((a, b) => wheelSupportIndex(a.filename, target.tags) - wheelSupportIndex(b.filename, target.tags));
  const preferred = preferredWheel(usable.map((f) => f.filename), target.tags);
  return {
    versions: [...versions].sort(compareVersions),
    files: verdicts,
    compatible: order,
    ...(preferred ? { chosen: byName.get(preferred) } : {}),
  };
}

/** One paragraph saying what the index lists, for a timeout or a wrong-version failure. */
export function describeListing(evaluation: ListingEvaluation, target: Pick<Target, 'project' | 'version'>, page: SimplePage): string {
  const where = page.url;
  if (evaluation.versions.length === 0) return `${where} lists no distribution files of ${target.project}.`;
  const versions = evaluation.versions.length > 12
    ? `${evaluation.versions.length} versions, the newest ${evaluation.versions.slice(-8).join(', ')}`
    : `version${evaluation.versions.length === 1 ? '' : 's'} ${evaluation.versions.join(', ')}`;
  const head = `${where} lists ${versions}`;
  if (evaluation.files.length === 0) {
    return `${head}, but no file of ${normalizeVersion(target.version) ?? target.version}.`;
  }
  const files = evaluation.files.map((v) => `${v.file.filename} (${v.rejected ?? 'installable here'})`);
  return `${head}; the files of ${normalizeVersion(target.version) ?? target.version} are: ${files.join('; ')}.`;
}

/**
 * The wait before poll `n + 1`: 1 s, then ×1.5 each time, capped at 10 s, with
 * ±10 % jitter so that the legs of a matrix do not poll in step. Short early
 * waits report availability to within a few seconds; the cap keeps a 15-minute
 * wait near 100 requests.
 */
export function pollDelayMs(n: number, random: () => number = Math.random): number {
  return exponentialBackoff({ firstMs: 1000, factor: 1.5, maxMs: 10_000, jitter: 0.1, random })(n);
}

export interface WaitOptions {
  indexUrl: string;
  projectUrl: string;
  target: Omit<Target, 'tags'>;
  /** The tags arrive once the environment exists; polling starts before. */
  tags: Promise<string[]> | string[];
  /** Epoch ms the action started; seconds-to-available count from here. */
  startedAt: number;
  /** Epoch ms after which no further poll starts. */
  deadline: number;
  log?: Logger;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** One request's own limit; default 30 s. */
  requestTimeoutMs?: number;
}

export interface Availability {
  page: SimplePage;
  evaluation: ListingEvaluation & { chosen: IndexFile };
  /** When the answer that listed it arrived, epoch ms. */
  availableAt: number;
  secondsToAvailable: number;
  polls: number;
}

function secondsText(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Polls the project page until it lists `version` with a wheel pip would
 * install here. A missing page (404) and passing failures (network, 5xx, 429)
 * mean "not yet"; 401/403 and other client errors stop at once. At the
 * deadline, throws a UserError that says what the index listed at the last poll.
 */
export async function waitForRelease(opts: WaitOptions): Promise<Availability> {
  const log = opts.log ?? silentLogger;
  const now = opts.now ?? Date.now;
  let tags: string[] | undefined;
  let lastReported = '';
  const look = async (poll: number): Promise<Look<Availability, LastPoll>> => {
    let answer: SimplePageAnswer | undefined;
    let error: unknown;
    try {
      answer = await fetchSimplePage(opts.projectUrl, { timeoutMs: opts.requestTimeoutMs });
    } catch (err) {
      if (err instanceof UserError) throw err;
      if (err instanceof HttpStatusError && (err.status === 401 || err.status === 403)) {
        throw new UserError(splitCredentials(opts.projectUrl).authorization
          ? `The index refused to show ${opts.target.project}: ${err.message}. The credentials in index-url were refused: check that the user and token are current and may read this project.`
          : `The index refused to show ${opts.target.project}: ${err.message}. Put credentials in the index URL (https://user:token@host/simple/) or use a public index.`);
      }
      if (err instanceof HttpStatusError && err.status >= 400 && err.status < 500 && err.status !== 408 && err.status !== 429) {
        throw new UserError(`The index answered ${err.message} for the project page. Check index-url: it must be a simple index such as https://pypi.org/simple/.`);
      }
      // A name that does not resolve, TLS spoken to a plain-HTTP server, a cap exceeded: no wait changes these.
      if (!(err instanceof HttpStatusError) && !httpRetryDecision(err).retry) {
        throw new UserError(`Could not read ${redactUrl(opts.projectUrl)}: ${describeError(err)}. Waiting would not change that: check index-url (its host name, and http:// versus https://).`);
      }
      error = err;
    }
    const at = now();
    let evaluation: ListingEvaluation | undefined;
    if (answer?.found) {
      tags ??= await opts.tags;
      evaluation = evaluateListing(answer.page.files, { ...opts.target, tags });
      const wanted = opts.target.filename ? evaluation.files.find((v) => v.file.filename === opts.target.filename) : undefined;
      if (wanted?.rejected) {
        throw new UserError(`${answer.page.url} lists ${wanted.file.filename}, but pip would not install it on ${opts.target.pythonLabel}: ${wanted.rejected}.`);
      }
      if (evaluation.chosen) {
        const seconds = (at - opts.startedAt) / 1000;
        log.info(`${answer.page.url} lists ${evaluation.chosen.filename} after ${seconds.toFixed(1)} s (poll ${poll}, ${answer.page.format.toUpperCase()} page)`);
        const available: Availability = {
          page: answer.page,
          evaluation: evaluation as Availability['evaluation'],
          availableAt: at,
          secondsToAvailable: Math.round(seconds * 10) / 10,
          polls: poll,
        };
        return { done: true, value: available };
      }
    }
    const status = error !== undefined
      ? `the request failed: ${describeError(error)}`
      : !answer!.found
        ? `${answer!.status} (the project is not listed)`
        : `not yet: ${describeListing(evaluation!, opts.target, answer!.page)}`;
    if (status !== lastReported) {
      log.info(`Waiting for ${opts.target.project} ${opts.target.version} on ${redactUrl(opts.indexUrl)}: ${status}`);
      lastReported = status;
    }
    return { done: false, state: { answer, error, at, evaluation } };
  };
  const { value } = await pollUntil({
    look,
    deadline: opts.deadline,
    backoff: (poll) => pollDelayMs(poll, opts.random),
    onTimeout: ({ state }) => {
      throw notAvailable(opts, state);
    },
    now,
    sleep: opts.sleep,
  });
  return value;
}

interface LastPoll {
  answer?: SimplePageAnswer;
  error?: unknown;
  at: number;
  evaluation?: ListingEvaluation;
}

/** At the deadline: what the index listed at the last poll. */
function notAvailable(opts: WaitOptions, last: LastPoll): UserError {
  const waited = secondsText(last.at - opts.startedAt);
  const limit = secondsText(opts.deadline - opts.startedAt);
  const what = opts.target.filename ?? `${opts.target.project} ${opts.target.version} with a wheel for ${opts.target.pythonLabel}`;
  const head = `${what} did not appear on ${redactUrl(opts.indexUrl)} within wait-timeout (${limit}; last poll at ${waited}).`;
  let seen: string;
  if (last.error !== undefined) seen = `The last poll of ${redactUrl(opts.projectUrl)} failed: ${describeError(last.error)}.`;
  else if (!last.answer!.found) seen = `${last.answer!.url} answered ${last.answer!.status}: the index does not list ${opts.target.project} at all.`;
  else seen = `At the last poll, ${describeListing(last.evaluation!, opts.target, last.answer!.page)}`;
  return new UserError(`${head} ${seen} Check that the upload succeeded and that package, version and index match it, or raise wait-timeout.`);
}
