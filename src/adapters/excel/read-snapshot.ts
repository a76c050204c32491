import type { Lang, Localized } from '../../core/i18n/localized';
import { findStandardSheets, type GridSheet, type LocatedSheet, type SheetReading } from '../../core/read';
import { decodeTemplateStore, STORE_SHEET_NAME, type StoreDecoding } from '../../core/sheet-plan';
import { formatProblem } from '../../core/template/load';
import type { Template } from '../../core/template/types';
import { ExcelActionError } from './errors';
import type { NarrowContext } from './excel-api';
import { message, messageWithReason } from './messages';
import { gridSheetOf, readAllSheets, type SheetGrid } from './sheet-grid';

/** A standard sheet found in the workbook, where it stands and whether Excel protects it. */
export type StandardSheet = LocatedSheet & SheetState;

/** What Excel says of a sheet beside its cells. */
export interface SheetState {
  protected: boolean;
  position: number;
}

/** What one read of the workbook tells: the sheets read whole, the stored templates, the standard sheets. */
export interface WorkbookReading {
  /** The sheets read whole: every sheet, or only the add-in's own (store, seals) after `readTables`. */
  sheets: SheetGrid[];
  activeName: string;
  stored: Template[];
  standard: StandardSheet[];
  storeProblem?: Localized;
}

export type { SheetReading };

/** The templates stored in the workbook, or what is wrong with the store. */
export function storeOf(sheets: readonly SheetGrid[]): { stored: Template[]; storeProblem?: Localized } {
  const storeSheet = sheets.find((sheet) => sheet.name === STORE_SHEET_NAME);
  if (!storeSheet) return { stored: [] };
  const decoded = decodeTemplateStore(storeSheet.values.map((line) => line.map(String)));
  if (decoded.ok) return { stored: decoded.templates };
  return { stored: [], storeProblem: messageWithReason('store-invalid', {}, storeDetail(decoded)) };
}

/** The stored templates, then the given ones whose id the workbook does not hold. */
export function templatesToFind(stored: readonly Template[], given: readonly Template[]): Template[] {
  return [...stored, ...given.filter((t) => !stored.some((s) => s.id === t.id))];
}

/** The active sheet first, then in the workbook's order: the clerk's current sheet wins. */
export function byPreference<T extends { name: string; position: number }>(
  sheets: T[],
  activeName: string,
): T[] {
  return [...sheets].sort(
    (a, b) => Number(b.name === activeName) - Number(a.name === activeName) || a.position - b.position,
  );
}

/** The standard sheets among `grids` (each with its protection), in the order given. */
export function standardSheets(
  grids: readonly { grid: GridSheet; state: SheetState }[],
  templates: readonly Template[],
): StandardSheet[] {
  const states = new Map(grids.map(({ grid, state }) => [grid, state]));
  return findStandardSheets(
    grids.map((each) => each.grid),
    templates,
  ).map((found) => ({ ...found, ...states.get(found.sheet)! }));
}

/** Reads every sheet whole (two syncs) and finds every standard sheet of the stored and given templates. */
export async function readWorkbook(
  context: NarrowContext,
  given: readonly Template[] = [],
): Promise<WorkbookReading> {
  const { sheets, activeName } = await readAllSheets(context);
  const { stored, storeProblem } = storeOf(sheets);
  const candidates = byPreference(
    sheets.filter((sheet) => sheet.name !== STORE_SHEET_NAME),
    activeName,
  ).map((sheet) => ({ grid: gridSheetOf(sheet.name, [sheet]), state: sheet }));
  const standard = standardSheets(candidates, templatesToFind(stored, given));
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
    reading.standard.find((found) => found.sheet.name === reading.activeName) ?? reading.standard[0];
  if (first) return first;
  const template = reading.stored[0] ?? given[0];
  if (!template) throw new ExcelActionError('no-template', message('no-template'));
  throw new ExcelActionError('no-sheet', message('no-sheet', { year: template.year }));
}
