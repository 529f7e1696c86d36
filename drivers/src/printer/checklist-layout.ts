/**
 * THE documents checklist ("In danh sách giấy tờ") a citizen prints at the kiosk: the procedure,
 * each document to bring with a tick box, original or copy and how many, the fee, the time limit,
 * the office's hours and a QR to the procedure's page. Same units and renderer as the ticket
 * (ticket-layout.ts): sizes in printer dots, drawn by raster.ts in Be Vietnam Pro.
 */
import { DOCUMENT_FORM_LABEL, type DocumentForm } from '@motcua/config/document-forms';
import type { RenderedImage } from '../types';
import { formatIssued, type LayoutBlock } from './ticket-layout';
import { renderLayout } from './raster';

export interface ChecklistPrintJob {
  /** Unique per print (cancel and logs). */
  jobId: string;
  officeName: string;
  procedureName: string;
  /** The national procedure code, e.g. 1.001193. */
  procedureCode: string;
  documents: ReadonlyArray<{ name: string; form: DocumentForm; count: number }>;
  feeText: string;
  timeLimitText: string;
  /** The office's usual hours in words; omitted when the office has none configured. */
  hoursText?: string | null;
  /** The procedure's page on the office's public address (the QR). */
  url: string;
  printedAt: number;
  timeZone: string;
}

/** "1 bản chính", "2 bản sao", "Xuất trình bản chính". */
export function documentDetail(d: { form: DocumentForm; count: number }): string {
  return d.form === 'present' ? 'Xuất trình bản chính' : `${d.count} ${DOCUMENT_FORM_LABEL[d.form]}`;
}

const heading = (text: string): LayoutBlock => ({ kind: 'text', text, size: 26, weight: 700, align: 'left', maxLines: 2 });
const body = (text: string): LayoutBlock => ({ kind: 'text', text, size: 24, weight: 400, align: 'left', maxLines: 8 });

/** The blocks of a documents checklist. */
export function checklistLayout(job: ChecklistPrintJob): LayoutBlock[] {
  const blocks: LayoutBlock[] = [
    { kind: 'text', text: job.officeName, size: 24, weight: 700, maxLines: 3 },
    { kind: 'space', dots: 6 },
    { kind: 'rule', thickness: 3 },
    { kind: 'space', dots: 10 },
    { kind: 'text', text: 'DANH SÁCH GIẤY TỜ CẦN MANG', size: 26, weight: 700, maxLines: 2 },
    { kind: 'space', dots: 6 },
    { kind: 'text', text: job.procedureName, size: 30, weight: 700, maxLines: 5 },
    { kind: 'text', text: `Mã thủ tục: ${job.procedureCode}`, size: 22, weight: 400, maxLines: 1 },
    { kind: 'space', dots: 12 },
    heading(`Thành phần hồ sơ (${job.documents.length}):`),
    { kind: 'space', dots: 4 },
  ];
  if (job.documents.length === 0) blocks.push(body('Không cần giấy tờ.'));
  for (const d of job.documents) blocks.push({ kind: 'item', text: d.name, detail: documentDetail(d), size: 24 });
  blocks.push(
    { kind: 'space', dots: 8 },
    { kind: 'rule', thickness: 2 },
    { kind: 'space', dots: 8 },
    heading('Lệ phí:'),
    body(job.feeText),
    { kind: 'space', dots: 8 },
    heading('Thời hạn giải quyết:'),
    body(job.timeLimitText),
  );
  if (job.hoursText) blocks.push({ kind: 'space', dots: 8 }, heading('Giờ làm việc:'), body(job.hoursText));
  blocks.push(
    { kind: 'space', dots: 16 },
    { kind: 'qr', data: job.url, moduleDots: 5 },
    { kind: 'text', text: 'Quét mã để xem thủ tục trên điện thoại', size: 20, weight: 400, maxLines: 2 },
    { kind: 'space', dots: 8 },
    { kind: 'text', text: `In lúc ${formatIssued(job.printedAt, job.timeZone)}`, size: 20, weight: 400, maxLines: 1 },
  );
  return blocks;
}

/** Renders a checklist at a paper width in dots (576 = 80 mm, 384 = 58 mm). */
export function renderChecklist(job: ChecklistPrintJob, width: number): RenderedImage {
  return renderLayout(checklistLayout(job), width);
}
