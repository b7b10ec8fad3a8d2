// npm run bench -- NAME...   (startup, hashing, ...; no name runs them all)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const all = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.mjs') && !['lib.mjs', 'run.mjs'].includes(f)).map((f) => f.slice(0, -4));
const names = process.argv.slice(2).length ? process.argv.slice(2) : all;
let failed = 0;
for (const name of names) {
  if (!all.includes(name)) {
    console.error(`unknown benchmark '${name}'; have: ${all.join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== bench/${name}.mjs`);
  const res = spawnSync(process.execPath, [join(root, 'bench', `${name}.mjs`)], { stdio: 'inherit', cwd: root });
  if (res.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
