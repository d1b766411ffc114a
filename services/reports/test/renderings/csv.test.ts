import { toCsv } from '../../src/renderings/csv';
import type { ReportTable } from '../../src/renderings/table';

const table = (over: Partial<ReportTable> = {}): ReportTable => ({
  title: 'Мониторинг заполнения журналов',
  currentTo: '2027-03-28T11:05:00.000Z',
  columns: [
    { key: 'name', header: 'Школа' },
    { key: 'held', header: 'Проведено уроков', kind: 'number' },
    { key: 'share', header: 'Доля заполненных уроков', kind: 'percent' },
    { key: 'date', header: 'Дата', kind: 'date' },
  ],
  rows: [],
  ...over,
});

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const text = (buffer: Buffer) => buffer.subarray(3).toString('utf8');

describe('a report as CSV (what Russian Excel opens)', () => {
  it('is UTF-8 with a BOM, «;» between fields, CRLF line ends, the header row first', () => {
    const csv = toCsv(table({ rows: [{ name: 'МБОУ СОШ № 1', held: 120, share: 0.975, date: '2027-03-01' }] }));
    expect(csv.subarray(0, 3)).toEqual(BOM);
    expect(text(csv)).toBe('Школа;Проведено уроков;Доля заполненных уроков;Дата\r\nМБОУ СОШ № 1;120;97,5;01.03.2027\r\n');
  });

  it('quotes a field holding the separator, a quote or a line break, doubling its quotes (RFC 4180)', () => {
    const csv = text(toCsv(table({
      columns: [{ key: 'a', header: 'Поле; с разделителем' }, { key: 'b', header: 'Б' }],
      rows: [{ a: 'Школа «Ромашка» "имени Пушкина"', b: 'две\nстроки' }, { a: 'перевод\r\nстроки', b: 'просто' }],
    })));
    expect(csv).toBe('"Поле; с разделителем";Б\r\n"Школа «Ромашка» ""имени Пушкина""";"две\nстроки"\r\n"перевод\r\nстроки";просто\r\n');
  });

  it('writes numbers with a decimal comma and no exponent, a percent as the fraction × 100, nothing for null', () => {
    const csv = text(toCsv(table({
      rows: [
        { name: 'А', held: 4.35, share: 0.07, date: null },
        { name: 'Б', held: -1.5, share: 0.125, date: '' },
        { name: 'В', held: 0.0000001, share: 1, date: 'не указана' },
        { name: null, held: Number.NaN, share: null, date: '2027-02-30' },
      ],
    })));
    expect(csv.split('\r\n').slice(1)).toEqual(['А;4,35;7;', 'Б;-1,5;12,5;', 'В;0,0000001;100;не указана', ';;;2027-02-30', '']);
  });

  it('writes nothing for a missing key and keeps a string in a number column as given', () => {
    const csv = text(toCsv(table({ rows: [{ name: 'А', held: '—' }] })));
    expect(csv.split('\r\n')[1]).toBe('А;—;;');
  });

  it('writes a number in a text column as a number too', () => {
    expect(text(toCsv(table({ columns: [{ key: 'n', header: 'Н' }], rows: [{ n: 2.5 }] })))).toBe('Н\r\n2,5\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, not before a plain number or a dash', () => {
    const csv = text(toCsv(table({
      columns: [{ key: 't', header: 'Тема' }],
      rows: [{ t: '=HYPERLINK("http://x";"y")' }, { t: '+7 999' }, { t: '@SUM(A1)' }, { t: '-5' }, { t: '-' }, { t: '-A1+B1' }, { t: 'Дроби' }],
    })));
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['"\'=HYPERLINK(""http://x"";""y"")"', "'+7 999", "'@SUM(A1)", '-5', '-', "'-A1+B1", 'Дроби']);
  });

  it('is the header row alone when there are no rows', () => {
    expect(text(toCsv(table()))).toBe('Школа;Проведено уроков;Доля заполненных уроков;Дата\r\n');
  });
});
