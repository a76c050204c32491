import type { Lang } from '../core/i18n/localized';
import { reportEn } from '../core/i18n/report.en';
import { reportVi, type ReportText } from '../core/i18n/report.vi';

/** The words of the report, seal and batch commands in the language the clerk chose. */
export function reportText(lang: Lang): ReportText {
  return lang === 'en' ? reportEn : reportVi;
}
