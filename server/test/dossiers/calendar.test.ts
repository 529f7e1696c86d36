import { describe, expect, it } from 'vitest';
import { timeliness, workCalendar } from '../../src/features/dossiers/calendar';
import { maskName, parseChannel, parseDate, parseStatus } from '../../src/features/dossiers/model';

const cal = workCalendar();

describe('working days and timeliness', () => {
  it('a dossier due on a Friday and resolved that Friday is on time', () => {
    expect(timeliness(cal, '2026-11-06', '2026-11-06')).toEqual({ kind: 'onTime', workingDays: 0 });
  });
  it('due on a Friday, resolved the Monday after: late by 1 working day', () => {
    expect(timeliness(cal, '2026-11-06', '2026-11-09')).toEqual({ kind: 'late', workingDays: 1 });
  });
  it('due on a Friday, resolved on the Saturday: late by 1 (the deadline had passed)', () => {
    expect(timeliness(cal, '2026-11-06', '2026-11-07')).toEqual({ kind: 'late', workingDays: 1 });
  });
  it('a due date on a Saturday moves to Monday, so resolving on Monday is on time', () => {
    expect(timeliness(cal, '2026-11-14', '2026-11-16')).toEqual({ kind: 'onTime', workingDays: 0 });
  });
  it('resolved on Wednesday for a Friday deadline is early by 2 working days', () => {
    expect(timeliness(cal, '2026-11-06', '2026-11-04')).toEqual({ kind: 'early', workingDays: 2 });
  });
  it('Tết 2026 (16-20/02) is not counted: due 13/02, resolved 23/02 is late by 1', () => {
    expect(timeliness(cal, '2026-02-13', '2026-02-23')).toEqual({ kind: 'late', workingDays: 1 });
  });
  it('a deadline on Quốc khánh (2/9/2026) moves to 3/9', () => {
    expect(cal.onOrAfter('2026-09-01')).toBe('2026-09-03');
    expect(timeliness(cal, '2026-09-02', '2026-09-03').kind).toBe('onTime');
  });
  it('Giỗ Tổ 2026 falls on Sunday: Monday 27/4 is off, 30/4 and 1/5 too', () => {
    expect(cal.isWorkingDay('2026-04-27')).toBe(false);
    expect(cal.addWorkingDays('2026-04-24', 3)).toBe('2026-05-04');
  });
  it('a configured holiday and a make-up Saturday change the count', () => {
    const c = workCalendar({ holidays: { '2027': ['2027-01-01'] }, extraWorkdays: ['2027-01-09'] });
    expect(c.isWorkingDay('2027-01-01')).toBe(false);
    expect(c.isWorkingDay('2027-01-09')).toBe(true);
    expect(c.workingDaysBetween('2026-12-31', '2027-01-11')).toBe(7);
  });
});

describe('reading and masking dossier fields', () => {
  it('reads dd/mm/yyyy, ISO and dates with a time, and refuses 31/02', () => {
    expect(parseDate('05/11/2026')).toBe('2026-11-05');
    expect(parseDate('5-1-2026 14:30')).toBe('2026-01-05');
    expect(parseDate('2026-11-05T08:00:00+07:00')).toBe('2026-11-05');
    expect(parseDate('31/02/2026')).toBeNull();
  });
  it('reads channels and statuses from the Vietnamese words', () => {
    expect(parseChannel('Trực tuyến')).toBe('truc_tuyen');
    expect(parseChannel('Bưu chính công ích')).toBe('buu_chinh');
    expect(parseChannel('Trực tiếp')).toBe('truc_tiep');
    expect(parseStatus('Đã có kết quả - chờ trả')).toBe('cho_tra');
    expect(parseStatus('Đã trả kết quả')).toBe('da_tra');
    expect(parseStatus('Chờ bổ sung')).toBe('cho_bo_sung');
    expect(parseStatus('Tạm dừng')).toBe('tam_dung');
    expect(parseStatus('Đang giải quyết')).toBe('dang_giai_quyet');
  });
  it('never shows a full name: Nguyễn Văn An -> Nguyễn V. A.', () => {
    expect(maskName('Nguyễn Văn An')).toBe('Nguyễn V. A.');
    expect(maskName('  Trần   Thị Bích Ngọc ')).toBe('Trần T. B. N.');
    expect(maskName('Đào')).toBe('Đ.');
    expect(maskName(null)).toBe('');
  });
});
