/**
 * A local stand-in for Sigstore's public-good instance, on loopback, for the
 * tests and the rehearsal: a Fulcio-like CA (`POST /api/v2/signingCert`) that
 * issues ten-minute certificates only for valid tokens of the local OIDC
 * issuer (audience `sigstore`, proof of possession of the key), with Fulcio's
 * GitHub claims as extensions and an embedded SCT; and a Rekor-like log
 * (`POST /api/v1/log/entries`) answering with a signed entry timestamp and an
 * inclusion proof under a signed checkpoint. The certificate authority, the
 * CT log and the transparency log are @sigstore/mock's (sigstore-js's own
 * test doubles); this file puts them behind real HTTP and in front of token
 * checks. It publishes the trust root (TUF trusted_root.json format) and the
 * signing config that make sigstore-js sign and verify against it.
 *
 * Limits of the stand-in, by design of @sigstore/mock: every log entry is its
 * own one-leaf tree (random log index), and every certificate has the same
 * serial number. Nothing is kept across restarts; a kept trust root still
 * verifies what was signed while it ran.
 */
import { generateKeyPairSync, verify as verifySignature, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initializeCA } from '@sigstore/mock/dist/fulcio/ca.js';
import { initializeCTLog } from '@sigstore/mock/dist/fulcio/ctlog.js';
import { initializeTLog } from '@sigstore/mock/dist/rekor/tlog.js';
import { GITHUB_ISSUER } from '../attestations/identity.js';
import { digestBytes } from '../hashing/index.js';
import type { TrustedRootJson } from '../attestations/trust-root.js';
import { verifyIdToken } from '../index-server/oidc.js';
import { silentLogger, type Logger } from '../log.js';
import { githubIdentity } from './fulcio-claims.js';
import { canonicalEntry } from './rekor-entries.js';

export const SIGNING_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.signingconfig.v0.2+json';
export const TRUST_CONFIG_MEDIA_TYPE = 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json';
const BODY_LIMIT = 1024 * 1024;

export interface LocalSigstoreOptions {
  /** The key the OIDC issuer signs with: an RS256 public key, or an HS256 secret. */
  oidcKey: KeyObject | string | Buffer;
  /** Default GitHub Actions' issuer. */
  issuer?: string;
  /** Default `sigstore`, as Fulcio's. */
  audience?: string;
  host?: string;
  log?: Logger;
}

export interface IssuedCertificate {
  subjectAlternativeName: string;
  claims: Record<string, unknown>;
}

export interface LocalSigstore {
  /** `http://127.0.0.1:PORT` (Fulcio and Rekor share the server; their paths differ). */
  url: string;
  fulcioUrl: string;
  rekorUrl: string;
  /** The TUF trusted_root.json that verifies what this instance signed. */
  trustedRoot: TrustedRootJson;
  /** The Sigstore signing config naming this instance (Fulcio v1 API, Rekor v1 API). */
  signingConfig: Record<string, unknown>;
  /** Both, as one client trust config (the format sigstore clients take with --trust-config). */
  trustConfig(): Record<string, unknown>;
  /** What was issued and logged, in order (tests read these). */
  readonly certificates: IssuedCertificate[];
  readonly entries: number;
  /** Answers other than success: status and reason. */
  readonly refusals: { status: number; message: string }[];
  close(): Promise<void>;
}

function ecKeyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

function spki(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' });
}

function pem(der: Buffer): string {
  const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > BODY_LIMIT ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(body.length) });
  res.end(body);
}

export async function startLocalSigstore(opts: LocalSigstoreOptions): Promise<LocalSigstore> {
  const log = opts.log ?? silentLogger;
  const issuer = opts.issuer ?? GITHUB_ISSUER;
  const audience = opts.audience ?? 'sigstore';
  const started = new Date(Date.now() - 60_000);
  const caKeys = ecKeyPair();
  const ctKeys = ecKeyPair();
  const tlogKeys = ecKeyPair();
  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const certificates: IssuedCertificate[] = [];
  const refusals: { status: number; message: string }[] = [];
  let entries = 0;
  let tlog: Awaited<ReturnType<typeof initializeTLog>> | undefined;

  const refuse = (res: ServerResponse, status: number, message: string): void => {
    refusals.push({ status, message });
    log.debug(`local sigstore: ${status} ${message}`);
    // Fulcio's and Rekor's error shape: a gRPC-style code and a message.
    sendJson(res, status, { code: status === 401 ? 16 : 3, message });
  };

  const signingCert = async (body: Buffer, res: ServerResponse): Promise<void> => {
    let request: { credentials?: { oidcIdentityToken?: unknown }; publicKeyRequest?: { publicKey?: { content?: unknown }; proofOfPossession?: unknown } };
    try {
      request = JSON.parse(body.toString('utf8')) as typeof request;
    } catch {
      refuse(res, 400, 'The request body is not JSON');
      return;
    }
    const token = request?.credentials?.oidcIdentityToken;
    const publicKey = request?.publicKeyRequest?.publicKey?.content;
    const proof = request?.publicKeyRequest?.proofOfPossession;
    if (typeof token !== 'string' || typeof publicKey !== 'string' || typeof proof !== 'string') {
      refuse(res, 400, 'The request needs credentials.oidcIdentityToken and publicKeyRequest (publicKey, proofOfPossession)');
      return;
    }
    const checked = verifyIdToken(token, { key: opts.oidcKey, issuer, audience, nowSeconds: Date.now() / 1000, leewaySeconds: 60 });
    if ('error' in checked) {
      refuse(res, 401, 'There was an error processing the identity token');
      return;
    }
    const identity = githubIdentity(checked.claims);
    const subject = checked.claims.sub;
    if (!identity || typeof subject !== 'string') {
      refuse(res, 400, 'The identity token is not a GitHub Actions workflow token (no job_workflow_ref or sub)');
      return;
    }
    let key: Buffer<ArrayBuffer>;
    try {
      const proven = verifySignature('sha256', Buffer.from(subject), publicKey, Buffer.from(proof, 'base64'));
      if (!proven) throw new Error('proof');
      key = Buffer.from(publicKey.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64') as Buffer<ArrayBuffer>;
    } catch {
      refuse(res, 400, 'The public key is not valid or the proof of possession does not verify');
      return;
    }
    const leaf = await ca.issueCertificate({ publicKey: key, subjectAltName: identity.subjectAlternativeName, extensions: identity.extensions });
    certificates.push({ subjectAlternativeName: identity.subjectAlternativeName, claims: checked.claims });
    log.info(`local sigstore: issued a certificate for ${identity.subjectAlternativeName}`);
    sendJson(res, 201, {
      signedCertificateEmbeddedSct: { chain: { certificates: [pem(Buffer.from(leaf.buffer, leaf.byteOffset, leaf.byteLength)), pem(ca.rootCertificate as unknown as Buffer)] } },
    });
  };

  const logEntry = async (body: Buffer, res: ServerResponse): Promise<void> => {
    let proposed: unknown;
    try {
      proposed = JSON.parse(body.toString('utf8')) as unknown;
    } catch {
      refuse(res, 400, 'The proposed entry is not JSON');
      return;
    }
    const stored = canonicalEntry(proposed);
    if (typeof stored === 'string') {
      refuse(res, 400, stored);
      return;
    }
    const entry = await tlog!.log(stored);
    entries++;
    sendJson(res, 201, entry);
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      if (req.method !== 'POST' || (path !== '/api/v2/signingCert' && path !== '/api/v1/log/entries')) {
        req.resume();
        refuse(res, 404, `No route for ${req.method ?? ''} ${path}`);
        return;
      }
      const body = await readBody(req);
      if (!body) {
        refuse(res, 413, 'The request body is too large');
        return;
      }
      await (path === '/api/v2/signingCert' ? signingCert(body, res) : logEntry(body, res));
    })().catch((err: unknown) => {
      log.error(`local sigstore: ${req.method} ${path} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { code: 13, message: 'internal error' });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
  tlog = await initializeTLog(url, tlogKeys);

  const validFor = { start: started.toISOString() };
  const tlogKey = spki(tlogKeys.publicKey);
  const trustedRoot: TrustedRootJson = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [{
      baseUrl: url,
      hashAlgorithm: 'SHA2_256',
      publicKey: { rawBytes: tlogKey.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
      logId: { keyId: digestBytes(tlogKey, 'sha256').toString('base64') },
    }],
    certificateAuthorities: [{
      subject: { organization: 'python-release-actions', commonName: 'local sigstore stand-in' },
      uri: url,
      certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate as unknown as Buffer).toString('base64') }] },
      validFor,
    }],
    ctlogs: [{
      baseUrl: url,
      hashAlgorithm: 'SHA2_256',
      publicKey: { rawBytes: spki(ctKeys.publicKey).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
      logId: { keyId: Buffer.from(ctlog.logID as unknown as Buffer).toString('base64') },
    }],
    timestampAuthorities: [],
  };
  const signingConfig = {
    mediaType: SIGNING_CONFIG_MEDIA_TYPE,
    caUrls: [{ url, majorApiVersion: 1, validFor, operator: 'python-release-actions (local)' }],
    oidcUrls: [],
    rekorTlogUrls: [{ url, majorApiVersion: 1, validFor, operator: 'python-release-actions (local)' }],
    tsaUrls: [],
    rekorTlogConfig: { selector: 'ANY' },
  };
  log.info(`local sigstore: Fulcio and Rekor stand-ins at ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    fulcioUrl: url,
    rekorUrl: url,
    trustedRoot,
    signingConfig,
    trustConfig: () => ({ mediaType: TRUST_CONFIG_MEDIA_TYPE, trustedRoot, signingConfig }),
    certificates,
    get entries() {
      return entries;
    },
    refusals,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
