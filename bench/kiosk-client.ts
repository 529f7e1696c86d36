/**
 * Bench helper, run as its own process like a real kiosk: takes tickets over REST at a steady rate
 * (one keep-alive connection, as a browser keeps one) and reports each request -> 201 time to the parent.
 */
import { Agent, request } from 'node:http';
import { paced } from './pace';

const [url, rateArg, secondsArg] = process.argv.slice(2);
const perSecond = Number(rateArg);
const total = perSecond * Number(secondsArg);
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const target = new URL('/api/tickets', url);

function take(serviceId: string): Promise<number> {
  const body = JSON.stringify({ serviceId });
  const t0 = performance.now();
  return new Promise((ok, fail) => {
    const req = request(target, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer demo-kiosk' },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (res.statusCode === 201 ? ok(performance.now() - t0) : fail(new Error(`ticket refused: ${Buffer.concat(chunks).toString()}`))));
    });
    req.on('error', fail);
    req.end(body);
  });
}

process.send!({ lat: await paced(take, perSecond, total) });
agent.destroy();
