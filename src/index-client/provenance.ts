/**
 * What an index says about who published a file: PyPI's Integrity API
 * (`GET /integrity/<project>/<version>/<filename>/provenance`, beside the JSON
 * API on the same site). 404 means the file carries no attestations; a
 * provenance object names the trusted publisher of each attestation bundle.
 * Read before an upload, so a release never ends up with mixed provenance.
 */
import { normalizeName } from '../distributions/index.js';
import { HttpStatusError, parseRetryAfter } from '../sources/http-retry.js';
import { answerMessage, headerText } from './answers.js';
import { httpRequest, type Agents } from './http.js';
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

export async function fetchProvenance(jsonBase: URL, project: string, version: string, filename: string, opts: { agents?: Agents } = {}): Promise<FileProvenance> {
  const url = provenanceUrl(jsonBase, project, version, filename);
  const res = await httpRequest(url, {
    headers: { Accept: 'application/vnd.pypi.integrity.v1+json, application/json', 'User-Agent': USER_AGENT },
    idleTimeoutMs: 30_000,
    deadlineMs: 60_000,
    maxBodyBytes: 4 * 1024 * 1024,
    ...(opts.agents ? { agents: opts.agents } : {}),
  });
  if (res.status === 404) return { filename, attested: false, publishers: [] };
  if (res.status !== 200) {
    throw new HttpStatusError(res.status, `GET ${url.href} answered ${res.status}: ${answerMessage(res)}`, parseRetryAfter(headerText(res.headers['retry-after'])));
  }
  let data: { attestation_bundles?: unknown };
  try {
    data = JSON.parse(res.body.toString('utf8')) as typeof data;
  } catch {
    throw new HttpStatusError(502, `GET ${url.href} did not answer with a provenance object`);
  }
  const bundles = Array.isArray(data?.attestation_bundles) ? (data.attestation_bundles as { publisher?: unknown }[]) : [];
  const publishers = bundles.map((b) => b?.publisher).filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null);
  return { filename, attested: bundles.length > 0, publishers };
}
