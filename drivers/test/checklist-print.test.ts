import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createPrinter } from '../src/printer/create';
import { checklistLayout, documentDetail, renderChecklist, type ChecklistPrintJob } from '../src/printer/checklist-layout';
import { decodeEscPos, writeRasterPng } from './escpos-decode';
import { ocr, tempDir, zbar } from './helpers';

/** A checklist like the kiosk prints for "Đăng ký khai sinh". */
export function sampleChecklist(over: Partial<ChecklistPrintJob> = {}): ChecklistPrintJob {
  return {
    jobId: 'checklist-0123456789ab',
    officeName: 'Trung tâm Phục vụ hành chính công xã Hòa An',
    procedureName: 'Đăng ký khai sinh',
    procedureCode: '1.001193',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', form: 'original', count: 1 },
      { name: 'Giấy chứng sinh do cơ sở y tế cấp', form: 'original', count: 1 },
      { name: 'Giấy tờ tùy thân của người đi đăng ký', form: 'present', count: 1 },
      { name: 'Văn bản ủy quyền có chứng thực', form: 'copy', count: 2 },
    ],
    feeText: 'Miễn lệ phí khi đăng ký đúng hạn; quá hạn 8.000 đồng',
    timeLimitText: 'Ngay trong ngày tiếp nhận hồ sơ',
    hoursText: 'Sáng 7:30–11:30, chiều 13:30–17:00, thứ Hai – thứ Sáu',
    url: 'http://192.168.1.10:8080/thu-tuc/1.001193',
    printedAt: Date.UTC(2026, 10, 23, 1, 15),
    timeZone: 'Asia/Ho_Chi_Minh',
    ...over,
  };
}

/** Lower case, no diacritics, single spaces: OCR drops or swaps tone marks now and then. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** How well `needle` appears somewhere in `hay` (both folded): 1 = exactly, over windows of the needle's word count. */
export function fuzzyFind(hay: string, needle: string): number {
  const words = fold(hay).split(' ');
  const want = fold(needle);
  const n = want.split(' ').length;
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    for (const k of [n - 1, n, n + 1]) {
      if (k < 1 || i + k > words.length) continue;
      const win = words.slice(i, i + k).join(' ');
      best = Math.max(best, 1 - levenshtein(win, want) / Math.max(win.length, want.length));
    }
  }
  return best;
}

describe('the documents checklist, printed and read back by independent decoders', () => {
  it('lays out every document with a tick box and its original/copy count, then fee, time limit, hours and QR', () => {
    const job = sampleChecklist();
    const blocks = checklistLayout(job);
    const items = blocks.filter((b) => b.kind === 'item');
    expect(items.map((b) => b.kind === 'item' && [b.text, b.detail])).toEqual([
      ['Tờ khai đăng ký khai sinh theo mẫu', '1 bản chính'],
      ['Giấy chứng sinh do cơ sở y tế cấp', '1 bản chính'],
      ['Giấy tờ tùy thân của người đi đăng ký', 'Xuất trình bản chính'],
      ['Văn bản ủy quyền có chứng thực', '2 bản sao'],
    ]);
    const texts = blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Lệ phí:', job.feeText, 'Thời hạn giải quyết:', job.timeLimitText, 'Giờ làm việc:', job.hoursText]));
    expect(blocks.filter((b) => b.kind === 'qr')).toEqual([{ kind: 'qr', data: job.url, moduleDots: 5 }]);
    // No hours configured: no hours heading at all.
    expect(checklistLayout(sampleChecklist({ hoursText: null })).some((b) => b.kind === 'text' && b.text === 'Giờ làm việc:')).toBe(false);
    expect(documentDetail({ form: 'certifiedCopy', count: 3 })).toBe('3 bản sao có chứng thực');
  });

  it('a longer list prints a longer strip', () => {
    const short = renderChecklist(sampleChecklist({ documents: sampleChecklist().documents.slice(0, 1) }), 576).bitmap.height;
    const long = renderChecklist(sampleChecklist(), 576).bitmap.height;
    expect(long).toBeGreaterThan(short + 150);
  });

  for (const [paper, width] of [[80, 576], [58, 384]] as const) {
    it(`${paper} mm: the fake printer's ESC/POS bytes decode to a ${width}-dot raster; tesseract reads the documents back, zbarimg the URL`, async () => {
      const dataDir = tempDir();
      const printer = await createPrinter(devicesConfigSchema.parse({ printer: { driver: 'fake', paper } }).printer, { dataDir });
      const job = sampleChecklist();
      expect(await printer.printImage({ id: job.jobId, kind: 'checklist', render: () => renderChecklist(job, width) })).toEqual({ state: 'printed' });
      await printer.close();
      const dir = join(dataDir, 'printer');
      const decoded = decodeEscPos(new Uint8Array(readFileSync(join(dir, '000001.bin'))));
      expect(decoded.commands[0]).toBe('ESC @');
      expect(decoded.commands).toContain('GS v 0');
      expect(decoded.cut).toBe(true);
      expect(decoded.text).toEqual([]);
      expect(decoded.image!.width).toBe(width);

      const png = join(dir, 'decoded.png');
      writeRasterPng(decoded.image!, png);
      expect(await zbar(png)).toEqual([job.url]);

      const text = await ocr(png);
      const scores = Object.fromEntries([job.procedureName, ...job.documents.map((d) => d.name), 'bản chính', '2 bản sao', 'Xuất trình bản chính', 'Thời hạn giải quyết', 'Giờ làm việc']
        .map((s) => [s, Number(fuzzyFind(text, s).toFixed(2))]));
      for (const [s, score] of Object.entries(scores)) expect(score, `"${s}" in OCR: ${text}`).toBeGreaterThanOrEqual(0.85);
      // The matcher is not so loose that anything passes.
      expect(fuzzyFind(text, 'Giấy phép lái xe hạng A1 quốc tế')).toBeLessThan(0.7);
    }, 60_000);
  }
});
