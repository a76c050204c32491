import { blockingFindings } from '../check/blocking';
import type { CheckReport } from '../check/types';
import { appendixTexts, buildResultsReport, type ReportDetails } from '../document';
import type { Lang } from '../i18n/localized';
import { catalogFor } from '../i18n/catalog';
import { STATUS_STYLE } from '../verdict/status';
import type { Template } from '../template/types';
import type { CellStyle, PlannedCell, ReportPlan } from './report-types';

export type ReportPlanOutcome = { ok: true; plan: ReportPlan } | { ok: false; errors: number };

const FONT = 'Times New Roman';
const LETTERS = 'ABCDEFGH';
/** Column widths of the appendix: the year's seven columns, or eight with the estimate (Ước cả năm). */
const WIDTHS = [5, 40, 11, 15, 14, 10, 13];
const WIDTHS_MID_YEAR = [5, 33, 10, 13, 12, 12, 10, 13];
// The chart's numbers, beside the printed columns.
const DATA = { label: 'I', value: 'J', line: 'K' };
const CHART_ROWS = 28;

/**
 * The "Báo cáo" sheet: the results report of ../document (docs/design.md, "Documents") laid out on
 * portrait A4 — the party-document header, the body, the signature block and "Nơi nhận" — then the
 * appendix table on its own page, then the chart with full labels. Refused while errors remain.
 */
export function buildReportPlan(
  template: Template,
  report: CheckReport,
  options: { lang?: Lang; details?: ReportDetails },
): ReportPlanOutcome {
  const blocking = blockingFindings(report.findings).length;
  if (blocking > 0) return { ok: false, errors: blocking };
  const lang = options.lang ?? 'vi';
  const t = catalogFor(lang).report.report;
  const doc = buildResultsReport(template, report, options.details ?? {}, lang);
  const widths = doc.appendix.columns.length > WIDTHS.length ? WIDTHS_MID_YEAR : WIDTHS;
  const LAST = LETTERS[widths.length - 1];
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
  const span = (row: number, from: string, to: string, text: string, style: CellStyle = {}) => {
    put(`${from}${row}`, text, style);
    merges.push(`${from}${row}:${to}${row}`);
  };
  const line = (row: number, text: string, style: CellStyle = {}, height?: number) => {
    span(row, 'A', LAST, text, { wrap: true, ...style });
    if (height) rowHeights.push({ row, height });
  };
  const centre: CellStyle = { horizontal: 'center' };

  // Header (Hướng dẫn 36): the issuing body on the left, the Party's name and the date on the right.
  const h = doc.header;
  span(1, 'A', 'C', h.superior, { ...centre });
  span(2, 'A', 'C', h.issuer, { ...centre, font: font(13, { bold: true }) });
  span(3, 'A', 'C', h.star, centre);
  span(4, 'A', 'C', h.number, centre);
  span(1, 'D', LAST, h.party, { ...centre, font: font(13, { bold: true, underline: true }) });
  span(3, 'D', LAST, h.placeDate, { ...centre, font: font(13, { italic: true }) });

  line(6, doc.kind, { font: font(15, { bold: true }), horizontal: 'center' }, 22);
  line(7, doc.summaryLine, { font: font(14, { bold: true }), horizontal: 'center' }, 20);
  line(8, '-----', { horizontal: 'center' });

  let row = 10;
  for (const paragraph of doc.body) {
    const bold = paragraph.kind === 'section' || paragraph.kind === 'headline';
    line(row, paragraph.text, { font: font(13, { bold }), horizontal: 'left' }, heightOf(paragraph.text));
    row++;
  }

  // Signature block: "Nơi nhận" left, the committee's signature right.
  row++;
  const sign = row;
  span(sign, 'A', 'B', doc.recipients.title, { font: font(12, { underline: true }) });
  doc.recipients.lines.forEach((text, i) => span(sign + 1 + i, 'A', 'B', text, { font: font(11) }));
  const s = doc.signature;
  span(sign, 'D', LAST, s.onBehalf, { ...centre, font: font(13, { bold: true }) });
  span(sign + 1, 'D', LAST, s.title, { ...centre, font: font(13, { bold: true }) });
  span(sign + 2, 'D', LAST, s.hint, { ...centre, font: font(12, { italic: true }) });
  if (s.name) span(sign + 6, 'D', LAST, s.name, { ...centre, font: font(13, { bold: true }) });
  row = Math.max(sign + doc.recipients.lines.length, sign + 6) + 1;

  // The appendix starts a page.
  pageBreaks.push(row);
  row += 1;
  const a = doc.appendix;
  line(row++, a.heading, { font: font(13, { bold: true }), horizontal: 'center' });
  line(row++, a.title, { font: font(13, { bold: true }), horizontal: 'center' }, 34);
  line(row++, a.reference, { font: font(12, { italic: true }), horizontal: 'center' }, 30);
  const header = row;
  const border: CellStyle = { border: 'thin', wrap: true };
  a.columns.forEach((title, i) =>
    put(`${LETTERS[i]}${header}`, title, {
      ...border,
      font: font(12, { bold: true }),
      horizontal: 'center',
      fill: '#D9E1F2',
    }),
  );
  rowHeights.push({ row: header, height: 32 });
  row = header + 1;
  const chartRows: { row: number; label: string; percent: number }[] = [];
  for (const entry of a.rows) {
    if (entry.group) {
      line(row, entry.group, { ...border, font: font(12, { bold: true, italic: true }) });
      row++;
    }
    const colours = STATUS_STYLE[entry.status];
    // Every column but the verdict: the number, the name and unit, then the figures on the right.
    const texts = appendixTexts(entry).slice(0, -1);
    texts.forEach((text, i) =>
      put(`${LETTERS[i]}${row}`, i === 0 ? entry.index : text, {
        ...border,
        font: font(12),
        horizontal: i === 0 || i === 2 ? 'center' : i === 1 ? 'left' : 'right',
      }),
    );
    put(`${LAST}${row}`, entry.verdict, {
      ...border,
      font: font(12, { color: colours?.fontColor, bold: true }),
      horizontal: 'center',
      ...(colours ? { fill: colours.fill } : {}),
    });
    const lines = Math.max(
      ...[
        [entry.name, widths[1]],
        [entry.unit, widths[2]],
        [entry.target, widths[3]],
        [entry.value, widths[4]],
      ].map(([text, width]) => linesOf(String(text), Number(width))),
    );
    rowHeights.push({ row, height: Math.max(18, lines * 16) });
    const result = report.results[entry.index - 1];
    if (result.percentOfTarget !== null) {
      chartRows.push({ row, label: `${entry.index}. ${entry.name}`, percent: result.percentOfTarget });
    }
    row++;
  }

  let chart: ReportPlan['chart'] = null;
  if (chartRows.length > 0) {
    row++;
    // The chart starts a page, so it is never cut in two.
    pageBreaks.push(row - 1);
    line(row++, t.chart.title, { font: font(13, { bold: true }), horizontal: 'center' });
    const from = row;
    row += CHART_ROWS;
    const first = header + 1;
    put(`${DATA.label}${header}`, t.chart.labelsHeader, { font: font(11, { bold: true }) });
    put(`${DATA.value}${header}`, t.chart.values, { font: font(11, { bold: true }) });
    put(`${DATA.line}${header}`, t.chart.line, { font: font(11, { bold: true }) });
    // Full labels, numbered as in the table; the chart wraps them.
    const points = chartRows.map(({ label, percent }) => ({ label, percent }));
    points.forEach((point, i) => {
      put(`${DATA.label}${first + i}`, point.label, { font: font(11) });
      put(`${DATA.value}${first + i}`, point.percent, { font: font(11), numberFormat: '0.00' });
      put(`${DATA.line}${first + i}`, 100, { font: font(11) });
    });
    const last = first + points.length - 1;
    const range = (column: string) => `$${column}$${first}:$${column}$${last}`;
    chart = {
      title: t.chart.title,
      anchor: { fromRow: from, toRow: row - 1, toColumn: widths.length },
      labels: range(DATA.label),
      values: range(DATA.value),
      line: range(DATA.line),
      seriesNames: { values: t.chart.values, line: t.chart.line },
      points,
    };
  }

  return {
    ok: true,
    plan: {
      sheetName: t.sheetName,
      cells,
      merges,
      columnWidths: [...widths, ...(widths.length < 8 ? [2] : []), 60, 12, 12],
      hiddenColumns: chart ? [9, 10, 11] : [],
      pageBreaks,
      rowHeights,
      printArea: `A1:${LAST}${row - 1}`,
      chart,
    },
  };
}

/** Row height for a paragraph merged across the page (13-point Times, about 95 characters a line). */
function heightOf(text: string): number {
  return Math.max(18, 18 * Math.ceil(Array.from(text).length / 95));
}

/** Lines a text takes in a column of `width` characters (12-point Times fits about one per unit). */
function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil((Array.from(text).length * 0.85) / (width - 1)));
}
