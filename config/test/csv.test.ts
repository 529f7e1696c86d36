import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../src/catalog-io';

const cells = (text: string, delimiter = ',') => parseCsv(text, delimiter).records.map((r) => r.cells);
const lines = (text: string) => parseCsv(text).records.map((r) => r.line);

describe('the CSV parser (RFC 4180)', () => {
  it('splits plain rows and keeps empty cells', () => {
    expect(cells('a,b,c\n1,,3\n,,\n')).toEqual([['a', 'b', 'c'], ['1', '', '3'], ['', '', '']]);
  });

  it('reads quoted cells with commas and doubled quotes', () => {
    expect(cells('"a,b","say ""xin chào""",c\n')).toEqual([['a,b', 'say "xin chào"', 'c']]);
    expect(cells('"",x\n""""\n')).toEqual([['', 'x'], ['"']]);
  });

  it('keeps line breaks inside quotes and counts the physical line each row starts on', () => {
    const text = 'h1,h2\n"dòng 1\ndòng 2\ndòng 3",x\ny,z\n';
    expect(cells(text)).toEqual([['h1', 'h2'], ['dòng 1\ndòng 2\ndòng 3', 'x'], ['y', 'z']]);
    expect(lines(text)).toEqual([1, 2, 5]);
  });

  it('accepts CRLF, a lone CR, and a last row without a line break', () => {
    expect(cells('a,b\r\n"x\r\ny",z\r\nlast,row')).toEqual([['a', 'b'], ['x\r\ny', 'z'], ['last', 'row']]);
    expect(lines('a\r\n"x\r\ny"\r\nz')).toEqual([1, 2, 4]);
    expect(cells('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('skips a UTF-8 byte order mark and blank lines', () => {
    expect(cells('\ufeffmã,tên\n\n1,Khai sinh\n\n')).toEqual([['mã', 'tên'], ['1', 'Khai sinh']]);
    expect(lines('\ufeffa\n\nb')).toEqual([1, 3]);
  });

  it('ends a cell at the delimiter it is given (semicolon, tab)', () => {
    expect(cells('a;"b;c";d\n', ';')).toEqual([['a', 'b;c', 'd']]);
    expect(cells('a\tb,c\n', '\t')).toEqual([['a', 'b,c']]);
  });

  it('reports an unterminated quote with the line where the cell opened', () => {
    const { errors } = parseCsv('a,b\nc,"never closed\nstill open\n');
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('dòng 2') }]);
  });

  it('reports text after a closing quote', () => {
    const { errors } = parseCsv('a\n"x"y,z\n');
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining('sau dấu') }]);
  });

  it('writes what it reads: toCsv quotes commas, quotes, line breaks and edge spaces', () => {
    const rows = [['mã', 'tên, có phẩy', 'nói "vâng"'], ['1', 'hai\ndòng', ' cách '], ['', 'a;b', 'tab\there']];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(cells(text)).toEqual(rows);
  });
});
