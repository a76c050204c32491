import type { AuthoringTexts } from '../i18n/vi/authoring';
import type { CellStyle, PlannedCell, PlannedValidation } from '../sheet-plan/types';
import { fitsInline } from '../sheet-plan/validation';
import type { AuthoringValue } from './content';
import {
  ROOM_FOR_NEW_RULES,
  RULE_COLUMN_KEYS,
  RULE_COLUMN_OF,
  RULE_HEADERS,
  RULE_OP_WORDS,
  RULE_SPAN_END,
  RULES_TITLE,
  SEVERITY_WORDS,
  type RuleColumnKey,
} from './rule-layout';

/** The `Ràng buộc` table's part of the authoring plan. */
export interface RulesBlock {
  cells: PlannedCell[];
  merges: string[];
  validations: PlannedValidation[];
  headerRow: number;
}

const HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: '#E2EFDA',
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
  border: 'thin',
};
const BODY_STYLE: CellStyle = { vertical: 'top', wrap: true, border: 'thin' };

function content(value: AuthoringValue): PlannedCell['content'] {
  if (value === null || value === '') return { kind: 'empty' };
  return typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: value };
}

/**
 * Lays out the rules from `titleRow` down: the title (which also ends the indicator table), the
 * header row `Mã | Vế trái | So sánh | Vế phải | Sai số | Mức | Thông báo | Thông báo (tiếng Anh)`,
 * one row per rule, and drop-down lists for So sánh and Mức over room for more rules.
 */
export function planRules(
  rules: Record<RuleColumnKey, AuthoringValue>[],
  titleRow: number,
  texts: AuthoringTexts,
): RulesBlock {
  const headerRow = titleRow + 1;
  const cells: PlannedCell[] = [
    {
      address: `A${titleRow}`,
      content: { kind: 'text', text: RULES_TITLE },
      style: { font: { bold: true, size: 12 } },
    },
  ];
  const merges: string[] = [];
  const place = (key: RuleColumnKey, row: number, cell: Omit<PlannedCell, 'address'>) => {
    cells.push({ address: `${RULE_COLUMN_OF[key]}${row}`, ...cell });
    const end = RULE_SPAN_END[key];
    if (end) merges.push(`${RULE_COLUMN_OF[key]}${row}:${end}${row}`);
  };
  for (const key of RULE_COLUMN_KEYS)
    place(key, headerRow, { content: { kind: 'text', text: RULE_HEADERS[key] }, style: HEADER_STYLE });
  rules.forEach((values, i) => {
    for (const key of RULE_COLUMN_KEYS)
      place(key, headerRow + 1 + i, { content: content(values[key]), style: BODY_STYLE });
  });

  const lastRow = headerRow + rules.length + ROOM_FOR_NEW_RULES;
  const list = (key: RuleColumnKey, items: string[], message: string): PlannedValidation => {
    if (!fitsInline(items)) throw new RangeError(`The list of ${key} does not fit inline`);
    const letter = RULE_COLUMN_OF[key];
    return {
      address: `${letter}${headerRow + 1}:${letter}${lastRow}`,
      rule: { kind: 'list', items },
      prompt: { title: RULE_HEADERS[key].slice(0, 32), message },
      error: { title: texts.listTitle, message: texts.listError },
    };
  };
  const validations = [
    list('op', Object.values(RULE_OP_WORDS), texts.prompt.ruleOp),
    list('severity', Object.values(SEVERITY_WORDS), texts.prompt.severity),
  ];
  return { cells, merges, validations, headerRow };
}
