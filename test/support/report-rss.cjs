// Loaded with `node --require` (NODE_OPTIONS) by tests that bound an action's memory:
// when the process exits, writes its peak RSS in KiB to REPORT_PEAK_RSS_DIR/rss-<pid>.
//
// The peak is VmHWM from /proc/self/status, the high-water mark of this process's own
// memory. Not process.resourceUsage().maxRSS: Linux carries a process's maxrss across
// execve from the image it replaced, so a child of a large jest worker would report the
// worker's size, not its own.
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

function peakKiB() {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // no /proc: fall back to getrusage
  }
  return process.resourceUsage().maxRSS;
}

const dir = process.env.REPORT_PEAK_RSS_DIR;
if (dir) {
  process.on('exit', () => {
    try {
      writeFileSync(join(dir, `rss-${process.pid}`), String(peakKiB()));
    } catch {
      // the directory is gone: the test no longer wants the number
    }
  });
}
