// Loaded with `node --require` (NODE_OPTIONS) by tests that bound an action's memory:
// when the process exits, writes its peak RSS in KiB to REPORT_PEAK_RSS_DIR/rss-<pid>.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.REPORT_PEAK_RSS_DIR;
if (dir) {
  process.on('exit', () => {
    try {
      writeFileSync(join(dir, `rss-${process.pid}`), String(process.resourceUsage().maxRSS));
    } catch {
      // the directory is gone: the test no longer wants the number
    }
  });
}
