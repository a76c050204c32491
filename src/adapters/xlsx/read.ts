import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Localized } from '../../core/i18n/localized';
import { findStandardSheets, readStandardSheet, type SheetReading } from '../../core/read';
import { gridOf } from './grid';
import { guardBytes, LIMITS } from './guard';
import { message } from './messages';
import { findStoredTemplates } from './store-sheet';

/** One standard sheet found in a workbook, ready for `checkFigures`. */
export type StandardSheet = SheetReading;

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
  const candidates = workbook.worksheets.filter((sheet) => !storeSheets.has(sheet.name)).map(gridOf);
  const found = findStandardSheets(
    candidates,
    stored.templates.map((entry) => entry.template),
  );
  if (found.length === 0)
    return refuse('no-sheet', message('no-sheet', { year: stored.templates[0].template.year }));
  return { ok: true, sheets: found.map(readStandardSheet), workbook };
}
