/**
 * Printer bench: printTicket() called -> last byte of the job received by a fake network printer on
 * 127.0.0.1 (DLE EOT status check, raster rendering and ESC/POS encoding included).
 */
import { devicesConfigSchema } from '../drivers/src/config';
import { createPrinter } from '../drivers/src/printer/create';
import { FakeTcpPrinter, type ReceivedJob } from '../drivers/src/printer/fake-tcp-printer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summary } from './stats';

/** Prints n tickets one after another and measures submit -> last byte at the printer, in ms. */
export async function benchPrinter(n = 50): Promise<{ p50: number; p99: number; samples: number }> {
  const server = await new FakeTcpPrinter().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-printer-bench-'));
  const config = devicesConfigSchema.parse({ printer: { driver: 'tcp', host: '127.0.0.1', port: server.port, statusPollMs: 0 } }).printer;
  const printer = await createPrinter(config, { dataDir });
  const times: number[] = [];
  try {
    for (let i = -3; i < n; i++) {
      const got = new Promise<ReceivedJob>((resolve) => {
        const off = server.onJob((job) => {
          off();
          resolve(job);
        });
      });
      const id = `bench${String(i + 3).padStart(13, '0')}`;
      const start = performance.now();
      const outcome = await printer.printTicket({
        ticketId: id,
        officeName: 'Trung tâm Phục vụ hành chính công xã Hòa An',
        serviceName: 'Hộ tịch',
        number: `A${String((i + 3) % 1000).padStart(3, '0')}`,
        priorityName: i % 5 === 0 ? 'Người cao tuổi' : null,
        issuedAt: Date.now(),
        timeZone: 'Asia/Ho_Chi_Minh',
        ahead: i % 7,
        url: `http://192.168.1.10:8080/t/${id}`,
      });
      if (outcome.state !== 'printed') throw new Error(`bench ticket not printed: ${JSON.stringify(outcome)}`);
      const job = await got;
      if (i >= 0) times.push(job.lastByteAt - start); // the first 3 warm up fonts and JIT
    }
  } finally {
    await printer.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return summary(times);
}
