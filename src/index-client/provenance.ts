/**
 * What an index says about who published a file: PyPI's Integrity API
 * (`GET /integrity/<project>/<version>/<filename>/provenance`, beside the JSON
 * API on the same site). 404 means the file carries no attestations; a
 * provenance object names the trusted publisher of each attestation bundle.
 * Read before an upload, so a release never ends up with mixed provenance.
 */
import { normalizeName } from '../distributions/index.js';
import { HttpStatusError, parseRetryAfter, request, type Transport } from '../http/index.js';
import { answerMessage, headerText, readAnswer } from './answers.js';
import { USER_AGENT } from './json-api.js';

export interface FileProvenance {
  filename: string;
  /** False: the index has no attestations for the file. */
  attested: boolean;
  /** Each attestation bundle's publisher as the index states it (e.g. `{kind: 'GitHub', repository, workflow, environment}`). */
  publishers: Record<string, unknown>[];
}

/** The Integrity API URL of a file; the API lives at the JSON API's site root (`…/pypi/` → `…/integrity/`). */
export function provenanceUrl(jsonBase: URL, project: string, version: string, filename: string): URL {
  return new URL(`../integrity/${encodeURIComponent(normalizeName(project))}/${encodeURIComponent(version)}/${encodeURIComponent(filename)}/provenance`, jsonBase);
}

/** The most a provenance object may hold (two attestations of a few KiB each). */
const MAX_PROVENANCE_BYTES = 4 * 1024 * 1024;

/** A provenance object as the index sent it: its bundles, each a publisher and attestations (checked by the reader). */
export interface ProvenanceObject {
  attestation_bundles: { publisher?: unknown; attestations?: unknown }[];
  /** What is not shaped as PEP 740 says (a bundle that is not an object, attestations that are not a list): left out above. */
  malformed: string[];
}

/**
 * The provenance object at `url` (the Integrity API, or the PEP 740 link of a
 * simple page); undefined when the index answers 404 (no attestations).
 * `authorization` goes to `url`'s own origin only, never across a redirect.
 */
export async function readProvenance(url: URL, opts: { authorization?: string; transport?: Transport } = {}): Promise<ProvenanceObject | undefined> {
  const answer = await request(url, {
    headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json', 'User-Agent': USER_AGENT },
    ...(opts.authorization ? { credentials: { Authorization: opts.authorization } } : {}),
    timeouts: { idleMs: 30_000, deadlineMs: 60_000 },
    ...(opts.transport ? { transport: opts.transport } : {}),
  });
  const res = await readAnswer(answer, answer.status === 200 ? { maxBytes: MAX_PROVENANCE_BYTES } : { maxBytes: 256 * 1024, overflow: 'truncate' });
  if (res.status === 404) return undefined;
  if (res.status !== 200) {
    throw new HttpStatusError(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, parseRetryAfter(headerText(res.headers['retry-after'])));
  }
  let data: { attestation_bundles?: unknown };
  try {
    data = JSON.parse(res.body.toString('utf8')) as typeof data;
  } catch {
    throw new HttpStatusError(502, `GET ${url.href} did not answer with a provenance object`);
  }
  const malformed: string[] = [];
  if (!Array.isArray(data?.attestation_bundles)) malformed.push('attestation_bundles is not a list');
  const bundles: ProvenanceObject['attestation_bundles'] = [];
  for (const [i, b] of (Array.isArray(data?.attestation_bundles) ? (data.attestation_bundles as unknown[]) : []).entries()) {
    const bundle = typeof b === 'object' && b !== null && !Array.isArray(b) ? (b as ProvenanceObject['attestation_bundles'][number]) : undefined;
    if (!bundle) malformed.push(`attestation_bundles[${i}] is not an object`);
    else if (!Array.isArray(bundle.attestations)) malformed.push(`attestation_bundles[${i}].attestations is not a list`);
    else if (typeof bundle.publisher !== 'object' || bundle.publisher === null) malformed.push(`attestation_bundles[${i}].publisher is not an object`);
    else bundles.push(bundle);
  }
  return { attestation_bundles: bundles, malformed };
}

export async function fetchProvenance(jsonBase: URL, project: string, version: string, filename: string, opts: { transport?: Transport } = {}): Promise<FileProvenance> {
  const provenance = await readProvenance(provenanceUrl(jsonBase, project, version, filename), opts);
  const bundles = provenance?.attestation_bundles ?? [];
  const publishers = bundles.map((b) => b.publisher).filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null);
  return { filename, attested: bundles.length > 0, publishers };
}
