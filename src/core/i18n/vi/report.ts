import { PERIOD_LABELS } from '../../sheet-plan/columns';

/** Vietnamese texts of the results report and its headline (the command line's own are in ./report-cli.ts). */
export const report = {
  /** In Vietnamese a period is named as the sheet's period cell names it. */
  periods: PERIOD_LABELS,
  /** The headline counts the main targets only, the tasks on their own line (docs/design.md). */
  headline: {
    main: (midYear: boolean, reached: number, total: number) =>
      `${midYear ? 'Dự kiến đạt và vượt' : 'Đạt và vượt'} ${reached}/${total} chỉ tiêu chủ yếu`,
    tasks: (reached: number, total: number) => `Nhiệm vụ: hoàn thành ${reached}/${total}`,
  },
  report: {
    sheetName: 'Báo cáo',
    chart: {
      title: '% thực hiện so với chỉ tiêu',
      labelsHeader: 'Chỉ tiêu (biểu đồ)',
      values: '% so với chỉ tiêu',
      line: 'Mức 100%',
    },
  },
};

export type ReportText = typeof report;
