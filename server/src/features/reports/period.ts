/** Report periods: a day, month, quarter, year or custom range, as dates and as the words a report uses. */
import { z } from 'zod';
import type { Period } from '../../contract/reports';
import { addDays } from '../dossiers/calendar';
import { formatDate } from './vn-format';


const ROMAN = ['I', 'II', 'III', 'IV'];
const iso = /^\d{4}-\d{2}-\d{2}$/;

export const periodQuery = z.object({
  period: z.enum(['day', 'month', 'quarter', 'year', 'custom']).default('month'),
  date: z.string().max(20).optional(),
  from: z.string().regex(iso).optional(),
  to: z.string().regex(iso).optional(),
});

const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');
const validDate = (d: string) => iso.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

/** Resolves a period from the query (`date` is 2026-11-05, 2026-11, 2026-Q4 or 2026); throws a message when it is not one. */
export function resolvePeriod(q: z.infer<typeof periodQuery>, today: string): Period {
  const date = q.date ?? today;
  const bad = (): never => { throw new Error(`kỳ báo cáo không hợp lệ: period=${q.period} date=${date}`); };
  switch (q.period) {
    case 'day': {
      if (!validDate(date)) bad();
      return { kind: 'day', from: date, to: date, label: `Ngày ${formatDate(date)}`, key: date };
    }
    case 'month': {
      const m = /^(\d{4})-(\d{2})/.exec(date) ?? bad();
      const [y, mo] = [Number(m[1]), Number(m[2])];
      if (mo < 1 || mo > 12) bad();
      return { kind: 'month', from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${lastDayOfMonth(y, mo)}`, label: `Tháng ${mo} năm ${y}`, key: `${y}-${pad(mo)}` };
    }
    case 'quarter': {
      const m = /^(\d{4})-?Q([1-4])$/i.exec(date) ?? /^(\d{4})-(\d{2})/.exec(date) ?? bad();
      const y = Number(m[1]);
      const qn = /Q/i.test(date) ? Number(m[2]) : Math.ceil(Number(m[2]) / 3);
      if (qn < 1 || qn > 4) bad();
      const last = qn * 3;
      return { kind: 'quarter', from: `${y}-${pad(last - 2)}-01`, to: `${y}-${pad(last)}-${lastDayOfMonth(y, last)}`, label: `Quý ${ROMAN[qn - 1]} năm ${y}`, key: `${y}-Q${qn}` };
    }
    case 'year': {
      const m = /^(\d{4})/.exec(date) ?? bad();
      return { kind: 'year', from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, label: `Năm ${m[1]}`, key: m[1]! };
    }
    case 'custom': {
      const from = q.from ?? bad();
      const to = q.to ?? bad();
      if (!validDate(from) || !validDate(to) || to < from || addDays(from, 366 * 5) < to) bad();
      return { kind: 'custom', from, to, label: `Từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`, key: `${from}_${to}` };
    }
  }
}
