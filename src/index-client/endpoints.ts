/**
 * Where a package index lives: the legacy upload URL a user names (`pypi`,
 * `testpypi` or any URL), and the simple index, JSON API, trusted-publishing
 * endpoints and release pages that belong with it.
 */
import { UserError } from '../errors.js';

export interface IndexEndpoints {
  /** `pypi`, `testpypi`, or `custom` for any other index. */
  name: 'pypi' | 'testpypi' | 'custom';
  /** The legacy upload API (`…/legacy/`). */
  uploadUrl: URL;
  /** PEP 503/691 simple index base (`…/simple/`). */
  simpleUrl: URL;
  /** JSON API base (`…/pypi/`); a release is `<base><project>/<version>/json`. */
  jsonUrl: URL;
  /** Trusted publishing's `/_/oidc/…` endpoints are on the upload URL's origin, as twine and the PyPA action use them. */
  oidcBase: URL;
  /** The web page of one release, for people. */
  releasePage(project: string, version: string): string;
}

const PYPI = { upload: 'https://upload.pypi.org/legacy/', site: 'https://pypi.org/' };
const TESTPYPI = { upload: 'https://test.pypi.org/legacy/', site: 'https://test.pypi.org/' };
/** Hosts twine always talks to over https, whatever scheme the URL was written with. */
const PYPI_HOSTS = new Set(['pypi.org', 'upload.pypi.org', 'pypi.python.org', 'upload.pypi.io']);
const TESTPYPI_HOSTS = new Set(['test.pypi.org', 'testpypi.python.org']);

export interface EndpointOverrides {
  simpleUrl?: URL;
  jsonUrl?: URL;
}

/** `repository` is `pypi`, `testpypi` or an absolute http(s) upload URL. */
export function resolveEndpoints(repository: string | URL, overrides: EndpointOverrides = {}): IndexEndpoints {
  const given = typeof repository === 'string' ? repository.trim() : repository.href;
  let name: IndexEndpoints['name'];
  let uploadUrl: URL;
  let site: URL;
  if (given === 'pypi') {
    name = 'pypi';
    uploadUrl = new URL(PYPI.upload);
    site = new URL(PYPI.site);
  } else if (given === 'testpypi') {
    name = 'testpypi';
    uploadUrl = new URL(TESTPYPI.upload);
    site = new URL(TESTPYPI.site);
  } else {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new UserError(`The repository ${JSON.stringify(given)} is neither pypi, testpypi nor an absolute upload URL such as https://upload.pypi.org/legacy/.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new UserError(`The repository URL ${given} must use http or https.`);
    }
    if (url.username || url.password) {
      throw new UserError('The repository URL must not carry a user name or password; pass the API token as the token input (it is masked), or use trusted publishing.');
    }
    if (PYPI_HOSTS.has(url.hostname)) {
      name = 'pypi';
      url.protocol = 'https:';
      site = new URL(PYPI.site);
    } else if (TESTPYPI_HOSTS.has(url.hostname)) {
      name = 'testpypi';
      url.protocol = 'https:';
      site = new URL(TESTPYPI.site);
    } else {
      name = 'custom';
      // `…/legacy/` → `…/`; `…/legacy` (missing slash, answered later with twine's hint) → `…/`.
      site = new URL(url.pathname.endsWith('/') ? '..' : '.', url);
      site.search = '';
      site.hash = '';
    }
    uploadUrl = url;
  }
  const simpleUrl = overrides.simpleUrl ?? new URL('simple/', site);
  const jsonUrl = overrides.jsonUrl ?? new URL('pypi/', site);
  return {
    name,
    uploadUrl,
    simpleUrl: withSlash(simpleUrl),
    jsonUrl: withSlash(jsonUrl),
    oidcBase: new URL('/', uploadUrl),
    releasePage: (project, version) => new URL(`project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`, site).href,
  };
}

function withSlash(url: URL): URL {
  const copy = new URL(url.href);
  if (!copy.pathname.endsWith('/')) copy.pathname += '/';
  return copy;
}

/** Loopback hosts, where plain http is not a risk to credentials. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
