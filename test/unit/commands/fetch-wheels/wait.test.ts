import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../../src/errors.js';
import { MemoryLogger } from '../../../../src/log.js';
import { waitForSet } from '../../../../src/commands/fetch-wheels/wait.js';
import type { RemoteFile, WheelSource } from '../../../../src/sources/types.js';

const wheel = (tag: string, version = '1.0'): RemoteFile => {
  const name = `pkg-${version}-${tag}.whl`;
  return { name, key: name, size: 1, url: `file:///${name}` };
};

/** A source whose listing grows with each look, as a bucket does while builds finish. */
function growing(looks: RemoteFile[][]): WheelSource & { listed: number } {
  const s = {
    listed: 0,
    describe: () => 'the test source',
    list: async () => looks[Math.min(s.listed++, looks.length - 1)]!,
    download: async () => {
      throw new Error('not used');
    },
  };
  return s;
}

/** A clock that moves only when the loop sleeps. */
function clock() {
  let t = 1_000_000;
  const pauses: number[] = [];
  return { now: () => t, sleep: async (ms: number) => void (pauses.push(ms), (t += ms)), pauses };
}

const select = { packages: ['pkg'], version: '1.0', expect: ['py2-none-any', 'py3-none-any'] };

describe('waitForSet', () => {
  it('looks again with doubling pauses until the set is complete', async () => {
    const source = growing([[], [wheel('py2-none-any')], [wheel('py2-none-any')], [wheel('py2-none-any'), wheel('py3-none-any')]]);
    const c = clock();
    const log = new MemoryLogger();
    const r = await waitForSet(source, select, { timeoutSeconds: 3600, log, ...c, initialDelayMs: 1000, maxDelayMs: 3000 });
    expect(r.looks).toBe(4);
    expect(r.selection.complete).toBe(true);
    expect(c.pauses).toEqual([1000, 2000, 3000]);
    expect(log.text()).toContain('Look 2: 1 of 2 file(s) present; missing pkg-1.0-py3-none-any.whl. Looking again in 2 s');
    expect(log.text()).toContain('The set is complete after 4 looks (6 s).');
  });

  it('bounds each listing by what is left of wait-timeout (at least 30 s), and not at all when looking once', async () => {
    const asked: ({ deadlineMs?: number } | undefined)[] = [];
    const source = { ...growing([[], [], [wheel('py2-none-any'), wheel('py3-none-any')]]), list: async (_log: unknown, o?: { deadlineMs?: number }) => {
      asked.push(o);
      return asked.length < 3 ? [] : [wheel('py2-none-any'), wheel('py3-none-any')];
    } };
    const c = clock();
    await waitForSet(source, select, { timeoutSeconds: 100, log: new MemoryLogger(), ...c, initialDelayMs: 40_000, maxDelayMs: 60_000 });
    expect(asked).toEqual([{ deadlineMs: 100_000 }, { deadlineMs: 60_000 }, { deadlineMs: 30_000 }]);
    asked.length = 0;
    await waitForSet(source, select, { timeoutSeconds: 0, log: new MemoryLogger(), ...c }).catch(() => undefined);
    expect(asked).toEqual([{}]);
  });

  it('looks once when wait-timeout is 0 and says how to wait', async () => {
    const c = clock();
    const err = await waitForSet(growing([[wheel('py2-none-any')]]), select, { timeoutSeconds: 0, log: new MemoryLogger(), ...c }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      'fetch-wheels found an incomplete set in the test source: 1 of 2 file(s).\nmissing (1):\n  - pkg-1.0-py3-none-any.whl\n' +
        'Nothing was written to dest. Set wait-timeout (e.g. 2h) to wait for builds still running, or check the source and the expect inputs.',
    );
    expect(c.pauses).toEqual([]);
  });

  it('gives up at the deadline, the last pause cut to fit', async () => {
    const c = clock();
    const source = growing([[wheel('py2-none-any')]]);
    const err = await waitForSet(source, select, { timeoutSeconds: 10, log: new MemoryLogger(), ...c, initialDelayMs: 4000 }).catch((e) => e);
    expect(c.pauses).toEqual([4000, 6000]);
    expect(source.listed).toBe(3);
    expect((err as Error).message).toContain('after waiting 10 s (wait-timeout 10 s)');
    expect((err as Error).message).toContain('Raise wait-timeout if the builds are still running');
  });

  it('stops at once when the source holds something it must refuse', async () => {
    const c = clock();
    const source = growing([[wheel('py2-none-any', '0.9')]]);
    const err = await waitForSet(source, select, { timeoutSeconds: 3600, log: new MemoryLogger(), ...c }).catch((e) => e);
    expect(source.listed).toBe(1);
    expect((err as Error).message).toBe(
      'fetch-wheels refuses the files in the test source:\nrefused (1):\n  - pkg-0.9-py2-none-any.whl: version 0.9, not the expected 1.0\n' +
        'missing (2):\n  - pkg-1.0-py2-none-any.whl\n  - pkg-1.0-py3-none-any.whl\n' +
        'Nothing was written to dest. Fix the source or the selection inputs (packages, version, expect, expect-count) and re-run.',
    );
  });
});
