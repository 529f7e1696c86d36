/**
 * A dossier scanned at the kiosk, with no dead end: a ready result says where to pick it up and offers a number for
 * the result-return queue; a dossier waiting for papers shows what the one-door software said, if anything, and the
 * counter to bring them to. Plain words in Vietnamese and English.
 */
import type { AppContext } from '../app/context';
import type { DossierLookup } from './dossiers/store';
import { effectiveCatalog } from './catalog';
import { servingCounters } from '../app/ticket-print';

/** What the kiosk shows below a found dossier's status. */
export interface DossierGuide {
  statusEn: string;
  guide: string;
  guideEn: string;
  /** What the one-door software said about it (the papers still needed...). */
  note?: string;
  /** The queue to take a number in, with the counters that serve it. */
  next?: { serviceId: string; serviceName: string; serviceNameEn?: string; counters: number[] };
}

const STATUS_EN: Record<DossierLookup['status'], string> = {
  dang_giai_quyet: 'Being processed', cho_bo_sung: 'Waiting for more papers', tam_dung: 'On hold', cho_tra: 'Ready — waiting to be picked up', da_tra: 'Picked up',
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
const list = (c: number[]) => c.join(', ');

/** The result-return queue: config kiosk.resultServiceId, else a service called "Trả kết quả" (or with id traketqua). */
function resultService(ctx: AppContext) {
  const id = ctx.config.kiosk.resultServiceId;
  return ctx.config.services.find((s) => s.enabled && (id ? s.id === id : s.id === 'traketqua' || fold(s.name) === 'tra ket qua'));
}

const countersOf = (ctx: AppContext, serviceId: string) => servingCounters(ctx.config, serviceId);

/** The service that receives this dossier's procedure (by the catalog's procedure name), if known. */
function receivingService(ctx: AppContext, d: DossierLookup) {
  let serviceId: string | undefined;
  try { serviceId = effectiveCatalog(ctx).procedures.find((p) => fold(p.name) === fold(d.procedureName))?.serviceId; } catch { /* no catalog: no counter named */ }
  return serviceId ? ctx.config.services.find((s) => s.id === serviceId) : undefined;
}

/** The guide for a found dossier. */
export function dossierGuide(ctx: AppContext, d: DossierLookup): DossierGuide {
  const statusEn = STATUS_EN[d.status];
  const note = d.note ?? undefined;
  switch (d.status) {
    case 'cho_tra': {
      const s = resultService(ctx);
      if (!s) return { statusEn, guide: 'Mời quý vị đến quầy tiếp nhận để nhận kết quả.', guideEn: 'Please go to the reception counter to pick up your result.' };
      const counters = countersOf(ctx, s.id);
      return {
        statusEn, guide: `Mời quý vị lấy số “${s.name}” rồi đến quầy ${list(counters)} để nhận kết quả.`,
        guideEn: `Please take a number for “${s.nameEn ?? s.name}”, then go to counter ${list(counters)} to pick up your result.`,
        next: { serviceId: s.id, serviceName: s.name, ...(s.nameEn ? { serviceNameEn: s.nameEn } : {}), counters },
      };
    }
    case 'cho_bo_sung': {
      const s = receivingService(ctx, d);
      const counters = s ? countersOf(ctx, s.id) : [];
      const where = counters.length ? `quầy ${list(counters)}` : 'quầy tiếp nhận';
      const whereEn = counters.length ? `counter ${list(counters)}` : 'the reception counter';
      return {
        statusEn, ...(note ? { note } : {}),
        guide: `Hồ sơ cần bổ sung giấy tờ. Mời quý vị mang giấy tờ đến ${where}${s ? ` (lấy số “${s.name}”)` : ''}.`,
        guideEn: `Your dossier needs more papers. Please bring them to ${whereEn}${s ? ` (take a number for “${s.nameEn ?? s.name}”)` : ''}.`,
        ...(s ? { next: { serviceId: s.id, serviceName: s.name, ...(s.nameEn ? { serviceNameEn: s.nameEn } : {}), counters } } : {}),
      };
    }
    case 'da_tra':
      return { statusEn, guide: 'Kết quả đã được trả. Nếu cần hỏi thêm, vui lòng hỏi cán bộ.', guideEn: 'The result has been picked up. For questions, please ask the staff.' };
    case 'tam_dung':
      return { statusEn, ...(note ? { note } : {}), guide: 'Hồ sơ đang tạm dừng. Vui lòng hỏi cán bộ tại quầy tiếp nhận.', guideEn: 'Your dossier is on hold. Please ask at the reception counter.' };
    default:
      return { statusEn, ...(note ? { note } : {}), guide: 'Hồ sơ đang được giải quyết. Mời quý vị quay lại vào ngày hẹn trả.', guideEn: 'Your dossier is being processed. Please come back on the promised date.' };
  }
}
