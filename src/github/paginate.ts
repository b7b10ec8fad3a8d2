/**
 * Bounds on a paginated GitHub listing: a page limit and an overall deadline,
 * so that an API (or something posing as one) that links to a next page
 * forever cannot keep an action listing without end.
 */
import { UserError } from '../errors.js';

/** A listing, every page and retry, ends within this long: 5 minutes. */
export const LISTING_DEADLINE_MS = 5 * 60_000;

export interface PageBounds {
  /** For messages: "the assets of release 42". */
  what: string;
  /** More pages than this is an error: no real listing of the kind has them. Default: no limit (the caller stops). */
  maxPages?: number;
  /** Default LISTING_DEADLINE_MS. */
  deadlineMs?: number;
}

/**
 * A listing's pages within its bounds. `start` makes the page iterator with
 * the signal to pass as `request: { signal }`, which ends a request still in
 * flight at the deadline.
 */
export async function* boundedPages<P>(start: (signal: AbortSignal) => AsyncIterable<P>, bounds: PageBounds): AsyncGenerator<P> {
  const deadlineMs = bounds.deadlineMs ?? LISTING_DEADLINE_MS;
  const signal = AbortSignal.timeout(deadlineMs);
  let count = 0;
  const late = (): UserError =>
    new UserError(
      `Listing ${bounds.what} did not end within ${Math.round(deadlineMs / 1000)} s (${count} page(s) read). ` +
        'GitHub is slow or keeps linking to another page; run the step again later.',
    );
  try {
    for await (const page of start(signal)) {
      if (signal.aborted) throw late();
      if (bounds.maxPages !== undefined && ++count > bounds.maxPages) {
        throw new UserError(
          `Listing ${bounds.what} stopped after ${bounds.maxPages} pages: GitHub keeps linking to another page, more than such a listing ever has. ` +
            'Check GITHUB_API_URL and that no proxy rewrites its answers.',
        );
      }
      yield page;
    }
  } catch (err) {
    if (signal.aborted && !(err instanceof UserError)) throw late();
    throw err;
  }
}
