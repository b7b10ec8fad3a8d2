/**
 * A unified diff (git style, 3 lines of context) of whole-file rewrites, for
 * dry-run output and pull request bodies. Version rewrites never add or remove
 * lines, so lines are compared position by position; should the line counts
 * differ, the changed middle is shown as one hunk.
 */
export function unifiedDiff(changes: readonly { path: string; before: string; after: string }[], context = 3): string {
  return changes.map((c) => fileDiff(c.path, c.before, c.after, context)).join('');
}

interface Lines {
  lines: string[];
  /** Whether the text ends with a line terminator. */
  terminated: boolean;
}

function splitLines(text: string): Lines {
  if (text === '') return { lines: [], terminated: true };
  const parts = text.split(/\r\n|\n|\r/);
  const terminated = parts[parts.length - 1] === '';
  if (terminated) parts.pop();
  return { lines: parts, terminated };
}

function fileDiff(path: string, before: string, after: string, context: number): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  // Ranges [start, end) of changed lines in a and b.
  const blocks: { aStart: number; aEnd: number; bStart: number; bEnd: number }[] = [];
  if (a.lines.length === b.lines.length && a.terminated === b.terminated) {
    for (let i = 0; i < a.lines.length; i++) {
      if (a.lines[i] === b.lines[i]) continue;
      const last = blocks[blocks.length - 1];
      if (last && last.aEnd === i) {
        last.aEnd = i + 1;
        last.bEnd = i + 1;
      } else blocks.push({ aStart: i, aEnd: i + 1, bStart: i, bEnd: i + 1 });
    }
    if (blocks.length === 0) return ''; // only line terminators differ; nothing readable to show
  } else {
    let head = 0;
    while (head < a.lines.length && head < b.lines.length && a.lines[head] === b.lines[head]) head++;
    let tail = 0;
    while (
      tail < a.lines.length - head &&
      tail < b.lines.length - head &&
      a.lines[a.lines.length - 1 - tail] === b.lines[b.lines.length - 1 - tail]
    ) tail++;
    blocks.push({ aStart: head, aEnd: a.lines.length - tail, bStart: head, bEnd: b.lines.length - tail });
  }

  // Group blocks whose context would touch into hunks.
  const hunks: (typeof blocks)[] = [];
  for (const block of blocks) {
    const group = hunks[hunks.length - 1];
    const prev = group?.[group.length - 1];
    if (prev && block.aStart - prev.aEnd <= 2 * context) group!.push(block);
    else hunks.push([block]);
  }

  let out = `--- a/${path}\n+++ b/${path}\n`;
  for (const group of hunks) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const aFrom = Math.max(0, first.aStart - context);
    const aTo = Math.min(a.lines.length, last.aEnd + context);
    const bFrom = first.bStart - (first.aStart - aFrom);
    const bTo = last.bEnd + (aTo - last.aEnd);
    out += `@@ -${range(aFrom, aTo - aFrom)} +${range(bFrom, bTo - bFrom)} @@\n`;
    let ai = aFrom;
    for (const block of group) {
      for (; ai < block.aStart; ai++) out += line(' ', a, ai);
      for (let i = block.aStart; i < block.aEnd; i++) out += line('-', a, i);
      for (let i = block.bStart; i < block.bEnd; i++) out += line('+', b, i);
      ai = block.aEnd;
    }
    for (; ai < aTo; ai++) out += line(' ', a, ai);
  }
  return out;
}

function range(start: number, count: number): string {
  // Unified diff numbers lines from 1; an empty range names the line before it.
  const first = count === 0 ? start : start + 1;
  return count === 1 ? `${first}` : `${first},${count}`;
}

function line(mark: string, text: Lines, i: number): string {
  const s = `${mark}${text.lines[i]}\n`;
  return i === text.lines.length - 1 && !text.terminated ? `${s}\\ No newline at end of file\n` : s;
}
