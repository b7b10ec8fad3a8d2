/**
 * Where the package and its dependencies come from. The test index (TestPyPI)
 * is anyone's namespace: a dependency name registered there with a higher
 * version would win pip's resolution (pip treats every index alike). So in the
 * "exact-file" mode only the one wheel comes from the test index, fetched by
 * URL and checked by sha256, and pip never sees that index at all.
 */
import { redactUrl } from '../../http/index.js';

export const PYPI_SIMPLE = 'https://pypi.org/simple/';
export const TESTPYPI_SIMPLE = 'https://test.pypi.org/simple/';

export type IndexPlan =
  /** pip installs from the index (PyPI, or one index the user trusts for everything). */
  | { mode: 'index'; indexUrl: string; extraIndexUrls: string[] }
  /** The wheel from indexUrl by URL and sha256; dependencies from dependencyIndexUrl only. */
  | { mode: 'exact-file'; indexUrl: string; dependencyIndexUrl: string }
  /** pip with --index-url and --extra-index-url: what the user asked for, with pip's mixing. */
  | { mode: 'mixed'; indexUrl: string; extraIndexUrls: string[] };

export interface IndexSettings {
  repository: 'pypi' | 'testpypi';
  indexUrl?: string;
  dependencyIndexUrl?: string;
  extraIndexUrls: string[];
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The plan and any warnings the user should read. */
export function planIndexes(s: IndexSettings): { plan: IndexPlan; warnings: string[] } {
  const warnings: string[] = [];
  const testMode = s.repository === 'testpypi' || s.dependencyIndexUrl !== undefined;
  const indexUrl = withSlash(s.indexUrl ?? (s.repository === 'testpypi' ? TESTPYPI_SIMPLE : PYPI_SIMPLE));
  const extras = s.extraIndexUrls.map(withSlash);
  if (extras.length > 0) {
    warnings.push(
      `extra-index-url is set: pip will treat ${[indexUrl, ...extras].map((u) => redactUrl(u)).join(' and ')} as one pool and install the highest version of every name `
      + 'it finds in any of them, so anyone who registers one of your dependencies (or your package) on the other index with a higher '
      + 'version decides what gets installed (dependency confusion).'
      + (testMode ? ' Leave extra-index-url empty to install the exact wheel from the test index with dependencies from dependency-index-url only.' : ''),
    );
    if (s.dependencyIndexUrl !== undefined) warnings.push('dependency-index-url is ignored because extra-index-url is set.');
    return { plan: { mode: 'mixed', indexUrl, extraIndexUrls: extras }, warnings };
  }
  if (testMode) {
    return { plan: { mode: 'exact-file', indexUrl, dependencyIndexUrl: withSlash(s.dependencyIndexUrl ?? PYPI_SIMPLE) }, warnings };
  }
  return { plan: { mode: 'index', indexUrl, extraIndexUrls: [] }, warnings };
}
