import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrustedRootJson } from '../attestations/trust-root.js';
import type { Logger } from '../log.js';
import type { DescriptionRenderer } from './distributions.js';
import type { TrustedPublishing } from './oidc.js';

/** One distribution file the index holds, as recorded at upload time. */
export interface StoredFile {
  /** PEP 503 normalized project name (the project's identity). */
  project: string;
  /** The `name` form field as the client sent it. */
  name: string;
  /** `str(Version(version))` of the `version` form field, as PyPI stores it. */
  version: string;
  filename: string;
  packagetype: 'sdist' | 'bdist_wheel';
  /** The `pyversion` form field (`source` for sdists). */
  python_version: string;
  requires_python: string | null;
  size: number;
  /**
   * Hex. md5 and BLAKE2b-256 are recorded at upload time only when the client sent an
   * `md5_digest` or a `blake2_256_digest` to check; otherwise they are made from the stored bytes
   * when the JSON API first shows the file (IndexStore.shownDigests).
   */
  md5?: string;
  sha256: string;
  blake2b_256?: string;
  /** ISO 8601, UTC, from the index's clock (`now()`). */
  upload_time: string;
  /** Where the bytes live, relative to the index directory: `files/<sha256[0:2]>/<sha256[2:4]>/<sha256[4:]>/<filename>` (older index directories: BLAKE2b-256 for sha256). */
  path: string;
  /** Order of arrival, 1-based; also the index's "last serial" after this upload. */
  serial: number;
  /**
   * Every non-file form field received, unaltered. Fields that may repeat in core
   * metadata (classifiers, requires_dist, project_urls, …) and any field sent more than
   * once are lists; the rest are strings.
   */
  form: Record<string, string | string[]>;
  /**
   * The PEP 740 provenance object of the attestations uploaded with the file, relative to the
   * index directory (`<path>.provenance`); absent when none were.
   */
  provenance?: string;
}

/**
 * `pypi` (the default): PyPI as warehouse serves it: the legacy upload API with warehouse's answers
 * (400 "File already exists", the 14-day rule, one sdist per release), API tokens, the simple API
 * in PEP 691 JSON and PEP 503 HTML, the JSON API, the Integrity API and trusted publishing.
 * `plain`: an index as pypiserver, devpi, Artifactory, Nexus, GitLab or CodeArtifact serve one:
 * uploads (at `/` and `/legacy/`) and the simple API as PEP 503 HTML only, without upload times;
 * no JSON API, no Integrity API, no trusted publishing; 409 for a filename it already holds; HTTP
 * Basic users with passwords, needed for every request (a private index) when any are set.
 */
export type IndexMode = 'pypi' | 'plain';

export interface LocalIndexOptions {
  /** Files and a JSON state file (`state.json`) live here; the index survives a restart. */
  dir: string;
  /** Default `pypi`. */
  mode?: IndexMode;
  /** Plain mode only: user name → password. When set, every request needs HTTP Basic as one of them. */
  users?: Record<string, string>;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /**
   * When set, uploads need HTTP Basic `__token__:<token>`; when unset, uploads are open. In plain
   * mode it is one more user, `__token__`.
   */
  token?: string;
  /**
   * Propagation delay: a new file appears on the simple pages only this many seconds after
   * its upload (the JSON API shows it at once), like PyPI's CDN lag.
   */
  delaySeconds?: number;
  /** Default 100 MiB, PyPI's default per-file limit. */
  maxFileSize?: number;
  /** The index's clock: upload times, the 14-day rule and the propagation delay use it. */
  now?: () => Date;
  log?: Logger;
  /** Extra endpoints (e.g. trusted publishing), consulted before the built-in ones. */
  routes?: LocalIndexRoute[];
  /** Trusted publishing (see oidc.ts): its endpoints are served and the tokens it mints accepted for uploads. */
  trustedPublishing?: TrustedPublishing;
  /** The Sigstore trust root uploaded attestations must verify against. Default: Sigstore's production root, as PyPI. */
  trustedRoot?: TrustedRootJson;
  /** Renders uploaded descriptions as PyPI does and refuses those that fail; false accepts them unrendered. Default: docutils in Python. */
  descriptions?: DescriptionRenderer | false;
}

export interface LocalIndex {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  mode: IndexMode;
  /** `…/legacy/`; in plain mode the root, where pypiserver takes uploads. */
  uploadUrl: string;
  /** `…/simple/` */
  simpleUrl: string;
  /** `…/pypi/`; absent in plain mode. */
  jsonUrl?: string;
  /** Every stored file, in upload order (copies). */
  files(): StoredFile[];
  close(): Promise<void>;
}

/** What a route handler can see of the running index. */
export interface IndexContext {
  readonly options: Readonly<ResolvedOptions>;
  readonly log: Logger;
  now(): Date;
  /** `http://host:port/` as the client addressed the index (its Host header), ending in "/". */
  baseUrl(req: IncomingMessage): string;
  files(): StoredFile[];
}

export interface ResolvedOptions {
  dir: string;
  mode: IndexMode;
  /** Plain mode: user name → password; every request needs one of them. */
  users?: Record<string, string>;
  host: string;
  port: number;
  token?: string;
  /** Tokens accepted besides `token` (minted by trusted publishing). */
  acceptToken?: (token: string) => boolean;
  /** The trusted publisher a minted token stands for (attestations are accepted only then). */
  publisherOf?: (token: string) => { repository: string; workflow: string; environment?: string } | undefined;
  trustedRoot?: TrustedRootJson;
  delaySeconds: number;
  maxFileSize: number;
  descriptions: DescriptionRenderer | false;
}

export interface LocalIndexRoute {
  /** HTTP methods served; GET routes answer HEAD too. */
  methods: string[];
  /** Matched against the decoded-free raw pathname (no query string). */
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, match: RegExpExecArray | null, ctx: IndexContext): Promise<void> | void;
}
