/**
 * A province-size catalog for the search bench and the load tests: the real commune catalog plus
 * variations of real procedure names over a provincial centre's fields (a province publishes about
 * 1,800 procedures, seed 004). Deterministic for a given seed. Codes of made-up procedures start
 * with 9. so they are never taken for real ones.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog, type Catalog, type Field, type Procedure } from './catalog';
import { createSearchIndex, search } from './search';

const CATALOG_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../catalog');

// Provincial fields: id, name, the queue of the demo office that would take them, objects of their procedures.
const FIELDS: [string, string, string, string[]][] = [
  ['giaothong', 'Giao thông vận tải', 'tonghop', ['giấy phép lái xe', 'giấy phép liên vận', 'đăng ký phương tiện thủy nội địa', 'giấy phép kinh doanh vận tải bằng xe ô tô', 'phù hiệu xe']],
  ['giaoduc', 'Giáo dục và Đào tạo', 'tonghop', ['trường mầm non tư thục', 'nhóm trẻ độc lập', 'trung tâm ngoại ngữ, tin học', 'văn bằng, chứng chỉ', 'học bổng chính sách']],
  ['yte', 'Y tế', 'tonghop', ['giấy phép hoạt động phòng khám', 'chứng chỉ hành nghề khám bệnh, chữa bệnh', 'giấy chứng nhận đủ điều kiện kinh doanh dược', 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm']],
  ['congthuong', 'Công thương', 'tonghop', ['giấy phép bán lẻ rượu', 'giấy phép bán lẻ sản phẩm thuốc lá', 'giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai', 'giấy phép sản xuất rượu thủ công', 'giấy chứng nhận đủ điều kiện kinh doanh xăng dầu']],
  ['laodong', 'Lao động - Việc làm', 'btxh-ncc', ['giấy phép lao động cho người lao động nước ngoài', 'trợ cấp thất nghiệp', 'hợp đồng lao động', 'giấy phép hoạt động dịch vụ việc làm']],
  ['lamnghiep', 'Lâm nghiệp', 'datdai', ['giấy phép khai thác gỗ rừng trồng', 'phương án quản lý rừng bền vững', 'chuyển mục đích sử dụng rừng', 'bảng kê lâm sản']],
  ['thuysan', 'Thủy sản', 'datdai', ['giấy phép khai thác thủy sản', 'đăng ký tàu cá', 'giấy chứng nhận an toàn kỹ thuật tàu cá', 'giấy xác nhận nuôi trồng thủy sản']],
  ['thuyloi', 'Thủy lợi', 'datdai', ['giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi', 'phương án bảo vệ đập, hồ chứa nước', 'giấy phép xả nước thải vào công trình thủy lợi']],
  ['khoangsan', 'Tài nguyên khoáng sản', 'datdai', ['giấy phép khai thác khoáng sản', 'giấy phép thăm dò khoáng sản', 'đóng cửa mỏ khoáng sản']],
  ['moitruongtinh', 'Môi trường (cấp tỉnh)', 'datdai', ['giấy phép môi trường', 'báo cáo đánh giá tác động môi trường', 'kế hoạch ứng phó sự cố tràn dầu', 'đăng ký môi trường']],
  ['tuphap', 'Lý lịch tư pháp', 'hotich', ['phiếu lý lịch tư pháp', 'thông tin lý lịch tư pháp']],
  ['congchung', 'Công chứng', 'chungthuc', ['văn phòng công chứng', 'thẻ công chứng viên', 'hợp đồng, giao dịch công chứng']],
  ['quoctich', 'Quốc tịch', 'hotich', ['quốc tịch Việt Nam', 'giấy xác nhận có quốc tịch Việt Nam', 'giấy xác nhận là người gốc Việt Nam']],
  ['doanhnghiep', 'Thành lập và hoạt động của doanh nghiệp', 'tonghop', ['doanh nghiệp tư nhân', 'công ty trách nhiệm hữu hạn một thành viên', 'công ty cổ phần', 'chi nhánh, văn phòng đại diện', 'địa điểm kinh doanh']],
  ['hoptacxa', 'Hợp tác xã', 'tonghop', ['hợp tác xã', 'liên hiệp hợp tác xã', 'tổ hợp tác']],
  ['noivu', 'Tổ chức hội, quỹ', 'tonghop', ['hội có phạm vi hoạt động trong xã', 'quỹ xã hội, quỹ từ thiện', 'ban vận động thành lập hội']],
  ['dulich', 'Du lịch', 'tonghop', ['thẻ hướng dẫn viên du lịch', 'giấy phép kinh doanh dịch vụ lữ hành', 'cơ sở lưu trú du lịch']],
  ['thongtin', 'Thông tin và Truyền thông', 'tonghop', ['giấy phép xuất bản bản tin', 'giấy phép thiết lập trang thông tin điện tử', 'điểm cung cấp dịch vụ trò chơi điện tử công cộng']],
  ['pccc', 'Phòng cháy, chữa cháy', 'cutru', ['thiết kế về phòng cháy và chữa cháy', 'nghiệm thu về phòng cháy và chữa cháy', 'phương án chữa cháy của cơ sở']],
  ['nhao', 'Nhà ở', 'datdai', ['nhà ở xã hội', 'hỗ trợ nhà ở cho hộ nghèo', 'giấy chứng nhận quyền sở hữu nhà ở']],
];
const VERBS = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Thẩm định', 'Phê duyệt', 'Công nhận', 'Xác nhận', 'Đăng ký', 'Đăng ký thay đổi', 'Thông báo', 'Chấm dứt', 'Hỗ trợ', 'Cho phép hoạt động'];
const QUALIFIERS = ['', '', ' đối với tổ chức', ' đối với cá nhân', ' có yếu tố nước ngoài', ' trong khu công nghiệp', ' (cấp tỉnh)', ' (cấp xã)', ' do bị mất, hư hỏng', ' khi thay đổi nội dung', ' theo đề nghị của tổ chức, cá nhân'];
const DOCUMENTS = ['Đơn đề nghị theo mẫu', 'Tờ khai theo mẫu', 'Bản sao giấy tờ pháp lý của tổ chức', 'Giấy tờ tùy thân của người đề nghị', 'Bản thuyết minh, phương án thực hiện', 'Văn bản ủy quyền (nếu có)', 'Báo cáo kết quả hoạt động'];

/** mulberry32: a small seeded generator, so the bench is the same from run to run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds a realistic province-size catalog of n procedures: the real commune ones, then variations. */
export function generateProvinceCatalog(n = 2000, seed = 1): Catalog {
  const base = loadCatalog(CATALOG_DIR);
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const fields: Field[] = [...base.fields, ...FIELDS.map(([id, name]) => ({ id, name }))];
  const procedures: Procedure[] = base.procedures.slice(0, n);
  const names = new Set(procedures.map((p) => p.name));
  for (let k = 0; procedures.length < n; k++) {
    const [field, fieldName, serviceId, objects] = k % 4 === 3 ? baseVariation(base, pick) : pick(FIELDS);
    const object = pick(objects);
    const name = `${pick(VERBS)} ${object}${pick(QUALIFIERS)}`;
    if (names.has(name) && k < n * 50) continue;
    names.add(name);
    const days = pick([0, 1, 3, 5, 7, 10, 15, 20, 30]);
    procedures.push({
      code: `9.${String(100000 + k).padStart(6, '0')}`, name, field, level: pick(['Cấp tỉnh', 'Cấp xã', 'Cấp tỉnh, cấp xã']), agency: 'Cơ quan chuyên môn thuộc UBND cấp tỉnh', serviceId,
      timeLimit: { text: `${days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`, workingDays: days },
      fee: { text: 'Theo quy định', amountVnd: pick([0, 0, 50000, 100000, 200000, 500000]) },
      documents: [pick(DOCUMENTS), pick(DOCUMENTS), `Bản sao ${object} đã được cấp (nếu có)`].map((d, i) => ({ name: d, form: i === 2 ? 'copy' as const : 'original' as const, count: 1 })),
      steps: ['Nộp hồ sơ tại Trung tâm Phục vụ hành chính công hoặc trực tuyến', 'Cơ quan chuyên môn thẩm định hồ sơ', 'Trả kết quả'],
      channels: ['direct', 'online', 'postal'], legalBasis: [`Quy định hiện hành về ${fieldName.toLowerCase()}`], result: `Văn bản giải quyết về ${object}`,
      keywords: object.length <= 80 ? [object, fieldName] : [fieldName],
    });
  }
  // Fields in order of first use, as a CSV export and re-import would list them.
  const used = [...new Set(procedures.map((p) => p.field))];
  return { fields: used.map((id) => fields.find((f) => f.id === id)!), procedures };
}

/** A variation on a real commune procedure (its field, queue and the words of its name). */
function baseVariation(base: Catalog, pick: <T>(list: readonly T[]) => T): [string, string, string, string[]] {
  const p = pick(base.procedures);
  const object = p.name.replace(/^./, (c) => c.toLowerCase()).replace(/;/g, ',');
  return [p.field, base.fields.find((f) => f.id === p.field)?.name ?? p.field, p.serviceId, [object]];
}

/** Search time per keystroke (p50, p99 in ms) for queries typed letter by letter over 2,000 procedures. */
export async function benchSearch(procedures = 2000, rounds = 5): Promise<{ p50: number; p99: number; samples: number; indexMs: number }> {
  const catalog = generateProvinceCatalog(procedures);
  const everyday = loadCatalog(CATALOG_DIR).everydayWords; // read before the clock starts: indexMs is the index alone
  const t0 = performance.now();
  const index = createSearchIndex(catalog.procedures, catalog.fields, everyday);
  const indexMs = Math.round((performance.now() - t0) * 100) / 100;
  const queries = ['dang ky ket hon', 'chung thuc ban sao', 'xac nhan tinh trang hon nhan', 'giay phep xay dung', 'ho kinh doanh', 'cap lai giay chung nhan',
    'tro cap xa hoi', 'dang ki thuong tru', 'lam giay khai tu', 'giay phep lai xe', 'ket hom', 'khai sinh co yeu to nuoc ngoai', '1.001193'];
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const q of queries) {
      for (let i = 1; i <= q.length; i++) {
        const start = performance.now();
        search(index, q.slice(0, i), 30);
        if (round > 0) times.push(performance.now() - start); // round 0 warms the JIT up
      }
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! * 100) / 100;
  return { p50: at(50), p99: at(99), samples: times.length, indexMs };
}
