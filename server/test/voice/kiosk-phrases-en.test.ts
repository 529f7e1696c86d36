import { describe, expect, it } from 'vitest';
import { homePhraseEn, procedurePhraseEn, readTicketNumberEn, ticketPhraseEn } from '../../src/voice/kiosk-phrases-en';

const proc = (over: Partial<Parameters<typeof procedurePhraseEn>[0]> = {}) => procedurePhraseEn({
  name: 'Đăng ký khai sinh', nameEn: 'Birth registration', timeLimit: { workingDays: 3 }, fee: { amountVnd: 50000 },
  documents: [{}, {}], ...over,
});

describe('the kiosk read-aloud in English', () => {
  it('reads a ticket number as the hall does: the number, or digit by digit', () => {
    expect(readTicketNumberEn('A015', 'number')).toBe('A 15');
    expect(readTicketNumberEn('A015', 'digits')).toBe('A, 0, 1, 5');
    expect(readTicketNumberEn('1015', 'number')).toBe('1015');
    expect(ticketPhraseEn({ number: 'B007', ahead: 1 }, 'number')).toMatch(/^Your number is B 7\. 1 person is waiting before you\./);
    expect(ticketPhraseEn({ number: 'B007', ahead: 4 }, 'number')).toContain('4 people are waiting before you.');
    expect(ticketPhraseEn({ number: 'B007', ahead: 4 }, 'number')).not.toContain('may not be called');
    expect(ticketPhraseEn({ number: 'B090', ahead: 89, mayNotBeCalledToday: true }, 'number')).toContain('89 people are waiting before you. Many people are waiting today: you may not be called before the office closes.');
    expect(ticketPhraseEn({ number: 'B007', ahead: 0 }, 'digits')).toContain('Your number is B, 0, 0, 7. Nobody is waiting before you.');
  });

  it('says a procedure\'s English name, days and fee in figures, and points to the screen for what is only in Vietnamese', () => {
    expect(proc()).toBe('Procedure: Birth registration. Time limit: 3 working days. Fee: 50,000 dong. You need to bring 2 kinds of documents. '
      + 'They are listed on the screen, in Vietnamese; touch Print the documents list to take the list with you, or ask the staff.');
    expect(proc({ timeLimit: { workingDays: 1 }, fee: { amountVnd: 0 }, documents: [{}] })).toContain('Time limit: 1 working day. There is no fee. You need to bring 1 kind of document.');
    const vague = proc({ nameEn: undefined, timeLimit: {}, fee: {}, documents: [] });
    expect(vague).toContain('no English name yet');
    expect(vague).toContain('Time limit: see the screen. Fee: see the screen. You do not need to bring any documents.');
    expect(vague).not.toContain('Đăng ký');
  });

  it('the home screen says when numbers are given again when the office is closed', () => {
    expect(homePhraseEn({ issuing: true })).not.toContain('No tickets');
    expect(homePhraseEn({ issuing: false, nextOpeningTextEn: '7:30 tomorrow morning' })).toContain('No tickets are given right now. Please come back at 7:30 tomorrow morning.');
  });
});
