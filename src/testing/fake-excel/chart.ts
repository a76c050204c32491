import { rangeAddress, type RangeRef } from '../../adapters/excel/a1';
import type {
  NarrowChart,
  NarrowChartCollection,
  NarrowChartSeriesCollection,
  NarrowRange,
} from '../../adapters/excel/excel-api';
import { ChartSeriesProxy } from './chart-series';
import { FakeExcelError } from './errors';
import { locatedRange } from './range';
import { notLoaded, writeOnly, type Requests } from './request';
import type { FakeChart, FakeChartSeries, FakeSheet } from './sheet';

/** `worksheet.charts`: a chart drawn from a source range, one series per column (or row). */
export function chartCollection(context: Requests, sheet: () => FakeSheet): NarrowChartCollection {
  return {
    add: (type: string, sourceData: NarrowRange, seriesBy = 'Auto') => {
      const record: { chart?: FakeChart } = {};
      context.enqueue(() => {
        const target = sheet();
        const { range } = locatedRange(sourceData);
        const chart: FakeChart = {
          name: `Chart ${target.charts.length + 1}`,
          type,
          source: rangeAddress(range),
          plotVisibleOnly: true,
          series: columnsOf(range, seriesBy).map((values) => ({ chartType: type, values })),
        };
        target.charts.push(chart);
        record.chart = chart;
      });
      return new ChartProxy(context, () => {
        if (!record.chart) throw new FakeExcelError('ItemNotFound', 'The chart was not added.');
        return record.chart;
      });
    },
  };
}

/** The series Excel makes from a source range: one per column (or per row). */
function columnsOf(range: RangeRef, seriesBy: string): string[] {
  if (seriesBy === 'Rows') {
    return Array.from({ length: range.bottom - range.top + 1 }, (_, i) =>
      rangeAddress({ ...range, top: range.top + i, bottom: range.top + i }),
    );
  }
  return Array.from({ length: range.right - range.left + 1 }, (_, i) =>
    rangeAddress({ ...range, left: range.left + i, right: range.left + i }),
  );
}

export class ChartProxy implements NarrowChart {
  constructor(
    private readonly context: Requests,
    private readonly chart: () => FakeChart,
  ) {}

  private edit(apply: (chart: FakeChart) => void): void {
    this.context.enqueue(() => apply(this.chart()));
  }

  get name(): string {
    throw notLoaded('name');
  }
  set name(name: string) {
    this.edit((chart) => (chart.name = name));
  }

  get plotVisibleOnly(): boolean {
    throw notLoaded('plotVisibleOnly');
  }
  set plotVisibleOnly(only: boolean) {
    this.context.requireApi('Chart.plotVisibleOnly');
    this.edit((chart) => (chart.plotVisibleOnly = only));
  }

  get title(): { text: string } {
    return writeOnly({ text: (text: string) => this.edit((chart) => (chart.title = text)) });
  }

  get legend(): { position: string } {
    return writeOnly({ position: (position: string) => this.edit((chart) => (chart.legend = position)) });
  }

  get series(): NarrowChartSeriesCollection {
    const seriesProxy = (find: (chart: FakeChart) => FakeChartSeries) =>
      new ChartSeriesProxy(this.context, () => find(this.chart()));
    return {
      add: (name?: string) => {
        this.context.requireApi('ChartSeriesCollection.add');
        const record: { series?: FakeChartSeries } = {};
        this.edit((chart) => {
          record.series = { name, chartType: chart.type };
          chart.series.push(record.series);
        });
        return seriesProxy(() => record.series!);
      },
      getItemAt: (index: number) =>
        seriesProxy((chart) => {
          const found = chart.series[index];
          if (!found) throw new FakeExcelError('ItemNotFound', `The chart has no series ${index}.`);
          return found;
        }),
    };
  }

  setPosition(start: string, end?: string): void {
    this.edit((chart) => (chart.position = { start, end }));
  }
}
