/**
 * recoverAttestations on a rerun, against a loopback Integrity API and the local Sigstore stand-in:
 * the index's bundle by this workflow holds a SLSA provenance attestation before the publish one,
 * and only the publish attestation may be written as <file>.publish.attestation.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleToJSON } from '@sigstore/bundle';
import { SigningConfig } from '@sigstore/protobuf-specs';
import { bundleBuilderFromSigningConfig } from '@sigstore/sign';
import { startTestSigstore, type TestSigstore } from '../../../support/sigstore.js';
import { attestationFromBundle, IN_TOTO_PAYLOAD_TYPE, IN_TOTO_STATEMENT_V1, PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1, statementOf } from '../../../../src/attestations/pep740.js';
import { recoverAttestations } from '../../../../src/commands/pypi-publish/attestations.js';
import { MemoryLogger } from '../../../../src/log.js';

let s: TestSigstore;
let server: Server;
let body = '';
beforeAll(async () => {
  s = await startTestSigstore();
  server = createServer((_req, res) => { res.setHeader('content-type', 'application/json'); res.end(body); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
});
afterAll(async () => { server.close(); await s.close(); });

async function sign(filename: string, sha256: string, predicateType: string) {
  const builder = bundleBuilderFromSigningConfig({
    signingConfig: SigningConfig.fromJSON(s.trust.signingConfig),
    identityProvider: { getToken: () => s.sigstoreToken() },
    bundleType: 'dsseEnvelope',
  });
  const statement = { _type: IN_TOTO_STATEMENT_V1, subject: [{ name: filename, digest: { sha256 } }], predicateType, predicate: predicateType === PYPI_PUBLISH_V1 ? null : { buildDefinition: {}, runDetails: {} } };
  const bundle = await builder.create({ data: Buffer.from(JSON.stringify(statement)), type: IN_TOTO_PAYLOAD_TYPE });
  return attestationFromBundle(bundleToJSON(bundle));
}

it('writes the publish attestation, not the SLSA one before it, as .publish.attestation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recover-'));
  const filename = 'demo-1.0-py3-none-any.whl';
  const path = join(dir, filename);
  writeFileSync(path, 'wheel bytes');
  const sha256 = createHash('sha256').update('wheel bytes').digest('hex');
  const slsa = await sign(filename, sha256, SLSA_PROVENANCE_V1);
  const pub = await sign(filename, sha256, PYPI_PUBLISH_V1);
  body = JSON.stringify({ version: 1, attestation_bundles: [{ publisher: { kind: 'GitHub', repository: 'octo/example', workflow: 'release.yml', environment: null }, attestations: [slsa, pub] }] });
  const port = (server.address() as { port: number }).port;
  const log = new MemoryLogger();
  const out = await recoverAttestations(
    [{ info: { filename, sha256, path } as never, release: { project: 'demo', version: '1.0' } as never, action: 'present' }],
    new Map(),
    { mode: 'auto', allowMixedProvenance: false, publisher: { repository: 'octo/example', workflow: 'release.yml' }, trust: async () => s.trust, sigstoreToken: () => s.sigstoreToken() },
    { name: 'custom', warehouse: false, uploadUrl: new URL(`http://127.0.0.1:${port}/legacy/`), simpleUrl: new URL(`http://127.0.0.1:${port}/simple/`), jsonUrl: new URL(`http://127.0.0.1:${port}/pypi/`) } as never,
    log,
  );
  expect(out.get(filename)?.publish).toBeDefined();
  const written = JSON.parse(readFileSync(`${path}.publish.attestation`, 'utf8'));
  expect((statementOf(written) as { predicateType: string }).predicateType).toBe(PYPI_PUBLISH_V1);
  expect(written).toEqual(pub);
  expect(log.lines.filter((l) => l.level === 'warning')).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});
