import { describe, expect, it } from 'vitest';
import { checkDossierPattern, dossierMatcher, isRealYymmdd } from '../src/scanner/dossier-code';
import { parseTicketQr, ticketUrl } from '../src/scanner/ticket-qr';

describe('dossier codes (TT 01/2018 by default)', () => {
  const m = dossierMatcher();

  it('reads <agency>-YYMMDD-XXXX, with 4 or more sequence digits', () => {
    expect(m.match('000.00.23.H23-240315-0001')).toBe('000.00.23.H23-240315-0001');
    expect(m.match('H23.22-240315-000123')).toBe('H23.22-240315-000123');
  });

  it('rejects a date that does not exist and a short sequence', () => {
    expect(m.match('000.00.23.H23-240230-0001')).toBeNull();
    expect(m.match('000.00.23.H23-241301-0001')).toBeNull();
    expect(m.match('000.00.23.H23-240315-001')).toBeNull();
    expect(m.match('H23-240315-0001')).toBeNull(); // one segment is not an agency code
  });

  it('finds the code inside a URL or a QR with more fields', () => {
    expect(m.match('https://dichvucong.hanoi.gov.vn/tra-cuu?ma=000.00.23.H23-240315-0001&k=ab12')).toBe('000.00.23.H23-240315-0001');
    expect(m.match('000.00.23.H23-240315-0001|Nguyen Van A|a1b2c3')).toBe('000.00.23.H23-240315-0001');
    expect(m.match('https://x.gov.vn/hs/000.00.23.H23%2D240315%2D0001')).toBe('000.00.23.H23-240315-0001');
  });

  it('does not take a piece of a longer token', () => {
    expect(m.match('ABC-000.00.23.H23-240315-0001')).toBeNull();
    expect(m.match('000.00.23.H23-240315-0001-77')).toBeNull();
  });

  it('uses a configured pattern, checking a named date group when it has one', () => {
    const custom = dossierMatcher(String.raw`HS(?<date>\d{6})(?<seq>\d{5})`);
    expect(custom.match('HS24031500042')).toBe('HS24031500042');
    expect(custom.match('HS24023100042')).toBeNull();
    expect(custom.match('000.00.23.H23-240315-0001')).toBeNull();
  });

  it('reports an invalid pattern for the config schema', () => {
    expect(checkDossierPattern('([')).toMatch(/Invalid regular expression/);
    expect(checkDossierPattern('\\d+')).toBeNull();
  });

  it('knows real YYMMDD dates', () => {
    expect(isRealYymmdd('240229')).toBe(true);
    expect(isRealYymmdd('230229')).toBe(false);
    expect(isRealYymmdd('24031')).toBe(false);
  });
});

describe('ticket QR', () => {
  it('reads our ticket URL on any host and base path', () => {
    expect(parseTicketQr('http://192.168.1.10:8080/t/AbCdEfGhIjKlMnOpQr')).toBe('AbCdEfGhIjKlMnOpQr');
    expect(parseTicketQr('https://motcua.hoaan.gov.vn/queue/t/abc_def-1234567890XY/')).toBe('abc_def-1234567890XY');
    expect(parseTicketQr(ticketUrl('http://10.0.0.2/', 'AbCdEfGhIjKlMnOpQr'))).toBe('AbCdEfGhIjKlMnOpQr');
  });

  it('rejects ids of the wrong length or alphabet, and other URLs', () => {
    expect(parseTicketQr('http://h/t/short')).toBeNull();
    expect(parseTicketQr('http://h/t/AbCdEfGhIjKlMnOpQrStUvWxYz')).toBeNull();
    expect(parseTicketQr('http://h/t/AbCdEfGh+jKlMnOpQr')).toBeNull();
    expect(parseTicketQr('http://h/x/AbCdEfGhIjKlMnOpQr')).toBeNull();
    expect(parseTicketQr('ftp://h/t/AbCdEfGhIjKlMnOpQr')).toBeNull();
    expect(parseTicketQr('AbCdEfGhIjKlMnOpQr')).toBeNull();
  });
});
