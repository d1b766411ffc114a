import { isIsoDate } from '@ejournal/contracts';
import type { Worksheet } from 'exceljs';
import { DEFAULT_TIME_ZONE, localDateTime, russianDate } from '@ejournal/school-rules';
import { type ReportColumn, type ReportTable, type ReportValue } from './table';

const TITLE_ROW = 1;
const CURRENT_TO_ROW = 2;
const HEADER_ROW = 3;

/**
 * The report as an Excel workbook: one sheet named after the title; the title in bold, «Данные на:
 * ДД.ММ.ГГГГ ЧЧ:ММ» (the moment in `timeZone`, the region's by default), then the header row — bold,
 * with the panes frozen under it and an autofilter over the table — then the rows. Cells are typed:
 * numbers are numbers, a percent is its fraction with the format `0.0%`, a date is a date
 * (`dd.mm.yyyy`), text is text (never a formula). Columns are as wide as their longest value.
 */
export async function toXlsx(table: ReportTable, timeZone: string = DEFAULT_TIME_ZONE): Promise<Buffer> {
  // Loaded on the first workbook, not at start (≈ 28 MB of a process's memory, like the charts' Vega).
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Электронный журнал';
  const asOf = Date.parse(table.currentTo);
  if (!Number.isNaN(asOf)) workbook.created = workbook.modified = new Date(asOf); // the same table makes the same file

  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
  });
  sheet.getCell(TITLE_ROW, 1).value = table.title;
  sheet.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 };
  sheet.getCell(CURRENT_TO_ROW, 1).value = `Данные на: ${currentToText(table.currentTo, timeZone)}`;

  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });

  table.rows.forEach((row, rowIndex) => {
    const line = sheet.getRow(HEADER_ROW + 1 + rowIndex);
    table.columns.forEach((column, index) => {
      const value = cellValue(column, row[column.key]);
      if (value === null) return;
      const cell = line.getCell(index + 1);
      cell.value = value;
      const numFmt = formatOf(column, value);
      if (numFmt) cell.numFmt = numFmt;
    });
  });

  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + table.rows.length, column: table.columns.length } };
  }
  fitWidths(sheet, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A sheet name Excel accepts: none of []:*?/\ (each becomes a space), no apostrophe at either end,
 * at most 31 characters, not empty and not the reserved «History».
 */
export function sheetName(title: string): string {
  const cleaned = title.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  const cut = [...cleaned].slice(0, 31).join('').replace(/^'+|'+$/g, '').trim();
  return cut === '' || cut.toLowerCase() === 'history' ? 'Отчёт' : cut;
}

/** «28.03.2027 14:05» for an instant (in the time zone given), «28.03.2027» for a date, «—» for none. */
export function currentToText(currentTo: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (currentTo.trim() === '') return '—';
  if (isIsoDate(currentTo)) return russianDate(currentTo);
  const at = Date.parse(currentTo);
  if (Number.isNaN(at)) return currentTo;
  const { date, time } = localDateTime(new Date(at), timeZone);
  return `${russianDate(date)} ${time}`;
}

function cellValue(column: ReportColumn, value: ReportValue | undefined): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (column.kind === 'date' && isIsoDate(value)) return new Date(`${value}T00:00:00Z`); // exceljs counts dates in UTC
  return value;
}

function formatOf(column: ReportColumn, value: string | number | Date): string | undefined {
  if (value instanceof Date) return 'dd.mm.yyyy';
  if (typeof value === 'number' && column.kind === 'percent') return '0.0%';
  return undefined;
}

/** About the characters a value shows with, to size its column. */
function shownLength(column: ReportColumn, value: string | number | Date | null): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') return column.kind === 'percent' ? (value * 100).toFixed(1).length + 1 : String(value).length;
  return Math.max(...value.split(/\r?\n/).map((line) => line.length));
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** A long header wraps onto more lines rather than widen its column past this. */
const HEADER_WIDTH = 24;

function fitWidths(sheet: Worksheet, table: ReportTable): void {
  table.columns.forEach((column, index) => {
    const longest = table.rows.reduce((most, row) => Math.max(most, shownLength(column, cellValue(column, row[column.key]))), 0);
    const width = Math.max(longest, Math.min(column.header.length, HEADER_WIDTH)) + 2;
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width));
  });
  // Excel does not grow a row for wrapped text by itself: as many lines as the longest header takes.
  const lines = table.columns.reduce((most, column, index) => Math.max(most, Math.ceil(column.header.length / ((sheet.getColumn(index + 1).width ?? MIN_WIDTH) - 2))), 1);
  sheet.getRow(HEADER_ROW).height = LINE_HEIGHT * lines;
}

/** Points a line of the default 11-point font takes. */
const LINE_HEIGHT = 15;
