import { isIsoDate } from '@ejournal/contracts';
import type { TopLevelSpec } from 'vega-lite';
import { russianDate } from '@ejournal/school-rules';

/** A line chart: one line per series over the same x values (weeks, say); a `null` y is a gap in its line. */
export interface LineChart {
  title: string;
  yLabel: string;
  xLabel: string;
  series: Array<{ name: string; points: Array<{ x: string; y: number | null }> }>;
  /** The y axis's range, e.g. [2, 5] for marks; without it the axis fits the values. */
  yDomain?: [number, number];
}

/** The field naming a point's series: the SVG's accessible labels name it («Ряд: Математика»). */
const SERIES = 'Ряд';
const WIDTH = 720;
const HEIGHT = 360;
/** Fonts that have Cyrillic: DejaVu Sans is what a Linux server (and resvg there) has, Arial what a reader has. */
const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

/** Numbers as Russian texts write them: a decimal comma, a narrow space between thousands. */
const RUSSIAN_NUMBERS = { decimal: ',', thousands: '\u00a0', grouping: [3], currency: ['', '\u00a0₽'] as [string, string] };

/**
 * The chart as a standalone SVG document (xmlns, width, height, viewBox), drawn on the server by
 * Vega-Lite → Vega with no canvas: in the order the x values first come, one coloured line per
 * series with its points marked, gaps where a value is missing. An x that is a date («2027-03-01»)
 * is labelled ДД.ММ.ГГГГ. With `yDomain` the axis keeps exactly that range (a tick at each whole
 * number when it spans at most ten, as for marks 2–5).
 */
export async function lineChartSvg(chart: LineChart): Promise<string> {
  // Loaded on the first chart, not at start: Vega and Vega-Lite are ≈ 25 MB of a process's memory that
  // a reports process catching up with the bus, or answering in JSON, never needs.
  const vega = require('vega') as typeof import('vega');
  const { compile } = require('vega-lite') as typeof import('vega-lite');
  const view = new vega.View(vega.parse(compile(lineChartSpec(chart)).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The Vega-Lite specification of the chart (exported for tests and for anyone drawing it in a browser). */
export function lineChartSpec(chart: LineChart): TopLevelSpec {
  const labelOf = (x: string) => (isIsoDate(x) ? russianDate(x) : x);
  const xs = [...new Set(chart.series.flatMap((series) => series.points.map((point) => labelOf(point.x))))];
  const names = distinctNames(chart.series.map((series) => series.name));
  const values = chart.series.flatMap((series, index) =>
    series.points.map((point) => ({ [SERIES]: names[index], x: labelOf(point.x), y: point.y !== null && Number.isFinite(point.y) ? point.y : null })),
  );
  const domain = chart.yDomain;
  const wholeTicks = domain && domain[1] - domain[0] <= 10 ? wholeNumbers(domain[0], domain[1]) : undefined;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: chart.title, anchor: 'start', fontSize: 16 },
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    padding: 12,
    data: { values },
    mark: { type: 'line', point: true, strokeWidth: 2, invalid: 'break-paths-show-path-domains' },
    encoding: {
      x: { field: 'x', type: 'ordinal', title: chart.xLabel, scale: { domain: xs }, sort: xs, axis: { labelAngle: xs.length > 8 ? -45 : 0, labelOverlap: 'greedy' } },
      y: {
        field: 'y',
        type: 'quantitative',
        title: chart.yLabel,
        scale: domain ? { domain, nice: false, zero: false, clamp: true } : { zero: false },
        axis: { format: ',.2~f', ...(wholeTicks ? { values: wholeTicks } : {}) },
      },
      color: { field: SERIES, type: 'nominal', title: null, sort: names, legend: { orient: 'bottom', columns: 3, labelLimit: 320 } },
    },
    config: {
      font: FONT,
      locale: { number: RUSSIAN_NUMBERS },
      axis: { labelFontSize: 11, titleFontSize: 12 },
      legend: { labelFontSize: 12 },
    },
  };
}

function wholeNumbers(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let tick = Math.ceil(from); tick <= to; tick++) ticks.push(tick);
  return ticks;
}

/** Two series of one name would draw as one line: the second becomes «Имя (2)». */
function distinctNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let distinct = name;
    for (let count = 2; taken.has(distinct); count++) distinct = `${name} (${count})`;
    taken.add(distinct);
    return distinct;
  });
}
