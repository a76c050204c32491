import type { ReportDetails } from '../core/document';
import { draftTemplate } from '../core/draft';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import type { Lang } from '../core/i18n/localized';
import { periodWord } from '../core/i18n/status-words';
import { formatProblem, loadTemplateText, MAX_TEMPLATE_BYTES } from '../core/template/load';
import type { Period, Template } from '../core/template/types';
import {
  authoringBytes,
  checkFileBytes,
  download,
  DOCX_TYPE,
  reportWordBytes,
  reportXlsxBytes,
  standardSheetBytes,
  summaryBytes,
  XLSX_TYPE,
  type CheckedFile,
  type CheckedSheet,
} from './files';

/** What the page's components can do with files: given through props, so tests can watch it. */
export interface FileActions {
  /** Makes and downloads the standard sheet; resolves to the sentence saying what was made. */
  makeSheet(template: Template, period: Period, lang: Lang): Promise<string>;
  readTemplate(
    file: File,
    lang: Lang,
  ): Promise<{ ok: true; template: Template } | { ok: false; lines: string[] }>;
  /**
   * Reads the “Khai báo chỉ tiêu” sheet of a chosen .xlsx file: the template and the line saying
   * what was read, or the lines saying why not (each error naming its cell).
   */
  readAuthoring(
    file: File,
    lang: Lang,
  ): Promise<{ ok: true; template: Template; line: string } | { ok: false; lines: string[] }>;
  /** Drafts a template from a resolution's pasted text (the core's rule-based drafting). */
  draftFromText(text: string, lang: Lang): { ok: true; template: Template } | { ok: false; lines: string[] };
  checkFiles(files: File[], lang: Lang): Promise<CheckedFile[]>;
  /** Downloads the consolidated summary of the checked files; resolves to the sentence saying so. */
  downloadSummary(checked: CheckedFile[], lang: Lang): Promise<string>;
  /** Downloads the report; false when the figures still have errors. */
  downloadReport(
    sheet: CheckedSheet,
    details: ReportDetails,
    format: 'xlsx' | 'docx',
    lang: Lang,
  ): Promise<boolean>;
}

/** Reads a chosen file's bytes (FileReader: also where Blob.arrayBuffer is missing). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

export function createFileActions(): FileActions {
  return {
    async makeSheet(template, period, lang) {
      const name = `chi-tieu-${template.year}.xlsx`;
      download(await standardSheetBytes(template, period, lang), name, XLSX_TYPE);
      return toolCatalogFor(lang).app.make.made({
        file: name,
        count: template.indicators.length,
        period: periodWord(period, lang),
      });
    },
    async readTemplate(file, lang) {
      const text = toolCatalogFor(lang).app.make;
      if (file.size > MAX_TEMPLATE_BYTES)
        return { ok: false, lines: [text.unreadableJson({ file: file.name })] };
      let content: string;
      try {
        content = new TextDecoder('utf-8', { fatal: true }).decode(await readBytes(file));
      } catch {
        return { ok: false, lines: [text.unreadableJson({ file: file.name })] };
      }
      const loaded = loadTemplateText(content);
      if (loaded.ok) return loaded;
      return {
        ok: false,
        lines: [
          text.badJson({ file: file.name, count: loaded.problems.length }),
          ...loaded.problems.map((problem) => formatProblem(problem, lang)),
        ],
      };
    },
    async readAuthoring(file, lang) {
      const text = toolCatalogFor(lang).app.make;
      const read = await authoringBytes(await readBytes(file), lang);
      if (read.ok) {
        const count = read.template.indicators.length;
        return {
          ok: true,
          template: read.template,
          line: text.authoringChosen({ file: file.name, sheet: read.sheetName, count }),
        };
      }
      if (!read.findings)
        return {
          ok: false,
          lines: [text.unreadableAuthoring({ file: file.name, reason: read.reason ?? '' })],
        };
      return {
        ok: false,
        lines: [
          text.badAuthoring({ file: file.name, sheet: read.sheetName ?? '', count: read.findings.length }),
          ...read.findings.map((finding) => finding.message[lang]),
        ],
      };
    },
    draftFromText(text, lang) {
      // A text naming no year is this coming year's resolution, as the command line assumes.
      const drafted = draftTemplate(text, { lang, fallbackYear: new Date().getFullYear() + 1 });
      return drafted.ok ? drafted : { ok: false, lines: [toolCatalogFor(lang).app.make.noTargets] };
    },
    async checkFiles(files, lang) {
      const checked: CheckedFile[] = [];
      // One at a time: each workbook is let go before the next is read.
      for (const file of files) checked.push(await checkFileBytes(file.name, await readBytes(file), lang));
      return checked;
    },
    async downloadSummary(checked, lang) {
      const name = 'tong-hop.xlsx';
      download(await summaryBytes(checked, lang), name, XLSX_TYPE);
      return toolCatalogFor(lang).app.summary.made({ file: name, count: checked.length });
    },
    async downloadReport(sheet, details, format, lang) {
      const year = sheet.template.year;
      if (format === 'xlsx') {
        const bytes = await reportXlsxBytes(sheet, details, lang);
        if (bytes) download(bytes, `bao-cao-${year}.xlsx`, XLSX_TYPE);
        return bytes !== null;
      }
      const bytes = await reportWordBytes(sheet, details, lang);
      if (bytes) download(bytes, `bao-cao-${year}.docx`, DOCX_TYPE);
      return bytes !== null;
    },
  };
}
