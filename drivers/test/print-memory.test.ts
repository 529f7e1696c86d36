import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QueuedPrinter } from '../src/printer/printer';
import { bitmapToPng, renderBlocks, renderLayout, toBitmap } from '../src/printer/raster';
import { ticketLayout } from '../src/printer/ticket-layout';
import type { RenderRequest } from '../src/printer/render-job';
import { RenderPool, type Renderer } from '../src/printer/render-pool';
import { FakeTransport, KEEP_PRINTED } from '../src/printer/transports/fake';
import { decodeEscPos } from './escpos-decode';
import { sampleJob, tempDir } from './helpers';

const ticket = (number: string): RenderRequest => ({ kind: 'ticket', job: sampleJob({ number }), widthDots: 576, qr: true, cut: true, bytes: true, preview: false });
const nextTurn = () => new Promise((r) => setImmediate(r));

describe('the render pool keeps one thread', () => {
  it('finishes a drawing whose deadline passes meanwhile on the same thread (no new worker per late ticket)', async () => {
    const pool = new RenderPool({ maxQueue: 4 });
    await pool.render(ticket('A001')); // the worker is up
    const late = new AbortController();
    const drawing = pool.render(ticket('A002'), late.signal);
    await nextTurn(); // handed to the worker
    late.abort(new Error('deadline'));
    const out = await drawing;
    expect(decodeEscPos(out.bytes!).image!.width).toBe(576);
    expect((await pool.render(ticket('A003'))).bytes).not.toBeNull();
    expect(pool.threadsStarted).toBe(1);
    expect(pool.pending).toBe(0);
    await pool.close();
  }, 60_000);

  it('drops a waiting job at its deadline and refuses jobs past the bounded queue', async () => {
    const pool = new RenderPool({ maxQueue: 2 });
    const first = pool.render(ticket('B001'));
    const gone = new AbortController();
    const waiting = pool.render(ticket('B002'), gone.signal);
    const third = pool.render(ticket('B003'));
    await expect(pool.render(ticket('B004'))).rejects.toThrow(/render queue full/);
    gone.abort(new Error('deadline passed while waiting'));
    await expect(waiting).rejects.toThrow(/deadline passed while waiting/);
    await expect(first).resolves.toMatchObject({ png: null });
    await expect(third).resolves.toMatchObject({ png: null });
    expect(pool.pending).toBe(0);
    expect(pool.threadsStarted).toBe(1);
    await pool.close();
  }, 60_000);
  it('on close, fails the jobs still waiting and starts no thread again', async () => {
    const pool = new RenderPool({ maxQueue: 2 });
    const first = pool.render(ticket('D001'));
    const waiting = pool.render(ticket('D002'));
    const closing = pool.close();
    await expect(waiting).rejects.toThrow(/render pool closed/);
    await first.catch(() => {}); // drawn, or ended by the pool closing
    await closing;
    await expect(pool.render(ticket('D003'))).rejects.toThrow(/render pool closed/);
    expect(pool.pending).toBe(0);
    expect(pool.threadsStarted).toBeLessThanOrEqual(1);
  }, 60_000);
});

describe('a ticket drawn after its deadline', () => {
  it('is not printed later: the kiosk shows it on screen', async () => {
    let drawn!: () => void;
    let aborted!: () => void;
    const deadlinePassed = new Promise<void>((r) => { aborted = r; });
    // Like the pool: once drawing, it finishes whatever the signal says.
    const renderer: Renderer = {
      pending: 0,
      async render(_req, signal) {
        signal?.addEventListener('abort', () => aborted());
        await new Promise<void>((r) => { drawn = r; });
        return { bytes: new Uint8Array([0x1b, 0x40]), png: null };
      },
      async close() {},
    };
    const transport = new FakeTransport({ dataDir: tempDir() });
    const printer = new QueuedPrinter({ id: 'printer-1', transport, widthDots: 576, mode: 'raster', qr: true, timeoutMs: 300, maxQueued: 5, maxAgeMs: 60_000, renderer });
    const out = printer.printTicket(sampleJob({ number: 'C001' }));
    await deadlinePassed;
    drawn();
    expect(await out).toEqual({ state: 'failed', reason: 'not printed within 300 ms (drawn too late)' });
    expect(printer.status()).toMatchObject({ state: 'error', detail: expect.stringMatching(/C001/) });
    expect(transport.printed).toEqual([]);
    await printer.close();
  });
});

describe('the fake printer over a long day', () => {
  it('keeps only its recent jobs in memory; every job stays on disk', async () => {
    const transport = new FakeTransport({ dataDir: tempDir() });
    const total = KEEP_PRINTED + 20;
    for (let i = 1; i <= total; i++) await transport.send({ id: `job-${i}`, kind: 'ticket', bytes: new Uint8Array(1024) }, 1000);
    expect(transport.printed).toHaveLength(KEEP_PRINTED);
    expect(transport.printed[0]!.jobId).toBe('job-21');
    expect(transport.printed.at(-1)!.seq).toBe(total);
    expect(readdirSync(transport.dir).filter((f) => f.endsWith('.bin'))).toHaveLength(total);
  });
});

describe('the canvas reused from job to job', () => {
  it('draws each job as a fresh canvas would, whatever was drawn on it before', () => {
    const first = ticketLayout(sampleJob({ number: 'E001' }), { qr: true });
    const taller = [...first, ...first, { kind: 'text' as const, text: 'Tờ khai đăng ký khai sinh', size: 26, weight: 400 as const }];
    const before = renderLayout(first, 576).bitmap;
    const tall = renderLayout(taller, 576).bitmap;
    const again = renderLayout(first, 576).bitmap;
    expect(tall.height).toBeGreaterThan(before.height);
    expect(again.height).toBe(before.height);
    expect(Buffer.from(again.data).equals(Buffer.from(before.data))).toBe(true);
    expect(Buffer.from(before.data).equals(Buffer.from(toBitmap(renderBlocks(first, 576)).data))).toBe(true);
    const png = bitmapToPng(before);
    bitmapToPng(tall);
    expect(bitmapToPng(before).equals(png)).toBe(true);
    const narrow = renderLayout(first, 384).bitmap;
    expect(narrow.width).toBe(384);
    expect(Buffer.from(narrow.data).equals(Buffer.from(toBitmap(renderBlocks(first, 384)).data))).toBe(true);
  });
});
