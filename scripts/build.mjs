// Builds every entry point into a self-contained bundle under dist/<name>/index.js:
// tsc type-checks and emits ESM into lib/, then ncc bundles each entry with its
// dependencies so it runs with plain `node` and no node_modules. The hashing
// worker is bundled on its own and put beside every bundle as hash-worker.js,
// where src/hashing/worker-entry.ts looks for it.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ENTRIES = {
  'approval-brief': 'lib/actions/approval-brief/entry.js',
  'bump-version': 'lib/actions/bump-version/entry.js',
  'create-release': 'lib/actions/create-release/entry.js',
  'fetch-wheels': 'lib/actions/fetch-wheels/entry.js',
  'plan-verify': 'lib/actions/plan-verify/entry.js',
  'pypi-publish': 'lib/actions/pypi-publish/entry.js',
  'verify-install': 'lib/actions/verify-install/entry.js',
  action: 'lib/actions/dispatch.js',
  pyrelease: 'lib/cli/main.js',
};

// The Python scripts (src/python/scripts/*.py) sit beside the module that reads them through
// `new URL('./x.py', import.meta.url)`; tsc copies no .py file, so this does, and ncc then puts
// each one beside the bundle that needs it.
function copyPythonScripts() {
  cpSync(join(root, 'src'), join(root, 'lib'), {
    recursive: true,
    filter: (path) => statSync(path).isDirectory() || path.endsWith('.py'),
  });
}

/** Bundled once, copied beside each bundle; built into a directory of its own so its files cannot mix with a bundle's chunks. */
const WORKER = { entry: 'lib/hashing/hash-worker.js', out: 'dist/.hash-worker', file: 'hash-worker.js' };

function ncc(name, entry, outDir = join('dist', name)) {
  const out = join(root, outDir);
  rmSync(out, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(root, entry), '-o', out, '-q'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ncc failed for ${name} (exit ${code})`))));
  });
}

async function main() {
  // webpack numbers modules by their path relative to the project, after following symlinks: a
  // node_modules linked from elsewhere gives other numbers, and dist/ then differs from CI's build.
  if (lstatSync(join(root, 'node_modules')).isSymbolicLink()) {
    console.error('node_modules is a symbolic link: the bundles would not match a build from `npm ci`. Run `npm ci` here instead.');
    process.exit(1);
  }
  const only = process.argv.slice(2);
  rmSync(join(root, 'lib'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  copyPythonScripts();
  const names = Object.keys(ENTRIES).filter((n) => only.length === 0 || only.includes(n));
  await ncc('hash-worker', WORKER.entry, WORKER.out);
  const workerFiles = readdirSync(join(root, WORKER.out)).filter((f) => f !== 'package.json');
  if (workerFiles.join() !== 'index.js') throw new Error(`the hashing worker must bundle into one file, got ${workerFiles.join(', ')}`);
  // Two at a time: webpack is CPU-bound and the machines have two cores.
  const queue = [...names];
  await Promise.all(
    [0, 1].map(async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const started = Date.now();
        await ncc(name, ENTRIES[name]);
        copyFileSync(join(root, WORKER.out, 'index.js'), join(root, 'dist', name, WORKER.file));
        console.log(`built dist/${name}/index.js in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }),
  );
  rmSync(join(root, WORKER.out), { recursive: true, force: true });
  const cli = join(root, 'dist/pyrelease/index.js');
  if (existsSync(cli)) {
    const code = readFileSync(cli, 'utf8');
    if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`);
    chmodSync(cli, 0o755);
  }
}

await main();
