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
  md5: string;
  sha256: string;
  blake2b_256: string;
  /** ISO 8601, UTC, from the index's clock (`now()`). */
  upload_time: string;
  /** Where the bytes live, relative to the index directory: `files/<b2[0:2]>/<b2[2:4]>/<b2[4:]>/<filename>`. */
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

export interface LocalIndexOptions {
  /** Files and a JSON state file (`state.json`) live here; the index survives a restart. */
  dir: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  /** When set, uploads need HTTP Basic `__token__:<token>`; when unset, uploads are open. */
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
  /** `…/legacy/` */
  uploadUrl: string;
  /** `…/simple/` */
  simpleUrl: string;
  /** `…/pypi/` */
  jsonUrl: string;
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
