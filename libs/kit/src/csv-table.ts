import { parse } from 'csv-parse/sync';

/** A line of an import file with its fields under the column names the reader knows them by. */
export interface CsvRow<K extends string> {
  line: number;
  fields: Partial<Record<K, string>>;
}

export interface CsvLineError {
  line: number;
  message: string;
}

/**
 * Reads an import file as schools write it: UTF-8 (BOM allowed), comma or semicolon separated, a header
 * line whose names (Russian or English, any case) map to columns. Reports the header's problems on line 1.
 */
export function readCsvTable<K extends string>(
  csv: string,
  columns: Record<string, K>,
  required: Array<{ column: K; title: string }>,
  maxLines: number,
): { rows: Array<CsvRow<K>>; errors: CsvLineError[] } {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return { rows: [], errors: [{ line: (error as { lines?: number }).lines ?? 0, message: `файл не читается как CSV: ${(error as Error).message}` }] };
  }
  if (records.length < 2) return { rows: [], errors: [{ line: 1, message: 'в файле нет строк после заголовка' }] };
  if (records.length - 1 > maxLines) return { rows: [], errors: [{ line: 0, message: `в одном файле не больше ${maxLines} строк` }] };
  const header = records[0].map((name) => name.toLowerCase().replace(/\s+/g, ' ').trim());
  const errors: CsvLineError[] = [];
  const unknown = header.filter((name) => !(name in columns));
  if (unknown.length > 0) errors.push({ line: 1, message: `неизвестные столбцы: ${unknown.join(', ')}` });
  for (const { column, title } of required) if (!header.some((name) => columns[name] === column)) errors.push({ line: 1, message: `нет столбца «${title}»` });
  if (errors.length > 0) return { rows: [], errors };
  const rows = records.slice(1).map((record, index) => {
    const fields: Partial<Record<K, string>> = {};
    header.forEach((name, position) => {
      if (record[position] !== undefined && record[position] !== '') fields[columns[name]] = record[position];
    });
    return { line: index + 2, fields };
  });
  return { rows, errors };
}
