import { targetText } from '../check';
import { blockingFindings } from '../check/blocking';
import type { CheckReport, IndicatorResult } from '../check/types';
import type { Lang } from '../i18n/localized';
import { reportEn } from '../i18n/report.en';
import { reportVi } from '../i18n/report.vi';
import { statusWord } from '../i18n/status-words';
import { formatNumber } from '../numbers/format';
import { isShortfall, STATUS_STYLE } from '../verdict/status';
import type { Template } from '../template/types';
import { headlineLines, headlineOf } from './headline';
import type { CellStyle, PlannedCell, ReportPlan } from './report-types';

export type ReportPlanOutcome = { ok: true; plan: ReportPlan } | { ok: false; errors: number };

const FONT = 'Times New Roman';
const LAST = 'G';
const WIDTHS = [5, 40, 11, 15, 14, 10, 13];
// The chart's numbers, beside the printed columns.
const DATA = { label: 'I', value: 'J', line: 'K' };
const CHART_ROWS = 28;

/**
 * The report that goes up to the district, in the party-document format (Hướng dẫn 36-HD/VPTW):
 * header, title, the summary in the usual words, the table, the missed indicators with their
 * explanations, a chart of % of target and the signature block. Refused while errors remain.
 */
export function buildReportPlan(
  template: Template,
  report: CheckReport,
  options: { lang?: Lang; date: Date },
): ReportPlanOutcome {
  const blocking = blockingFindings(report.findings).length;
  if (blocking > 0) return { ok: false, errors: blocking };
  const lang = options.lang ?? 'vi';
  const t = (lang === 'en' ? reportEn : reportVi).report;
  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const pageBreaks: number[] = [];
  const font = (size: number, extra: Partial<NonNullable<CellStyle['font']>> = {}) => ({
    name: FONT,
    size,
    ...extra,
  });
  const put = (address: string, text: string | number, style: CellStyle = {}) =>
    cells.push({
      address,
      content: typeof text === 'number' ? { kind: 'number', value: text } : { kind: 'text', text },
      style: { font: font(13), vertical: 'middle', ...style },
    });
  const line = (row: number, text: string, style: CellStyle = {}, height?: number) => {
    put(`A${row}`, text, { wrap: true, ...style });
    merges.push(`A${row}:${LAST}${row}`);
    if (height) rowHeights.push({ row, height });
  };

  // Header: issuing body left, the Party's name and the place-date line right.
  put('A1', template.issuer.toLocaleUpperCase('vi'), {
    font: font(13, { bold: true }),
    horizontal: 'center',
  });
  merges.push('A1:C1');
  put('A2', '*', { horizontal: 'center' });
  merges.push('A2:C2');
  put('D1', t.party, { font: font(13, { bold: true, underline: true }), horizontal: 'center' });
  merges.push(`D1:${LAST}1`);
  put('D3', t.placeDate(template.place, options.date), {
    font: font(13, { italic: true }),
    horizontal: 'center',
  });
  merges.push(`D3:${LAST}3`);

  line(5, t.heading, { font: font(15, { bold: true }), horizontal: 'center' }, 22);
  line(6, t.title(template.year), { font: font(14, { bold: true }), horizontal: 'center' }, 20);
  line(7, t.period(report.period, template.year), { font: font(13, { italic: true }), horizontal: 'center' });
  line(8, t.basis(template.title), { font: font(12, { italic: true }), horizontal: 'center' }, 34);

  const s = report.summary;
  line(10, t.sections.overall, { font: font(13, { bold: true }) });
  line(
    11,
    t.summary({
      headline: headlineLines(headlineOf(report.period, report.results), lang),
      missed: s.missed,
      behind: s.behind,
      noData: s.noData,
    }),
    {},
    36,
  );

  line(13, t.sections.table, { font: font(13, { bold: true }) });
  const header = 14;
  const border: CellStyle = { border: 'thin', wrap: true };
  t.columns.forEach((title, i) =>
    put(`${'ABCDEFG'[i]}${header}`, title, {
      ...border,
      font: font(12, { bold: true }),
      horizontal: 'center',
      fill: '#D9E1F2',
    }),
  );
  rowHeights.push({ row: header, height: 32 });
  let row = header + 1;
  report.results.forEach((result, i) => {
    const colours = STATUS_STYLE[result.status];
    const verdictStyle: CellStyle = {
      ...border,
      font: font(12, { color: colours?.fontColor, bold: true }),
      horizontal: 'center',
      ...(colours ? { fill: colours.fill } : {}),
    };
    put(`A${row}`, i + 1, { ...border, font: font(12), horizontal: 'center' });
    put(`B${row}`, result.indicator.name, { ...border, font: font(12) });
    put(`C${row}`, result.indicator.unit, { ...border, font: font(12), horizontal: 'center' });
    put(`D${row}`, targetText(result.indicator, lang), { ...border, font: font(12), horizontal: 'right' });
    put(`E${row}`, shownValue(result, lang), { ...border, font: font(12), horizontal: 'right' });
    put(
      `F${row}`,
      result.percentOfTarget === null ? '' : `${formatNumber(result.percentOfTarget, lang, 2)}%`,
      {
        ...border,
        font: font(12),
        horizontal: 'right',
      },
    );
    put(`G${row}`, statusWord(result.status, lang), verdictStyle);
    const lines = Math.max(
      ...[
        [result.indicator.name, WIDTHS[1]],
        [result.indicator.unit, WIDTHS[2]],
        [targetText(result.indicator, lang), WIDTHS[3]],
        [shownValue(result, lang), WIDTHS[4]],
      ].map(([text, width]) => linesOf(String(text), Number(width))),
    );
    rowHeights.push({ row, height: Math.max(18, lines * 16) });
    row++;
  });

  row++;
  line(row++, t.sections.misses, { font: font(13, { bold: true }) });
  const misses = report.results.filter((r) => isShortfall(r.status));
  if (misses.length === 0) line(row++, t.noMisses);
  misses.forEach((result, i) => {
    const unit = ['number', 'integer'].includes(result.indicator.type) ? ` ${result.indicator.unit}` : '';
    const percent = result.indicator.type === 'percent' ? '%' : '';
    const text = t.miss({
      index: i + 1,
      name: result.indicator.name,
      value: `${shownValue(result, lang)}${unit}`,
      target: `${targetText(result.indicator, lang)}${percent || unit}`,
      explanation: result.explanation,
    });
    line(row++, text, {}, Math.max(18, 18 * Math.ceil(text.length / 90)));
  });

  // Numbered as in the table, shortened so the axis stays readable.
  const points = report.results.flatMap((r, i) =>
    r.percentOfTarget === null
      ? []
      : [{ label: shortLabel(i + 1, r.indicator.name), percent: r.percentOfTarget }],
  );
  let chart: ReportPlan['chart'] = null;
  if (points.length > 0) {
    row++;
    // The chart and the signature start a page, so the chart is never cut in two.
    pageBreaks.push(row - 1);
    line(row++, t.sections.chart, { font: font(13, { bold: true }) });
    const from = row;
    row += CHART_ROWS;
    const first = header + 1;
    put(`${DATA.label}${header}`, t.chart.labelsHeader, { font: font(11, { bold: true }) });
    put(`${DATA.value}${header}`, t.chart.values, { font: font(11, { bold: true }) });
    put(`${DATA.line}${header}`, t.chart.line, { font: font(11, { bold: true }) });
    points.forEach((point, i) => {
      put(`${DATA.label}${first + i}`, point.label, { font: font(11) });
      put(`${DATA.value}${first + i}`, point.percent, { font: font(11), numberFormat: '0.00' });
      put(`${DATA.line}${first + i}`, 100, { font: font(11) });
    });
    const last = first + points.length - 1;
    const range = (column: string) => `$${column}$${first}:$${column}$${last}`;
    chart = {
      title: t.chart.title,
      anchor: { fromRow: from, toRow: row - 1, toColumn: WIDTHS.length },
      labels: range(DATA.label),
      values: range(DATA.value),
      line: range(DATA.line),
      seriesNames: { values: t.chart.values, line: t.chart.line },
      points,
    };
  }

  // Signature block: recipients left, the standing committee right.
  row++;
  const sign = row;
  put(`A${sign}`, t.recipients.title, { font: font(12, { bold: true, italic: true }) });
  merges.push(`A${sign}:B${sign}`);
  t.recipients.lines.forEach((text, i) => {
    put(`A${sign + 1 + i}`, text, { font: font(11) });
    merges.push(`A${sign + 1 + i}:B${sign + 1 + i}`);
  });
  [t.signature.onBehalf, t.signature.role].forEach((text, i) => {
    put(`D${sign + i}`, text, { font: font(13, { bold: true }), horizontal: 'center' });
    merges.push(`D${sign + i}:${LAST}${sign + i}`);
  });
  put(`D${sign + 2}`, t.signature.hint, { font: font(12, { italic: true }), horizontal: 'center' });
  merges.push(`D${sign + 2}:${LAST}${sign + 2}`);
  const end = Math.max(sign + t.recipients.lines.length, sign + 6);

  return {
    ok: true,
    plan: {
      sheetName: t.sheetName,
      cells,
      merges,
      columnWidths: [...WIDTHS, 2, 40, 12, 12],
      hiddenColumns: chart ? [9, 10, 11] : [],
      pageBreaks,
      rowHeights,
      printArea: `A1:${LAST}${end}`,
      chart,
    },
  };
}

/** Lines a text takes in a column of `width` characters (12-point Times fits about one per unit). */
function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil((Array.from(text).length * 0.85) / (width - 1)));
}

function shortLabel(index: number, name: string): string {
  const chars = Array.from(name);
  return `${index}. ${chars.length > 28 ? `${chars.slice(0, 27).join('')}…` : name}`;
}

function shownValue(result: IndicatorResult, lang: Lang): string {
  const { value, indicator } = result;
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const decimals = indicator.decimals ?? 2;
  return `${formatNumber(value, lang, decimals)}${indicator.unit === '%' ? '%' : ''}`;
}
