import type { Finding } from '../check/types';
import { catalogFor } from '../i18n/catalog';
import { localize, type Localized } from '../i18n/localized';
import type { ReaderText } from '../i18n/vi/reader';
import { PERIOD_FALLBACK, periodFromLabel } from '../sheet-plan/period-label';
import type { SheetLayout } from '../sheet-plan/types';
import { PERIODS, type Period } from '../template/types';
import { cellAddress, cellText, type GridSheet } from './grid';
import { periodCellOf } from './locate';

/** The reader's message `key` in both languages. */
function message<K extends keyof ReaderText>(key: K, params: Parameters<ReaderText[K]>[0]): Localized {
  const text = (lang: 'vi' | 'en') => catalogFor(lang).reader[key] as (p: never) => string;
  return localize({ vi: text('vi'), en: text('en') }, params as never);
}

/**
 * The period the sheet's own formulas see in the period cell (docs/design.md, "Through the
 * year"); when it holds no period label, the formulas' fallback and a warning asking the clerk to
 * choose one from the list.
 */
export function readPeriod(
  sheet: GridSheet,
  headerRow: number,
  layout: SheetLayout,
): { period: Period; findings: Finding[] } {
  const place = periodCellOf(headerRow, layout);
  if (!place) return { period: PERIOD_FALLBACK, findings: [] };
  // The raw content, untrimmed: the sheet's formulas compare it as it is.
  const period = periodFromLabel(sheet.cell(place.row, place.column)?.raw ?? null, layout.periodLabels);
  if (period) return { period, findings: [] };
  const cell = cellAddress(sheet.name, place.row, place.column);
  const text = cellText(sheet, place.row, place.column);
  const label = layout.periodLabels[PERIOD_FALLBACK];
  const choices = PERIODS.map((each) => layout.periodLabels[each]);
  const finding: Finding = text
    ? {
        code: 'period-unknown',
        severity: 'warning',
        cell,
        message: message('period-unknown', { cell, text: text.slice(0, 80), label, choices }),
      }
    : { code: 'period-empty', severity: 'warning', cell, message: message('period-empty', { cell, label }) };
  return { period: PERIOD_FALLBACK, findings: [finding] };
}
