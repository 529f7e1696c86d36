/**
 * Socket commands take turns with the rest of the server: one per turn of the event loop. A kiosk
 * that sends a thousand `ticket:take` in one packet would otherwise run a thousand durable commits
 * back to back, and /api/health, the calls and every other screen would wait for all of them.
 */

/** A FIFO that runs each job on its own turn of the event loop (I/O is served between two jobs). */
export function takingTurns(): (job: () => void) => void {
  const jobs: Array<() => void> = [];
  let scheduled = false;
  const next = () => {
    scheduled = false;
    const job = jobs.shift();
    if (!job) return;
    try { job(); } finally {
      if (jobs.length && !scheduled) { scheduled = true; setImmediate(next); }
    }
  };
  return (job) => {
    jobs.push(job);
    if (!scheduled) { scheduled = true; setImmediate(next); }
  };
}
