// Module hooks for a worker thread started from the TypeScript sources (see
// ../hash-worker-entry.ts): `.ts` files are transpiled with the project's own
// TypeScript compiler (types dropped, nothing checked: tsc does that), and a
// relative `./x.js` import from a `.ts` file finds `./x.ts`, as tsc's NodeNext
// resolution does. Transpiled files are kept under node_modules/.cache, keyed by
// their source text, so the workers a test run starts after the first need not
// load the compiler at all.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const CACHE = new URL('../../../node_modules/.cache/typescript-worker/', import.meta.url);
let compiler;

export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\/.*\.js$/.test(specifier)) {
    const source = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
    try {
      await access(source);
      return { url: source.href, shortCircuit: true };
    } catch {
      // Not TypeScript: a real .js file.
    }
  }
  return next(specifier, context);
}

async function transpile(fileName, text) {
  compiler ??= (await import('typescript')).default;
  const { outputText } = compiler.transpileModule(text, {
    fileName,
    compilerOptions: { module: compiler.ModuleKind.ESNext, target: compiler.ScriptTarget.ES2022, esModuleInterop: true, isolatedModules: true },
  });
  return outputText;
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  const text = await readFile(fileName, 'utf8');
  const cached = new URL(`${createHash('sha256').update(fileName).update('\0').update(text).digest('hex')}.js`, CACHE);
  let source;
  try {
    source = await readFile(cached, 'utf8');
  } catch {
    source = await transpile(fileName, text);
    await mkdir(CACHE, { recursive: true });
    // Written whole, then renamed: another worker may be reading the same entry.
    const part = new URL(`${cached.href}.${process.pid}.${Math.random().toString(16).slice(2)}`);
    await writeFile(part, source);
    await rename(part, cached);
  }
  return { format: 'module', source, shortCircuit: true };
}
