/** The glue to scripts/render_description.py: one run of it over a batch of descriptions. */
import { silentLogger, type Logger } from '../log.js';
import { formatCommand, ProcessStartError, pythonEnvironment, runProcess, tail, type ProcessResult } from '../process/index.js';
import { markedJson, pythonScript } from './scripts/index.js';

const MARK = '__PYRELEASE_RENDER__';

/** render_description.py's source. */
export function renderScript(): string {
  return pythonScript('render_description');
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
  let r: ProcessResult;
  try {
    r = await runProcess(python, args, { input: JSON.stringify(texts), timeoutMs: opts.timeoutMs ?? 120_000, env: pythonEnvironment() });
  } catch (error) {
    if (error instanceof ProcessStartError) return { kind: 'failed', error: error.message };
    throw error;
  }
  const out = markedJson<ScriptOutput>(r.stdout, MARK);
  if (out?.missing) return { kind: 'missing', error: out.error ?? `no ${out.missing}` };
  if (r.timedOut) {
    return { kind: 'failed', error: `rendering did not finish within ${Math.round(r.timeoutMs / 1000)} s and was stopped (docutils takes that long only on a very long or intricate text)` };
  }
  if (r.code !== 0 || !out?.results || out.results.length !== texts.length) {
    return { kind: 'failed', error: `exit ${r.code}: ${tail(r.stderr || r.stdout, 5)}` };
  }
  return { kind: 'rendered', renderer: out.renderer ?? {}, results: out.results };
}
