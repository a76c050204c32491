import type { EnteredFigure, Finding, FiguresSnapshot } from '../../core/check/types';
import type { Lang, Localized } from '../../core/i18n/localized';
import { decodeTemplateStore, STORE_SHEET_NAME, type StoreDecoding } from '../../core/sheet-plan';
import { formatProblem } from '../../core/template/load';
import type { SheetLayout } from '../../core/sheet-plan/types';
import { PERIODS, type Period, type Template } from '../../core/template/types';
import { cellAddress, qualify } from './a1';
import { ExcelActionError } from './errors';
import type { NarrowContext } from './excel-api';
import { locateTable, periodCellOf, periodOf, templateWords, type LocatedTable } from './locate';
import { message, messageWithReason } from './messages';
import { cellOf, cellText, readAllSheets, type SheetGrid } from './sheet-grid';

/** A standard sheet found in the workbook: its template, where its table stands, its layouts. */
export interface StandardSheet {
  template: Template;
  table: LocatedTable;
  layouts: SheetLayout[];
}

/** Everything one read of the workbook tells: its sheets, the stored templates, the standard sheets. */
export interface WorkbookReading {
  sheets: SheetGrid[];
  activeName: string;
  stored: Template[];
  standard: StandardSheet[];
  storeProblem?: Localized;
}

/** What `readSnapshot` gives: the same FiguresSnapshot the xlsx reader gives, for `checkFigures`. */
export interface SheetReading {
  template: Template;
  sheetName: string;
  snapshot: FiguresSnapshot;
  /** What the reader itself noticed (period cell, repeated rows); the core adds its own. */
  findings: Finding[];
}

/** Reads the workbook (two syncs) and finds every standard sheet of the stored and given templates. */
export async function readWorkbook(
  context: NarrowContext,
  given: readonly Template[] = [],
): Promise<WorkbookReading> {
  const { sheets, activeName } = await readAllSheets(context);
  const storeSheet = sheets.find((sheet) => sheet.name === STORE_SHEET_NAME);
  let stored: Template[] = [];
  let storeProblem: Localized | undefined;
  if (storeSheet) {
    const decoded = decodeTemplateStore(storeSheet.values.map((line) => line.map(String)));
    if (decoded.ok) stored = decoded.templates;
    else storeProblem = messageWithReason('store-invalid', {}, storeDetail(decoded));
  }
  const templates = [...stored, ...given.filter((t) => !stored.some((s) => s.id === t.id))];
  const candidates = sheets
    .filter((sheet) => sheet !== storeSheet)
    .sort((a, b) => Number(b.name === activeName) - Number(a.name === activeName) || a.position - b.position);
  const standard: StandardSheet[] = [];
  for (const template of templates) {
    const { words, layouts } = templateWords(template);
    const ids = new Set(template.indicators.map((indicator) => indicator.id));
    for (const sheet of candidates) {
      const table = locateTable(sheet, words, ids);
      if (table) standard.push({ template, table, layouts });
    }
  }
  return { sheets, activeName, stored, standard, storeProblem };
}

/** What is wrong with the store, in each language; a template's first problems are named. */
function storeDetail(decoded: Exclude<StoreDecoding, { ok: true }>): Localized {
  if (decoded.code !== 'invalid-template') return decoded.message;
  const say = (lang: Lang) =>
    decoded.problems
      .slice(0, 3)
      .map((problem) => formatProblem(problem, lang).replace(/[.\s]+$/, ''))
      .join('; ');
  return message('store-template-invalid', { id: decoded.templateId, vi: say('vi'), en: say('en') });
}

/** The standard sheet to work on: the active one if it is one, else the first; a clear error if none. */
export function chooseStandardSheet(reading: WorkbookReading, given: readonly Template[]): StandardSheet {
  // As the command line: a damaged stored template is never stood in for by a given one, whose
  // rules may differ from the ones the workbook was made with.
  if (reading.storeProblem) throw new ExcelActionError('store-invalid', reading.storeProblem);
  const first =
    reading.standard.find((found) => found.table.sheet.name === reading.activeName) ?? reading.standard[0];
  if (first) return first;
  const template = reading.stored[0] ?? given[0];
  if (!template) throw new ExcelActionError('no-template', message('no-template'));
  throw new ExcelActionError('no-sheet', message('no-sheet', { year: template.year }));
}

/** One snapshot of the figures of a standard sheet, as they stand. */
export function snapshotOf({ template, table, layouts }: StandardSheet): SheetReading {
  const { sheet, columns } = table;
  const address = (row: number, column: number) => qualify(sheet.name, cellAddress(row, column));
  const figures: EnteredFigure[] = [];
  const missingRows: string[] = [];
  const figureAt = (indicatorId: string, row: number): EnteredFigure => {
    const input = cellOf(sheet, row, columns.value);
    const figure: EnteredFigure = {
      indicatorId,
      address: address(row, columns.value),
      raw: input.raw,
    };
    // `General` says nothing, and the .xlsx reader leaves it out too: both give the same snapshot.
    if (input.numberFormat !== 'General') figure.numberFormat = input.numberFormat;
    if (input.formula) figure.formula = input.formula;
    if (columns.target !== undefined) {
      const target = cellOf(sheet, row, columns.target);
      figure.targetInSheet = target.raw;
      if (target.numberFormat !== 'General') figure.targetNumberFormat = target.numberFormat;
      figure.targetAddress = address(row, columns.target);
    }
    const explanation = columns.explanation === undefined ? '' : cellText(sheet, row, columns.explanation);
    if (explanation) figure.explanation = explanation;
    if (columns.estimate !== undefined) {
      const estimate = cellOf(sheet, row, columns.estimate);
      figure.estimate = { raw: estimate.raw, address: address(row, columns.estimate) };
      if (estimate.numberFormat !== 'General') figure.estimate.numberFormat = estimate.numberFormat;
    }
    return figure;
  };
  for (const indicator of template.indicators) {
    const row = table.rows.get(indicator.id);
    if (row === undefined) missingRows.push(indicator.id);
    else figures.push(figureAt(indicator.id, row));
  }
  // A repeated row goes to the core like any other, so the add-in and the .xlsx reader report it
  // the same way (the core's `duplicate-row`, an error).
  for (const { id, row } of table.duplicates) figures.push(figureAt(id, row));
  const findings: Finding[] = [];
  const period = readPeriod(table, layouts, findings);
  const snapshot: FiguresSnapshot = { period, figures };
  if (missingRows.length > 0) snapshot.missingRows = missingRows;
  return { template, sheetName: sheet.name, snapshot, findings };
}

function readPeriod(table: LocatedTable, layouts: SheetLayout[], findings: Finding[]): Period {
  const [layout] = layouts;
  const fallback: Period = 'nam';
  const place = periodCellOf(table, layout);
  if (!place) return fallback;
  const text = cellText(table.sheet, place.row, place.column);
  // The raw content, untrimmed: the sheet's formulas compare it as it is.
  const period = periodOf(cellOf(table.sheet, place.row, place.column).raw, layouts);
  if (period) return period;
  const cell = qualify(table.sheet.name, cellAddress(place.row, place.column));
  const label = layout.periodLabels[fallback];
  findings.push(
    text
      ? {
          code: 'period-unknown',
          severity: 'warning',
          cell,
          message: message('period-unknown', {
            cell,
            text: text.slice(0, 80),
            label,
            choices: PERIODS.map((each) => layout.periodLabels[each]),
          }),
        }
      : {
          code: 'period-empty',
          severity: 'warning',
          cell,
          message: message('period-empty', { cell, label }),
        },
  );
  return fallback;
}
