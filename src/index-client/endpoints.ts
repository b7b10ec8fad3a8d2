/**
 * Where a package index lives: the legacy upload URL a user names (`pypi`,
 * `testpypi` or any URL), and the simple index, JSON API, trusted-publishing
 * endpoints and release pages that belong with it.
 *
 * The simple index of another index is derived from its upload URL by the
 * layouts indexes use (docs/indexes.md): warehouse's `…/legacy/` has
 * `…/simple/` (and its JSON API `…/pypi/`) beside it; Azure Artifacts'
 * `…/upload/` has `…/simple/` beside it; every other index this suite knows
 * (pypiserver, Nexus, Artifactory, GitLab, CodeArtifact, Google Artifact
 * Registry) serves `<upload URL>/simple/`. devpi (`…/+simple/`) and anything
 * else is given with `index-url`.
 */
import { UserError } from '../errors.js';
import { projectPageUrl } from './simple-api.js';

export interface IndexEndpoints {
  /** `pypi`, `testpypi`, or `custom` for any other index. */
  name: 'pypi' | 'testpypi' | 'custom';
  /**
   * The index is warehouse (PyPI, TestPyPI, or an upload URL ending in `/legacy/`, warehouse's own
   * path), and keeps warehouse's rules that other indexes do not have: the 14-day rule for new files
   * of a release.
   */
  warehouse: boolean;
  /** The legacy upload API (`…/legacy/`). */
  uploadUrl: URL;
  /** PEP 503/691 simple index base (`…/simple/`), without credentials. */
  simpleUrl: URL;
  /**
   * PyPI's JSON API base (`…/pypi/`; a release is `<base><project>/<version>/json`), read only
   * for what the simple API cannot tell; absent when the index is not known to have one.
   */
  jsonUrl?: URL;
  /** Trusted publishing's `/_/oidc/…` endpoints are on the upload URL's origin, as twine and the PyPA action use them. */
  oidcBase: URL;
  /** The web page of one release, for people (the project's simple page where the index has no other). */
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
      throw new UserError('The repository URL must not carry a user name or password; pass them as the user and password inputs (the password is masked), an API token as token, or use trusted publishing.');
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
      return customEndpoints(url, overrides);
    }
    uploadUrl = url;
  }
  return {
    name,
    warehouse: true,
    uploadUrl,
    simpleUrl: withSlash(overrides.simpleUrl ?? new URL('simple/', site)),
    jsonUrl: withSlash(overrides.jsonUrl ?? new URL('pypi/', site)),
    oidcBase: new URL('/', uploadUrl),
    releasePage: (project, version) => new URL(`project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`, site).href,
  };
}

/** Any index but PyPI and TestPyPI: its layout read from the upload URL's last path segment. */
function customEndpoints(uploadUrl: URL, overrides: EndpointOverrides): IndexEndpoints {
  const segments = uploadUrl.pathname.split('/').filter((s) => s !== '');
  const last = segments[segments.length - 1]?.toLowerCase();
  // `…/legacy/` → `…/`; `…/legacy` (missing slash, answered later with twine's hint) → `…/`.
  const parent = new URL(uploadUrl.pathname.endsWith('/') ? '..' : '.', uploadUrl);
  parent.search = '';
  parent.hash = '';
  const own = withSlash(new URL(uploadUrl.href));
  own.search = '';
  own.hash = '';
  const warehouse = last === 'legacy';
  const simpleUrl = withSlash(overrides.simpleUrl ?? new URL('simple/', warehouse || last === 'upload' ? parent : own));
  const jsonUrl = overrides.jsonUrl ?? (warehouse ? new URL('pypi/', parent) : undefined);
  return {
    name: 'custom',
    warehouse,
    uploadUrl,
    simpleUrl,
    ...(jsonUrl ? { jsonUrl: withSlash(jsonUrl) } : {}),
    oidcBase: new URL('/', uploadUrl),
    releasePage: (project, version) => (warehouse
      ? new URL(`project/${encodeURIComponent(project)}/${encodeURIComponent(version)}/`, parent).href
      : projectPageUrl(simpleUrl, project)),
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
