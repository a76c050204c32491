import type { ReportText } from '../vi/report';

/** English texts of the results report and its headline (the command line's own are in ./report-cli.ts). */
export const report: ReportText = {
  periods: { '6-thang': '6 months', '9-thang': '9 months', nam: 'Year' },
  headline: {
    main: (midYear, reached, total) =>
      `${midYear ? 'Expected to meet or exceed' : 'Met or exceeded'} ${reached}/${total} main targets`,
    tasks: (reached, total) => `Tasks: done ${reached}/${total}`,
  },
  report: {
    sheetName: 'Report',
    chart: {
      title: 'Actual as % of target',
      labelsHeader: 'Indicator (chart)',
      values: '% of target',
      line: '100% line',
    },
  },
};
