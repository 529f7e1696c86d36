import { afterEach, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '../../src/contract';
import { testServer } from './helpers';

const open: Array<{ close(): unknown }> = [];
afterEach(async () => { for (const x of open.splice(0)) await x.close(); });

describe('socket commands take turns with the rest of the server', () => {
  it('a burst of 300 ticket:take from one kiosk does not hold /api/health until the last ack', async () => {
    const srv = await testServer();
    open.push(srv);
    const sock: Socket<ServerToClient, ClientToServer> = connect(srv.url, { auth: { token: 'demo-kiosk' }, transports: ['websocket'] });
    open.push(sock);
    await new Promise<void>((ok) => sock.once('connect', () => ok()));
    const services = ['hotich', 'chungthuc', 'btxh-ncc', 'cutru', 'tonghop'];
    let acked = 0;
    const issued = () => srv.ctx.queue.state.tickets.size;
    const all = Promise.all(Array.from({ length: 300 }, (_, i) => new Promise<void>((ok) => {
      sock.emit('ticket:take', { serviceId: services[i % services.length]! }, (a) => { if (a.ok) acked++; ok(); });
    })));
    const health = await fetch(`${srv.url}/api/health`);
    expect(health.status).toBe(200);
    // Same process: the server's state at the moment health answered. Taking turns, the burst is not done yet.
    const issuedAtHealth = issued();
    await all;
    expect(acked).toBe(300);
    expect(issued()).toBe(300);
    expect(issuedAtHealth).toBeLessThan(300);
  }, 120_000);
});
