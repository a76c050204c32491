import { authoringCatalogFor } from '../i18n/authoring-catalog';
import type { Lang } from '../i18n/localized';
import type { AuthoringTexts } from '../i18n/vi/authoring';
import type { CellStyle, PlannedCell, PlannedValidation, ValidationRule } from '../sheet-plan/types';
import { fitsInline } from '../sheet-plan/validation';
import type { AuthoringContent, AuthoringValue } from './content';
import {
  ASSESS_WORDS,
  AUTHORING_SHEET_NAME,
  BETTER_WORDS,
  COLUMN_KEYS,
  COLUMN_OF,
  COLUMN_WIDTHS,
  DOCUMENT_KEYS,
  DOCUMENT_LABELS,
  FIRST_DOCUMENT_ROW,
  GUIDANCE_ROW,
  HEADER_ROW,
  HEADERS,
  OP_WORDS,
  SECTION_WORDS,
  TITLE_ROW,
  TYPE_WORDS,
  type ColumnKey,
} from './layout';
import { planRules } from './plan-rules';
import { roomBeforeRules } from './rule-layout';

/** The authoring sheet as pure data; the adapters only apply it (like ../sheet-plan). */
export interface AuthoringPlan {
  sheetName: string;
  cells: PlannedCell[];
  merges: string[];
  columnWidths: number[];
  rowHeights: { row: number; height: number }[];
  frozenRows: number;
  /** Drop-down lists; a value typed outside the list only warns, since aliases such as ≥ are read. */
  validations: PlannedValidation[];
  headerRow: number;
  /** The header row of the `Ràng buộc` table, under the indicators. */
  rulesHeaderRow: number;
}

const LAST_COLUMN = COLUMN_OF[COLUMN_KEYS[COLUMN_KEYS.length - 1]];
const HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: '#D9E2F3',
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
  border: 'thin',
};
const BODY_STYLE: CellStyle = { vertical: 'top', wrap: true, border: 'thin' };
const WRAPPED: ReadonlySet<ColumnKey> = new Set(['name', 'scale', 'source', 'note', 'group']);

function content(value: AuthoringValue): PlannedCell['content'] {
  if (value === null || value === '') return { kind: 'empty' };
  return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value };
}

function list(
  column: ColumnKey,
  items: string[],
  message: string,
  texts: AuthoringTexts,
  lastRow: number,
): PlannedValidation {
  if (!fitsInline(items)) throw new RangeError(`The list of ${column} does not fit inline`);
  return validation(column, { kind: 'list', items }, message, texts, lastRow);
}

function validation(
  column: ColumnKey,
  rule: ValidationRule,
  message: string,
  texts: AuthoringTexts,
  lastRow: number,
): PlannedValidation {
  const letter = COLUMN_OF[column];
  return {
    address: `${letter}${HEADER_ROW + 1}:${letter}${lastRow}`,
    rule,
    prompt: { title: HEADERS[column].slice(0, 32), message },
    error: { title: texts.listTitle, message: texts.listError },
  };
}

/**
 * Lays out the authoring sheet (docs/design.md, "The authoring sheet"): title, a line of
 * guidance, the document block, the indicator table, then the `Ràng buộc` table (./plan-rules.ts). Numbers are written as numbers and texts as
 * texts, so reading the sheet back gives the same content.
 */
export function buildAuthoringPlan(authoring: AuthoringContent, lang: Lang = 'vi'): AuthoringPlan {
  const texts = authoringCatalogFor(lang).authoring;
  const cells: PlannedCell[] = [
    {
      address: `A${TITLE_ROW}`,
      content: { kind: 'text', text: texts.title },
      style: { font: { bold: true, size: 14 } },
    },
    {
      address: `A${GUIDANCE_ROW}`,
      content: { kind: 'text', text: texts.guidance },
      style: { font: { italic: true }, wrap: true, vertical: 'top' },
    },
  ];
  const merges = [`A${GUIDANCE_ROW}:${LAST_COLUMN}${GUIDANCE_ROW}`];

  DOCUMENT_KEYS.forEach((key, i) => {
    const row = FIRST_DOCUMENT_ROW + i;
    cells.push({
      address: `A${row}`,
      content: { kind: 'text', text: DOCUMENT_LABELS[key] },
      style: { font: { bold: true } },
    });
    cells.push({
      address: `B${row}`,
      content: content(authoring.document[key]),
      style: { horizontal: 'left' },
    });
    merges.push(`B${row}:F${row}`);
  });

  for (const key of COLUMN_KEYS) {
    cells.push({
      address: `${COLUMN_OF[key]}${HEADER_ROW}`,
      content: { kind: 'text', text: HEADERS[key] },
      style: HEADER_STYLE,
    });
  }
  authoring.rows.forEach((values, i) => {
    const row = HEADER_ROW + 1 + i;
    for (const key of COLUMN_KEYS) {
      const style = WRAPPED.has(key) ? BODY_STYLE : { ...BODY_STYLE, wrap: false };
      cells.push({ address: `${COLUMN_OF[key]}${row}`, content: content(values[key]), style });
    }
  });

  // The rules' title ends the indicator table; the empty rows above it take new indicators.
  const rulesTitleRow = HEADER_ROW + authoring.rows.length + roomBeforeRules(authoring.rows.length) + 1;
  const rules = planRules(authoring.rules, rulesTitleRow, texts);
  cells.push(...rules.cells);
  merges.push(...rules.merges);
  const lastRow = rulesTitleRow - 1;
  const validations = [
    list('type', Object.values(TYPE_WORDS), texts.prompt.type, texts, lastRow),
    list('op', Object.values(OP_WORDS), texts.prompt.op, texts, lastRow),
    list('assess', Object.values(ASSESS_WORDS), texts.prompt.assess, texts, lastRow),
    list('section', Object.values(SECTION_WORDS), texts.prompt.section, texts, lastRow),
    // The optional columns after Ghi chú (layout.ts): a code's length is the template's limit.
    validation('code', { kind: 'textLength', max: 40 }, texts.prompt.code, texts, lastRow),
    validation('decimals', { kind: 'whole', min: 0, max: 6 }, texts.prompt.decimals, texts, lastRow),
    validation('min', { kind: 'decimal' }, texts.prompt.min, texts, lastRow),
    validation('max', { kind: 'decimal' }, texts.prompt.max, texts, lastRow),
    list('better', Object.values(BETTER_WORDS), texts.prompt.better, texts, lastRow),
    ...rules.validations,
  ];

  return {
    sheetName: AUTHORING_SHEET_NAME,
    cells,
    merges,
    columnWidths: COLUMN_KEYS.map((key) => COLUMN_WIDTHS[key]),
    rowHeights: [
      { row: GUIDANCE_ROW, height: 78 },
      { row: HEADER_ROW, height: 32 },
      { row: rules.headerRow, height: 32 },
    ],
    frozenRows: HEADER_ROW,
    validations,
    headerRow: HEADER_ROW,
    rulesHeaderRow: rules.headerRow,
  };
}
