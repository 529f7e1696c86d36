/** Builds the office's hardware from the config's `devices:` section (@motcua/drivers), as the server's Devices. */
import type { SiteConfig } from '@motcua/config';
import { createPrinter, createScanner, parseDevicesConfig, type DeviceStatus, type Printer, type Scanner } from '@motcua/drivers';
import { checklistLayout } from '@motcua/drivers/printer/checklist-layout';
import type { DeviceStatusView, PrintResultView } from '../contract';
import type { Logger } from '../log';
import type { Devices } from './devices';

/** The printer and scanners for this office; a device that fails to start is reported, never fatal. */
export async function createDevicesFromConfig(config: SiteConfig, dataDir: string, log: Logger, hooks: { started?: (s: Scanner) => void } = {}): Promise<Devices> {
  const parsed = parseDevicesConfig(config.devices ?? {});
  if (!parsed.ok) throw new Error(`devices: ${parsed.errors.join('; ')}`);
  const dc = parsed.value;
  let printer: Printer | null = null;
  const scanners: Scanner[] = [];
  try { printer = await createPrinter(dc.printer, { dataDir, log }); } catch (e) { log.error('printer did not start', e); }
  for (const sc of dc.scanners) {
    try { scanners.push(await createScanner(sc, { log, dossierPattern: dc.dossierPattern ?? null })); hooks.started?.(scanners.at(-1)!); } catch (e) { log.error(`scanner ${sc.id} did not start`, e); }
  }
  const kioskOf = new Map(dc.scanners.map((sc) => [sc.id, sc.kiosk ?? sc.id]));
  const listeners = new Set<(l: DeviceStatusView[]) => void>();
  const list = (): DeviceStatusView[] => [...(printer ? [printer.status()] : []), ...scanners.map((s) => s.status())] as DeviceStatus[] as DeviceStatusView[];
  const changed = () => { const l = list(); for (const cb of listeners) cb(l); };
  printer?.onStatus(changed);
  for (const s of scanners) s.onStatus(changed);
  return {
    list,
    onChange(cb) { listeners.add(cb); return () => listeners.delete(cb); },
    async printTicket(t, officeName, timeZone, extra = {}): Promise<PrintResultView> {
      if (!printer) return { ticketId: t.id, state: 'failed', reason: 'no printer' };
      const out = await printer.printTicket({
        ticketId: t.id, officeName, serviceName: t.serviceName, number: t.number, priorityName: t.priorityName,
        issuedAt: t.issuedAt, timeZone, ahead: t.ahead, url: t.url, ...extra,
      });
      return out.state === 'printed' ? { ticketId: t.id, state: 'printed' } : { ticketId: t.id, state: out.state, reason: out.reason };
    },
    async printChecklist(job) {
      if (!printer) return { state: 'failed', reason: 'no printer' };
      // Drawn in the printer's render worker, like tickets: the layout is plain data.
      return printer.printImage({ id: job.jobId, kind: 'checklist', layout: checklistLayout(job) });
    },
    dropPrint(ticketId) { printer?.cancel(ticketId); },
    onScan(cb) {
      const offs = scanners.map((s) => s.onScan((r) => cb(s.id, r, kioskOf.get(s.id))));
      return () => { for (const off of offs) off(); };
    },
    async close() {
      await printer?.close();
      for (const s of scanners) await s.close();
    },
  };
}
