import { encodeTemplateStore } from '../../core/sheet-plan';
import type {
  CellStyle,
  PlannedCell,
  PlannedContent,
  PlannedValidation,
  SheetPlan,
} from '../../core/sheet-plan/types';
import type { Template } from '../../core/template/types';
import { columnLetters, parseRange, rangeAddress, type RangeRef } from './a1';
import type {
  BorderIndex,
  NarrowRange,
  NarrowValidationRule,
  NarrowWorksheet,
  ProtectionOptions,
} from './excel-api';

/**
 * Queues a sheet plan onto a worksheet, without syncing. Cells are written a row at a time and
 * styles a column run at a time, so a table of 2,000 indicators is a few thousand queued
 * operations in one batch, never one round trip per cell.
 */

/** What the running Excel can do beyond ExcelApi 1.7. */
export interface Capabilities {
  /** ExcelApi 1.8. */
  dataValidation: boolean;
  /** ExcelApi 1.9. */
  pageLayout: boolean;
}

/** Clerks may resize rows and columns (long explanations wrap); everything else stays locked. */
export const PROTECTION: ProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

const BORDER_COLOR = '#000000';
const EDGES: BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** Excel column widths are in points; a plan's are in characters of the default font (7 px each, plus padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A text exactly as written: the leading apostrophe tells Excel not to read `1/2`, `04` or
 * `=x` as a date, a number or a formula; Excel keeps the text without it.
 */
export function literalText(text: string): string {
  return `'${text}`;
}

function entry(content: PlannedContent): string | number | null {
  switch (content.kind) {
    case 'text':
      return literalText(content.text);
    case 'number':
      return content.value;
    case 'formula':
      return content.formula;
    case 'empty':
      return null;
  }
}

/** Writes cells a row at a time, from the row's first to its last planned cell (null leaves a gap as it is). */
export function queueCells(sheet: NarrowWorksheet, cells: readonly PlannedCell[]): void {
  const rows = new Map<number, Map<number, string | number | null>>();
  for (const cell of cells) {
    const at = parseRange(cell.address);
    if (!at) continue;
    const row = rows.get(at.top) ?? new Map<number, string | number | null>();
    row.set(at.left, entry(cell.content));
    rows.set(at.top, row);
  }
  for (const [row, columns] of rows) {
    const left = Math.min(...columns.keys());
    const right = Math.max(...columns.keys());
    const line: (string | number | null)[] = [];
    for (let column = left; column <= right; column++) line.push(columns.get(column) ?? null);
    if (line.every((item) => item === null)) continue;
    sheet.getRange(rangeAddress({ top: row, bottom: row, left, right })).formulas = [line];
  }
}

/** Groups addresses into vertical runs per column: `H12:H2011` instead of 2,000 single cells. */
export function columnRuns(addresses: Iterable<RangeRef>): RangeRef[] {
  const byColumn = new Map<number, number[]>();
  for (const at of addresses) {
    for (let column = at.left; column <= at.right; column++) {
      const rows = byColumn.get(column) ?? [];
      for (let row = at.top; row <= at.bottom; row++) rows.push(row);
      byColumn.set(column, rows);
    }
  }
  const runs: RangeRef[] = [];
  for (const [column, rows] of byColumn) {
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = sorted[0];
    for (let i = 1; i <= sorted.length; i++) {
      if (sorted[i] === sorted[i - 1] + 1) continue;
      runs.push({ top: start, bottom: sorted[i - 1], left: column, right: column });
      start = sorted[i];
    }
  }
  return runs;
}

/** One property of a cell style, applied on its own so that cells sharing it share one range. */
type StyleAtom = [name: string, value: string | number | boolean];

function atomsOf(style: CellStyle): StyleAtom[] {
  const atoms: StyleAtom[] = [];
  const { font } = style;
  if (font) {
    for (const key of ['name', 'size', 'bold', 'italic', 'underline', 'color'] as const) {
      const value = font[key];
      if (value !== undefined) atoms.push([`font.${key}`, value]);
    }
  }
  if (style.fill) atoms.push(['fill', style.fill]);
  if (style.horizontal) atoms.push(['horizontal', style.horizontal]);
  if (style.vertical) atoms.push(['vertical', style.vertical]);
  if (style.wrap !== undefined) atoms.push(['wrap', style.wrap]);
  if (style.border) atoms.push(['border', style.border]);
  if (style.numberFormat) atoms.push(['numberFormat', style.numberFormat]);
  return atoms;
}

function applyAtom(range: NarrowRange, at: RangeRef, [name, value]: StyleAtom): void {
  const { format } = range;
  switch (name) {
    case 'font.name':
      format.font.name = value as string;
      return;
    case 'font.size':
      format.font.size = value as number;
      return;
    case 'font.bold':
      format.font.bold = value as boolean;
      return;
    case 'font.italic':
      format.font.italic = value as boolean;
      return;
    case 'font.underline':
      format.font.underline = value ? 'Single' : 'None';
      return;
    case 'font.color':
      format.font.color = value as string;
      return;
    case 'fill':
      format.fill.color = value as string;
      return;
    case 'horizontal':
      format.horizontalAlignment = HORIZONTAL[value as keyof typeof HORIZONTAL];
      return;
    case 'vertical':
      format.verticalAlignment = VERTICAL[value as keyof typeof VERTICAL];
      return;
    case 'wrap':
      format.wrapText = value as boolean;
      return;
    case 'border': {
      const inside: BorderIndex[] = [
        ...(at.bottom > at.top ? (['InsideHorizontal'] as const) : []),
        ...(at.right > at.left ? (['InsideVertical'] as const) : []),
      ];
      for (const index of [...EDGES, ...inside]) setBorder(range, index, 'Thin', BORDER_COLOR);
      return;
    }
    case 'numberFormat': {
      const rows = at.bottom - at.top + 1;
      const columns = at.right - at.left + 1;
      range.numberFormat = Array.from({ length: rows }, () => Array<string>(columns).fill(value as string));
      return;
    }
  }
}

export function setBorder(range: NarrowRange, index: BorderIndex, weight: string, color: string): void {
  const border = range.format.borders.getItem(index);
  border.style = 'Continuous';
  border.weight = weight;
  border.color = color;
}

/** Joins column runs spanning the same rows in neighbouring columns into rectangles. */
export function rectangles(runs: RangeRef[]): RangeRef[] {
  const sorted = [...runs].sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.left - b.left);
  const joined: RangeRef[] = [];
  for (const run of sorted) {
    const last = joined[joined.length - 1];
    if (last && last.top === run.top && last.bottom === run.bottom && last.right + 1 === run.left)
      last.right = run.right;
    else joined.push({ ...run });
  }
  return joined;
}

/**
 * Styles the cells one style property at a time, each over the largest rectangles of cells that
 * share it: a 2,000-row table takes a few thousand operations, not one per cell and property.
 */
export function queueStyles(sheet: NarrowWorksheet, cells: readonly PlannedCell[]): void {
  const groups = new Map<string, { atom: StyleAtom; at: RangeRef[] }>();
  for (const cell of cells) {
    const at = parseRange(cell.address);
    if (!cell.style || !at) continue;
    for (const atom of atomsOf(cell.style)) {
      const key = JSON.stringify(atom);
      const group = groups.get(key) ?? { atom, at: [] };
      group.at.push(at);
      groups.set(key, group);
    }
  }
  for (const { atom, at } of groups.values()) {
    for (const rectangle of rectangles(columnRuns(at)))
      applyAtom(sheet.getRange(rangeAddress(rectangle)), rectangle, atom);
  }
}

function basic(min: number | undefined, max: number | undefined) {
  if (min !== undefined && max !== undefined) return { operator: 'Between', formula1: min, formula2: max };
  if (min !== undefined) return { operator: 'GreaterThanOrEqualTo', formula1: min };
  if (max !== undefined) return { operator: 'LessThanOrEqualTo', formula1: max };
  // Still refuses text typed into a figure cell; the bound itself never matters.
  return { operator: 'Between', formula1: -1e15, formula2: 1e15 };
}

export function validationRule(validation: PlannedValidation): NarrowValidationRule {
  const { rule } = validation;
  switch (rule.kind) {
    case 'list':
      return {
        list: { inCellDropDown: true, source: rule.source ? `=${rule.source}` : rule.items.join(',') },
      };
    case 'decimal':
      return { decimal: basic(rule.min, rule.max) };
    case 'whole':
      return { wholeNumber: basic(rule.min, rule.max) };
    case 'textLength':
      return { textLength: { operator: 'LessThanOrEqualTo', formula1: rule.max } };
  }
}

function queueValidation(sheet: NarrowWorksheet, validation: PlannedValidation): void {
  const { dataValidation } = sheet.getRange(validation.address);
  dataValidation.rule = validationRule(validation);
  dataValidation.prompt = { ...validation.prompt, showPrompt: true };
  dataValidation.errorAlert = { ...validation.error, showAlert: true, style: 'Stop' };
}

/** What every planned sheet has (the standard sheet, the authoring sheet, the report sheet). */
export interface LaidOutCells {
  columnWidths: readonly number[];
  rowHeights: readonly { row: number; height: number }[];
  cells: readonly PlannedCell[];
  merges: readonly string[];
}

/** Queues the column widths, row heights, cells with their styles, and merges of a plan. */
export function queueLaidOutCells(sheet: NarrowWorksheet, plan: LaidOutCells): void {
  plan.columnWidths.forEach((width, i) => {
    const letters = columnLetters(i + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = widthInPoints(width);
  });
  for (const { top, bottom, height } of heightRuns(plan.rowHeights))
    sheet.getRange(`${top}:${bottom}`).format.rowHeight = height;
  queueCells(sheet, plan.cells);
  queueStyles(sheet, plan.cells);
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
}

/** Queues the whole plan onto an empty worksheet, except its protection (see protectAsPlanned). */
export function queuePlan(sheet: NarrowWorksheet, plan: SheetPlan, can: Capabilities): void {
  queueLaidOutCells(sheet, plan);
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
  for (const rule of plan.conditionalFormats) {
    const { custom } = sheet.getRange(rule.range).conditionalFormats.add('Custom');
    custom.rule.formula = rule.formula;
    custom.format.fill.color = rule.fill;
    if (rule.fontColor) custom.format.font.color = rule.fontColor;
  }
  if (can.dataValidation) for (const validation of plan.validations) queueValidation(sheet, validation);
  for (const address of plan.unlockedRanges) sheet.getRange(address).format.protection.locked = false;
  if (can.pageLayout) {
    const { pageLayout } = sheet;
    pageLayout.orientation = 'Landscape';
    pageLayout.paperSize = 'A4';
    // A height of 0 pages means "as many as needed": leave it unset rather than send Excel a 0.
    pageLayout.zoom =
      plan.print.fitToHeight > 0
        ? { horizontalFitToPages: plan.print.fitToWidth, verticalFitToPages: plan.print.fitToHeight }
        : { horizontalFitToPages: plan.print.fitToWidth };
    pageLayout.setPrintTitleRows(`$${plan.print.titleRows.first}:$${plan.print.titleRows.last}`);
  }
}

/** Consecutive rows of the same height, set together. */
function heightRuns(heights: LaidOutCells['rowHeights']): { top: number; bottom: number; height: number }[] {
  const runs: { top: number; bottom: number; height: number }[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.bottom + 1 === row && last.height === height) last.bottom = row;
    else runs.push({ top: row, bottom: row, height });
  }
  return runs;
}

export function protectAsPlanned(sheet: NarrowWorksheet, plan: SheetPlan): void {
  sheet.protection.protect(PROTECTION, plan.protection.password);
}

/** Queues the store sheet's content: every template the workbook carries, this one replacing its older self. */
export function queueStore(
  sheet: NarrowWorksheet,
  templates: readonly Template[],
  previousUsed?: string,
): void {
  if (previousUsed) sheet.getRange(previousUsed).clear('All');
  queueCells(sheet, encodeTemplateStore([...templates]));
}
