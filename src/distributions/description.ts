/**
 * The long description as PyPI renders it on upload (warehouse hands it to
 * readme_renderer and answers 400 when nothing comes back): by its
 * Description-Content-Type, reStructuredText by default. Markdown and plain
 * text render whatever they hold (Markdown that is only whitespace excepted);
 * reStructuredText is rendered by docutils in Python (src/python/rst-renderer.ts),
 * once per distinct text however many files carry it.
 */
import { headerValue } from './metadata.js';
import type { CoreMetadata } from './metadata.js';
import { descriptionContentTypeProblem } from './metadata-rules.js';

export type DescriptionFormat = 'rst' | 'markdown' | 'plain';

/** What the renderers answer about texts; see src/python/rst-renderer.ts. */
export interface DescriptionRenderer {
  render(texts: string[]): Promise<
    | { available: true; renderer: string; results: { ok: boolean; messages: string }[] }
    | { available: false; reason: string }
  >;
}

export type DescriptionVerdict =
  | { kind: 'ok' }
  | { kind: 'refused'; format: DescriptionFormat; messages: string; renderer?: string }
  | { kind: 'unchecked'; reason: string };

/** warehouse's choice of renderer: none or empty → reStructuredText; an unknown type → plain text. */
export function descriptionFormat(contentType: string | undefined): DescriptionFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === '' || type === 'text/x-rst') return 'rst';
  if (type === 'text/markdown') return 'markdown';
  return 'plain';
}

/** warehouse's 400 for a description readme_renderer could not render. */
export function renderRefusal(contentType: string | undefined): string {
  const message = contentType
    ? `The description failed to render for '${contentType}'.`
    : 'The description failed to render in the default format of reStructuredText.';
  return `${message} See https://pypi.org/help/#description-content-type for more information.`;
}

/** What of a file's metadata PyPI renders, or undefined when it renders nothing (no description, or a content type it refuses first). */
export function descriptionToRender(meta: CoreMetadata): { text: string; contentType?: string; format: DescriptionFormat } | undefined {
  const text = meta.description;
  // warehouse renders only a description that is there (`if meta.description:`).
  if (text === undefined || text === '') return undefined;
  const contentType = headerValue(meta.headers, 'Description-Content-Type')?.trim();
  if (contentType !== undefined && descriptionContentTypeProblem(contentType) !== undefined) return undefined;
  return { text, ...(contentType ? { contentType } : {}), format: descriptionFormat(contentType) };
}

/**
 * Verdicts for many descriptions at once: each distinct reStructuredText is
 * rendered once, all in one run of the renderer.
 */
export class DescriptionChecks {
  private readonly pending = new Map<string, Promise<DescriptionVerdict>>();
  private batch: { text: string; settle: (v: DescriptionVerdict) => void }[] = [];
  private scheduled = false;

  /** `remember`: verdicts kept for texts asked again (a long-running index bounds it). */
  constructor(private readonly renderer: DescriptionRenderer, private readonly remember = Infinity) {}

  verdict(text: string, format: DescriptionFormat): Promise<DescriptionVerdict> {
    if (format === 'plain') return Promise.resolve({ kind: 'ok' });
    if (format === 'markdown') {
      // cmark turns blank input into nothing, and readme_renderer answers None for nothing.
      return Promise.resolve(text.trim() === '' ? { kind: 'refused', format, messages: 'The Markdown renders to nothing.' } : { kind: 'ok' });
    }
    let verdict = this.pending.get(text);
    if (!verdict) {
      verdict = new Promise((settle) => this.batch.push({ text, settle }));
      if (this.pending.size >= this.remember) this.pending.delete(this.pending.keys().next().value!);
      this.pending.set(text, verdict);
      // Texts asked for in the same turn go to the renderer together.
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => void this.flush());
      }
    }
    return verdict;
  }

  private async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    this.scheduled = false;
    let answer;
    try {
      answer = await this.renderer.render(batch.map((b) => b.text));
    } catch (error) {
      answer = { available: false as const, reason: error instanceof Error ? error.message : String(error) };
    }
    batch.forEach((item, i) => {
      if (!answer.available) item.settle({ kind: 'unchecked', reason: answer.reason });
      else if (answer.results[i].ok) item.settle({ kind: 'ok' });
      else item.settle({ kind: 'refused', format: 'rst', messages: answer.results[i].messages, renderer: answer.renderer });
    });
  }
}
