import type { Status } from '../check/types';

/** What the clerk adds to a report: its number, its date, the signer's name; each may be left for the pen. */
export interface ReportDetails {
  /** `12`, or the whole symbol `12-BC/ĐU`. */
  number?: string;
  /** The report's date, `YYYY-MM-DD`; never the machine's date. */
  date?: string;
  signerName?: string;
}

/** The header of a commune party committee's document (Hướng dẫn 36-HD/VPTW), line by line. */
export interface DocumentHeader {
  /** `ĐẢNG BỘ TỈNH NGHỆ AN`, or a dotted line to fill in by hand. */
  superior: string;
  /** `ĐẢNG ỦY XÃ HƯNG TÂN`, in bold. */
  issuer: string;
  star: string;
  /** `Số 12-BC/ĐU`. */
  number: string;
  /** `ĐẢNG CỘNG SẢN VIỆT NAM`, underlined. */
  party: string;
  /** `Hưng Tân, ngày 20 tháng 12 năm 2023`, in italics; dots where the date is not given. */
  placeDate: string;
}

export type ParagraphKind = 'basis' | 'section' | 'headline' | 'item' | 'body' | 'fill';

export interface Paragraph {
  kind: ParagraphKind;
  text: string;
}

export interface AppendixRow {
  index: number;
  name: string;
  unit: string;
  target: string;
  value: string;
  /** The estimate for the year (Ước cả năm), at 6 and 9 months only. */
  estimate?: string;
  percent: string;
  verdict: string;
  status: Status;
  /** The first row of a group carries its name; the table shows it as a heading row. */
  group?: string;
}

/**
 * A results report as the party writes it (docs/design.md, "Documents"), pure data: the workbook's
 * "Báo cáo" sheet and the Word file are two renderings of it.
 */
export interface ResultsReport {
  header: DocumentHeader;
  kind: string;
  /** The summary line (trích yếu) under the kind. */
  summaryLine: string;
  body: Paragraph[];
  signature: { onBehalf: string; title: string; name: string | null; hint: string };
  recipients: { title: string; lines: string[] };
  appendix: {
    heading: string;
    title: string;
    reference: string;
    columns: string[];
    rows: AppendixRow[];
  };
}
