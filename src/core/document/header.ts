import { catalogFor } from '../i18n/catalog';
import type { Lang } from '../i18n/localized';
import type { DocumentWording } from '../i18n/vi/document';
import type { Template } from '../template/types';
import type { DocumentHeader, ReportDetails } from './types';

// The document header (Hướng dẫn 36-HD/VPTW), shared by the standard sheet and the results
// report: apart from the report, so that the task pane's first load holds no report code.

export function wordingFor(lang: Lang): DocumentWording {
  return catalogFor(lang).document;
}

/**
 * A party committee's report is issued by the committee ("Đảng ủy xã …"), not by the whole
 * party organisation ("Đảng bộ xã …", the form of congress documents): older templates name the
 * organisation, so the header and the body name its committee.
 */
export function issuingBody(issuer: string): string {
  return issuer.replace(/^\s*Đảng bộ\s+/iu, 'Đảng ủy ');
}

/** `2023-12-20` as day, month and year; null for anything that is not a real date. */
export function parseReportDate(
  text: string | undefined,
): { day: number; month: number; year: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { day, month, year } : null;
}

/** `12` becomes `12`; `12-BC/ĐU` keeps its own symbol's number part. */
function reportNumber(number: string | undefined): string | undefined {
  const trimmed = number?.trim();
  if (!trimmed) return undefined;
  return trimmed.replace(/-BC\/ĐU$/iu, '');
}

export function documentHeader(template: Template, details: ReportDetails, lang: Lang): DocumentHeader {
  const w = wordingFor(lang);
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  return {
    superior: template.superior ? upper(template.superior) : w.dottedLine,
    issuer: upper(issuingBody(template.issuer)),
    star: w.star,
    number: w.number(reportNumber(details.number)),
    party: w.party,
    placeDate: w.placeDate(template.place, w.date(parseReportDate(details.date))),
  };
}
