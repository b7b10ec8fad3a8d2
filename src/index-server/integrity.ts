/**
 * PyPI's Integrity API (`GET /integrity/<project>/<version>/<filename>/provenance`,
 * warehouse `attestations/views.py`): the PEP 740 provenance object stored with
 * a file — its attestations, bundled with the trusted publisher that uploaded
 * them. The project and version must be the file's own; a file without
 * attestations answers 404 with warehouse's message.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from './distributions.js';
import { sendBody, sendJson } from './http.js';
import { canonicalVersion } from './release-versions.js';
import type { IndexStore } from './store.js';
import type { StoredFile } from './types.js';

const NOT_FOUND = { message: 'Not Found' };

/** The Integrity API path of a file's provenance, relative to the index root. */
export function provenancePath(file: StoredFile): string {
  return `integrity/${encodeURIComponent(file.project)}/${encodeURIComponent(file.version)}/${encodeURIComponent(file.filename)}/provenance`;
}

export function createIntegrityHandler(store: IndexStore) {
  return async function provenance(_req: IncomingMessage, res: ServerResponse, match: RegExpExecArray): Promise<void> {
    let project: string;
    let version: string;
    let filename: string;
    try {
      [project, version, filename] = [match[1], match[2], match[3]].map(decodeURIComponent);
    } catch {
      sendJson(res, 404, NOT_FOUND);
      return;
    }
    const file = store.filesOf(normalizeName(project)).find((f) => f.filename === filename && canonicalVersion(f.version) === canonicalVersion(version));
    if (!file) {
      sendJson(res, 404, NOT_FOUND);
      return;
    }
    const text = await store.provenanceText(file);
    if (text === undefined) {
      sendJson(res, 404, { message: `No provenance available for ${file.filename}` });
      return;
    }
    sendBody(res, 200, 'application/json', text, { 'Cache-Control': 'max-age=900, public' });
  };
}
