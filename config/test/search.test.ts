import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type Procedure } from '../src/catalog';
import { fold, foldWords } from '../src/fold';
import { createSearchIndex, search } from '../src/search';
import { citizenQuality } from '../src/search-quality';

const catalog = loadCatalog(resolve(import.meta.dirname, '../catalog'));
const index = createSearchIndex(catalog.procedures, catalog.fields, catalog.everydayWords);
const names = (query: string, limit = 5) => search(index, query, limit).map((r) => r.procedure.name);
const first = (query: string) => names(query, 1)[0];

describe('fold', () => {
  it('lower-cases, strips tones and marks, and turns đ into d', () => {
    expect(fold('Đăng ký kết hôn')).toBe('dang ky ket hon');
    expect(fold('XÁC NHẬN TÌNH TRẠNG HÔN NHÂN')).toBe('xac nhan tinh trang hon nhan');
    expect(fold('Người có công; Ưu đãi, Ơn')).toBe('nguoi co cong uu dai on');
  });

  it('folds decomposed (NFD) input the same as composed (NFC) input', () => {
    expect(fold('Đăng ký'.normalize('NFD'))).toBe(fold('Đăng ký'.normalize('NFC')));
  });

  it('collapses punctuation and runs of spaces', () => {
    expect(fold('  Thực hiện,  điều chỉnh - thôi hưởng  (trợ cấp) "A/B" ')).toBe('thuc hien dieu chinh thoi huong tro cap a b');
    expect(foldWords(' … ')).toEqual([]);
  });
});

describe('searching the commune catalog', () => {
  it('"dang ky ket hon" lists "Đăng ký kết hôn" first', () => {
    expect(first('dang ky ket hon')).toBe('Đăng ký kết hôn');
  });

  it('finds a procedure by its English name too ("marriage registration")', () => {
    expect(first('marriage registration')).toBe('Đăng ký kết hôn');
    expect(first('birth registration')).toBe('Đăng ký khai sinh');
  });

  it('works the same with the diacritics typed', () => {
    expect(first('Đăng ký kết hôn')).toBe('Đăng ký kết hôn');
    expect(first('đăng ký KẾT HÔN')).toBe('Đăng ký kết hôn');
  });

  it('"d" finds words written with đ', () => {
    const hits = names('d', 30);
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.some((n) => n.startsWith('Đ'))).toBe(true);
    expect(names('đ', 30)).toEqual(hits);
  });

  it('forgives one typo per word (substitution, transposition, insertion, deletion)', () => {
    expect(first('ket hom')).toBe('Đăng ký kết hôn');
    expect(first('dang kí khai sinh')).toBe('Đăng ký khai sinh');
    expect(first('kahi sinh')).toBe('Đăng ký khai sinh');
    expect(first('khaai sinh')).toBe('Đăng ký khai sinh');
    expect(first('dang ky thuon tru')).toBe('Đăng ký thường trú');
    expect(first('chnug thuc ban sao')).toMatch(/^Chứng thực bản sao từ bản chính/);
  });

  it('does not stretch to two typos in one word', () => {
    expect(names('kjaj', 30).filter((n) => /khai/i.test(n))).toEqual([]);
  });

  it('matches the last word as a prefix while it is being typed', () => {
    expect(names('dang ky kh', 3)).toContain('Đăng ký khai sinh');
    expect(first('chung thuc ban sa')).toMatch(/^Chứng thực bản sao/);
    expect(first('tach h')).toBe('Tách hộ');
  });

  it('finds a procedure by its code', () => {
    expect(first('1.001193')).toBe('Đăng ký khai sinh');
    expect(first('000894')).toBe('Đăng ký kết hôn');
  });

  it('finds through the words citizens use (keywords), abbreviations and filler words', () => {
    expect(first('sổ đỏ')).toMatch(/cấp Giấy chứng nhận quyền sử dụng đất lần đầu/);
    expect(first('nhap ho khau')).toBe('Đăng ký thường trú');
    expect(first('dk tam tru')).toBe('Đăng ký tạm trú');
    expect(first('thu tuc dang ky ket hon o dau')).toBe('Đăng ký kết hôn');
    expect(first('xin giay xac nhan doc than')).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(first('mo quan an')).toBe('Đăng ký thành lập hộ kinh doanh');
  });

  it.each([
    ['khai sinh', 'Đăng ký khai sinh'],
    ['lam giay khai tu', 'Đăng ký khai tử'],
    ['chung thuc ban sao', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền cấp hoặc chứng nhận'],
    ['chung thuc chu ky', 'Chứng thực chữ ký trong các giấy tờ, văn bản (kể cả chứng thực điểm chỉ)'],
    ['xac nhan tinh trang hon nhan', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['tro cap', 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng'],
    ['thuong tru', 'Đăng ký thường trú'],
    ['tam tru', 'Đăng ký tạm trú'],
    ['tam vang', 'Khai báo tạm vắng'],
    ['ho kinh doanh', 'Đăng ký thành lập hộ kinh doanh'],
    ['tach ho', 'Tách hộ'],
    ['di chuc', 'Chứng thực di chúc'],
    ['khuyet tat', 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật'],
    ['gia dinh van hoa', 'Xét tặng danh hiệu "Gia đình văn hóa"'],
    ['hoa giai tranh chap dat', 'Hòa giải tranh chấp đất đai'],
    ['giay phep xay dung', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ'],
    ['nuoi con nuoi', 'Đăng ký việc nuôi con nuôi trong nước'],
    ['ket hon nuoc ngoai', 'Đăng ký kết hôn có yếu tố nước ngoài'],
    ['ban sao giay khai sinh', 'Cấp bản sao trích lục hộ tịch'],
    ['tho cung liet si', 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ'],
    ['chet', 'Đăng ký khai tử'],
  ])('"%s" -> %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });

  it('returns nothing for nothing, and respects the limit', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'xyzzy qwerty')).toEqual([]); // no word of the query is in the catalog
    expect(search(index, 'd', 7)).toHaveLength(7);
    expect(search(index, 'd', 0)).toEqual([]);
  });
});

describe('ranked search: every word adds, none excludes', () => {
  it('finds what the issue saw fail (extra words, words the catalog lacks, English)', () => {
    expect(first('dang ky ket hon cho con trai')).toBe('Đăng ký kết hôn');
    expect(first('chung thuc ban sao giay to tieng anh')).toMatch(/^Chứng thực bản sao từ bản chính/);
    expect(first('tro cap nguoi cao tuoi 80 tuoi')).toBe('Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội');
    expect(first('open a shop')).toBe('Đăng ký thành lập hộ kinh doanh');
  });

  it('a word no procedure has lowers the score but changes neither the hits nor their order', () => {
    const plain = search(index, 'giay phep xay dung ', 10);
    const extra = search(index, 'giay phep xay dung qwxyz ', 10);
    expect(extra.map((r) => r.procedure.code)).toEqual(plain.map((r) => r.procedure.code));
    expect(extra[0]!.score).toBeLessThan(plain[0]!.score);
  });

  it('counts the everyday words of a field (from config/catalog/everyday-words.json)', () => {
    expect(first('lay vo')).toBe('Đăng ký kết hôn');
    expect(first('sang ten dat')).toMatch(/^Chứng thực hợp đồng, giao dịch liên quan đến tài sản/);
    expect(first('mo tiem tap hoa')).toBe('Đăng ký thành lập hộ kinh doanh');
    // Without the table, the same query does not find it first.
    const bare = createSearchIndex(catalog.procedures, catalog.fields);
    expect(search(bare, 'mo tiem tap hoa', 1)[0]?.procedure.name).not.toBe('Đăng ký thành lập hộ kinh doanh');
  });

  it('puts the right procedure in the top 3 for at least 95% of the citizen query set', () => {
    const q = citizenQuality(index);
    expect(q.n).toBeGreaterThanOrEqual(150);
    expect(q.top3).toBeGreaterThanOrEqual(0.95);
  });
});

describe('ranking', () => {
  const p = (code: string, name: string, extra: Partial<Procedure> = {}): Procedure => ({
    code, name, field: 'hotich', level: 'Cấp xã', agency: 'UBND cấp xã', serviceId: 'hotich', timeLimit: { text: '1 ngày' }, fee: { text: 'Miễn' },
    documents: [], steps: ['Nộp'], channels: ['direct'], legalBasis: ['Luật'], result: 'Kết quả', keywords: [], ...extra,
  });
  const ranked = (procedures: Procedure[], query: string) => search(createSearchIndex(procedures), query).map((r) => r.procedure.code);

  it('puts the phrase in the name first and a match only in the documents last', () => {
    const docs = [
      p('1.000004', 'Thủ tục khác', { documents: [{ name: 'Giấy kết hôn', form: 'copy', count: 1 }] }),
      p('1.000003', 'Thủ tục thứ ba', { keywords: ['kết hôn'] }),
      p('1.000002', 'Hôn nhân: đăng ký kết lại'),
      p('1.000001', 'Thủ tục kết hôn rất dài tên để thua về độ dài'),
    ];
    const order = ranked(docs, 'ket hon');
    expect(order[0]).toBe('1.000001');
    expect(order.at(-1)).toBe('1.000004');
    expect(order).toHaveLength(4);
  });

  it('puts shorter names first when the matches are equal', () => {
    expect(ranked([p('1.000001', 'Cấp lại giấy phép dài hơn'), p('1.000002', 'Cấp lại giấy phép')], 'cap lai giay phep')).toEqual(['1.000002', '1.000001']);
  });

  it('puts an exact match before a typo match, wherever it is found', () => {
    // "than " (finished, so not a prefix) is one letter short of "thanh" in the first name; the second has both words exactly, in its keywords.
    expect(ranked([p('1.000001', 'Đăng ký đốc thanh'), p('1.000002', 'Xác nhận', { keywords: ['độc thân'] })], 'doc than ')).toEqual(['1.000002', '1.000001']);
    // While "than" is still being typed, "thanh" (which it begins) counts, but less than the word itself.
    expect(ranked([p('1.000001', 'Đăng ký đốc thanh'), p('1.000002', 'Xác nhận', { keywords: ['độc thân'] })], 'doc than')).toEqual(['1.000002', '1.000001']);
    expect(ranked([p('1.000001', 'Đăng ký đốc thanh'), p('1.000002', 'Xác nhận')], 'doc tha')).toEqual(['1.000001']);
  });
});

describe('the search module', () => {
  it('is browser-safe: imports nothing but types and the folding module', () => {
    for (const file of ['search.ts', 'fold.ts']) {
      const src = readFileSync(resolve(import.meta.dirname, '../src', file), 'utf8');
      const imports = [...src.matchAll(/^import .*$/gm)].map((m) => m[0]);
      for (const line of imports) expect(line).toMatch(/^import type |from '\.\/fold'/);
    }
  });
});
