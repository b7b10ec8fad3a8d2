/**
 * Preflight results for people: a plain-text table (file | problem | fix) that
 * reads well in a terminal and in a job log, and one summary line.
 */
import type { DistributionInfo, Problem } from './preflight.js';

// Filenames are never wrapped: a person copies them from the report. Wheel
// names reach ~70 characters, so the file column is as wide as the longest one.
const WIDTHS = { file: 120, problem: 64, fix: 60 };
const GAP = '  ';

export function formatProblemsTable(files: DistributionInfo[], problems: Problem[], warnings: Problem[] = []): string {
  const rows: [string, string, string][] = [];
  const byFile = new Map<string, Problem[]>();
  for (const problem of [...problems, ...warnings]) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  const order = [...new Set([...files.map((f) => f.filename), ...problems.map((p) => p.file)])];
  for (const file of order) {
    const list = byFile.get(file) ?? [];
    if (list.length === 0) {
      rows.push([file, 'ok', '']);
      continue;
    }
    list.forEach((problem, i) => {
      let cell = `${warnings.includes(problem) ? 'warning: ' : ''}${problem.message} [${problem.rule}]`;
      if (problem.consequences?.length) cell += `\nBecause of this:${problem.consequences.map((c) => `\n- ${c}`).join('')}`;
      if (problem.pypiMessage) cell += `\nPyPI would answer: 400 ${problem.pypiMessage}`;
      rows.push([i === 0 ? file : '', cell, problem.fix]);
    });
  }

  const header: [string, string, string] = ['FILE', 'PROBLEM', 'FIX'];
  const widths = [WIDTHS.file, WIDTHS.problem, WIDTHS.fix].map((max, col) =>
    Math.min(max, Math.max(header[col].length, ...rows.flatMap((row) => row[col].split('\n').map((line) => line.length)))),
  );
  const lines: string[] = [];
  const emit = (cells: [string, string, string]): void => {
    const wrapped = cells.map((cell, col) => wrap(cell, widths[col]));
    const height = Math.max(...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) {
      lines.push(wrapped.map((w, col) => (w[i] ?? '').padEnd(col < 2 ? widths[col] : 0)).join(GAP).trimEnd());
    }
  };
  emit(header);
  lines.push(widths.map((w) => '-'.repeat(w)).join(GAP));
  rows.forEach((row, i) => {
    if (i > 0 && row[0] !== '') lines.push('');
    emit(row);
  });
  lines.push('');
  lines.push(summary(files, problems, warnings));
  return lines.join('\n');
}

function summary(files: DistributionInfo[], problems: Problem[], warnings: Problem[]): string {
  const n = files.length;
  const filesWord = `${n} file${n === 1 ? '' : 's'}`;
  const warned = warnings.length === 0 ? '' : ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'}: worth a look, refused by nobody)`;
  if (problems.length === 0) return `${filesWord} checked: no problems${warned}.`;
  if (n === 0) return `No files checked; ${problems.length} problem${problems.length === 1 ? '' : 's'}.`;
  const affected = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${affected} of ${filesWord}; fix them and run the check again${warned}.`;
}

/** Word wrap to `width`; words longer than a line (long filenames) are cut. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      let rest = word;
      while (rest.length > width) {
        if (line) {
          out.push(line);
          line = '';
        }
        out.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}
