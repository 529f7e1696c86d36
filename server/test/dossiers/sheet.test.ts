import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/features/dossiers/sheet';

describe('reading a one-door CSV export', () => {
  it('detects the delimiter from the header and keeps the line each row starts on', () => {
    const sheet = parseCsv('\ufeffMã hồ sơ;Ghi chú\r\n\r\nHS-1;"hai\r\ndòng"\r\nHS-2;x\r\n');
    expect(sheet.header).toEqual(['Mã hồ sơ', 'Ghi chú']);
    expect(sheet.rows).toEqual([{ line: 3, cells: ['HS-1', 'hai\r\ndòng'] }, { line: 5, cells: ['HS-2', 'x'] }]);
  });

  it('refuses an unclosed quote with the line of its row instead of swallowing the rest of the file', () => {
    expect(() => parseCsv('Mã hồ sơ,Ghi chú\nHS-1,ok\nHS-2,"never closed\nHS-3,lost\n'))
      .toThrow(expect.objectContaining({ status: 400, code: 'BAD_FILE', message: expect.stringContaining('dòng 3') }));
  });
});
