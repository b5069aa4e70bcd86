// Preloaded with `node --require` by bench/run.js: on exit, appends this
// process's peak resident set size (all threads) to $JIEDU_BENCH_RSS_FILE.
const { appendFileSync } = require('node:fs');
const file = process.env.JIEDU_BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
  });
}
