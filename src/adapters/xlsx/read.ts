import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { EnteredFigure, Finding, FiguresSnapshot } from '../../core/check/types';
import type { Localized } from '../../core/i18n/localized';
import { buildSheetPlan, PERIOD_FALLBACK, periodFromLabel } from '../../core/sheet-plan';
import { valueHeader } from '../../core/sheet-plan/columns';
import type { SheetLayout } from '../../core/sheet-plan/types';
import { PERIODS, type Period, type Template } from '../../core/template/types';
import { columnLetters, parseAddress, sheetAddress } from './addresses';
import { cellText, readCell } from './cell-value';
import { guardBytes, LIMITS } from './guard';
import { locateTable, type HeaderWords, type LocatedTable } from './locate';
import { message } from './messages';
import { findStoredTemplates } from './store-sheet';

/** One standard sheet found in a workbook, ready for `checkFigures`. */
export interface StandardSheet {
  template: Template;
  sheetName: string;
  snapshot: FiguresSnapshot;
  /** What the reader itself noticed (the period cell); the core adds its own. */
  findings: Finding[];
}

export type ReadProblemCode =
  | 'file-missing'
  | 'file-unreadable'
  | 'too-large'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'zip-bomb'
  | 'too-many-sheets'
  | 'no-template'
  | 'invalid-template'
  | 'no-sheet';

/** Why a whole file could not be read; `details` lists e.g. the problems of a stored template. */
export interface ReadProblem {
  code: ReadProblemCode;
  message: Localized;
  details: Localized[];
}

/**
 * `workbook` is the loaded file, for callers that also read seals; do not keep it longer than
 * needed, and never save it: it was loaded without the parts in NOT_READ (validations, formats,
 * protection), so saving it would strip them from the clerk's file.
 */
export type WorkbookReading =
  { ok: true; sheets: StandardSheet[]; workbook: ExcelJS.Workbook } | { ok: false; problem: ReadProblem };

function refuse(code: ReadProblemCode, text: Localized, details: Localized[] = []): WorkbookReading {
  return { ok: false, problem: { code, message: text, details } };
}

/**
 * Worksheet parts a check never looks at. ExcelJS would otherwise spend most of its time on them
 * (it expands each validation range into one entry per cell), and the issue allows a check at
 * most 1.3 times the cost of merely opening the file.
 */
const NOT_READ = [
  'dataValidations',
  'conditionalFormatting',
  'sheetProtection',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'autoFilter',
  'picture',
  'drawing',
  'tableParts',
  'extLst',
];

/** Reads every standard sheet of an .xlsx file (a path or its bytes). Never throws for a bad file. */
export async function readWorkbook(input: Buffer | string): Promise<WorkbookReading> {
  const bytes = typeof input === 'string' ? await readFileGuarded(input) : input;
  if (!Buffer.isBuffer(bytes)) return bytes;

  const verdict = guardBytes(bytes);
  if (!verdict.ok) {
    if (verdict.code === 'too-large') return refuse('too-large', tooLarge(verdict.bytes));
    if (verdict.code === 'too-many-sheets') {
      return refuse('too-many-sheets', message('too-many-sheets', { limit: LIMITS.worksheets }));
    }
    return refuse(verdict.code, message(verdict.code));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: NOT_READ });
    // ExcelJS accepts some broken parts and fails later, when a cell is read.
    return readLoadedWorkbook(workbook);
  } catch {
    return refuse('corrupt', message('corrupt'));
  }
}

async function readFileGuarded(path: string): Promise<Buffer | WorkbookReading> {
  try {
    const { size } = await fs.stat(path);
    // Refuse before reading: the size alone is enough to say no.
    if (size > LIMITS.fileBytes) return refuse('too-large', tooLarge(size));
    return await fs.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse('file-missing', message('file-missing'));
    return refuse('file-unreadable', message('file-unreadable', { reason: code ?? 'EIO' }));
  }
}

function tooLarge(bytes: number): Localized {
  return message('too-large', {
    megabytes: (bytes / 1024 / 1024).toFixed(1),
    limit: LIMITS.fileBytes / 1024 / 1024,
  });
}

export function readLoadedWorkbook(workbook: ExcelJS.Workbook): WorkbookReading {
  const stored = findStoredTemplates(workbook);
  if (!stored.ok) return refuse(stored.problem.code, stored.problem.message, stored.problem.details);

  const storeSheets = new Set(stored.templates.map((entry) => entry.storeSheet));
  const candidates = workbook.worksheets.filter((sheet) => !storeSheets.has(sheet.name));
  const sheets: StandardSheet[] = [];
  for (const { template } of stored.templates) {
    const sheetShape = shapeOf(template);
    const ids = new Set(template.indicators.map((indicator) => indicator.id));
    for (const sheet of candidates) {
      const table = locateTable(sheet, sheetShape.words, ids);
      if (table) sheets.push(readSheet(sheet, template, table, sheetShape));
    }
  }
  if (sheets.length === 0)
    return refuse('no-sheet', message('no-sheet', { year: stored.templates[0].template.year }));
  return { ok: true, sheets, workbook };
}

/** What the reader needs of the sheet plan, in both languages: a clerk may have made either. */
interface SheetShape {
  layout: SheetLayout;
  words: HeaderWords;
}

// Templates come from the store's decoding cache, so the same object recurs across workbooks.
const shapes = new WeakMap<Template, SheetShape>();

function shapeOf(template: Template): SheetShape {
  const known = shapes.get(template);
  if (known) return known;
  const layouts = (['vi', 'en'] as const).map((lang) => buildSheetPlan(template, { lang }).layout);
  const words = (key: keyof HeaderWords) => [...new Set(layouts.map((layout) => layout.headers[key]))];
  const shape: SheetShape = {
    layout: layouts[0],
    words: {
      code: words('code'),
      // A sheet made for 6 or 9 months heads its figure column `Thực hiện 6 tháng`.
      value: PERIODS.map((period) => valueHeader(template.year, period)),
      target: words('target'),
      explanation: words('explanation'),
      estimate: words('estimate'),
    },
  };
  shapes.set(template, shape);
  return shape;
}

function readSheet(
  sheet: ExcelJS.Worksheet,
  template: Template,
  table: LocatedTable,
  shape: SheetShape,
): StandardSheet {
  const at = (row: number, column: number | undefined) =>
    column === undefined ? undefined : sheet.getRow(row).getCell(column);
  const addressOf = (cell: ExcelJS.Cell) => sheetAddress(sheet.name, cell.address);

  const figures: EnteredFigure[] = [];
  const missingRows: string[] = [];
  for (const indicator of template.indicators) {
    const rows = table.rows.get(indicator.id) ?? [];
    if (rows.length === 0) missingRows.push(indicator.id);
    for (const row of rows) figures.push(readFigure(indicator.id, row));
  }

  function readFigure(indicatorId: string, row: number): EnteredFigure {
    const input = at(row, table.columns.value)!;
    const target = at(row, table.columns.target);
    const explanation = at(row, table.columns.explanation);
    const { raw, formula } = readCell(input);
    const figure: EnteredFigure = { indicatorId, address: addressOf(input), raw };
    if (input.numFmt) figure.numberFormat = input.numFmt;
    if (formula) figure.formula = formula;
    if (target) {
      figure.targetInSheet = readCell(target).raw;
      figure.targetAddress = addressOf(target);
      if (target.numFmt) figure.targetNumberFormat = target.numFmt;
    }
    const words = explanation ? cellText(explanation) : '';
    if (words) figure.explanation = words;
    const estimate = at(row, table.columns.estimate);
    if (estimate) {
      figure.estimate = { raw: readCell(estimate).raw, address: addressOf(estimate) };
      if (estimate.numFmt) figure.estimate.numberFormat = estimate.numFmt;
    }
    return figure;
  }

  const findings: Finding[] = [];
  const period = readPeriod(sheet, table, shape, findings);
  const snapshot: FiguresSnapshot = { period, figures };
  if (missingRows.length > 0) snapshot.missingRows = missingRows;
  return { template, sheetName: sheet.name, snapshot, findings };
}

/** The period cell keeps its place relative to the header row, wherever the block now starts. */
function readPeriod(
  sheet: ExcelJS.Worksheet,
  table: LocatedTable,
  shape: SheetShape,
  findings: Finding[],
): Period {
  const { layout } = shape;
  const planned = parseAddress(layout.periodCell);
  const row = table.headerRow + (planned.row - layout.headerRow);
  const cellRef = `${columnLetters(planned.column)}${row}`;
  const address = sheetAddress(sheet.name, cellRef);
  const cell = row >= 1 ? sheet.getCell(cellRef) : null;
  const text = cell ? cellText(cell) : '';
  const fallback = PERIOD_FALLBACK;
  const label = layout.periodLabels[fallback];

  const period = cell ? periodFromLabel(readCell(cell).raw, layout.periodLabels) : undefined;
  if (period) return period;

  const finding = (code: 'period-empty' | 'period-unknown', text: Localized): Finding => ({
    code,
    severity: 'warning',
    cell: address,
    message: text,
  });
  if (!text) findings.push(finding('period-empty', message('period-empty', { cell: address, label })));
  else {
    const choices = PERIODS.map((each) => layout.periodLabels[each]);
    findings.push(
      finding(
        'period-unknown',
        message('period-unknown', { cell: address, text: text.slice(0, 80), label, choices }),
      ),
    );
  }
  return fallback;
}
