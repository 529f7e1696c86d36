import { describe, expect, it } from 'vitest';
import { renderTicket } from '../src/printer/raster';
import { ticketLayout, type LayoutBlock } from '../src/printer/ticket-layout';
import { sampleJob } from './helpers';

const texts = (blocks: LayoutBlock[]) => blocks.flatMap((b) => (b.kind === 'text' || b.kind === 'fit' ? [b.text] : []));

describe('ticket layout', () => {
  it('has the office, the number very large, the service, priority, people ahead, time, QR and footer in that order', () => {
    const blocks = ticketLayout(sampleJob());
    expect(texts(blocks)).toEqual([
      'Trung tâm Phục vụ hành chính công xã Hòa An',
      'SỐ THỨ TỰ',
      'A015',
      'Hộ tịch',
      'Ưu tiên: Người cao tuổi',
      'Số người đang chờ trước bạn: 3',
      '08:15 - Thứ Hai, 23/11/2026',
      'Quét mã để theo dõi lượt trên điện thoại',
      'Vui lòng chờ đến lượt',
    ]);
    const number = blocks.find((b) => b.kind === 'fit');
    expect(number && number.kind === 'fit' && number.maxSize).toBeGreaterThanOrEqual(200);
    expect(blocks.find((b) => b.kind === 'qr')).toMatchObject({ data: 'http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr' });
  });

  it('leaves out the priority mark without a priority, the QR when turned off, and takes a custom footer', () => {
    const blocks = ticketLayout(sampleJob({ priorityName: null, footer: 'Xin cảm ơn' }), { qr: false });
    expect(texts(blocks).some((t) => t.startsWith('Ưu tiên'))).toBe(false);
    expect(blocks.some((b) => b.kind === 'qr')).toBe(false);
    expect(texts(blocks).at(-1)).toBe('Xin cảm ơn');
  });

  it('has a minimal English variant', () => {
    expect(texts(ticketLayout(sampleJob({ lang: 'en', priorityName: 'Elderly' })))).toEqual(expect.arrayContaining([
      'QUEUE NUMBER', 'Priority: Elderly', 'People waiting before you: 3', '08:15 - Monday, 23/11/2026', 'Please wait for your turn',
    ]));
  });

  it('renders any office name, however long, within the paper width', () => {
    const long = 'Trung tâm Phục vụ hành chính công tỉnh Bà Rịa - Vũng Tàu, chi nhánh số 2 tại thành phố Vũng Tàu và các xã lân cận';
    for (const width of [576, 384]) {
      const { bitmap } = renderTicket(sampleJob({ officeName: long, serviceName: 'Thi đua khen thưởng, Văn hóa - Thông tin', number: 'ABC1234' }), width);
      expect(bitmap.width).toBe(width);
      expect(bitmap.height).toBeGreaterThan(700);
      expect(bitmap.height).toBeLessThan(1400);
    }
  });
});
