// The benchmarks' helper processes (bench/link-proxy.mjs, bench/keepalive-front.mjs) are Node
// scripts of their own, so their CPU is counted apart and they never wait for a benchmark's event
// loop (which blocks while a contender runs under spawnSync). Each prints
// "<name> listening on 127.0.0.1:<port>" when ready and, on SIGTERM, "<name> stats {json}" (its
// own counters and its peak RSS).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Starts `node script ...args`; resolves with { port, pid, stop() → stats } once it listens. */
export async function startHelper(name, script, args) {
  // stdin is a pipe nobody writes to: it ends when this process does, however it ends, and the
  // helper exits with it (see serveUntilTerminated), so no helper outlives a crashed benchmark.
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  const port = await new Promise((resolve, reject) => {
    const listening = new RegExp(`${name} listening on 127\\.0\\.0\\.1:(\\d+)`);
    const onData = () => {
      const m = listening.exec(out);
      if (m) {
        child.stdout.off('data', onData);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`${name} exited (${code ?? signal}) before listening: ${out}`)));
  });
  return {
    port,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      const { code, signal } = await exited;
      const m = new RegExp(`${name} stats (\\{.*\\})`).exec(out);
      if (!m) throw new Error(`${name} ended (${code ?? signal}) without its stats: ${out}`);
      return JSON.parse(m[1]);
    },
  };
}

/**
 * This process's own peak RSS: VmHWM, not getrusage's maxRSS, which Linux carries over
 * execve from the image this process replaced (here, a fork of the benchmark).
 */
function peakRssKiB() {
  const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : process.resourceUsage().maxRSS;
}

/** In the helper: announce the port, print the stats and exit on SIGTERM, and exit when the parent is gone. */
export function serveUntilTerminated(name, server, stats) {
  console.log(`${name} listening on 127.0.0.1:${server.address().port}`);
  process.stdin.on('end', () => process.exit(1));
  process.stdin.resume();
  process.once('SIGTERM', () => {
    server.close();
    const peakRssMiB = Math.round(peakRssKiB() / 1024);
    process.stdout.write(`${name} stats ${JSON.stringify({ ...stats, peakRssMiB })}\n`, () => process.exit(0));
  });
}

/** "--target host:port" → { host, port }. */
export function parseTarget(value) {
  const m = /^([^:]+):(\d+)$/.exec(value ?? '');
  if (!m) throw new Error('--target wants host:port');
  return { host: m[1], port: Number(m[2]) };
}
