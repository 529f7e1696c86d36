import { describe, expect, it } from 'vitest';
import { durationWords, waitCell, waitSentence, waitWords } from '../../src/contract/wait-words';

const wait = (estimatedWaitMinutes: number, mayNotBeCalledToday = false) => ({ estimatedWaitMinutes, mayNotBeCalledToday });

describe('a wait in words', () => {
  it('minutes under an hour, to the minute, never "0 phút"', () => {
    expect(waitWords(wait(24))).toBe('khoảng 24 phút');
    expect(waitWords(wait(59.4))).toBe('khoảng 59 phút');
    expect(waitWords(wait(0))).toBe('khoảng 1 phút');
    expect(waitWords(wait(8), 'en')).toBe('about 8 min');
  });

  it('hours and minutes above an hour, to the nearest 5 minutes (no "khoảng 4600 phút")', () => {
    expect(durationWords(60)).toBe('1 giờ');
    expect(durationWords(82)).toBe('1 giờ 20 phút');
    expect(durationWords(118)).toBe('2 giờ');
    expect(durationWords(263)).toBe('4 giờ 25 phút');
    expect(durationWords(82, 'en')).toBe('1 h 20 min');
  });

  it('past today\'s closing it says the citizen may not be called today, whatever the minutes', () => {
    expect(waitWords(wait(4600, true))).toBe('có thể không đến lượt trong hôm nay');
    expect(waitWords(wait(4600, true), 'en')).toBe('may not be reached today');
    expect(waitSentence(wait(4600, true))).toBe('Số người chờ đông: quý vị có thể không đến lượt trong hôm nay');
  });

  it('the printed line carries its label', () => {
    expect(waitSentence(wait(24))).toBe('Thời gian chờ dự kiến: khoảng 24 phút');
    expect(waitSentence(wait(95), 'en')).toBe('Estimated wait: about 1 h 35 min');
  });

  it('the short cell of a table or the wall: "~" and the duration, "—" with no one ahead, the late words past closing', () => {
    expect(waitCell(wait(130), 'Quá giờ')).toEqual({ text: '~2 giờ 10 phút', late: false });
    expect(waitCell(wait(0), 'Quá giờ')).toEqual({ text: '—', late: false });
    expect(waitCell(wait(0, true), 'Quá giờ')).toEqual({ text: 'Quá giờ', late: true });
  });
});
