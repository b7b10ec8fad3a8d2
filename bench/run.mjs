// npm run bench -- NAME...               (startup, hashing, ...; no name runs them all)
// npm run bench -- [NAME...] --link wan  (the benchmarks that take a link profile: upload, fetch)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

/** Modules the benchmarks use, not benchmarks (link-proxy.mjs runs alone only for its --selftest). */
const HELPERS = ['lib.mjs', 'run.mjs', 'link-proxy.mjs', 'helper-process.mjs', 'keepalive-front.mjs'];
const all = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.mjs') && !HELPERS.includes(f)).map((f) => f.slice(0, -4));
const WITH_LINK = ['upload', 'fetch'];
const args = process.argv.slice(2);
const linkAt = args.findIndex((a) => a === '--link' || a.startsWith('--link='));
const linkArgs = linkAt < 0 ? [] : args.splice(linkAt, args[linkAt] === '--link' ? 2 : 1);
const names = args.length ? args : linkArgs.length ? WITH_LINK : all;
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark '${name}'; have: ${all.join(', ')}`);
    process.exit(2);
  }
  if (linkArgs.length && !WITH_LINK.includes(name)) {
    console.error(`bench/${name}.mjs has no link profile (only ${WITH_LINK.join(' and ')} do)`);
    process.exit(2);
  }
}
for (const name of names) {
  console.log(`\n=== bench/${name}.mjs ${linkArgs.join(' ')}`);
  const res = spawnSync(process.execPath, [join(root, 'bench', `${name}.mjs`), ...linkArgs], { stdio: 'inherit', cwd: root });
  if (res.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
