import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/errors.js';
import { MemoryLogger, silentLogger } from '../../../src/log.js';
import { listPythons, resolvePython, type Interpreter } from '../../../src/python/index.js';
import { availablePythons, itIf, pyenvRoot } from '../../support/tools.js';
import { approvalGate, choosePythons, parsePythonList, Pipeline, stepsTable, textProgress } from '../../../src/rehearse/index.js';

const noProgress = { started() {}, finished() {} };

describe('Pipeline', () => {
  it('runs steps in order and, after a failure, runs no later body and records them as not run', async () => {
    const ran: string[] = [];
    const p = new Pipeline([{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }], noProgress, () => silentLogger);
    expect(await p.run('a', async () => { ran.push('a'); return { value: 1, detail: 'one' }; })).toBe(1);
    expect(await p.run('b', async () => { ran.push('b'); throw new UserError('broken wheel\nmore lines'); })).toBeUndefined();
    expect(await p.run('c', async () => { ran.push('c'); return { value: 3, detail: 'three' }; })).toBeUndefined();
    expect(ran).toEqual(['a', 'b']);
    expect(p.steps.map((s) => [s.id, s.status, s.detail])).toEqual([['a', 'passed', 'one'], ['b', 'failed', 'broken wheel'], ['c', 'not-run', '']]);
    expect(p.steps[1]!.error).toBe('broken wheel\nmore lines');
    expect(p.steps[2]!.ms).toBeUndefined();
    expect(p.ok).toBe(false);
  });

  it('goes on after a skipped step and stops after a refused one', async () => {
    const p = new Pipeline([{ id: 'a', title: 'A' }, { id: 'gate', title: 'G' }, { id: 'c', title: 'C' }], noProgress, () => silentLogger);
    await p.run('a', async (ctx) => { throw ctx.skip('no Python 2.7'); });
    await p.run('gate', async (ctx) => { throw ctx.refuse('no terminal'); });
    await p.run('c', async () => ({ value: 0, detail: '' }));
    expect(p.steps.map((s) => s.status)).toEqual(['skipped', 'refused', 'not-run']);
  });

  it('reports a bug (not a UserError) with its stack, as a failure', async () => {
    const p = new Pipeline([{ id: 'a', title: 'A' }], noProgress, () => silentLogger);
    await p.run('a', async () => { throw new TypeError('x is undefined'); });
    expect(p.steps[0]!.status).toBe('failed');
    expect(p.steps[0]!.error).toMatch(/^unexpected error \(a bug, please report it\): TypeError: x is undefined/);
  });

  it('runs independent steps side by side, every one to its end, and stops the pipeline after them when one failed', async () => {
    const p = new Pipeline(['a', 'b', 'c', 'd', 'after'].map((id) => ({ id, title: id.toUpperCase() })), noProgress, () => silentLogger);
    let running = 0;
    let most = 0;
    const ran: string[] = [];
    await p.runAll(['a', 'b', 'c', 'd'], async (id) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      ran.push(id);
      if (id === 'a') throw new UserError('leg a failed');
      return { value: id, detail: `${id} ok` };
    }, 2);
    expect(most).toBe(2);
    expect(ran.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(p.steps.slice(0, 4).map((s) => s.status)).toEqual(['failed', 'passed', 'passed', 'passed']);
    expect(await p.run('after', async () => ({ value: 1, detail: '' }))).toBeUndefined();
    expect(p.step('after').status).toBe('not-run');
  });

  it('runs no step of a group once the pipeline has stopped', async () => {
    const p = new Pipeline([{ id: 'gate', title: 'G' }, { id: 'x', title: 'X' }], noProgress, () => silentLogger);
    await p.run('gate', async (ctx) => { throw ctx.refuse('no'); });
    let ran = false;
    await p.runAll(['x'], async () => { ran = true; return { value: 0, detail: '' }; }, 4);
    expect(ran).toBe(false);
    expect(p.step('x').status).toBe('not-run');
  });

  it('prints progress when each step starts and ends, and a table with every step', async () => {
    let text = '';
    const p = new Pipeline([{ id: 'a', title: 'first step' }, { id: 'b', title: 'second step' }], textProgress((t) => { text += t; }), () => silentLogger);
    await p.run('a', async (ctx) => { ctx.note('a note'); return { value: 0, detail: 'fine' }; });
    await p.run('b', async () => { throw new UserError('it broke\nsecond line'); });
    expect(text).toMatch(/\[1\/2\] first step …\n\s+passed in \d+\.\d s: fine\n\s+a note\n\[2\/2\] second step …\n\s+FAILED in \d+\.\d s:\n\s+it broke\n\s+second line\n/);
    const table = stepsTable(p.steps, 1234);
    expect(table.split('\n')[0]).toMatch(/^#\s+step\s+result\s+time\s+detail$/);
    expect(table).toMatch(/1\s+first step\s+passed\s+\d+\.\d s\s+fine/);
    expect(table).toMatch(/2\s+second step\s+FAILED\s+\d+\.\d s\s+it broke/);
    expect(table).toMatch(/total\s+1\.2 s$/);
  });

  it('shows no total while steps are still to come, and the right one once they are added', async () => {
    let text = '';
    const p = new Pipeline([{ id: 'plan', title: 'plan' }, { id: 'last', title: 'last' }], textProgress((t) => { text += t; }), () => silentLogger, { stepsToCome: true });
    await p.run('plan', async () => {
      p.insertAfter('plan', [{ id: 'leg-1', title: 'leg 1' }, { id: 'leg-2', title: 'leg 2' }]);
      p.settle();
      return { value: 0, detail: 'two legs' };
    });
    await p.runAll(['leg-1', 'leg-2'], async () => ({ value: 0, detail: 'ok' }), 1);
    await p.run('last', async () => ({ value: 0, detail: 'done' }));
    const starts = text.split('\n').filter((l) => l.endsWith('…'));
    expect(starts).toEqual(['[1] plan …', '[2/4] leg 1 …', '[3/4] leg 2 …', '[4/4] last …']);
  });
});

describe('approvalGate', () => {
  const io = (isTerminal: boolean, answer = '') => {
    const asked: string[] = [];
    return { asked, io: { isTerminal, ask: async (q: string) => { asked.push(q); return answer; } } };
  };

  it('approves with --yes without asking', async () => {
    const t = io(true, 'n');
    expect(await approvalGate({ yes: true, io: t.io, question: 'Q?' })).toEqual({ approved: true, how: 'approved in advance with --yes' });
    expect(t.asked).toEqual([]);
  });

  it('refuses without a terminal and without --yes, asking nobody', async () => {
    const t = io(false, 'y');
    const d = await approvalGate({ yes: false, io: t.io, question: 'Q?' });
    expect(d.approved).toBe(false);
    expect(d.how).toMatch(/no terminal to ask on and no --yes/);
    expect(t.asked).toEqual([]);
  });

  it('asks on a terminal: y or yes approves, anything else rejects', async () => {
    for (const [answer, approved] of [['y', true], [' YES ', true], ['', false], ['n', false], ['yep', false]] as const) {
      const t = io(true, answer);
      expect((await approvalGate({ yes: false, io: t.io, question: 'Approve?' })).approved).toBe(approved);
      expect(t.asked).toEqual(['Approve?']);
    }
  });
});

describe('choosePythons', () => {
  const interpreter = (version: string, path: string): Interpreter => {
    const [major, minor] = version.split('.').map(Number);
    return { path, version, major: major!, minor: minor!, implementation: 'cpython', source: 'pyenv' };
  };
  const fake = (have: Record<string, Interpreter>) => async (spec: string) => {
    const py = have[spec];
    if (!py) throw new UserError(`No Python interpreter matches "${spec}"`);
    return py;
  };
  const list = (all: Interpreter[]) => async (spec: string) => {
    expect(spec).toBe('3');
    return all;
  };

  it('defaults to every interpreter of the machine: its 2.7 and each 3.x, oldest first', async () => {
    const threes = [interpreter('3.6.15', '/py36'), interpreter('3.12.1', '/py312'), interpreter('3.13.0', '/py313')];
    const { legs, warnings } = await choosePythons(undefined, silentLogger, undefined, fake({ '2.7': interpreter('2.7.18', '/py27') }), list(threes));
    expect(legs.map((l) => [l.label, l.position, l.interpreter?.path])).toEqual([['2.7', 0, '/py27'], ['3.6', 1, '/py36'], ['3.12', 2, '/py312'], ['3.13', 3, '/py313']]);
    expect(warnings).toEqual([]);
  });

  it('skips a missing default 2.7 with a loud warning, never as passed; without any 3.x it refuses', async () => {
    const log = new MemoryLogger();
    const { legs, warnings } = await choosePythons(undefined, log, undefined, fake({}), list([interpreter('3.13.0', '/py313')]));
    expect(legs[0]).toEqual({ label: '2.7', requested: '2.7', position: 0, skipped: 'no Python 2.7 found' });
    expect(legs[1]!.label).toBe('3.13');
    expect(warnings[0]).toMatch(/no Python 2\.7 on this machine.*skipped/);
    await expect(choosePythons(undefined, log, undefined, fake({ '2.7': interpreter('2.7.18', '/py27') }), list([]))).rejects.toThrow(/No Python 3 interpreter on this machine/);
  });

  const pyenv = availablePythons();
  itIf(pyenv.length > 0, 'no Python under pyenv')('finds each minor version once, as resolvePython would choose it (listPythons on the real pyenv)', async () => {
    const found = await listPythons('3', { PATH: '', PYENV_ROOT: pyenvRoot() });
    const minors = [...new Set(pyenv.filter((p) => p.version.startsWith('3.')).map((p) => p.version))];
    expect(found.map((py) => `${py.major}.${py.minor}`)).toEqual(minors);
    for (const py of found) expect(py.path).toBe((await resolvePython(`${py.major}.${py.minor}`, { PATH: '', PYENV_ROOT: pyenvRoot() })).path);
    await expect(listPythons('3.12')).rejects.toThrow(/open version/);
  });

  it('fails for a requested interpreter that is missing, and verifies a duplicate once', async () => {
    const have = { '3.12': interpreter('3.12.1', '/py312'), '3': interpreter('3.12.1', '/py312') };
    await expect(choosePythons(['2.7', '3.12'], silentLogger, undefined, fake(have))).rejects.toThrow(/--python 2\.7: No Python interpreter matches/);
    const { legs, warnings } = await choosePythons(['3.12', '3'], silentLogger, undefined, fake(have));
    expect(legs.map((l) => [l.label, l.position])).toEqual([['3.12', 0]]);
    expect(warnings[0]).toMatch(/same interpreter/);
  });

  it('parses --python lists', () => {
    expect(parsePythonList(undefined)).toBeUndefined();
    expect(parsePythonList('2.7, 3.12,')).toEqual(['2.7', '3.12']);
    expect(() => parsePythonList(' , ')).toThrow(/at least one interpreter/);
  });
});
