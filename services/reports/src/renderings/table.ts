/**
 * The shape every report's downloadable form takes (CSV, XLSX). Headers and the title are Russian,
 * given by the caller; a rendering only lays them out.
 *
 * What a column's kind means for its values:
 * - `text` (the default): shown as given; a number in it is still written as a number.
 * - `number`: a number, shown with a decimal comma in CSV and stored as a number in XLSX.
 * - `percent`: a **fraction** (0.125 for 12,5 %), as the domain computes shares (`filledShare`):
 *   CSV writes it as a percent number with a decimal comma and no sign (12,5), XLSX stores the
 *   fraction with the format `0.0%`.
 * - `date`: a calendar date `YYYY-MM-DD`, as the journal writes dates: CSV writes `ДД.ММ.ГГГГ`,
 *   XLSX stores a date formatted `dd.mm.yyyy`. A value of another form is shown as given.
 *
 * `null` (or a missing key) is an empty cell. A string in a number, percent or date column (a
 * «—», say) is shown as given.
 */
export interface ReportTable {
  title: string;
  /** when the data is current to, ISO */
  currentTo: string;
  columns: Array<{ key: string; header: string; kind?: 'text' | 'number' | 'percent' | 'date' }>;
  rows: Array<Record<string, string | number | null>>;
}

export type ReportColumn = ReportTable['columns'][number];
export type ReportValue = ReportTable['rows'][number][string];
