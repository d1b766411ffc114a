import { InvalidArgument } from '@ejournal/kit';
import type { reportsV1 } from '@ejournal/contracts';
import { toCsv } from '../renderings/csv';
import type { ReportColumn, ReportTable } from '../renderings/table';
import { toXlsx } from '../renderings/xlsx';

export type ReportFormat = '' | 'csv' | 'xlsx';

/** The asked format: '' (JSON), csv or xlsx; anything else is refused naming what is accepted. */
export function formatOf(format: string | undefined): ReportFormat {
  const asked = (format ?? '').trim().toLowerCase();
  if (asked === '' || asked === 'json') return '';
  if (asked === 'csv' || asked === 'xlsx') return asked;
  throw new InvalidArgument('формат отчёта: json, csv или xlsx', { format: 'json, csv или xlsx' });
}

/** The report's table as the file asked for (none for JSON); its «Данные на» in the school's time zone. */
export async function reportFile(format: ReportFormat, name: string, table: () => ReportTable, timeZone?: string): Promise<reportsV1.ReportFile | undefined> {
  if (format === '') return undefined;
  if (format === 'csv') return { contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv`, content: toCsv(table()) };
  return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `${name}.xlsx`, content: await toXlsx(table(), timeZone) };
}

/** The filling figures' columns, as filling control and the region's view both show them. */
export const TALLY_COLUMNS: ReportColumn[] = [
  { key: 'lessonsHeld', header: 'Проведено уроков', kind: 'number' },
  { key: 'withoutTopic', header: 'Без темы', kind: 'number' },
  { key: 'withoutHomework', header: 'Без домашнего задания', kind: 'number' },
  { key: 'recordedLate', header: 'Тема внесена с опозданием', kind: 'number' },
];
