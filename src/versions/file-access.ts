import { readFile, readdir } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { UserError } from '../errors.js';

/**
 * How version detection reads a repository, so the same code works on a local
 * checkout and on the GitHub contents/git-data API. Paths are repository
 * relative with `/` separators; `''` is the repository root.
 */
export interface FileAccess {
  /** The file's text (UTF-8, a BOM kept as U+FEFF), or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>;
  /** Names of the entries in a directory (files and directories), or [] when it is not a directory. */
  list(dir: string): Promise<string[]>;
}

/** Normalizes a repository-relative path: `/` separators, no `./`, and never outside the repository. */
export function repoPath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || parts.includes('..')) {
    throw new UserError(`"${path}" must be a path inside the repository, relative to its root (like src/pkg/__init__.py).`);
  }
  return parts.join('/');
}

export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/** Reads a local checkout rooted at `root`. */
export function localFileAccess(root: string): FileAccess {
  const base = resolve(root);
  const full = (path: string): string => {
    const p = resolve(base, repoPath(path));
    if (p !== base && !p.startsWith(base + sep)) throw new UserError(`"${path}" is outside the repository.`);
    return p;
  };
  return {
    async read(path) {
      let bytes: Buffer;
      try {
        bytes = await readFile(full(path));
      } catch (e) {
        if (isMissing(e)) return undefined;
        throw e;
      }
      const text = bytes.toString('utf8');
      // A rewrite re-encodes the text; bytes that are not UTF-8 would not survive it.
      if (!Buffer.from(text, 'utf8').equals(bytes)) {
        throw new UserError(`${path} is not UTF-8 text, so its version cannot be rewritten safely.`);
      }
      return text;
    },
    async list(dir) {
      try {
        return (await readdir(full(dir))).sort();
      } catch (e) {
        if (isMissing(e)) return [];
        throw e;
      }
    },
  };
}

/** A repository held in memory (path → text); directories are implied by the paths. */
export function memoryFileAccess(files: Record<string, string>): FileAccess {
  const entries = new Map(Object.entries(files).map(([p, text]) => [repoPath(p), text]));
  return {
    async read(path) {
      return entries.get(repoPath(path));
    },
    async list(dir) {
      const prefix = repoPath(dir);
      const names = new Set<string>();
      for (const p of entries.keys()) {
        if (prefix !== '' && !p.startsWith(prefix + '/')) continue;
        const rest = prefix === '' ? p : p.slice(prefix.length + 1);
        names.add(rest.split('/')[0]!);
      }
      return [...names].sort();
    },
  };
}

/** Remembers every read and listing, so detection and rewriting read each file once. */
export function cachedFileAccess(files: FileAccess): FileAccess {
  const reads = new Map<string, Promise<string | undefined>>();
  const lists = new Map<string, Promise<string[]>>();
  return {
    read(path) {
      const key = repoPath(path);
      let p = reads.get(key);
      if (!p) reads.set(key, (p = files.read(key)));
      return p;
    },
    list(dir) {
      const key = repoPath(dir);
      let p = lists.get(key);
      if (!p) lists.set(key, (p = files.list(key)));
      return p;
    },
  };
}

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
