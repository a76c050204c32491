import { buildSheetPlan } from '../sheet-plan/build';
import type { SheetLayout } from '../sheet-plan/types';
import type { Template } from '../template/types';

/** The columns the reader needs, and the header words (any language) that name each. */
export type TableColumn = 'code' | 'value' | 'target' | 'explanation';
export type HeaderWords = Record<TableColumn, string[]>;

/** What the reader needs of a template's sheet plan, in both languages: a clerk may have made either. */
export interface SheetShape {
  /** Vietnamese first; the period cell and its labels are the same in both. */
  layouts: SheetLayout[];
  words: HeaderWords;
}

// Building the plan twice only to learn its words is the costliest step of a read (bench/README.md);
// templates come from the store's decoding cache, so the same object recurs across workbooks.
const shapes = new WeakMap<Template, SheetShape>();

export function sheetShapeOf(template: Template): SheetShape {
  const known = shapes.get(template);
  if (known) return known;
  const layouts = (['vi', 'en'] as const).map((lang) => buildSheetPlan(template, { lang }).layout);
  const words = (key: TableColumn) => layouts.map((layout) => layout.headers[key]);
  const shape: SheetShape = {
    layouts,
    words: {
      code: words('code'),
      value: words('value'),
      target: words('target'),
      explanation: words('explanation'),
    },
  };
  shapes.set(template, shape);
  return shape;
}
