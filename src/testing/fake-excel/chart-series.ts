import { rangeAddress } from '../../adapters/excel/a1';
import type { NarrowChartSeries, NarrowRange } from '../../adapters/excel/excel-api';
import { locatedRange } from './range';
import { notLoaded, type Requests } from './request';
import type { FakeChartSeries } from './sheet';

/** One series of a chart: its name, own chart type, values and categories (ExcelApi 1.7). */
export class ChartSeriesProxy implements NarrowChartSeries {
  constructor(
    private readonly context: Requests,
    private readonly series: () => FakeChartSeries,
  ) {}

  private edit(apply: (series: FakeChartSeries) => void): void {
    this.context.enqueue(() => apply(this.series()));
  }

  get name(): string {
    throw notLoaded('name');
  }
  set name(name: string) {
    this.edit((series) => (series.name = name));
  }

  get chartType(): string {
    throw notLoaded('chartType');
  }
  set chartType(type: string) {
    this.context.requireApi('ChartSeries.chartType');
    this.edit((series) => (series.chartType = type));
  }

  setValues(source: NarrowRange): void {
    this.context.requireApi('ChartSeries.setValues');
    this.edit((series) => (series.values = rangeAddress(locatedRange(source).range)));
  }

  setXAxisValues(source: NarrowRange): void {
    this.context.requireApi('ChartSeries.setXAxisValues');
    this.edit((series) => (series.xValues = rangeAddress(locatedRange(source).range)));
  }
}
