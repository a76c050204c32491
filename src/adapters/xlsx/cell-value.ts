import type ExcelJS from 'exceljs';
import type { RawValue } from '../../core/check/types';

/** A cell's content as the snapshot carries it: formulas give their cached result. */
export interface CellContent {
  raw: RawValue;
  formula?: string;
}

export function readCell(cell: ExcelJS.Cell): CellContent {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      return { raw: toRaw(value.result), formula: `=${cell.formula}` };
    }
  }
  return { raw: toRaw(value) };
}

function toRaw(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('error' in value) return { error: String(value.error) };
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
    }
    // A hyperlink cell keeps its shown text.
    if ('text' in value) return String(value.text);
  }
  return null;
}
