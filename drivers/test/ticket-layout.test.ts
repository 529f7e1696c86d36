import { describe, expect, it } from 'vitest';
import { renderTicket } from '../src/printer/raster';
import { ticketLayout, type LayoutBlock } from '../src/printer/ticket-layout';
import { sampleJob } from './helpers';

const texts = (blocks: LayoutBlock[]) => blocks.flatMap((b) => (b.kind === 'text' || b.kind === 'fit' ? [b.text] : []));

describe('ticket layout', () => {
  it('has the office, the number very large, the service, priority, people ahead, wait, counters, time, QR and footer in that order', () => {
    const blocks = ticketLayout(sampleJob({ waitText: 'Thời gian chờ dự kiến: khoảng 24 phút', counters: [1, 2] }));
    expect(texts(blocks)).toEqual([
      'Trung tâm Phục vụ hành chính công xã Hòa An',
      'SỐ THỨ TỰ',
      'A015',
      'Hộ tịch',
      'Ưu tiên: Người cao tuổi',
      'Số người đứng trước quý vị: 3',
      'Thời gian chờ dự kiến: khoảng 24 phút',
      'Các quầy phục vụ: 1, 2',
      '08:15 - Thứ Hai, 23/11/2026',
      'Quét mã để theo dõi lượt trên điện thoại',
      'Mời quý vị chờ đến lượt',
    ]);
    const number = blocks.find((b) => b.kind === 'fit');
    expect(number && number.kind === 'fit' && number.maxSize).toBeGreaterThanOrEqual(200);
    expect(blocks.find((b) => b.kind === 'qr')).toMatchObject({ data: 'http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr' });
  });

  it('leaves out the wait when there is none to say, and wraps a long one within three lines', () => {
    expect(texts(ticketLayout(sampleJob())).some((t) => t.startsWith('Thời gian chờ'))).toBe(false);
    const long = 'Số người chờ đông: quý vị có thể không đến lượt trong hôm nay';
    expect(ticketLayout(sampleJob({ waitText: long }))).toContainEqual(expect.objectContaining({ kind: 'text', text: long, maxLines: 3 }));
  });

  it('leaves out the priority mark without a priority, the QR when turned off, and takes a custom footer', () => {
    const blocks = ticketLayout(sampleJob({ priorityName: null, footer: 'Xin cảm ơn' }), { qr: false });
    expect(texts(blocks).some((t) => t.startsWith('Ưu tiên'))).toBe(false);
    expect(blocks.some((b) => b.kind === 'qr')).toBe(false);
    expect(texts(blocks).at(-1)).toBe('Xin cảm ơn');
  });

  it('prints English in English mode: every fixed word, the wait and the counters', () => {
    const t = texts(ticketLayout(sampleJob({ lang: 'en', priorityName: 'Elderly', serviceName: 'Civil status', waitText: 'Estimated wait: about 8 min', counters: [5] })));
    expect(t).toEqual(expect.arrayContaining([
      'QUEUE NUMBER', 'Civil status', 'Priority: Elderly', 'People ahead of you: 3', 'Estimated wait: about 8 min', 'Counter: 5',
      '08:15 - Monday, 23/11/2026', 'Scan to follow your turn on a phone', 'Please wait for your turn',
    ]));
    // Only the office name (given in Vietnamese here) may carry Vietnamese letters.
    expect(t.slice(1).join(' ')).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủũứừửữựỳỷỹỵ]/i);
  });

  it('leaves out the wait and the counters when they are not known', () => {
    const t = texts(ticketLayout(sampleJob()));
    expect(t.some((x) => x.startsWith('Thời gian chờ') || x.includes('Quầy'))).toBe(false);
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
