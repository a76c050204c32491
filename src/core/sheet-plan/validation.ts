import { formatNumber } from '../numbers/format';
import type { Lang } from '../i18n/localized';
import type { SheetTexts } from '../i18n/vi/sheet';
import { clean } from '../numbers/round';
import { effectiveBounds } from '../template/bounds';
import type { Indicator } from '../template/types';
import { targetNumber } from '../verdict/target';
import type { PlannedValidation, ValidationRule } from './types';

// Excel refuses longer texts in a data validation (and Office.js throws on them).
const TITLE_LIMIT = 32;
const PROMPT_LIMIT = 255;
const ERROR_LIMIT = 225;
/** Excel's limit for a list written inline (`"a,b,c"`) in a validation rule. */
export const INLINE_LIST_LIMIT = 255;

/**
 * Whether a list can be written inline in the rule: within Excel's 255 characters, and with no
 * item holding a comma (the separator) or a double quote (which the inline form cannot escape).
 */
export function fitsInline(items: readonly string[]): boolean {
  // The limit counts the quotes around the list as well.
  return items.join(',').length + 2 <= INLINE_LIST_LIMIT && items.every((item) => !/[,"]/.test(item));
}

/** Builds a message around a name, shortening the name until the message fits Excel's limit. */
function fit(build: (name: string) => string, name: string, limit: number): string {
  let shown = name;
  let message = build(shown);
  while (message.length > limit && shown.length > 1) {
    shown = `${shown.slice(0, Math.max(1, shown.length - (message.length - limit) - 1)).trimEnd()}…`;
    message = build(shown);
  }
  return message.slice(0, limit);
}

const title = (text: string) => text.slice(0, TITLE_LIMIT);

function numberRule(indicator: Indicator): ValidationRule {
  const { min, max } = effectiveBounds(indicator);
  const toCell = (bound: number | undefined) =>
    bound === undefined || indicator.type !== 'percent' ? bound : clean(bound / 100);
  const whole = indicator.type === 'integer';
  const rule: { kind: 'whole' | 'decimal'; min?: number; max?: number } = {
    kind: whole ? 'whole' : 'decimal',
  };
  const low = toCell(min);
  const high = toCell(max);
  if (low !== undefined) rule.min = whole ? Math.ceil(low) : low;
  if (high !== undefined) rule.max = whole ? Math.floor(high) : high;
  return rule;
}

/**
 * The validation of one indicator's input cell. `listSource` is where the levels stand in the
 * sheet when they cannot be written inline (see fitsInline).
 */
export function inputValidation(
  indicator: Indicator,
  address: string,
  texts: SheetTexts,
  lang: Lang,
  listSource?: string,
): PlannedValidation {
  const { prompt, error } = texts;
  if (indicator.type === 'rating' || indicator.type === 'yesno') {
    const items = indicator.type === 'yesno' ? ['Có', 'Không'] : (indicator.scale ?? []);
    const rule: ValidationRule = listSource
      ? { kind: 'list', items, source: listSource }
      : { kind: 'list', items };
    return {
      address,
      rule,
      prompt: {
        title: title(indicator.type === 'yesno' ? prompt.yesNoTitle : prompt.ratingTitle),
        message: indicator.type === 'yesno' ? prompt.yesNo : prompt.rating,
      },
      error: { title: title(error.title), message: fit(error.choice, indicator.name, ERROR_LIMIT) },
    };
  }

  const { min, max } = effectiveBounds(indicator);
  const percent = indicator.type === 'percent';
  const show = (n: number | undefined) =>
    n === undefined ? undefined : `${formatNumber(n, lang, indicator.decimals)}${percent ? '%' : ''}`;
  const bounds = texts.bounds(show(min), show(max));
  const example = formatNumber(targetNumber(indicator) ?? 0, lang, indicator.decimals);
  const unit = indicator.unit;
  const kind = indicator.type as 'number' | 'integer' | 'percent';
  const promptMessage = {
    number: () => prompt.number(example, unit),
    integer: () => prompt.integer(example, unit),
    percent: () => prompt.percent(example),
  }[kind]();
  const promptTitle = {
    number: prompt.numberTitle,
    integer: prompt.integerTitle,
    percent: prompt.percentTitle,
  }[kind];
  return {
    address,
    rule: numberRule(indicator),
    prompt: { title: title(promptTitle), message: promptMessage.slice(0, PROMPT_LIMIT) },
    error: {
      title: title(error.title),
      message: fit((name) => error[kind](name, bounds), indicator.name, ERROR_LIMIT),
    },
  };
}
