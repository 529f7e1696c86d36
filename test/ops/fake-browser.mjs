// A stand-in for Chromium in the launcher tests: records its arguments as one JSON line, then exits with
// FAKE_BROWSER_EXIT (a crash) or stays until killed.
import { appendFileSync } from 'node:fs';

appendFileSync(process.env.FAKE_BROWSER_LOG, `${JSON.stringify(process.argv.slice(2))}\n`);
if (process.env.FAKE_BROWSER_EXIT) process.exit(Number(process.env.FAKE_BROWSER_EXIT));
setInterval(() => {}, 60_000);
