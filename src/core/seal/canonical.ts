import type { EnteredFigure, RawValue } from '../check/types';
import type { Indicator, Period, Template } from '../template/types';

/**
 * Text that two readers of the same workbook agree on, whatever the adapter: keys sorted, dates
 * as Excel serial numbers (Office.js gives numbers where ExcelJS gives Dates) and an absent number
 * format written as `General` (ExcelJS leaves it out where Office.js says `General`).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, each]) => each !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, each]) => [key, sortKeys(each)]));
  }
  return value;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function canonicalRaw(raw: RawValue | undefined): unknown {
  if (raw === undefined || raw === null || raw === '') return null;
  if (raw instanceof Date) return (raw.getTime() - EXCEL_EPOCH) / DAY;
  return raw;
}

function canonicalFormat(format: string | undefined): string {
  return format === undefined || format === '' ? 'General' : format;
}

/** One row as it counts for the seal: the address is left out, so sorting rows is no change. */
function canonicalFigure(figure: EnteredFigure) {
  return {
    raw: canonicalRaw(figure.raw),
    numberFormat: canonicalFormat(figure.numberFormat),
    formula: figure.formula ?? null,
    target: canonicalRaw(figure.targetInSheet),
    targetNumberFormat: canonicalFormat(figure.targetNumberFormat),
    explanation: figure.explanation?.trim() ?? '',
    // Last year's figure the clerk entered; left out when none, so seals made before it still hold.
    ...(figure.baseline && canonicalRaw(figure.baseline.raw) !== null
      ? {
          baseline: canonicalRaw(figure.baseline.raw),
          baselineNumberFormat: canonicalFormat(figure.baseline.numberFormat),
        }
      : {}),
  };
}

export function indicatorText(indicator: Indicator, figures: readonly EnteredFigure[]): string {
  return canonicalJson({
    indicator,
    figures: figures.filter((f) => f.indicatorId === indicator.id).map(canonicalFigure),
  });
}

export function workbookText(template: Template, figures: readonly EnteredFigure[], period: Period): string {
  return canonicalJson({
    template,
    period,
    figures: figures.map((figure) => ({ id: figure.indicatorId, ...canonicalFigure(figure) })),
  });
}
