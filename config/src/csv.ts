/**
 * Reading CSV with csv-parse (RFC 4180: quoted cells, "" for a quote, line breaks inside quotes, CRLF / LF / CR,
 * a UTF-8 BOM), keeping the physical line each record starts on, for error reports that name a line.
 */
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord { line: number; cells: string[] }
export interface CsvProblem { line: number; message: string }

/** The line a byte offset is on, walking forward only (\r\n, \r and \n each end a line). */
function lineCounter(buf: Buffer) {
  let pos = 0;
  let line = 1;
  return (offset: number): number => {
    for (; pos < offset && pos < buf.length; pos++) {
      const b = buf[pos];
      if (b === 0x0a || (b === 0x0d && buf[pos + 1] !== 0x0a)) line++;
    }
    return line;
  };
}

const PROBLEM: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'thiếu dấu " đóng cho ô mở trong dòng',
  CSV_INVALID_CLOSING_QUOTE: 'có ký tự sau dấu " đóng ô (ô có dấu " phải được bao trọn trong "...") ở dòng',
};

/** Parses CSV text into records with the line each starts on; blank lines are kept (callers skip them). */
export function readCsv(text: string, delimiter = ','): { records: CsvRecord[]; errors: CsvProblem[] } {
  const buf = Buffer.from(text, 'utf8');
  const lineAt = lineCounter(buf);
  const records: CsvRecord[] = [];
  let end = 0; // byte offset where the last record ended: the next starts there
  try {
    parse(buf, {
      bom: true, delimiter, relax_column_count: true, // the line break (CRLF, LF or CR) is the file's first outside quotes
      on_record: (cells: string[], info: { bytes: number }) => {
        records.push({ line: lineAt(end), cells });
        end = info.bytes;
        return null;
      },
    });
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const line = lineAt(end);
    return { records, errors: [{ line, message: `${PROBLEM[e.code] ?? e.message} ${line}` }] };
  }
  return { records, errors: [] };
}
