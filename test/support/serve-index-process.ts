/**
 * `node dist/pyrelease/index.js serve-index …` as a separate process, as a
 * user starts it: resolves with its URL once it says it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './runner.js';

export interface ServeIndexProcess {
  url: string;
  process: ChildProcess;
  /** SIGTERM, then waits for the exit (at once when it has exited already). */
  close(): Promise<void>;
}

export async function spawnServeIndex(args: string[]): Promise<ServeIndexProcess> {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'dist', 'pyrelease', 'index.js'), 'serve-index', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve-index did not start in 20 s:\n${output}`)), 20_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /Local package index at (http:\/\/\S+\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve-index exited with ${code}:\n${output}`));
    });
  });
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, process: child, close };
}
