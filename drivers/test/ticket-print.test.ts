import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devicesConfigSchema } from '../src/config';
import { createPrinter } from '../src/printer/create';
import { formatIssued } from '../src/printer/ticket-layout';
import { decodeEscPos, writeRasterPng } from './escpos-decode';
import { ocr, sampleJob, tempDir, zbar } from './helpers';

/** Prints one ticket on the fake printer and reads back the .bin it wrote. */
async function printOnFake(paper: 80 | 58, job = sampleJob()) {
  const dataDir = tempDir();
  const printer = await createPrinter(devicesConfigSchema.parse({ printer: { driver: 'fake', paper } }).printer, { dataDir });
  expect(await printer.printTicket(job)).toEqual({ state: 'printed' });
  await printer.close();
  const dir = join(dataDir, 'printer');
  return { dir, bytes: new Uint8Array(readFileSync(join(dir, '000001.bin'))), png: readFileSync(join(dir, '000001.png')) };
}

describe('a printed ticket, read back by independent decoders', () => {
  for (const [paper, width, service, number] of [[80, 576, 'Hộ tịch', 'A015'], [58, 384, 'Chứng thực', 'B027']] as const) {
    it(`${paper} mm: GS v 0 raster of ${width} dots; zbarimg reads the URL, tesseract the office, service and number`, async () => {
      const job = sampleJob({ serviceName: service, number, ticketId: `Tk${number}abcdefghijklmn`, url: `http://192.168.1.10:8080/t/Tk${number}abcdefghijklmn`, waitText: 'Thời gian chờ dự kiến: khoảng 24 phút', counters: [1, 2] });
      const { dir, bytes, png } = await printOnFake(paper, job);
      expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

      const decoded = decodeEscPos(bytes);
      expect(decoded.commands[0]).toBe('ESC @');
      expect(decoded.commands).toContain('GS v 0');
      // The cut comes after the picture and its feed; only line ends may follow it.
      const cutAt = decoded.commands.lastIndexOf('GS V');
      expect(cutAt).toBeGreaterThan(decoded.commands.lastIndexOf('GS v 0'));
      expect(decoded.commands.slice(cutAt + 1).every((c) => c === 'LF' || c === 'CR')).toBe(true);
      expect(decoded.text).toEqual([]); // nothing but the picture
      expect(decoded.image!.width).toBe(width);

      const full = join(dir, 'decoded.png');
      writeRasterPng(decoded.image!, full);
      expect(await zbar(full)).toEqual([job.url]);

      const text = await ocr(full);
      expect(text).toContain('Trung tâm Phục vụ hành chính công xã Hòa An');
      expect(text).toContain(service);
      expect(text).toContain('Ưu tiên: Người c'); // the priority mark ("cao": single-storey a again)
      expect(text).toContain('23/11/2026'); // (its single-storey "a" makes tesseract read "Hai" as "Hơi")
      expect(text).toMatch(/Số người đứng trước qu[ýy] vị: 3/); // at 58 mm tesseract may miss the tone on ý
      expect(text).toContain('khoảng 24 phút');
      expect(text).toContain('Các quầy phục vụ: 1, 2');
      expect(text).toContain('Mời quý vị chờ đến lượt');
      expect(text).not.toContain('bạn');
      // Tesseract is trained on text 10-40 dots high and the number is ~230, so it may need the
      // half-size copy (averaged to grey, as a camera would see it); the reading must still be exact.
      const half = join(dir, 'decoded-half.png');
      writeRasterPng(decoded.image!, half, { shrink: 2 });
      const readings = [text, await ocr(half)];
      expect(readings.some((t) => t.includes(number)), `OCR read: ${JSON.stringify(readings)}`).toBe(true);
    });
  }

  it('in English mode the paper is in English (read back by tesseract\'s English model)', async () => {
    const job = sampleJob({ lang: 'en', officeName: 'Hoa An Commune Public Service Centre', serviceName: 'Civil status', priorityName: 'Elderly', waitText: 'Estimated wait: about 24 min', counters: [1, 2] });
    const { dir, bytes } = await printOnFake(80, job);
    const full = join(dir, 'decoded-en.png');
    writeRasterPng(decodeEscPos(bytes).image!, full);
    const text = await ocr(full, 'eng');
    for (const words of ['QUEUE NUMBER', 'Civil status', 'Priority: Elderly', 'People ahead of you: 3', 'Estimated wait: about 24 min', 'Counters: 1, 2', 'Monday, 23/11/2026', 'Scan to follow your turn on a phone', 'Please wait for your turn']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/SỐ|Vui lòng|quý vị/);
  });

  it('writes the date and time on the office wall clock, in Vietnamese or English', () => {
    const t = Date.UTC(2026, 10, 23, 1, 15); // 08:15 in Hà Nội
    expect(formatIssued(t, 'Asia/Ho_Chi_Minh')).toBe('08:15 - Thứ Hai, 23/11/2026');
    expect(formatIssued(t, 'Asia/Ho_Chi_Minh', 'en')).toBe('08:15 - Monday, 23/11/2026');
    expect(formatIssued(Date.UTC(2026, 10, 22, 17, 5), 'Asia/Ho_Chi_Minh')).toBe('00:05 - Thứ Hai, 23/11/2026');
    expect(formatIssued(t, 'Not/A_Zone')).toBe('08:15 - Thứ Hai, 23/11/2026');
  });

  it('continues the fake printer numbering after files already in the folder', async () => {
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'printer'));
    writeFileSync(join(dataDir, 'printer', '000041.bin'), '');
    const printer = await createPrinter(devicesConfigSchema.parse({}).printer, { dataDir });
    await printer.printTicket(sampleJob({ ticketId: 'a'.repeat(18) }));
    await printer.printTicket(sampleJob({ ticketId: 'b'.repeat(18) }));
    await printer.close();
    expect(existsSync(join(dataDir, 'printer', '000042.bin'))).toBe(true);
    expect(existsSync(join(dataDir, 'printer', '000043.png'))).toBe(true);
  });
});
