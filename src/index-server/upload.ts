/**
 * `POST /legacy/`: PyPI's legacy upload API, following warehouse's
 * `file_upload` step by step (routing on `:action`, authentication, form and
 * metadata validation, filename, size, digests, duplicates, the 14-day rule, one
 * sdist per release, then the distribution's own preflight problems) and
 * answering with warehouse's status codes and texts.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rm } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { hash } from '../hashing/index.js';
import {
  DescriptionChecks,
  descriptionFormat,
  FilenameError,
  inspectDistribution,
  renderRefusal,
  normalizeName,
  normalizeVersion,
  parseDistributionFilename,
  type KnownDigests,
} from './distributions.js';
import { sendBody, sendError } from './http.js';
import { messages } from './messages.js';
import { ClientGone, DIGEST_FIELDS, MalformedUpload, receiveUpload, MAX_FIELD_BYTES, type ReceivedUpload } from './receive.js';
import { versionsEqualLoose } from './release-versions.js';
import type { IndexStore } from './store.js';
import type { IndexContext } from './types.js';
import {
  checkFilename,
  checkFormMetadata,
  checkProtocol,
  checkTupleFields,
  checkUploadForm,
  FormFields,
  recordForm,
} from './upload-form.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** warehouse MAXIMUM_AGE_FOR_NEW_UPLOADS_DAYS. */
export const CLOSED_RELEASE_DAYS = 14;

/** A refusal: HTTP status and warehouse's text. */
class Refusal {
  constructor(readonly status: number, readonly message: string) {}
}

export function createUploadHandler(store: IndexStore) {
  // One per index: a release's files share a description, which is then rendered once.
  let descriptions: DescriptionChecks | undefined;
  return async function handleUpload(req: IncomingMessage, res: ServerResponse, ctx: IndexContext): Promise<void> {
    if (ctx.options.descriptions !== false) descriptions ??= new DescriptionChecks(ctx.options.descriptions, 64);
    const { token, maxFileSize, acceptToken } = ctx.options;
    const authError = checkAuth(req.headers.authorization, token, acceptToken);
    let received: ReceivedUpload;
    try {
      received = await receiveUpload(req, { tmpRoot: store.tmpRoot(), maxFileSize, storeContent: authError === undefined });
    } catch (err) {
      if (err instanceof ClientGone) {
        ctx.log.debug(`local index: the client left during an upload (${err.message})`);
        res.destroy();
        return;
      }
      if (err instanceof MalformedUpload) {
        sendError(res, 400, `Malformed multipart/form-data body: ${err.message}`);
        return;
      }
      throw err;
    }
    let outcome: Awaited<ReturnType<typeof decide>>;
    try {
      outcome = await decide(received, authError, store, ctx, req, descriptions);
    } finally {
      // Cleaned up before answering, so a client that sees the answer sees no leftovers.
      await received.written;
      if (received.tmpDir) await rm(received.tmpDir, { recursive: true, force: true });
    }
    if (outcome instanceof Refusal) {
      ctx.log.debug(`local index: refused upload of ${received.content?.filename ?? '(no file)'}: ${outcome.status} ${outcome.message}`);
      sendError(res, outcome.status, outcome.message);
    } else if (outcome === 'upload-page') {
      sendUploadPage(res);
    } else {
      sendBody(res, 200, 'text/plain; charset=utf-8', '');
    }
  };
}

async function decide(
  received: ReceivedUpload,
  authError: string | undefined,
  store: IndexStore,
  ctx: IndexContext,
  req: IncomingMessage,
  descriptions: DescriptionChecks | undefined,
): Promise<Refusal | 'upload-page' | 'stored' | 'duplicate'> {
  const raw = new FormFields(received.fields);
  // Pyramid's request.params: the query string first, then the body.
  const action = new URL(req.url ?? '/', 'http://index.invalid').searchParams.get(':action') ?? raw.get(':action');
  switch (action) {
    case 'file_upload':
      break;
    case 'submit':
    case 'submit_pkg_info':
      return new Refusal(410, messages.submitGone);
    case 'doc_upload':
      return new Refusal(410, messages.docUploadGone);
    default:
      // warehouse falls through to a template view: 200 and an HTML page, nothing stored.
      ctx.log.warning(`local index: POST /legacy/ without a known :action (${action === undefined || action === null ? 'none' : JSON.stringify(action)}); nothing was uploaded`);
      return 'upload-page';
  }
  if (authError) return new Refusal(403, authError);

  const fields = raw.sanitized();
  const early = checkProtocol(fields)
    ?? checkTupleFields(received.fileParts)
    ?? (received.truncatedField !== undefined
      ? `${received.truncatedField}: the local index holds form fields up to ${MAX_FIELD_BYTES / (1024 * 1024)} MiB.`
      : undefined)
    ?? checkUploadForm(fields)
    ?? checkFormMetadata(fields);
  if (early) return new Refusal(400, early);

  const content = received.content;
  if (!content || content.filename === undefined) return new Refusal(400, messages.noFile);
  const unrendered = await renderDescription(fields.get('description'), fields.get('description_content_type'), descriptions, ctx);
  if (unrendered) return unrendered;
  const name = fields.get('name')!;
  const project = normalizeName(name);
  const filetype = fields.get('filetype') as 'sdist' | 'bdist_wheel';
  const filename = content.filename;
  const filenameError = checkFilename(filename, filetype);
  if (filenameError) return new Refusal(400, filenameError);
  if (!content.mimeType || content.mimeType.startsWith('image/')) return new Refusal(400, messages.invalidDistribution);
  if (content.overflow) {
    return new Refusal(400, messages.fileTooLarge(store.project(project)?.name ?? name, ctx.options.maxFileSize));
  }
  const digests = content.digests!;
  // A digest field sent after the file (no known client does that) is checked against the stored bytes.
  const late = (Object.keys(DIGEST_FIELDS) as (keyof typeof DIGEST_FIELDS)[]).filter((d) => fields.get(DIGEST_FIELDS[d]) && digests[d] === undefined);
  if (late.length > 0) Object.assign(digests, await hash(content.path!, late));
  const supplied: [string | undefined, string | undefined][] = [
    [fields.get('md5_digest'), digests.md5],
    [fields.get('sha256_digest'), digests.sha256],
    [fields.get('blake2_256_digest'), digests.blake2b256],
  ];
  if (supplied.some(([given, computed]) => given && given.toLowerCase() !== computed)) {
    return new Refusal(400, messages.digestMismatch);
  }
  // warehouse names the upload's BLAKE2b-256 when it refuses a file it already has; made then, if not before.
  const fileExists = async (): Promise<Refusal> => {
    digests.blake2b256 ??= (await hash(content.path!, ['blake2b256'])).blake2b256;
    return new Refusal(400, messages.fileExists(filename, digests.blake2b256));
  };

  const version = normalizeVersion(fields.get('version')!)!;
  /** Duplicates, the 14-day rule and one sdist per release: what depends on the files already stored. */
  const againstStore = async (): Promise<Refusal | 'duplicate' | undefined> => {
    // A plain index (pypiserver and most others) refuses any filename it holds, whatever the bytes, and knows none of PyPI's release rules.
    if (ctx.options.mode === 'plain') return store.byFilename(filename) ? new Refusal(409, messages.plainFileExists(filename)) : undefined;
    const existing = store.conflicting(filename, digests.sha256);
    if (existing) return existing.filename === filename && existing.sha256 === digests.sha256 ? 'duplicate' : fileExists();
    const release = store.releaseFiles(project, version);
    if (release.length > 0) {
      const opened = Math.min(...release.map((f) => Date.parse(f.upload_time)));
      if (ctx.now().getTime() - opened > CLOSED_RELEASE_DAYS * DAY_MS) return new Refusal(400, messages.closedRelease);
    }
    if (filetype === 'sdist' && release.some((f) => f.packagetype === 'sdist')) return new Refusal(400, messages.secondSdist);
    return undefined;
  };
  const duplicate = (): 'duplicate' => {
    ctx.log.info(`local index: ${filename} is already stored with the same bytes; nothing changed`);
    return 'duplicate';
  };

  const before = await againstStore();
  if (before === 'duplicate') return duplicate();
  if (before) return before;
  // Reading the archive is the slow part; it runs outside the lock so uploads proceed in parallel.
  const hashedOnArrival: KnownDigests = { sha256: digests.sha256, size: content.size, ...(digests.blake2b256 !== undefined ? { blake2b256: digests.blake2b256 } : {}) };
  const problem = await preflight(content.path!, filename, ctx.options.maxFileSize, hashedOnArrival)
    ?? filenameAgainstForm(filename, filetype, name, version, store.project(project)?.name ?? name);
  if (problem) return new Refusal(400, problem);
  // warehouse checks attestations last, once the file itself is known to be acceptable.
  const provenance = fields.has('attestations')
    ? await attestationsProvenance(fields.get('attestations')!, { filename, sha256: digests.sha256 }, req.headers.authorization, ctx)
    : undefined;
  if (provenance instanceof Refusal) return provenance;

  return store.exclusive(async () => {
    // Another upload may have landed meanwhile: decide again on the current state.
    const now = await againstStore();
    if (now === 'duplicate') return duplicate();
    if (now) return now;
    const requiresPython = fields.get('requires_python');
    const stored = await store.add(
      {
        project,
        name,
        version,
        filename,
        packagetype: filetype,
        python_version: fields.get('pyversion') || 'source',
        requires_python: requiresPython && requiresPython.trim() ? requiresPython : null,
        size: content.size,
        ...(digests.md5 !== undefined ? { md5: digests.md5 } : {}),
        sha256: digests.sha256,
        ...(digests.blake2b256 !== undefined ? { blake2b_256: digests.blake2b256 } : {}),
        upload_time: ctx.now().toISOString(),
        // The attestations are kept as the provenance object, not twice.
        form: recordForm(new FormFields(raw.entries.filter(([key]) => key !== 'attestations'))),
      },
      content.path!,
      provenance,
    );
    ctx.log.info(`local index: stored ${stored.filename} (${stored.size} bytes, sha256 ${stored.sha256})`);
    return 'stored';
  });
}

/** The API token of an HTTP Basic `__token__` header. */
function uploadToken(authorization: string | undefined): string | undefined {
  const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? '');
  const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  return decoded.startsWith('__token__:') ? decoded.slice('__token__:'.length) : undefined;
}

/**
 * warehouse's IntegrityService for one upload: attestations only from a trusted publisher, checked
 * against the uploaded file, that publisher's identity and the trust root; the provenance object
 * PyPI serves for the file, or the refusal.
 */
async function attestationsProvenance(
  field: string,
  dist: { filename: string; sha256: string },
  authorization: string | undefined,
  ctx: IndexContext,
): Promise<Refusal | Record<string, unknown>> {
  const token = uploadToken(authorization);
  const publisher = token !== undefined ? ctx.options.publisherOf?.(token) : undefined;
  if (!publisher) return new Refusal(400, messages.invalidAttestations(messages.attestationsNeedTrustedPublishing));
  // Sigstore verification is loaded only by an index that receives attestations.
  const [{ AttestationRejected, checkAttestationSet }, { productionTrustedRoot }] = await Promise.all([
    import('../attestations/verify.js'),
    import('../attestations/trust-root.js'),
  ]);
  try {
    const verified = checkAttestationSet(field, dist, { trustedRoot: ctx.options.trustedRoot ?? productionTrustedRoot(), publisher });
    return {
      version: 1,
      attestation_bundles: [{
        publisher: { kind: 'GitHub', repository: publisher.repository, workflow: publisher.workflow, environment: publisher.environment ?? null },
        attestations: verified.map((v) => v.attestation),
      }],
    };
  } catch (err) {
    if (err instanceof AttestationRejected) return new Refusal(400, messages.invalidAttestations(err.message));
    throw err;
  }
}

/**
 * Authentication as PyPI does it today: API tokens only, sent as HTTP Basic with
 * the user name `__token__`. Undefined when the request may upload.
 */
export function checkAuth(authorization: string | undefined, token: string | undefined, acceptToken?: (token: string) => boolean): string | undefined {
  if (token === undefined && acceptToken === undefined) return undefined;
  const match = /^basic\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) return messages.noIdentity;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return messages.noIdentity;
  if (decoded.slice(0, colon) !== '__token__') return messages.passwordAuth;
  if (acceptToken?.(decoded.slice(colon + 1))) return undefined;
  if (token === undefined) return messages.noIdentity;
  const given = Buffer.from(decoded.slice(colon + 1), 'utf8');
  const expected = Buffer.from(token, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return messages.noIdentity;
  return undefined;
}

/**
 * warehouse renders the form's description (readme_renderer, by its content
 * type) and refuses what does not render. When nothing here can render
 * reStructuredText the upload is taken, with a warning in the index's log.
 */
async function renderDescription(description: string | undefined, contentType: string | undefined, checks: DescriptionChecks | undefined, ctx: IndexContext): Promise<Refusal | undefined> {
  if (!description || !checks) return undefined;
  const verdict = await checks.verdict(description, descriptionFormat(contentType));
  if (verdict.kind === 'refused') return new Refusal(400, renderRefusal(contentType || undefined));
  if (verdict.kind === 'unchecked') ctx.log.warning(`local index: the description was not rendered (${verdict.reason}); PyPI would render it and refuse it on markup errors`);
  return undefined;
}

/**
 * The order in which warehouse's `file_upload` reaches each check (archive
 * validity before the filename's name and version, and so on): the index
 * answers with the problem PyPI would name first.
 */
const WAREHOUSE_ORDER: Record<string, number> = {
  'filename-characters': 11, 'filename-extension': 11,
  'file-too-large': 12,
  'zip-invalid': 18.1, 'sdist-invalid': 18.1, 'zip-compression-ratio': 18.2, 'sdist-compression-ratio': 18.2, 'zip-compression-method': 18.3,
  'sdist-top-level': 18.4, 'sdist-missing-pkg-info': 18.4, 'wheel-no-dist-info': 18.4, 'wheel-missing-wheel-file': 18.4,
  'sdist-sparse-member': 18.5, 'zip-structure': 18.6,
  'sdist-filename': 19, 'sdist-zip': 19, 'sdist-filename-not-normalized': 19, 'license-file-missing': 19.5,
  'wheel-filename': 20, 'wheel-platform-tag': 20.1, 'name-mismatch': 20.2, 'wheel-name-not-normalized': 20.3, 'version-mismatch': 20.4,
  'wheel-missing-record': 20.5, 'wheel-entry-points': 20.6, 'wheel-missing-metadata': 20.7, 'filename-too-long': 20.8,
};

/**
 * The distribution's own problems, from the same preflight rules the publish
 * action runs; warehouse stops at the first, so does the index. Metadata
 * problems come first: warehouse validates the metadata before the file.
 */
async function preflight(path: string, filename: string, maxFileSize: number, digests: KnownDigests): Promise<string | undefined> {
  try {
    // The digests were computed as the bytes arrived, and warehouse refuses nothing that
    // hashing the members would find (a RECORD mismatch only emails the owners): only the
    // central directory and the metadata members are read.
    const info = await inspectDistribution(path, { maxFileSize, digests, verifyMembers: false });
    const refusals = info.problems.filter((p) => p.pypiMessage);
    // A renamed wheel's mismatch carries the missing-WHEEL answer, and ranks as that.
    const rank = (p: (typeof refusals)[number]): number => (p.consequences ? WAREHOUSE_ORDER['wheel-missing-wheel-file'] : WAREHOUSE_ORDER[p.rule] ?? 4);
    return refusals.sort((a, b) => rank(a) - rank(b))[0]?.pypiMessage;
  } catch (err) {
    if (err instanceof FilenameError) return err.packagingMessage;
    if (err instanceof UserError) return `${messages.invalidDistribution} ${err.message}`;
    throw new Error(`preflight of ${filename} failed: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * What warehouse checks between the filename and the *form* (not the file's own
 * METADATA): the file must belong to the project and release it is uploaded as.
 */
function filenameAgainstForm(
  filename: string,
  filetype: 'sdist' | 'bdist_wheel',
  formName: string,
  formVersion: string,
  projectName: string,
): string | undefined {
  const normalized = normalizeName(formName);
  const escaped = normalized.replace(/-/g, '_');
  let parsed;
  try {
    parsed = parseDistributionFilename(filename);
  } catch (err) {
    if (!(err instanceof FilenameError)) throw err;
    return filetype === 'sdist' ? messages.invalidSdistFilename(filename) : err.packagingMessage;
  }
  if (filetype === 'sdist') {
    if (parsed.normalizedName !== normalized) return messages.startFilenameWith(projectName, escaped);
    const expected = `${escaped}-${formVersion}.tar.gz`;
    if (filename !== expected) return messages.sdistFilenameShouldBe(filename, expected);
    return undefined;
  }
  if (parsed.normalizedName !== normalized) return messages.startFilenameWith(projectName, escaped);
  if (parsed.name !== escaped) return messages.wheelNameNotNormalized(filename, escaped, parsed.name);
  if (!versionsEqualLoose(parsed.version, formVersion)) {
    return messages.wheelVersionMismatch(formVersion, parsed.normalizedVersion);
  }
  return undefined;
}

/** warehouse's `upload.html`: what `/legacy/` shows for anything but a known `:action`. */
export function sendUploadPage(res: ServerResponse): void {
  sendBody(
    res,
    200,
    'text/html; charset=UTF-8',
    '<!DOCTYPE html>\n<html>\n  <head><title>Upload API</title></head>\n  <body>\n'
      + '    <h1>Upload API</h1>\n'
      + '    <p>This URL is an endpoint for uploading distributions with a package upload tool such as twine: '
      + 'POST multipart/form-data with <code>:action=file_upload</code>.</p>\n'
      + '  </body>\n</html>\n',
  );
}
