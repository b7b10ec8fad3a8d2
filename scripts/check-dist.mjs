// Rebuilds dist/ and fails when it differs from what git has committed, so a
// release never ships bundles that do not match the source.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'], { cwd: root, encoding: 'utf8' });
if (status.trim() !== '') {
  console.error('dist/ does not match a fresh build of the source:');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { cwd: root, encoding: 'utf8' }));
  console.error("Run 'npm run build' and commit dist/.");
  process.exit(1);
}
console.log('dist/ matches a fresh build.');
