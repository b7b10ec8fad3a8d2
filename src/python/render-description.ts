/**
 * The glue to render_description.py: the script's text and one run of it.
 * The script is a file beside this module; ncc copies it next to each bundle
 * that imports this and rewrites the path below. (When the project embeds its
 * Python scripts at build time, only `renderScript` changes.)
 */
import { readFileSync } from 'node:fs';
import { silentLogger, type Logger } from '../log.js';
import { cleanEnvironment, formatCommand, markedJson, run, tail } from './process.js';

const MARK = '__PYRELEASE_RENDER__';

let script: string | undefined;

/** render_description.py's source. */
export function renderScript(): string {
  script ??= readFileSync(new URL('../../src/python/scripts/render_description.py', import.meta.url), 'utf8');
  return script;
}

export interface RenderedText {
  /** Rendered as PyPI would; false means PyPI refuses the upload. */
  ok: boolean;
  /** docutils' warnings and errors, as twine check prints them. */
  messages: string;
}

export type RenderRun =
  | { kind: 'rendered'; renderer: Record<string, string | null>; results: RenderedText[] }
  | { kind: 'missing'; error: string }
  | { kind: 'failed'; error: string };

interface ScriptOutput {
  renderer?: Record<string, string | null>;
  results?: RenderedText[];
  missing?: string;
  error?: string;
}

/**
 * Runs the script on `python` in isolated mode (-I: no PYTHON* variables, no
 * user site, nothing from the working directory), `path` first on sys.path.
 */
export async function runRenderScript(python: string, texts: string[], opts: { path?: string; timeoutMs?: number; log?: Logger } = {}): Promise<RenderRun> {
  const args = ['-I', '-c', renderScript(), ...(opts.path !== undefined ? ['--path', opts.path] : [])];
  (opts.log ?? silentLogger).debug(`$ ${formatCommand(python, args)}`);
  const r = await run(python, args, { input: JSON.stringify(texts), timeoutMs: opts.timeoutMs ?? 120_000, env: cleanEnvironment() });
  if (r.spawnError) return { kind: 'failed', error: r.spawnError };
  const out = markedJson<ScriptOutput>(r.stdout, MARK);
  if (out?.missing) return { kind: 'missing', error: out.error ?? `no ${out.missing}` };
  if (r.code !== 0 || !out?.results || out.results.length !== texts.length) {
    return { kind: 'failed', error: `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${tail(r.stderr || r.stdout, 5)}` };
  }
  return { kind: 'rendered', renderer: out.renderer ?? {}, results: out.results };
}
