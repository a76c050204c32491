import { catalogFor } from '../i18n/catalog';
import type { Lang } from '../i18n/localized';
import type { SheetTexts } from '../i18n/vi/sheet';
import { formatNumber } from '../numbers/format';
import { RULE_DECIMALS, mixesPartialYear } from '../rules/check-rules';
import type { Expression } from '../rules/expression';
import { referencesOf } from '../rules/expression';
import type { Rule, RuleOp } from '../rules/schema';
import { parsedSides } from '../rules/validate';
import { baselineEntered } from '../template/entered-baseline';
import type { Indicator, Period, Template } from '../template/types';
import { invalidConditions } from './invalid-figure';
import { STATUS_STYLE, type Shown } from '../verdict/status';
import { COLUMNS, LAST_COLUMN } from './columns';
import { any, ifThen, num, quote } from './formula-text';
import type { CellStyle, PlannedCell, PlannedConditionalFormat } from './types';

/**
 * The "Kiểm tra chéo" block under the table (docs/design.md, "Cross-indicator rules"): one row per
 * rule with its message, both sides and `Khớp` / `Không khớp`, all by formula, so that a workbook
 * without the add-in says what the core's `rule-failed` findings say. The sides read the input
 * cells as the core reads figures (percent in percent units, the baseline from the template, else
 * from the `Thực hiện <năm trước>` cell the clerk fills in) and
 * compare as check-rules.ts does. Nothing in the block stands in the `Mã`, `Thực hiện` or
 * explanation columns: the readers that find the table by its ids never take a rule's row for an
 * indicator's, and nothing there looks like a clerk's entry to carry or to seal.
 */

export interface CrossCheckBlock {
  cells: PlannedCell[];
  merges: string[];
  rowHeights: { row: number; height: number }[];
  conditionalFormats: PlannedConditionalFormat[];
  /** Each rule's row, in template order. */
  rows: { ruleId: string; row: number }[];
  lastRow: number;
}

export interface CrossCheckContext {
  /** The row of each indicator in the table. */
  rowOf: ReadonlyMap<string, number>;
  texts: SheetTexts;
  lang: Lang;
  font: string;
  /** The period drop-down, absolute (`$G$7`), and its labels. */
  period: string;
  periodLabels: Record<Period, string>;
}

const SIGN: Record<RuleOp, string> = { '==': '=', '<=': '≤', '>=': '≥', '<': '<', '>': '>' };
const SIDE_FORMAT = '#,##0.00';

/** The block starting at `firstRow`; null for a template without rules. */
export function crossCheckBlock(
  template: Template,
  firstRow: number,
  context: CrossCheckContext,
): CrossCheckBlock | null {
  const rules = template.rules ?? [];
  if (rules.length === 0) return null;
  const words = catalogFor(context.lang).rules.sheet;
  const { texts } = context;
  const font = (bold = false, italic = false): CellStyle['font'] => ({
    name: context.font,
    size: 12,
    bold,
    italic,
  });
  const cells: PlannedCell[] = [];
  const text = (address: string, value: string, style: CellStyle) =>
    cells.push({ address, content: { kind: 'text', text: value }, style });

  text(`A${firstRow}`, words.title, { font: font(true), horizontal: 'left', vertical: 'middle' });
  const headerRow = firstRow + 1;
  const header: CellStyle = {
    font: font(true),
    fill: '#DDEBF7',
    border: 'thin',
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
  };
  const headers: [string, string][] = [
    [COLUMNS.index, ''],
    [COLUMNS.name, words.headers.rule],
    [COLUMNS.baseline, words.headers.left],
    [COLUMNS.target, words.headers.op],
    [COLUMNS.percent, words.headers.right],
    [COLUMNS.verdict, words.headers.result],
  ];
  for (const [column, value] of headers) text(`${column}${headerRow}`, value, header);

  const body: CellStyle = { font: font(), border: 'thin', vertical: 'middle' };
  const rows: CrossCheckBlock['rows'] = [];
  const rowHeights: CrossCheckBlock['rowHeights'] = [{ row: headerRow, height: 20 }];
  let row = headerRow;
  rules.forEach((rule, index) => {
    const sides = parsedSides(rule);
    // A template that did not pass the loader (one built in code) may name ids it lacks: the
    // loader refuses such rules, and the block leaves them out rather than guess a cell.
    const known = (side: Expression) => referencesOf(side).every((ref) => context.rowOf.has(ref.id));
    if (!sides || !known(sides.left) || !known(sides.right)) return;
    row++;
    rows.push({ ruleId: rule.id, row });
    const formulas = ruleFormulas(rule, sides, row, template, context);
    const message = rule.message[context.lang];
    cells.push({
      address: `${COLUMNS.index}${row}`,
      content: { kind: 'number', value: index + 1 },
      style: { ...body, horizontal: 'center' },
    });
    text(`${COLUMNS.name}${row}`, message, { ...body, wrap: true });
    const side = { ...body, horizontal: 'right', numberFormat: SIDE_FORMAT } as const;
    cells.push({ address: `${COLUMNS.baseline}${row}`, content: formulas.left, style: side });
    const tolerance = rule.tolerance > 0 ? ` ±${formatNumber(rule.tolerance, context.lang)}` : '';
    text(`${COLUMNS.target}${row}`, `${SIGN[rule.op]}${tolerance}`, { ...body, horizontal: 'center' });
    cells.push({ address: `${COLUMNS.percent}${row}`, content: formulas.right, style: side });
    cells.push({
      address: `${COLUMNS.verdict}${row}`,
      content: formulas.result,
      style: { ...body, horizontal: 'center', font: font(true) },
    });
    rowHeights.push({ row, height: Math.max(1, Math.ceil(message.length / 45)) * 16 + 4 });
  });

  const range = `${COLUMNS.verdict}${headerRow + 1}:${COLUMNS.verdict}${row}`;
  const at = `$${COLUMNS.verdict}${headerRow + 1}`;
  const colour = (shown: Shown) => {
    const { fill, fontColor } = STATUS_STYLE[shown]!;
    return { fill, fontColor };
  };
  const conditionalFormats: PlannedConditionalFormat[] = [
    { range, formula: `=${at}=${quote(words.disagrees)}`, ...colour('missed') },
    { range, formula: `=${at}=${quote(words.agrees)}`, ...colour('met') },
    { range, formula: `=${at}=${quote(texts.needsCheck)}`, ...colour('needs-check') },
  ];
  return {
    cells,
    merges: [`A${firstRow}:${LAST_COLUMN}${firstRow}`],
    rowHeights,
    conditionalFormats,
    rows,
    lastRow: row,
  };
}

interface RuleFormulas {
  left: PlannedCell['content'];
  right: PlannedCell['content'];
  result: PlannedCell['content'];
}

/**
 * Both sides show only when every figure they read is a valid number (the row's `Đánh giá` is not
 * "Không hợp lệ"), else stay blank, as the core skips the rule. A figure typed as text or an error
 * makes the result "Cần kiểm tra": the core reads text the sheet cannot. So does a division by zero.
 */
function ruleFormulas(
  rule: Rule,
  sides: Record<'left' | 'right', Expression>,
  row: number,
  template: Template,
  context: CrossCheckContext,
): RuleFormulas {
  const indicators = new Map(template.indicators.map((indicator) => [indicator.id, indicator]));
  const words = catalogFor(context.lang).rules.sheet;
  const { texts } = context;
  const references = [...referencesOf(sides.left), ...referencesOf(sides.right)];
  const inputs = references
    .filter((reference) => !reference.baseline)
    .map((reference) => reference.id)
    .filter((id, i, ids) => ids.indexOf(id) === i)
    .map((id) => context.rowOf.get(id))
    .filter((r): r is number => r !== undefined);
  // Last year's figures the clerk enters (no baseline in the template): read like the figures,
  // valid within the same bounds as the figure cell (the core examines them as figures).
  const entered = references
    .filter((reference) => reference.baseline && enteredBaseline(indicators.get(reference.id)))
    .map((reference) => reference.id)
    .filter((id, i, ids) => ids.indexOf(id) === i)
    .flatMap((id) => {
      const r = context.rowOf.get(id);
      return r === undefined ? [] : [{ indicator: indicators.get(id)!, cell: `${COLUMNS.baseline}${r}` }];
    });
  const usable = [
    ...inputs.map(
      (r) =>
        `AND(ISNUMBER(${COLUMNS.value}${r}),${COLUMNS.verdict}${r}<>${quote(texts.statusWords.invalid)})`,
    ),
    ...entered.map(({ indicator, cell }) => {
      const invalid = invalidConditions(indicator, cell);
      // IF, not AND: Excel's AND evaluates every argument, and `" "<0` is #VALUE!.
      return invalid.length === 0
        ? `ISNUMBER(${cell})`
        : ifThen(`ISNUMBER(${cell})`, `NOT(${any(invalid)})`, 'FALSE()');
    }),
  ];
  const unreadable = [...inputs.map((r) => `${COLUMNS.value}${r}`), ...entered.map(({ cell }) => cell)].map(
    (v) => ifThen(`ISTEXT(${v})`, `TRIM(${v})<>""`, `ISERROR(${v})`),
  );
  // The same mid-year rule as the core: such a rule stays blank at 6 and 9 months.
  const midYear = mixesPartialYear(rule, template.indicators)
    ? (['6-thang', '9-thang'] as const).map((p) => `${context.period}=${quote(context.periodLabels[p])}`)
    : [];
  const conditions = [...(midYear.length > 0 ? [`NOT(OR(${midYear.join(',')}))`] : []), ...usable];
  const ready =
    conditions.length === 0
      ? 'TRUE'
      : conditions.length === 1
        ? conditions[0]
        : `AND(${conditions.join(',')})`;
  const compile = (expression: Expression) => excelExpression(expression, indicators, context.rowOf);
  const side = (expression: Expression) => `=${ifThen(ready, `IFERROR(${compile(expression)},"")`, '""')}`;

  const l = `${COLUMNS.baseline}${row}`;
  const r = `${COLUMNS.percent}${row}`;
  const verdict = ifThen(
    holds(rule.op, `ROUND(${l}-${r},${RULE_DECIMALS})`, num(rule.tolerance)),
    quote(words.agrees),
    quote(words.disagrees),
  );
  const computed = ifThen(`OR(${l}="",${r}="")`, quote(texts.needsCheck), verdict);
  const judged = ifThen(ready, computed, '""');
  const checked = unreadable.length === 0 ? judged : ifThen(any(unreadable), quote(texts.needsCheck), judged);
  const result = midYear.length > 0 ? ifThen(`OR(${midYear.join(',')})`, '""', checked) : checked;
  return {
    left: { kind: 'formula', formula: side(sides.left) },
    right: { kind: 'formula', formula: side(sides.right) },
    result: { kind: 'formula', formula: `=${result}` },
  };
}

const enteredBaseline = (indicator: Indicator | undefined): indicator is Indicator =>
  indicator !== undefined && baselineEntered(indicator);

/** The same comparison as check-rules.ts's ruleHolds, on the rounded difference `d`. */
function holds(op: RuleOp, d: string, tolerance: string): string {
  switch (op) {
    case '==':
      return `ABS(${d})<=${tolerance}`;
    case '<=':
      return `${d}<=${tolerance}`;
    case '>=':
      return `${d}>=-${tolerance}`;
    case '<':
      return `${d}<${tolerance}`;
    case '>':
      return `${d}>-${tolerance}`;
  }
}

/**
 * A rule's side as an en-US formula: percent figures ×100 (percent units), the template's
 * baselines as constants, a baseline the clerk enters as its `Thực hiện <năm trước>` cell.
 */
function excelExpression(
  expression: Expression,
  indicators: ReadonlyMap<string, Indicator>,
  rowOf: ReadonlyMap<string, number>,
): string {
  const recurse = (e: Expression) => excelExpression(e, indicators, rowOf);
  switch (expression.kind) {
    case 'number':
      return num(expression.value);
    case 'ref': {
      const indicator = indicators.get(expression.id)!;
      if (expression.baseline && !baselineEntered(indicator)) return `(${num(indicator.baseline as number)})`;
      const column = expression.baseline ? COLUMNS.baseline : COLUMNS.value;
      const cell = `${column}${rowOf.get(expression.id)}`;
      return indicator.type === 'percent' ? `(${cell}*100)` : cell;
    }
    case 'negate':
      return `(-${recurse(expression.operand)})`;
    case 'binary':
      return `(${recurse(expression.left)}${expression.op}${recurse(expression.right)})`;
  }
}
