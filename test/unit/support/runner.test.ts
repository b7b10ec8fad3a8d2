import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  cleanupRuns,
  inputEnvName,
  REPO_ROOT,
  runAction,
  runCli,
  secretLeaks,
  startAction,
} from '../../support/runner.js';

const CORE = pathToFileURL(join(REPO_ROOT, 'node_modules/@actions/core/lib/core.js')).href;
let dir: string;

/** Writes a throw-away action script that uses the real @actions/core. */
async function script(name: string, body: string): Promise<string> {
  const file = join(dir, `${name}.mjs`);
  await writeFile(file, `import * as core from ${JSON.stringify(CORE)};\n${body}\n`);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runner-test-'));
});
afterAll(async () => {
  await cleanupRuns();
  await rm(dir, { recursive: true, force: true });
});

describe('inputEnvName', () => {
  it('upper-cases, turns spaces into underscores and keeps hyphens', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('some name')).toBe('INPUT_SOME_NAME');
  });
});

describe('runAction with real @actions/core', () => {
  it('reads outputs (single and multi-line), env, path, summary, state, annotations and masks', async () => {
    const s = await script(
      'everything',
      `
core.setOutput('single', 'v1');
core.setOutput('multi', 'line1\\nline2\\n');
core.setOutput('json', { a: [1, 2] });
core.setOutput('dry', core.getInput('dry-run'));
core.setOutput('spaced', core.getInput('some name'));
core.setOutput('bool', String(core.getBooleanInput('flag')));
core.exportVariable('FOO', 'bar\\nbaz');
core.addPath('/opt/tool/bin');
core.saveState('pid', '42');
await core.summary.addHeading('Released').addRaw('ok').write();
core.setSecret('s3cr3t-value');
console.log('token is s3cr3t-value');
core.error('bad: 100%\\nsecond line', { file: 'a,b.py', startLine: 3, title: 'T: x' });
core.warning('careful');
core.notice('fyi');
core.debug('dbg');
console.error('::warning::from stderr');
`,
    );
    const run = await runAction('x', { 'dry-run': 'true', 'some name': 'spaced value', flag: 'True' }, { script: s });
    expect(run.stderr).toBe('::warning::from stderr\n');
    expect(run.code).toBe(0);
    expect(run.signal).toBeNull();
    expect(run.fileCommandErrors).toEqual([]);
    expect(readFileSync(run.files.output, 'utf8')).toMatch(/^multi<<ghadelimiter_[0-9a-f-]{36}$/m);
    expect(run.outputs).toEqual({
      single: 'v1',
      multi: 'line1\nline2\n',
      json: '{"a":[1,2]}',
      dry: 'true',
      spaced: 'spaced value',
      bool: 'true',
    });
    expect(run.env).toEqual({ FOO: 'bar\nbaz' });
    expect(run.path).toEqual(['/opt/tool/bin']);
    expect(run.state).toEqual({ pid: '42' });
    expect(run.summary).toBe('<h1>Released</h1>\nok');
    expect(run.errors).toEqual(['bad: 100%\nsecond line']);
    expect(run.annotations[0].properties).toEqual({ file: 'a,b.py', line: '3', title: 'T: x' });
    expect(run.warnings).toEqual(['careful', 'from stderr']);
    expect(run.notices).toEqual(['fyi']);
    expect(run.masks).toEqual(['s3cr3t-value']);
    expect(run.stdout).toContain('token is s3cr3t-value');
    expect(run.log).toContain('token is ***');
    expect(run.log).toContain('##[debug]dbg');
    expect(secretLeaks(run, 's3cr3t-value')).toEqual([]);
  });

  it('starts the action in a clean runner environment with fresh directories', async () => {
    const s = await script(
      'env',
      `import { writeFileSync } from 'node:fs';
writeFileSync(process.env.RUNNER_TEMP + '/env.json', JSON.stringify({ env: process.env, cwd: process.cwd() }));`,
    );
    const previous = process.env.SHOULD_NOT_LEAK;
    process.env.SHOULD_NOT_LEAK = 'leak';
    let run;
    try {
      run = await runAction('x', { 'dry-run': 'false' }, { script: s, env: { GITHUB_EVENT_NAME: 'push', RUNNER_ARCH: undefined } });
    } finally {
      if (previous === undefined) delete process.env.SHOULD_NOT_LEAK;
      else process.env.SHOULD_NOT_LEAK = previous;
    }
    const { env, cwd } = JSON.parse(readFileSync(join(run.dirs.temp, 'env.json'), 'utf8')) as {
      env: Record<string, string>;
      cwd: string;
    };
    expect(cwd).toBe(run.dirs.workspace);
    expect(env.SHOULD_NOT_LEAK).toBeUndefined();
    expect(env.JEST_WORKER_ID).toBeUndefined();
    expect(env['INPUT_DRY-RUN']).toBe('false');
    expect(env.GITHUB_EVENT_NAME).toBe('push');
    expect(env.RUNNER_ARCH).toBeUndefined();
    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: run.dirs.temp,
      HOME: run.dirs.home,
      GITHUB_WORKSPACE: run.dirs.workspace,
      GITHUB_OUTPUT: run.files.output,
      GITHUB_ENV: run.files.env,
      GITHUB_PATH: run.files.path,
      GITHUB_STEP_SUMMARY: run.files.summary,
      GITHUB_REPOSITORY: 'octo/example',
    });
    for (const k of ['GITHUB_SHA', 'GITHUB_REF', 'GITHUB_RUN_ID', 'GITHUB_RUN_ATTEMPT', 'GITHUB_SERVER_URL',
      'GITHUB_API_URL', 'GITHUB_WORKFLOW_REF', 'GITHUB_JOB', 'RUNNER_TOOL_CACHE', 'PATH']) {
      expect(env[k]).toBeTruthy();
    }
    expect(env.PATH).not.toContain('node_modules/.bin');
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { repository: { full_name: string } };
    expect(event.repository.full_name).toBe('octo/example');

    await run.cleanup();
    expect(existsSync(run.dirs.base)).toBe(false);
  });

  it('keeps a workspace the caller passed in', async () => {
    const s = await script('ws', `import { writeFileSync } from 'node:fs'; writeFileSync('made-here', 'x');`);
    const workspace = await mkdtemp(join(tmpdir(), 'runner-ws-'));
    try {
      const run = await runAction('x', {}, { script: s, workspace });
      expect(run.code).toBe(0);
      expect(readFileSync(join(workspace, 'made-here'), 'utf8')).toBe('x');
      await run.cleanup();
      expect(existsSync(workspace)).toBe(true);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });

  it('reports a failed step and its error annotation', async () => {
    const s = await script('fail', `core.setFailed('input "version" must be PEP 440: got "x"');`);
    const run = await runAction('x', {}, { script: s });
    expect(run.code).toBe(1);
    expect(run.errors).toEqual(['input "version" must be PEP 440: got "x"']);
  });

  it('applies action.yml defaults and warns about unexpected inputs like the runner', async () => {
    const yml = join(dir, 'action.yml');
    await writeFile(
      yml,
      `name: t\ninputs:\n  repository:\n    default: pypi\n  concurrency:\n    default: 4\n  token:\n    required: false\nruns:\n  using: node24\n  main: x.js\n`,
    );
    const s = await script(
      'defaults',
      `for (const n of ['repository', 'concurrency', 'token']) core.setOutput(n, core.getInput(n));`,
    );
    const run = await runAction('x', { concurrency: '8', tokne: 'typo' }, { script: s, actionYml: yml });
    expect(run.outputs).toEqual({ repository: 'pypi', concurrency: '8', token: '' });
    expect(run.warnings).toEqual([
      "Unexpected input(s) 'tokne', valid inputs are ['repository', 'concurrency', 'token']",
    ]);
  });

  it('passes stdin through', async () => {
    const s = await script(
      'stdin',
      `let d = ''; process.stdin.setEncoding('utf8'); for await (const c of process.stdin) d += c; core.setOutput('got', d);`,
    );
    const run = await runAction('x', {}, { script: s, stdin: 'hello\nworld' });
    expect(run.outputs.got).toBe('hello\nworld');
  });

  it('records what the runner would fail the step for in a malformed GITHUB_OUTPUT', async () => {
    const s = await script(
      'malformed',
      `import { appendFileSync } from 'node:fs'; appendFileSync(process.env.GITHUB_OUTPUT, 'ok=1\\nbroken<<EOF\\nno end\\n');`,
    );
    const run = await runAction('x', {}, { script: s });
    expect(run.fileCommandErrors).toEqual(["GITHUB_OUTPUT: Invalid value. Matching delimiter not found 'EOF'"]);
  });

  it('counts a secret printed before its add-mask as a leak', async () => {
    const s = await script('leak', `console.log('hunter2hunter2'); core.setSecret('hunter2hunter2'); console.log('hunter2hunter2');`);
    const run = await runAction('x', {}, { script: s });
    expect(secretLeaks(run, 'hunter2hunter2')).toEqual(['log']);
    expect(run.log.split('\n')).toEqual(['hunter2hunter2', '***']);
  });

  it('fails clearly when the bundle was not built', async () => {
    await expect(runAction('no-such-action-xyz', {})).rejects.toThrow(/dist\/no-such-action-xyz\/index\.js does not exist.*npm run build/);
  });
});

describe('killing an action mid-way', () => {
  it('SIGKILLs the whole process group on signalWhen, before later outputs are written', async () => {
    const s = await script(
      'killme',
      `import { spawn } from 'node:child_process';
const sleeper = spawn('sleep', ['1000'], { stdio: 'ignore' });
core.setOutput('before', 'yes');
console.log('grandchild ' + sleeper.pid);
console.log('CHECKPOINT');
setTimeout(() => { core.setOutput('after', 'yes'); process.exit(0); }, 60000);`,
    );
    const run = await runAction('x', {}, { script: s, signalWhen: { pattern: 'CHECKPOINT' } });
    expect(run.signal).toBe('SIGKILL');
    expect(run.code).toBeNull();
    expect(run.outputs).toEqual({ before: 'yes' });
    const pid = Number(/grandchild (\d+)/.exec(run.stdout)![1]);
    expect(await gone(pid)).toBe(true);
  });

  it('startAction hands back the child so the test decides when to kill', async () => {
    const s = await script('manual', `console.log('ready'); setInterval(() => {}, 1000);`);
    const started = startAction('x', {}, { script: s });
    expect(started.child.pid).toBeGreaterThan(0);
    started.child.stdout!.on('data', (d: string) => {
      if (String(d).includes('ready')) started.kill('SIGTERM');
    });
    const run = await started.result;
    expect(run.signal).toBe('SIGTERM');
    expect(run.timedOut).toBe(false);
  });

  it('kills what the action left running once it exits, like the runner cleans up orphans', async () => {
    const s = await script(
      'orphan',
      `import { spawn } from 'node:child_process';
const bg = spawn('sleep', ['1000'], { stdio: 'ignore' });
bg.unref();
console.log('background ' + bg.pid);`,
    );
    const run = await runAction('x', {}, { script: s });
    expect(run.code).toBe(0);
    expect(await gone(Number(/background (\d+)/.exec(run.stdout)![1]))).toBe(true);
  });

  it('does not hang when the action exits but a grandchild keeps its stdout open', async () => {
    const s = await script(
      'holder',
      `import { spawn } from 'node:child_process';
const bg = spawn('sleep', ['1000'], { stdio: 'inherit' });
bg.unref();
console.log('holder ' + bg.pid);`,
    );
    const run = await runAction('x', {}, { script: s, timeoutMs: 1000 });
    expect(run.timedOut).toBe(true);
    expect(run.code).toBe(0);
    expect(await gone(Number(/holder (\d+)/.exec(run.stdout)![1]))).toBe(true);
  });

  it('kills a hung action at timeoutMs and says so', async () => {
    const s = await script('hang', `setInterval(() => {}, 1000);`);
    const run = await runAction('x', {}, { script: s, timeoutMs: 300 });
    expect(run.timedOut).toBe(true);
    expect(run.signal).toBe('SIGKILL');
  });
});

describe('runCli', () => {
  it('runs a script with the arguments in a clean environment', async () => {
    const s = join(dir, 'cli.mjs');
    await writeFile(
      s,
      `console.log(JSON.stringify({ args: process.argv.slice(2), gha: process.env.GITHUB_ACTIONS ?? null, extra: process.env.EXTRA ?? null }));
console.error('to stderr'); process.exit(3);`,
    );
    const previous = process.env.GITHUB_ACTIONS;
    process.env.GITHUB_ACTIONS = 'true';
    try {
      const r = await runCli(['check', '--dir', 'a b'], { script: s, env: { EXTRA: 'e' } });
      expect(r.code).toBe(3);
      expect(JSON.parse(r.stdout)).toEqual({ args: ['check', '--dir', 'a b'], gha: null, extra: 'e' });
      expect(r.stderr).toBe('to stderr\n');
    } finally {
      if (previous === undefined) delete process.env.GITHUB_ACTIONS;
      else process.env.GITHUB_ACTIONS = previous;
    }
  });
});

/** Whether a process has exited; a zombie waiting for its reaper counts as exited. Polls briefly. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return true;
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
