import { describe, expect, it } from '@jest/globals';
import { itIf } from '../../support/tools.js';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  childEnvironment,
  failureOf,
  formatCommand,
  gitEnvironment,
  ProcessStartError,
  pythonEnvironment,
  runProcess,
} from '../../../src/process/index.js';

const NODE = process.execPath;
const env = childEnvironment();
/** node -e SCRIPT ARGS…, through the runner. */
const node = (script: string, extra: Partial<Parameters<typeof runProcess>[2]> = {}, args: string[] = []) =>
  runProcess(NODE, ['-e', script, ...args], { env, timeoutMs: 60_000, ...extra });

describe('runProcess', () => {
  it('passes arguments as they are (no shell), stdin, the working directory and the exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'process-run-'));
    try {
      const r = await node(
        "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{process.stdout.write(s.toUpperCase()+'|'+process.cwd()+'|'+process.argv[1]);process.stderr.write('warned');process.exit(3)})",
        { input: 'hello', cwd: dir },
        ['$HOME; rm -rf /'],
      );
      expect(r).toMatchObject({ code: 3, stdout: `HELLO|${dir}|$HOME; rm -rf /`, stderr: 'warned' });
      expect(r.timedOut).toBeUndefined();
      expect(r.command.startsWith(`${NODE} -e `)).toBe(true);
      expect(r.command.endsWith(" '$HOME; rm -rf /'")).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes stdin when there is no input, so a child that reads it does not wait forever', async () => {
    const r = await node("process.stdin.resume().on('end',()=>process.stdout.write('eof'))", { timeoutMs: 30_000 });
    expect(r).toMatchObject({ code: 0, stdout: 'eof' });
    expect(r.timedOut).toBeUndefined();
  });

  it('kills a process that outlives its timeout and says so', async () => {
    const r = await node('setInterval(() => {}, 1000)', { timeoutMs: 300 });
    expect(r).toMatchObject({ timedOut: true, signal: 'SIGKILL', code: 137 });
    expect(failureOf(r)!.message).toMatch(/ did not finish within 0\.3 s and was stopped\.$/);
  });

  /** Running, not a zombie (an orphan's exit is reaped by init, whenever it gets to it). */
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  /** Whether it is still running after a moment for the SIGKILL to land. */
  const survives = async (pid: number): Promise<boolean> => {
    for (let i = 0; i < 20 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    return alive(pid);
  };

  it('returns soon after the process exits while a grandchild holds the output pipes, and stops that grandchild', async () => {
    // The child exits at once; the grandchild it leaves behind inherits stdout and stderr.
    const started = Date.now();
    const r = await node("const c=require('child_process').spawn('sleep',['60'],{stdio:'inherit'});console.log(c.pid);c.unref()", { timeoutMs: 60_000 });
    const grandchild = Number(r.stdout.trim());
    try {
      expect(r).toMatchObject({ code: 0 });
      expect(r.timedOut).toBeUndefined();
      expect(r.signal).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(grandchild).toBeGreaterThan(0);
      if (process.platform !== 'win32') expect(await survives(grandchild)).toBe(false);
    } finally {
      if (grandchild > 0 && alive(grandchild)) process.kill(grandchild, 'SIGKILL');
    }
  });

  it('stops what the process left running in its group once it is done, pipes closed or not', async () => {
    // A daemon with its own stdio: the pipes close at once, the daemon would run on.
    const r = await node("const c=require('child_process').spawn('sleep',['60'],{stdio:'ignore'});console.log(c.pid);c.unref()", { timeoutMs: 60_000 });
    const daemon = Number(r.stdout.trim());
    try {
      expect(r.code).toBe(0);
      if (process.platform !== 'win32') expect(await survives(daemon)).toBe(false);
    } finally {
      if (daemon > 0 && alive(daemon)) process.kill(daemon, 'SIGKILL');
    }
  });

  it('returns soon after the exit even when a grandchild that left the group holds the pipes', async () => {
    const started = Date.now();
    const r = await node(
      "const c=require('child_process').spawn('sleep',['60'],{stdio:'inherit',detached:true});console.log(c.pid);c.unref()",
      { timeoutMs: 60_000 },
    );
    const grandchild = Number(r.stdout.trim());
    try {
      expect(r.code).toBe(0);
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      if (grandchild > 0 && alive(grandchild)) process.kill(grandchild, 'SIGKILL');
    }
  });

  itIf(process.platform !== 'win32', 'process groups and signals are POSIX')('stops the process it runs when the action itself is interrupted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'process-signal-'));
    const pidFile = join(dir, 'pid');
    const register = new URL('../../support/typescript-worker/register.mjs', import.meta.url).href;
    const source = new URL('../../../src/process/index.ts', import.meta.url).href;
    // A stand-in for an action: it runs `sleep` through the runner and is then sent SIGINT.
    const harness = spawn(NODE, ['--import', register, '--input-type=module', '-e',
      `import { runProcess, childEnvironment } from '${source}';
       await runProcess('sh', ['-c', 'echo $$ > ${pidFile}; exec sleep 60'], { env: childEnvironment(), timeoutMs: 60_000 });`], { stdio: 'ignore' });
    try {
      let pid = 0;
      for (let i = 0; i < 200 && !pid; i++) {
        await new Promise((r) => setTimeout(r, 100));
        try {
          pid = Number(readFileSync(pidFile, 'utf8').trim());
        } catch {
          // not yet
        }
      }
      expect(pid).toBeGreaterThan(0);
      const ended = new Promise<NodeJS.Signals | null>((resolve) => harness.on('exit', (_code, signal) => resolve(signal)));
      harness.kill('SIGINT');
      expect(await ended).toBe('SIGINT');
      expect(await survives(pid)).toBe(false);
    } finally {
      harness.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps the last maxOutputBytes of each stream and counts what it dropped', async () => {
    const r = await node("process.stdout.write('a'.repeat(3_000_000)+'THE END');process.stderr.write('b'.repeat(100))", { maxOutputBytes: 1_000_000 });
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(1_000_000);
    expect(r.stdout.endsWith('aaaTHE END')).toBe(true);
    expect(r.dropped).toEqual({ stdout: 2_000_007, stderr: 0 });
    expect(failureOf(r)).toBeUndefined();
    expect(failureOf(r, { complete: true })!.message).toMatch(/printed 2000007 bytes more than the runner keeps, so its output is incomplete/);
  });

  it('a process that cannot start is a ProcessStartError with the system code', async () => {
    const err = await runProcess('/nonexistent/tool', ['--version'], { env, timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProcessStartError);
    expect(err).toMatchObject({ code: 'ENOENT', command: '/nonexistent/tool --version' });
    expect((err as Error).message).toMatch(/^Could not start \/nonexistent\/tool --version: spawn \/nonexistent\/tool ENOENT/);
  });

  it('an abort kills the process and rejects with the reason', async () => {
    const controller = new AbortController();
    const running = node("console.log('started');setInterval(() => {}, 1000)", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('the user pressed Ctrl-C')), 200);
    await expect(running).rejects.toThrow('the user pressed Ctrl-C');
  });

  it('a failure names the command, how it ended and the end of what it said', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\\n');
    const r = await node(`process.stderr.write("${lines}\\n");process.exit(2)`, {}, ['https://user:secret@example.org/simple/']);
    const message = failureOf(r)!.message;
    expect(message).toContain(`${NODE} -e `);
    expect(message).toContain("'https://***@example.org/simple/' exited with code 2:\nline 16\n");
    expect(message.endsWith('line 30')).toBe(true);
    expect(message).not.toContain('line 15\n');
    expect(message).not.toContain('secret');
  });
});

describe('process environments', () => {
  const base = {
    PATH: '/usr/bin', HOME: '/home/u',
    GIT_DIR: '/repo/.git', GIT_WORK_TREE: '/repo', GIT_INDEX_FILE: '/repo/.git/index', GIT_OBJECT_DIRECTORY: '/o',
    GIT_ALTERNATE_OBJECT_DIRECTORIES: '/a', GIT_COMMON_DIR: '/c', GIT_PREFIX: 'sub/', GIT_CONFIG: '/x/config',
    GIT_CONFIG_PARAMETERS: "'core.hookspath'='/evil'", GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'core.hooksPath', GIT_CONFIG_VALUE_0: '/evil',
    GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'A',
    INPUT_TOKEN: 'secret', ACTIONS_RUNTIME_TOKEN: 'rt', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    PYTHONPATH: '/src', PIP_INDEX_URL: 'https://evil/simple',
    GITHUB_OUTPUT: '/r/out', GITHUB_ENV: '/r/env', GITHUB_PATH: '/r/path', GITHUB_STATE: '/r/state', GITHUB_STEP_SUMMARY: '/r/summary',
  };
  const KEPT_BY_ALL = { PATH: '/usr/bin', HOME: '/home/u', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'A' };

  it('every child: no secrets of the action, none of the runner\'s command files, nothing that points git at another repository', () => {
    expect(childEnvironment(base)).toEqual({ ...KEPT_BY_ALL, PYTHONPATH: '/src', PIP_INDEX_URL: 'https://evil/simple' });
  });

  it('git: never prompts', () => {
    expect(gitEnvironment(base)).toEqual({ ...KEPT_BY_ALL, PYTHONPATH: '/src', PIP_INDEX_URL: 'https://evil/simple', GIT_TERMINAL_PROMPT: '0' });
  });

  it('Python: nothing of PYTHON* or PIP_* either', () => {
    const py = pythonEnvironment(base);
    expect(Object.keys(py).filter((k) => k.startsWith('GIT_') || k.startsWith('INPUT_') || k.startsWith('ACTIONS_'))).toEqual(['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM', 'GIT_AUTHOR_NAME']);
    expect(py.PYTHONPATH).toBeUndefined();
    expect(py.PIP_INDEX_URL).toBeUndefined();
    expect(py.PYTHONNOUSERSITE).toBe('1');
  });
});

describe('formatCommand', () => {
  it('keeps a commit message on one line; names an embedded script', () => {
    expect(formatCommand('git', ['commit', '-m', "Bump to 1.0\n\nIt's time"])).toBe("git commit -m $'Bump to 1.0\\n\\nIt\\'s time'");
    expect(formatCommand('/bin/python', ['-c', '# pyrelease: probe\nimport sys\n'])).toBe('/bin/python -c <pyrelease: probe: 3-line script>');
  });
});
