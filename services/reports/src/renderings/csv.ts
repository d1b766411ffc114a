import { isIsoDate } from '@ejournal/contracts';
import { russianDate } from '@ejournal/school-rules';
import { type ReportColumn, type ReportTable, type ReportValue } from './table';

/**
 * CSV as Russian Excel opens it with a double click: UTF-8 with a BOM (else Excel reads it as
 * Windows-1251), `;` between fields (the Russian list separator), CRLF line ends, RFC 4180 quoting.
 * Kept machine-friendly: the header row is the first line — no title or «Данные на» lines (the
 * XLSX carries those). Numbers carry a decimal comma, no thousands separator (12,5); a percent is
 * the fraction × 100 with no sign (0.125 → 12,5); a date is ДД.ММ.ГГГГ.
 */
export function toCsv(table: ReportTable): Buffer {
  const lines = [
    table.columns.map((column) => field(neutralised(column.header))),
    ...table.rows.map((row) => table.columns.map((column) => field(cellText(column, row[column.key])))),
  ];
  return Buffer.concat([BOM, Buffer.from(lines.map((line) => `${line.join(SEPARATOR)}\r\n`).join(''), 'utf8')]);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const SEPARATOR = ';';

/** Plain decimal notation with a comma, shortest that reads back the same, never an exponent
 * or «-0»: 4,35; -1,5; 0,0000001. */
const decimal = new Intl.NumberFormat('ru-RU', { useGrouping: false, maximumFractionDigits: 20, signDisplay: 'negative' });
/** A percent rounded past the float noise of × 100 (0.07 × 100 = 7.000000000000001 → 7). */
const percent = new Intl.NumberFormat('ru-RU', { useGrouping: false, maximumFractionDigits: 10, signDisplay: 'negative' });

function cellText(column: ReportColumn, value: ReportValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return column.kind === 'percent' ? percent.format(value * 100) : decimal.format(value);
  }
  if (column.kind === 'date' && isIsoDate(value)) return russianDate(value);
  return neutralised(value);
}

/**
 * Text that a spreadsheet would take for a formula (=, +, -, @, tab, CR first: CSV injection) gets
 * an apostrophe in front, as OWASP advises; a text that is just a number («-5») or a dash stays.
 */
function neutralised(text: string): string {
  if (!/^[=+\-@\t\r]/.test(text)) return text;
  if (/^[+-]?\d+([.,]\d+)?$/.test(text) || /^[-]+$/.test(text)) return text;
  return `'${text}`;
}

/** RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled. */
function field(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
