/**
 * pypi-publish against an index that answers the upload with hostile text:
 * workflow commands in its error body, and the token it was sent echoed back
 * (cut at the 500 characters the client keeps of a body, split over lines,
 * base64 as in the Authorization header). The index in front is the real
 * local index behind a proxy that writes the upload's answer itself.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rm } from 'node:fs/promises';
import { startFaultProxy, type FaultPlan, type FaultProxy } from '../../support/fault-proxy.js';
import { cleanupRunsAfterAll, fragmentLeaks, injections, secretLeaks } from '../../support/runner.js';
import { json, makeReleaseSet, publish, publishInputs, startTestIndex, tempDir, TOKEN, type ReleaseSet, type TestIndex } from './helpers.js';

cleanupRunsAfterAll();

const MARKER = 'HOSTILE';
/** Lines an index could put in its answer that the runner would run if printed as they are. */
const COMMANDS = [
  `::set-output name=urls::{"${MARKER}":"https://evil.example/"}`,
  `  ::stop-commands::${MARKER}pause`,
  `::warning::${MARKER} spoofed annotation`,
  `::add-mask::${MARKER}`,
  `the index says ##[set-output name=uploaded;]["${MARKER}"]`,
].join('\n');

const BASIC = Buffer.from(`__token__:${TOKEN}`).toString('base64');

let set: ReleaseSet;
let t: TestIndex;
let proxy: FaultProxy;
let plan: FaultPlan | undefined;

beforeAll(async () => {
  set = await makeReleaseSet(await tempDir('hostile'), { pythons: ['cp312'], platforms: ['manylinux_2_17_x86_64.manylinux2014_x86_64'], sdist: false });
  t = await startTestIndex();
  proxy = await startFaultProxy(t.index.url.replace(/\/$/, ''), (req) => plan?.(req));
});

afterAll(async () => {
  await proxy.close();
  await t.close();
  await rm(set.dir, { recursive: true, force: true });
});

const uploadUrl = () => `${proxy.url}/legacy/`;

describe('pypi-publish against a hostile index', () => {
  it('shows the workflow commands in a refusal’s body ("Failed: …" and the error) and runs none', async () => {
    plan = ({ method }) => (method === 'POST' ? { answer: { status: 400, body: `Invalid distribution.\n${COMMANDS}\n` } } : undefined);
    const run = await publish(publishInputs(uploadUrl(), set.dir));
    expect(run.code).toBe(1);
    expect(injections(run, MARKER, 'pypi-publish')).toEqual([]);
    expect(run.masks).not.toContain(MARKER);
    // Shown, not swallowed: the lines are in the log as text.
    expect(run.log).toContain(`::set-output name=urls::{"${MARKER}"`);
    expect(run.log).toMatch(/Failed: .*Invalid distribution/);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toContain('Invalid distribution.');
    // The outputs are the action's own, unchanged by the body.
    expect(json<string[]>(run.outputs.uploaded)).toEqual([]);
    expect(json<Record<string, string>>(run.outputs.urls)).toEqual({});
    expect(t.index.files()).toEqual([]);
  });

  it('leaves no piece of an echoed token in "attempt N failed", "Failed", the error, the summary or the manifest', async () => {
    let posts = 0;
    plan = ({ method, headers }) => {
      if (method !== 'POST') return undefined;
      posts++;
      if (posts === 1) {
        // A busy index that echoes the token: the client keeps 500 characters, so the echo ends in a piece of it.
        return { answer: { status: 503, headers: { 'retry-after': '0' }, body: `${'x'.repeat(470)} token ${TOKEN}` } };
      }
      const auth = String(headers?.authorization ?? '');
      return {
        answer: {
          status: 403,
          body: `Invalid credentials: token ${TOKEN.slice(0, 37)}\n${TOKEN.slice(37)}\nheader ${auth.slice(0, 40)}\n${auth.slice(40)}\n`,
        },
      };
    };
    const run = await publish(publishInputs(uploadUrl(), set.dir));
    expect(run.code).toBe(1);
    expect(posts).toBe(2);
    expect(run.log).toMatch(/attempt 1 of \d+ failed: 503 x+ token \*\*\*…/);
    expect(run.log).toMatch(/Failed: .*403 Invalid credentials: token \*\*\*/);
    const files = run.outputs.manifest ? [run.outputs.manifest] : [];
    for (const secret of [TOKEN, BASIC]) {
      expect(secretLeaks(run, secret)).toEqual([]);
      expect(fragmentLeaks(run, secret, files)).toEqual([]);
    }
    // Independently of the fragment rule: the pieces the echoes left are nowhere.
    for (const piece of [TOKEN.slice(0, 20), TOKEN.slice(0, 37), TOKEN.slice(37), BASIC.slice(0, 34)]) {
      expect(`${run.log}\n${run.summary}`).not.toContain(piece);
    }
  });
});
