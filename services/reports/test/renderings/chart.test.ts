import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { lineChartSpec, lineChartSvg, type LineChart } from '../../src/renderings/chart';

const chart: LineChart = {
  title: 'Динамика среднего балла: 5А класс, 1 четверть',
  xLabel: 'Неделя',
  yLabel: 'Средний балл',
  yDomain: [2, 5],
  series: [
    { name: 'Математика', points: [{ x: '2027-09-06', y: 4.2 }, { x: '2027-09-13', y: null }, { x: '2027-09-20', y: 3.85 }, { x: '2027-09-27', y: 4.5 }] },
    { name: 'Русский язык', points: [{ x: '2027-09-06', y: 3.5 }, { x: '2027-09-13', y: 3.7 }, { x: '2027-09-20', y: null }, { x: '2027-09-27', y: 4 }] },
    { name: 'Физика', points: [{ x: '2027-09-06', y: 4 }, { x: '2027-09-13', y: 4.1 }, { x: '2027-09-20', y: 4.3 }, { x: '2027-09-27', y: 4.4 }] },
  ],
};

/** An element as fast-xml-parser keeps it in document order: { tag: children, ':@': attributes }. */
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const tagOf = (node: Node) => Object.keys(node).find((key) => key !== ':@')!;
const childrenOf = (node: Node) => (Array.isArray(node[tagOf(node)]) ? (node[tagOf(node)] as Node[]) : []);
function* walk(nodes: Node[]): Generator<Node> {
  for (const node of nodes) {
    yield node;
    yield* walk(childrenOf(node));
  }
}
const parse = (svg: string) => new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as Node[];
const classOf = (node: Node) => node[':@']?.class ?? '';
const textsOf = (nodes: Node[]) => [...walk(nodes)].filter((node) => tagOf(node) === '#text').map((node) => String(node['#text']));

/** The lines drawn: the path of each series' line mark (not the points, axes or legend). */
function linePaths(nodes: Node[]): Node[] {
  return [...walk(nodes)].filter((node) => tagOf(node) === 'g' && classOf(node).startsWith('mark-line role-mark')).flatMap((group) => childrenOf(group).filter((child) => tagOf(child) === 'path'));
}

describe('a line chart as SVG', () => {
  let svg: string;
  beforeAll(async () => {
    svg = await lineChartSvg(chart);
  });

  it('is a standalone, well-formed SVG document with its size', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const [root] = parse(svg);
    expect(tagOf(root)).toBe('svg');
    expect(root[':@']).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: expect.stringMatching(/^\d+$/), height: expect.stringMatching(/^\d+$/) });
    const { width, height, viewBox } = root[':@']!;
    expect(viewBox).toBe(`0 0 ${width} ${height}`);
  });

  it('holds the Russian title, axis titles, series names and dates as ДД.ММ.ГГГГ', () => {
    const texts = textsOf(parse(svg));
    expect(texts).toEqual(expect.arrayContaining([chart.title, 'Неделя', 'Средний балл', 'Математика', 'Русский язык', 'Физика', '06.09.2027', '27.09.2027']));
  });

  it('draws a line per series, in its own colour, broken where a value is missing', () => {
    const paths = linePaths(parse(svg));
    expect(paths).toHaveLength(3);
    expect(new Set(paths.map((path) => path[':@']!.stroke)).size).toBe(3);
    const pieces = (path: Node) => (path[':@']!.d.match(/M/g) ?? []).length;
    expect(paths.map(pieces)).toEqual([2, 2, 1]); // Математика and Русский язык have a gap; Физика has none
  });

  it('keeps the y axis to the range given, a tick at each mark 2–5', () => {
    const texts = textsOf(parse(svg));
    expect(texts).toEqual(expect.arrayContaining(['2', '3', '4', '5']));
    expect(lineChartSpec(chart)).toMatchObject({ encoding: { y: { scale: { domain: [2, 5], zero: false }, axis: { values: [2, 3, 4, 5] } } } });
  });

  it('writes numbers with a decimal comma when the axis fits the values', async () => {
    const fitted = await lineChartSvg({ ...chart, yDomain: undefined });
    expect(XMLValidator.validate(fitted)).toBe(true);
    expect(textsOf(parse(fitted)).some((text) => /^\d,\d+$/.test(text))).toBe(true);
    expect(textsOf(parse(fitted)).some((text) => /^\d\.\d+$/.test(text))).toBe(false);
  });

  it('escapes what the caller wrote, and draws series of one name apart', async () => {
    const odd = await lineChartSvg({ title: 'Баллы <5А> & «Б»', xLabel: 'x', yLabel: 'y', series: [{ name: 'Алгебра', points: [{ x: 'a', y: 1 }, { x: 'b', y: 2 }] }, { name: 'Алгебра', points: [{ x: 'a', y: 2 }, { x: 'b', y: 3 }] }] });
    expect(XMLValidator.validate(odd)).toBe(true);
    expect(textsOf(parse(odd))).toEqual(expect.arrayContaining(['Алгебра', 'Алгебра (2)']));
    expect(linePaths(parse(odd))).toHaveLength(2);
  });

  it('draws an empty chart rather than fail when there is nothing to draw', async () => {
    const empty = await lineChartSvg({ ...chart, series: [] });
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(textsOf(parse(empty))).toContain(chart.title);
  });

  it('renders to a PNG of its size (resvg, with the system fonts)', () => {
    const [root] = parse(svg);
    const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(Number(root[':@']!.width)); // IHDR: width, height
    expect(png.readUInt32BE(20)).toBe(Number(root[':@']!.height));
    expect(png.length).toBeGreaterThan(5_000);
  });
});
