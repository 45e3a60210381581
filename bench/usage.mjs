// Preloaded into a measured jpai process (node --import): at exit, writes the process's peak RSS and CPU time
// (all threads) to the file named by JPAI_BENCH_USAGE. The CLI itself knows nothing of the benchmark.

import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.JPAI_BENCH_USAGE;
if (file && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKB: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
  });
}
