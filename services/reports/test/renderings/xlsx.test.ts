import { Workbook } from 'exceljs';
import { currentToText, sheetName, toXlsx } from '../../src/renderings/xlsx';
import type { ReportTable } from '../../src/renderings/table';

const table: ReportTable = {
  title: 'Мониторинг заполнения журналов школ региона',
  currentTo: '2027-03-28T11:05:00.000Z',
  columns: [
    { key: 'municipality', header: 'Муниципалитет' },
    { key: 'name', header: 'Школа', kind: 'text' },
    { key: 'held', header: 'Проведено уроков', kind: 'number' },
    { key: 'share', header: 'Доля заполненных уроков', kind: 'percent' },
    { key: 'closedOn', header: 'Период закрыт', kind: 'date' },
  ],
  rows: [
    { municipality: 'Город', name: 'МБОУ СОШ № 1', held: 120, share: 0.975, closedOn: '2027-03-20' },
    { municipality: 'Район', name: '=1+1', held: 4.35, share: null, closedOn: null },
    { municipality: 'Район', name: 'Школа «Ромашка»', held: '—', share: 0.5 },
  ],
};

async function readBack(buffer: Buffer) {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('a report as XLSX', () => {
  it('is one sheet named after the title: the title in bold, «Данные на» in the region’s time, the header row in bold', async () => {
    const workbook = await readBack(await toXlsx(table));
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Мониторинг заполнения журналов');
    expect(sheet.getCell('A1').value).toBe(table.title);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Данные на: 28.03.2027 14:05'); // Europe/Moscow, UTC+3
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['Муниципалитет', 'Школа', 'Проведено уроков', 'Доля заполненных уроков', 'Период закрыт']);
    expect(sheet.getCell('C3').font?.bold).toBe(true);
  });

  it('freezes the panes under the header row and filters the table', async () => {
    const sheet = (await readBack(await toXlsx(table))).worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe('A3:E6');
  });

  it('keeps each value with its type: numbers, a percent as a fraction formatted 0.0%, a date as a date, text (never a formula)', async () => {
    const sheet = (await readBack(await toXlsx(table))).worksheets[0];
    expect(sheet.getCell('B4').value).toBe('МБОУ СОШ № 1');
    expect(sheet.getCell('C4').value).toBe(120);
    expect(sheet.getCell('D4').value).toBe(0.975);
    expect(sheet.getCell('D4').numFmt).toBe('0.0%');
    expect(sheet.getCell('E4').value).toEqual(new Date('2027-03-20T00:00:00.000Z'));
    expect(sheet.getCell('E4').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('B5').value).toBe('=1+1');
    expect(sheet.getCell('B5').formula).toBeUndefined();
    expect(sheet.getCell('C5').value).toBe(4.35);
    expect(sheet.getCell('D5').value).toBeNull();
    expect(sheet.getCell('E5').value).toBeNull();
    expect(sheet.getCell('C6').value).toBe('—');
    expect(sheet.getCell('E6').value).toBeNull();
  });

  it('sizes the columns to their values within bounds', async () => {
    const sheet = (await readBack(await toXlsx(table))).worksheets[0];
    const widths = [1, 2, 3, 4, 5].map((column) => sheet.getColumn(column).width ?? 0);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(8);
    for (const width of widths) expect(width).toBeLessThanOrEqual(60);
    expect(widths[0]).toBe('Муниципалитет'.length + 2);
  });

  it('gives the same bytes for the same table', async () => {
    expect((await toXlsx(table)).equals(await toXlsx(table))).toBe(true);
  });

  it('writes a table with no rows as the title, the date and the header row', async () => {
    const sheet = (await readBack(await toXlsx({ ...table, rows: [], currentTo: '' }))).worksheets[0];
    expect(sheet.getCell('A2').value).toBe('Данные на: —');
    expect(sheet.rowCount).toBe(3);
  });
});

describe('a sheet name Excel accepts', () => {
  it.each([
    ['Сводная ведомость: 5А [1 четверть]', 'Сводная ведомость 5А 1 четверть'],
    ['a/b\\c*d?e', 'a b c d e'],
    ["'Отчёт'", 'Отчёт'],
    ['', 'Отчёт'],
    ['???', 'Отчёт'],
    ['History', 'Отчёт'],
  ])('%j → %j', (title, name) => expect(sheetName(title)).toBe(name));

  it('is at most 31 characters', () => {
    expect(sheetName('Динамика среднего балла по неделям, 5А класс, 1 четверть')).toHaveLength(31);
  });
});

describe('«Данные на»', () => {
  it('shows an instant in the time zone given, a date as a date, anything else as it is', () => {
    expect(currentToText('2027-03-28T22:30:00Z', 'Asia/Yekaterinburg')).toBe('29.03.2027 03:30');
    expect(currentToText('2027-03-28')).toBe('28.03.2027');
    expect(currentToText('вчера')).toBe('вчера');
  });
});
