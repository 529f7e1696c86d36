/** Takes tickets at a steady rate, as kiosks do, and returns each one's request -> "ok" time (ms). */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * After 10 warm-up tickets (the connection and the server's code paths), starts `total` tickets
 * `1000 / perSecond` ms apart without waiting for the one before (a slow answer never delays the next).
 */
export async function paced(take: (serviceId: string) => Promise<number>, perSecond: number, total: number): Promise<number[]> {
  for (let i = 0; i < 10; i++) await take('tonghop');
  const lat: number[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / perSecond - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(take(i % 2 ? 'hotich' : 'chungthuc').then((ms) => { lat.push(ms); }));
  }
  await Promise.all(pending);
  return lat;
}
