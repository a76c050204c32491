import { foldLevel } from '../template/schema';
import type { Assess, IndicatorType, Section } from '../template/types';
import type { Rule, RuleOp } from '../rules/schema';
import { ASSESS_WORDS, BETTER_WORDS, OP_WORDS, SECTION_WORDS, TYPE_WORDS, type OpKey } from './layout';
import { RULE_OP_WORDS, SEVERITY_WORDS } from './rule-layout';

/** Reads the words of the drop-down columns as clerks type them: any case, with or without diacritics. */

const fold = (text: string) =>
  foldLevel(text.normalize('NFKC'))
    .replace(/…|\.\.\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function table<K extends string>(canonical: Record<K, string>, aliases: Record<string, K>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, word] of Object.entries(canonical) as [K, string][]) map.set(fold(word), key);
  for (const [word, key] of Object.entries(aliases)) map.set(fold(word), key);
  return map;
}

const TYPES = table<IndicatorType>(TYPE_WORDS, {
  'tỷ lệ': 'percent',
  'tỉ lệ': 'percent',
  'tỉ lệ (%)': 'percent',
  '%': 'percent',
  'có không': 'yesno',
  'có / không': 'yesno',
});

const OPS = table<OpKey>(OP_WORDS, {
  '≥': '>=',
  '≤': '<=',
  '=>': '>=',
  '=<': '<=',
  'từ … trở lên': '>=',
  'từ trở lên': '>=',
  'trở lên': '>=',
  'ít nhất': '>=',
  trên: '>',
  'không quá': '<=',
  'tối đa': '<=',
  dưới: '<',
  bằng: '=',
  'từ … đến': 'between',
});

const ASSESS = table<Assess>(ASSESS_WORDS, {});
const SECTIONS = table<Section>(SECTION_WORDS, { 'chỉ tiêu': 'main' });

const BETTER = table<'higher' | 'lower'>(BETTER_WORDS, {
  'càng cao': 'higher',
  'cao hơn là tốt': 'higher',
  'càng thấp': 'lower',
  'thấp hơn là tốt': 'lower',
  higher: 'higher',
  lower: 'lower',
});

export const readType = (text: string): IndicatorType | undefined => TYPES.get(fold(text));
export const readOp = (text: string): OpKey | undefined => OPS.get(fold(text));
export const readAssess = (text: string): Assess | undefined => ASSESS.get(fold(text));
export const readBetter = (text: string): 'higher' | 'lower' | undefined => BETTER.get(fold(text));
export const readSection = (text: string): Section | undefined => SECTIONS.get(fold(text));

const RULE_OPS = table<RuleOp>(RULE_OP_WORDS, {
  '==': '==',
  '>=': '>=',
  '=>': '>=',
  '<=': '<=',
  '=<': '<=',
  bằng: '==',
  'không quá': '<=',
  'không dưới': '>=',
  'lớn hơn': '>',
  'nhỏ hơn': '<',
});
const SEVERITIES = table<Rule['severity']>(SEVERITY_WORDS, { error: 'error', warning: 'warning' });

export const readRuleOp = (text: string): RuleOp | undefined => RULE_OPS.get(fold(text));
export const readSeverity = (text: string): Rule['severity'] | undefined => SEVERITIES.get(fold(text));
