import { buildSheetPlan } from '../sheet-plan/build';
import { CODE_HEADER, ESTIMATE_HEADERS, valueHeader } from '../sheet-plan/columns';
import type { SheetLayout } from '../sheet-plan/types';
import { PERIODS, type Template } from '../template/types';

/** The columns the reader needs, and the header words (any language) that name each. */
export type TableColumn = 'code' | 'value' | 'target' | 'explanation' | 'estimate' | 'baseline';
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
  const words = (key: TableColumn) => [...new Set(layouts.map((layout) => layout.headers[key]))];
  const shape: SheetShape = {
    layouts,
    words: {
      code: words('code'),
      value: valueWords(template.year),
      target: words('target'),
      // `Thực hiện <năm trước>`: last year's figure, entered by the clerk where the template gives none.
      baseline: words('baseline'),
      explanation: words('explanation'),
      // The clerk's estimate for the year (Ước cả năm), headed for any period: the header follows the period cell.
      estimate: [...ESTIMATE_HEADERS],
    },
  };
  shapes.set(template, shape);
  return shape;
}

/**
 * The figure column's header of every period: a sheet made for 6 or 9 months heads it
 * `Thực hiện 6 tháng`, `Thực hiện 9 tháng`, a year's sheet `Thực hiện <year>`.
 */
function valueWords(year: number): string[] {
  return PERIODS.map((period) => valueHeader(year, period));
}

/** Enough to find the input cells of a year's table without the whole template: its two headers, any period. */
export function yearWords(year: number): Pick<HeaderWords, 'code' | 'value'> {
  return { code: [CODE_HEADER], value: valueWords(year) };
}
