import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_TEMPLATE, callPhrase } from '../../src/voice/phrases';
import { homePhrase, procedurePhrase, speakable, ticketPhrase, type SpokenProcedure } from '../../src/voice/kiosk-phrases';
import { NUMBER_TABLE } from './number-table';

const north = { dialect: 'north' } as const;

const khaiSinh: SpokenProcedure = {
  name: 'Đăng ký khai sinh',
  timeLimit: { text: 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ' },
  fee: { text: '50.000 đồng/hợp đồng, giao dịch' },
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', form: 'original', count: 1 },
    { name: 'Giấy chứng sinh', form: 'copy', count: 2 },
    { name: 'Căn cước của người đi đăng ký', form: 'present', count: 1 },
    { name: 'Giấy tờ chứng minh nơi cư trú', form: 'certifiedCopy', count: 1 },
  ],
};

/** The words the display's call says for a ticket number ({so} alone in the template). */
const displayReads = (number: string, mode: 'digits' | 'number', dialect: 'north' | 'south') =>
  callPhrase('{so}', { number, counterNumber: 1 }, { mode, dialect });

describe('speakable', () => {
  it('words money with thousands dots, counts with a leading zero, dates, times, legal references and abbreviations', () => {
    expect(speakable('50.000 đồng', 'north')).toBe('năm mươi nghìn đồng');
    expect(speakable('1.000.000 đồng', 'south')).toBe('một triệu đồng');
    expect(speakable('400.000 đồng/trường hợp', 'north')).toBe('bốn trăm nghìn đồng/trường hợp');
    expect(speakable('Không quá 05 ngày làm việc', 'north')).toBe('Không quá năm ngày làm việc');
    expect(speakable('7 giờ 30, sáng thứ Hai 24/11/2026', 'north'))
      .toBe('bảy giờ ba mươi, sáng thứ Hai ngày hai mươi tư tháng mười một năm hai nghìn không trăm hai mươi sáu');
    expect(speakable('Sáng 7:30–11:30', 'north')).toBe('Sáng bảy giờ ba mươi–mười một giờ ba mươi');
    expect(speakable('Thông tư 85/2019/TT-BTC', 'north')).toBe('Thông tư tám mươi lăm trên hai nghìn không trăm mười chín/thông tư bộ tài chính');
    expect(speakable('mức HĐND cấp tỉnh, UBND xã', 'north')).toBe('mức Hội đồng nhân dân cấp tỉnh, Ủy ban nhân dân xã');
  });

  it('leaves no digit behind for any fee and time limit wording of the catalog kind', () => {
    for (const text of ['8.000 đồng/bản sao', '2.000 đồng/trang; từ trang thứ 3 trở đi 1.000 đồng/trang, tối đa 200.000 đồng/bản', '15 giờ', 'Điều 11']) {
      expect(speakable(text, 'north')).not.toMatch(/\d/);
    }
  });
});

describe('procedurePhrase', () => {
  it('reads the name, the time limit, the fee in words and each document with its count and form', () => {
    const s = procedurePhrase(khaiSinh, north);
    expect(s).toBe([
      'Thủ tục Đăng ký khai sinh.',
      'Thời hạn giải quyết: Không quá hai ngày làm việc kể từ ngày nhận đủ hồ sơ.',
      'Phí, lệ phí: năm mươi nghìn đồng/hợp đồng, giao dịch.',
      'Giấy tờ cần mang theo: bốn loại.',
      'Thứ nhất: Tờ khai đăng ký khai sinh, một bản chính.',
      'Thứ hai: Giấy chứng sinh, hai bản sao.',
      'Thứ ba: Căn cước của người đi đăng ký, xuất trình bản chính.',
      'Thứ tư: Giấy tờ chứng minh nơi cư trú, một bản sao có chứng thực.',
    ].join(' '));
  });

  it('grows with the documents, and says so when there are none', () => {
    const fewer = procedurePhrase({ ...khaiSinh, documents: khaiSinh.documents.slice(0, 1) }, north);
    expect(procedurePhrase(khaiSinh, north).length).toBeGreaterThan(fewer.length + 60);
    expect(procedurePhrase({ ...khaiSinh, documents: [] }, north)).toContain('Không cần mang giấy tờ.');
  });

  it('uses southern number words in the south', () => {
    expect(procedurePhrase({ ...khaiSinh, fee: { text: '1.000 đồng' } }, { dialect: 'south' })).toContain('một ngàn đồng');
  });
});

describe('homePhrase', () => {
  it('says what each of the three choices does', () => {
    const s = homePhrase(north);
    for (const choice of ['Lấy số thứ tự', 'Tra cứu thủ tục', 'Tra cứu hồ sơ']) expect(s).toContain(`Chạm nút ${choice}`);
    expect(s).not.toContain('chưa cấp số');
  });

  it('outside hours, says that no numbers are given and when to come back, in words', () => {
    const s = homePhrase({ dialect: 'north', issuing: false, nextOpeningText: '7 giờ 30, sáng thứ Hai 24/11/2026' });
    expect(s).toContain('Hiện chưa cấp số thứ tự. Mời quý vị quay lại lúc bảy giờ ba mươi, sáng thứ Hai ngày hai mươi tư tháng mười một');
    expect(s).not.toMatch(/\d/);
  });
});

describe('ticketPhrase', () => {
  it('reads the number and how many are ahead', () => {
    expect(ticketPhrase({ number: 'A015', ahead: 3 }, { mode: 'number', dialect: 'north' }))
      .toBe('Số thứ tự của quý vị là a mười lăm. Có ba người đang chờ trước quý vị. Xin mời quý vị ngồi chờ, khi nghe gọi số của mình thì đến quầy.');
    expect(ticketPhrase({ number: 'A001', ahead: 0 }, { mode: 'number', dialect: 'north' })).toContain('Không có ai chờ trước quý vị.');
    expect(ticketPhrase({ number: 'A001', ahead: 21 }, { mode: 'number', dialect: 'north' })).toContain('Có hai mươi mốt người');
    expect(ticketPhrase({ number: 'A001', ahead: 21 }, { mode: 'number', dialect: 'north' })).not.toContain('không đến lượt');
    expect(ticketPhrase({ number: 'A090', ahead: 89, mayNotBeCalledToday: true }, { mode: 'number', dialect: 'north' }))
      .toContain('Có tám mươi chín người đang chờ trước quý vị. Hôm nay số người chờ đông, quý vị có thể không đến lượt trong hôm nay.');
  });

  // The same table the display's number reading is tested against: the kiosk must say each number as the call does.
  for (const mode of ['number', 'digits'] as const) {
    for (const dialect of ['north', 'south'] as const) {
      it.each(NUMBER_TABLE)(`${mode}/${dialect}: ticket $n reads as in the display's call`, ({ n, north: n1, south: s1 }) => {
        for (const code of [String(n), `A${String(n).padStart(3, '0')}`, `BC${n}`]) {
          const kiosk = ticketPhrase({ number: code, ahead: 2 }, { mode, dialect });
          const call = displayReads(code, mode, dialect);
          expect(kiosk).toContain(`là ${call}.`);
          // The full default call and the kiosk share the same words for the number.
          expect(callPhrase(DEFAULT_CALL_TEMPLATE, { number: code, counterNumber: 1 }, { mode, dialect })).toContain(`số thứ tự ${call} đến`);
        }
        if (mode === 'number') {
          expect(ticketPhrase({ number: String(n), ahead: 2 }, { mode, dialect })).toContain(`là ${dialect === 'north' ? n1 : s1}.`);
        }
      });
    }
  }
});
