import { slugOf, uniqueId } from '../authoring/slug';
import { authoringCatalogFor, type AuthoringCatalog } from '../i18n/authoring-catalog';
import type { RuleInput } from '../rules/schema';
import type { TemplateInput } from '../template/types';

type IndicatorInput = TemplateInput['indicators'][number];

/**
 * Figures the resolution's wording ties together, by the index of their drafted rows: a total and
 * its parts (`772 ha, trong đó: lúa 507 ha, cây màu 265 ha`), or the parts of a structure
 * (`Cơ cấu kinh tế: nông nghiệp 41,8%; …`).
 */
export type Tie =
  { kind: 'parts'; total: number; parts: number[] } | { kind: 'structure'; whole: string; parts: number[] };

const MAX_MESSAGE = 500;
/** A structure's shares as written may miss 100 by rounding, no more. */
const ROUNDING = 0.5;

const valueOf = (indicator: IndicatorInput): number | undefined =>
  indicator.target.op !== 'between' && typeof indicator.target.value === 'number'
    ? indicator.target.value
    : undefined;
const numeric = (indicator: IndicatorInput) => ['number', 'integer', 'percent'].includes(indicator.type);
const sumOf = (parts: IndicatorInput[]) => parts.map((part) => `#{${part.id}}`).join(' + ');
const lower = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);

function listed(names: string[], and: string): string {
  const text =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}` : names[0];
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function both(build: (t: AuthoringCatalog['draft']) => string) {
  return {
    vi: build(authoringCatalogFor('vi').draft).slice(0, MAX_MESSAGE),
    en: build(authoringCatalogFor('en').draft).slice(0, MAX_MESSAGE),
  };
}

/**
 * Proposes the rules the wording implies (docs/design.md, "Drafting"): parts that add up to their
 * total (a warning; `≤` when the resolution names only some parts), and the shares of a structure
 * that add up to 100 (tolerance 0,1), only when the resolution's own figures do. Each message says
 * it was drafted and is to be checked. `byRow` holds the drafted indicators, undefined for a row
 * left out.
 */
export function proposeRules(
  ties: readonly Tie[],
  byRow: readonly (IndicatorInput | undefined)[],
): RuleInput[] {
  const rules: RuleInput[] = [];
  const taken = new Set<string>();
  for (const tie of ties) {
    const parts = tie.parts.map((row) => byRow[row]);
    if (parts.length === 0 || parts.some((part) => !part || !numeric(part) || valueOf(part) === undefined))
      continue;
    const known = parts as IndicatorInput[];
    const sum = known.reduce((total, part) => total + valueOf(part)!, 0);
    if (tie.kind === 'parts') {
      const total = byRow[tie.total];
      const whole = total && valueOf(total);
      if (!total || whole === undefined || !numeric(total) || known.some((part) => part.unit !== total.unit))
        continue;
      const equal = Math.abs(sum - whole) < 1e-6;
      if (!equal && sum > whole) continue;
      const names = known.map((part) => lower(part.name));
      rules.push({
        id: uniqueId(slugOf(`${total.id} trong do`), taken),
        left: sumOf(known),
        op: equal ? '==' : '<=',
        right: `#{${total.id}}`,
        tolerance: 0,
        severity: 'warning',
        message: both((t) => t.ruleParts(listed(names, t.and), lower(total.name), equal)),
      });
    } else {
      if (known.length < 2 || known.some((part) => part.type !== 'percent') || Math.abs(sum - 100) > ROUNDING)
        continue;
      rules.push({
        id: uniqueId(slugOf(tie.whole) || 'co-cau', taken),
        left: sumOf(known),
        op: '==',
        right: '100',
        tolerance: 0.1,
        severity: 'error',
        message: both((t) => t.ruleStructure(tie.whole)),
      });
    }
  }
  return rules;
}
