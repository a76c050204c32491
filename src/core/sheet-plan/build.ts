import { documentHeader } from '../document/header';
import type { Lang } from '../i18n/localized';
import { catalogFor } from '../i18n/catalog';
import { PERIODS, type Indicator, type Period, type Template } from '../template/types';
import { COLUMN_KEYS, COLUMN_WIDTHS, COLUMNS, LAST_COLUMN, PERIOD_LABELS, headerTexts } from './columns';
import type { FormulaContext } from './formulas';
import { roman } from './roman';
import { STORE_SHEET_NAME, encodeTemplateStore } from './store';
import { crossCheckBlock } from './cross-checks';
import { conditionalFormats, estimateAtYearEnd } from './highlights';
import { periodText } from './period-texts';
import type {
  CellStyle,
  PlannedCell,
  PlannedContent,
  PlannedValidation,
  SheetPlan,
  SheetPlanOptions,
} from './types';
import { FONT, INPUT_FILL, font, rowContents, rowStyle, text, wrappedTexts } from './row-cells';
import { fitsInline, inputValidation } from './validation';
import { baselineEntered } from '../template/entered-baseline';

const HEADER_FILL = '#DDEBF7';
const GROUP_FILL = '#F2F2F2';
/**
 * Every indicator row has room for a two-line explanation: the clerk types it later, and neither
 * Excel nor a printout grows a row whose height the file sets (LibreOffice's PDF showed the text
 * running over the row's borders).
 */
const EXPLANATION_HEIGHT = 2 * 16 + 4;

/** Cells a clerk types a figure into, with the same list or bounds: the figure and the estimate. */
const INPUT_COLUMNS = ['value', 'estimate'] as const;
const MONTHS = { '6-thang': 6, '9-thang': 9 } as const;

/** Fixed rows of the document header (Hướng dẫn 36-HD/VPTW) above the table. */
const ROW = { issuer: 1, place: 3, title: 5, resolution: 6, period: 7, header: 9 } as const;
const LEFT_BLOCK = 'D';
const RIGHT_BLOCK = 'F';
const PERIOD_CELL = `${COLUMNS.value}${ROW.period}`;
const PERIOD_REF = `$${COLUMNS.value}$${ROW.period}`;
const PERIOD = { ref: PERIOD_REF, labels: PERIOD_LABELS };
/** One text for each period, by the function that gives it. */
const byPeriod = (of: (period: Period) => string) =>
  Object.fromEntries(PERIODS.map((p) => [p, of(p)])) as Record<Period, string>;

/** The plan of the standard sheet for one template (design.md, "The standard sheet"). Pure. */
export function buildSheetPlan(template: Template, options: SheetPlanOptions = {}): SheetPlan {
  const lang: Lang = options.lang ?? 'vi';
  const texts = catalogFor(lang).sheet;
  const period = options.period ?? 'nam';
  const baselineYear = template.baselineYear ?? template.year - 1;
  const headersOf = (p: Period) => headerTexts(texts, template.year, baselineYear, p);
  const headers = headersOf(period);
  // The title, headers and note follow the period cell (formulas with this period's words cached).
  const titles = byPeriod((p) =>
    p === 'nam' ? texts.title(template.year) : texts.midYearTitle(MONTHS[p], template.year),
  );
  const notes = byPeriod((p) => texts.note(headersOf(p).value));

  const cells: PlannedCell[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const put = (address: string, content: PlannedContent, style?: CellStyle) =>
    cells.push(style ? { address, content, style } : { address, content });

  // Document header (Hướng dẫn 36): the superior body (dots where the template does not name it),
  // the party committee in bold, `*`; the Party's name and the place-date on the right.
  const header = documentHeader(template, {}, lang);
  const left = [
    { content: text(header.superior), bold: false },
    { content: text(header.issuer), bold: true },
    { content: text(header.star), bold: false },
  ];
  left.forEach(({ content, bold }, i) => {
    const row = ROW.issuer + i;
    put(`A${row}`, content, { font: font(13, { bold }), horizontal: 'center', vertical: 'middle' });
    merges.push(`A${row}:${LEFT_BLOCK}${row}`);
  });
  put(`${RIGHT_BLOCK}${ROW.issuer}`, text(texts.party), {
    font: font(13, { bold: true, underline: true }),
    horizontal: 'center',
  });
  merges.push(`${RIGHT_BLOCK}${ROW.issuer}:${LAST_COLUMN}${ROW.issuer}`);
  put(`${RIGHT_BLOCK}${ROW.place}`, text(texts.placeDate(template.place || undefined, template.year)), {
    font: font(13, { italic: true }),
    horizontal: 'center',
  });
  merges.push(`${RIGHT_BLOCK}${ROW.place}:${LAST_COLUMN}${ROW.place}`);

  put(`A${ROW.title}`, periodText(titles, period, PERIOD), {
    font: font(14, { bold: true }),
    horizontal: 'center',
    vertical: 'middle',
  });
  merges.push(`A${ROW.title}:${LAST_COLUMN}${ROW.title}`);
  rowHeights.push({ row: ROW.title, height: 24 });
  put(`A${ROW.resolution}`, text(template.title), {
    font: font(13, { italic: true }),
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
  });
  merges.push(`A${ROW.resolution}:${LAST_COLUMN}${ROW.resolution}`);
  rowHeights.push({ row: ROW.resolution, height: heightFor([[template.title, totalWidth()]], 17) });

  put(`A${ROW.period}`, text(texts.periodLabel), {
    font: font(13, { bold: true }),
    horizontal: 'right',
    vertical: 'middle',
  });
  merges.push(`A${ROW.period}:${COLUMNS.target}${ROW.period}`);
  put(PERIOD_CELL, text(PERIOD_LABELS[period]), {
    font: font(13, { bold: true }),
    fill: INPUT_FILL,
    border: 'thin',
    horizontal: 'center',
    vertical: 'middle',
  });

  // The table.
  for (const key of COLUMN_KEYS) {
    const content = periodText(
      byPeriod((p) => headersOf(p)[key]),
      period,
      PERIOD,
    );
    put(`${COLUMNS[key]}${ROW.header}`, content, {
      font: font(12, { bold: true }),
      fill: HEADER_FILL,
      border: 'thin',
      horizontal: 'center',
      vertical: 'middle',
      wrap: true,
    });
  }
  // Four lines of 12-point bold: the year-end estimate header wraps on four.
  rowHeights.push({ row: ROW.header, height: 64 });
  // The rows above the table stay frozen on screen: keep the blank ones thin.
  for (const spacer of [ROW.title - 1, ROW.header - 1]) rowHeights.push({ row: spacer, height: 8 });

  const formulaContext = (row: number): FormulaContext => ({
    value: `${COLUMNS.value}${row}`,
    estimate: `${COLUMNS.estimate}${row}`,
    period: PERIOD_REF,
    periodLabels: PERIOD_LABELS,
    words: texts.statusWords,
    needsCheck: texts.needsCheck,
  });

  const rows: { indicatorId: string; row: number }[] = [];
  const validations: PlannedValidation[] = [];
  const longLists: { indicator: Indicator; row: number }[] = [];
  let row = ROW.header + 1;
  let number = 0;
  groupsOf(template.indicators).forEach(([group, indicators], g) => {
    const groupRow = row++;
    for (const key of COLUMN_KEYS) {
      const content =
        key === 'index' ? text(roman(g + 1)) : key === 'name' ? text(group) : ({ kind: 'empty' } as const);
      put(`${COLUMNS[key]}${groupRow}`, content, {
        font: font(12, { bold: true }),
        fill: GROUP_FILL,
        border: 'thin',
        horizontal: key === 'index' ? 'center' : 'left',
        vertical: 'middle',
        wrap: key === 'name',
      });
    }
    rowHeights.push({ row: groupRow, height: heightFor([[group, COLUMN_WIDTHS.name - 1]]) });

    for (const indicator of indicators) {
      number++;
      const r = row++;
      rows.push({ indicatorId: indicator.id, row: r });
      const contents = rowContents(indicator, number, formulaContext(r));
      for (const key of COLUMN_KEYS) {
        put(`${COLUMNS[key]}${r}`, contents[key], rowStyle(key, indicator));
      }
      rowHeights.push({ row: r, height: Math.max(heightFor(wrappedTexts(contents)), EXPLANATION_HEIGHT) });
      const choices = indicator.type === 'rating' ? (indicator.scale ?? []) : [];
      if (choices.length > 0 && !fitsInline(choices)) longLists.push({ indicator, row: r });
      else
        for (const column of INPUT_COLUMNS)
          validations.push(inputValidation(indicator, `${COLUMNS[column]}${r}`, texts, lang));
      // No baseline in the template: the clerk enters last year's figure, within the same bounds.
      if (baselineEntered(indicator))
        validations.push(inputValidation(indicator, `${COLUMNS.baseline}${r}`, texts, lang));
    }
  });
  const firstRow = ROW.header + 1;
  const lastRow = row - 1;
  const indicatorOf = new Map(template.indicators.map((indicator) => [indicator.id, indicator]));
  const enteredBaselineRows = rows
    .filter((r) => baselineEntered(indicatorOf.get(r.indicatorId)!))
    .map((r) => r.row);

  // Under the table, printed: the line for the person who made the sheet. Below it, off paper:
  // a note for the clerk, then the levels of scales too long for an inline list.
  row++;
  const preparedRow = row;
  put(`${COLUMNS.name}${preparedRow}`, text(texts.preparedBy), { font: font(12, { italic: true }) });
  row += 2;
  put(`A${row}`, periodText(notes, period, PERIOD), {
    font: font(11, { italic: true }),
    wrap: true,
    vertical: 'top',
  });
  merges.push(`A${row}:${LAST_COLUMN}${row}`);
  const longestNote = Object.values(notes).reduce((a, b) => (b.length > a.length ? b : a));
  rowHeights.push({ row, height: heightFor([[longestNote, totalWidth()]], 15) });
  row++;
  for (const { indicator, row: inputRow } of longLists) {
    row++;
    const scale = indicator.scale ?? [];
    put(`${COLUMNS.name}${row}`, text(texts.scaleLegend(indicator.name)), {
      font: font(11, { italic: true }),
    });
    const first = row + 1;
    scale.forEach((level, i) => put(`${COLUMNS.name}${first + i}`, text(level), { font: font(11) }));
    row = first + scale.length - 1;
    const source = `$${COLUMNS.name}$${first}:$${COLUMNS.name}$${row}`;
    for (const column of INPUT_COLUMNS)
      validations.push(inputValidation(indicator, `${COLUMNS[column]}${inputRow}`, texts, lang, source));
  }

  // Below everything else, so no row the readers or earlier files know moves.
  const checks = crossCheckBlock(template, row + 2, {
    rowOf: new Map(rows.map((r) => [r.indicatorId, r.row])),
    texts,
    lang,
    font: FONT,
    period: PERIOD_REF,
    periodLabels: PERIOD_LABELS,
  });
  if (checks) {
    cells.push(...checks.cells);
    merges.push(...checks.merges);
    rowHeights.push(...checks.rowHeights);
  }

  validations.push({
    address: PERIOD_CELL,
    rule: { kind: 'list', items: Object.values(PERIOD_LABELS) },
    prompt: { title: texts.prompt.periodTitle, message: texts.prompt.period },
    error: { title: texts.error.title, message: texts.error.period },
  });

  return {
    sheetName: sheetName(options.sheetName, `Chỉ tiêu ${template.year}`),
    cells,
    merges,
    columnWidths: COLUMN_KEYS.map((key) => COLUMN_WIDTHS[key]),
    rowHeights,
    frozenRows: ROW.header,
    conditionalFormats: [
      // Grey estimate column at the year's end, before the rows' colours so that it shows on them.
      estimateAtYearEnd(`${COLUMNS.estimate}${ROW.header}:${COLUMNS.estimate}${lastRow}`, PERIOD),
      ...conditionalFormats(`A${firstRow}:${LAST_COLUMN}${lastRow}`, firstRow, texts),
      ...(checks?.conditionalFormats ?? []),
    ],
    validations,
    unlockedRanges: [
      PERIOD_CELL,
      ...runs(
        rows.map((r) => r.row),
        COLUMNS.value,
      ),
      ...runs(
        rows.map((r) => r.row),
        COLUMNS.estimate,
      ),
      ...runs(enteredBaselineRows, COLUMNS.baseline),
      ...runs(
        rows.map((r) => r.row),
        COLUMNS.explanation,
      ),
    ],
    protection: {},
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { first: ROW.header, last: ROW.header },
    },
    store: { sheetName: STORE_SHEET_NAME, cells: encodeTemplateStore([template]) },
    layout: {
      headerRow: ROW.header,
      columns: { ...COLUMNS },
      headers,
      rows,
      periodCell: PERIOD_CELL,
      periodLabels: { ...PERIOD_LABELS },
      ...(checks ? { ruleRows: checks.rows } : {}),
    },
  };
}

/** Indicators grouped in the order their groups first appear; within a group, template order. */
function groupsOf(indicators: readonly Indicator[]): [string, Indicator[]][] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const list = groups.get(indicator.group) ?? [];
    list.push(indicator);
    groups.set(indicator.group, list);
  }
  return [...groups];
}

function totalWidth(): number {
  return COLUMN_KEYS.reduce((sum, key) => sum + COLUMN_WIDTHS[key], 0);
}

/**
 * A row height that shows every wrapped text whole: Excel does not grow a row for wrapped text it
 * did not lay out itself. Each text comes with the characters a line of its cell holds (about
 * 1.1 per unit of column width in 12-point Times, fewer than fit, as lines break between words).
 */
function heightFor(texts: [string, number][], lineHeight = 16): number {
  const lines = Math.max(
    1,
    ...texts.map(([value, perLine]) => Math.ceil(value.length / Math.max(1, perLine))),
  );
  return lines * lineHeight + 4;
}

/** Consecutive rows as ranges of one column: `G11:G15`, `G17`. */
function runs(rowNumbers: number[], column: string): string[] {
  const ranges: string[] = [];
  if (rowNumbers.length === 0) return ranges;
  let start = rowNumbers[0];
  for (let i = 1; i <= rowNumbers.length; i++) {
    if (rowNumbers[i] === rowNumbers[i - 1] + 1) continue;
    const end = rowNumbers[i - 1];
    ranges.push(start === end ? `${column}${start}` : `${column}${start}:${column}${end}`);
    start = rowNumbers[i];
  }
  return ranges;
}

// Excel refuses sheet names over 31 characters or holding : \ / ? * [ ].
function sheetName(wanted: string | undefined, fallback: string): string {
  const name = (wanted ?? '')
    .replace(/[:\\/?*[\]]/g, '-')
    .slice(0, 31)
    .trim();
  return name || fallback;
}
