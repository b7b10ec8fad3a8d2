/**
 * The fetched set arranged for people: which wheels exist for which platform
 * and Python tag (the grid a release manager checks by eye), and the totals.
 */
import type { FetchedFile } from './download.js';

export interface TagGrid {
  /** Python tags (columns), sorted by interpreter then version. */
  pythons: string[];
  /** Platform tags (rows), sorted. */
  platforms: string[];
  /** cells[platform][python] = the projects (as in the filenames) that have a wheel there. */
  cells: Map<string, Map<string, string[]>>;
  /** sdists, which have no tags. */
  sdists: string[];
}

function pythonOrder(a: string, b: string): number {
  const pa = /^([a-z]+)(\d*)$/.exec(a);
  const pb = /^([a-z]+)(\d*)$/.exec(b);
  if (pa && pb && pa[1] === pb[1] && pa[2] && pb[2]) {
    // cp39 < cp310: the major digit, then the rest as a number.
    const ka = [Number(pa[2][0]), Number(pa[2].slice(1) || -1)];
    const kb = [Number(pb[2][0]), Number(pb[2].slice(1) || -1)];
    return ka[0]! - kb[0]! || ka[1]! - kb[1]!;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function tagGrid(files: FetchedFile[]): TagGrid {
  const cells = new Map<string, Map<string, string[]>>();
  const pythons = new Set<string>();
  const sdists: string[] = [];
  for (const f of files) {
    const p = f.chosen.parsed;
    if (p.kind !== 'wheel') {
      sdists.push(f.chosen.file.name);
      continue;
    }
    for (const plat of p.platformTags) {
      const row = cells.get(plat) ?? new Map<string, string[]>();
      cells.set(plat, row);
      for (const py of p.pythonTags) {
        pythons.add(py);
        const cell = row.get(py) ?? [];
        if (!cell.includes(p.name)) cell.push(p.name);
        row.set(py, cell.sort());
      }
    }
  }
  return { pythons: [...pythons].sort(pythonOrder), platforms: [...cells.keys()].sort(), cells, sdists };
}
