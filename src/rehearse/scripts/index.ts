/**
 * The Python the rehearsal runs inside interpreters, as .py files beside this
 * module, read the way src/python/scripts/index.ts reads its own: through a
 * literal `new URL('./x.py', import.meta.url)`, which ncc copies beside the
 * bundle under the same name.
 */
import { readFileSync } from 'node:fs';

const read = (url: URL): string => readFileSync(url, 'utf8');

let buildConfig: string | undefined;

/** src/rehearse/scripts/build_config.py: what an interpreter is to a C compiler and to wheel tags. */
export function buildConfigScript(): string {
  buildConfig ??= read(new URL('./build_config.py', import.meta.url));
  return buildConfig;
}
