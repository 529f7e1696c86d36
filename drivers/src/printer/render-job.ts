/**
 * What the render worker does for one job: draw the layout, threshold it, encode the ESC/POS bytes and,
 * when the transport keeps previews, the PNG. Runs in a worker thread (render-worker.mjs), never on the
 * server's loop: a ticket costs ~15 ms of canvas work and its preview ~25 ms more.
 */
import type { TicketPrintJob } from '../types';
import { encodeRaster } from './encode';
import { bitmapToPng, registerFonts, renderLayout } from './raster';
import { ticketLayout, type LayoutBlock } from './ticket-layout';

/** A job for the worker: plain data only (it crosses a thread). */
export type RenderRequest =
  | { kind: 'ticket'; job: TicketPrintJob; widthDots: number; qr: boolean; cut: boolean; bytes: boolean; preview: boolean }
  | { kind: 'layout'; blocks: LayoutBlock[]; widthDots: number; cut: boolean; bytes: boolean; preview: boolean };

/** The worker's answer: ESC/POS bytes (absent when only a preview was asked) and the PNG preview. */
export interface RenderResult {
  bytes: Uint8Array | null;
  png: Uint8Array | null;
}

/** Loads the fonts once, when the worker starts. */
export function warmUp(): void {
  registerFonts();
}

/** Renders one request (the worker's task function; also callable in-thread by tests). */
export function renderRequest(req: RenderRequest): RenderResult {
  const blocks = req.kind === 'ticket' ? ticketLayout(req.job, { qr: req.qr }) : req.blocks;
  const { bitmap } = renderLayout(blocks, req.widthDots);
  const bytes = req.bytes ? encodeRaster(bitmap, { widthDots: req.widthDots, cut: req.cut }) : null;
  const png = req.preview ? new Uint8Array(bitmapToPng(bitmap)) : null;
  return { bytes, png };
}
