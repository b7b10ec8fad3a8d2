/** The last `marker`-prefixed line of a script's stdout, parsed as JSON. */
export function markedJson<T>(stdout: string, marker: string): T | undefined {
  const lines = stdout.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].startsWith(marker)) {
      try {
        return JSON.parse(lines[i].slice(marker.length)) as T;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
