// The only place where the task pane and the ribbon command touch Office.js: readiness, the
// display language, and the Excel adapter bound to Excel.run.
import { createExcelAdapter, type ExcelAdapterDeps } from '../adapters/excel';
import type { AuthoringContent } from '../core/authoring';
import { languageFromTag, type Lang } from '../core/i18n/localized';
import { BUILT_IN_TEMPLATES } from '../templates';
import type { AuthoringSource, ExcelActions, SealView } from './actions';
import { downloadFile } from './save-file';

/** Vietnamese unless Office shows English; outside Office, the browser's language decides. */
export function displayLang(): Lang {
  const office = typeof Office === 'undefined' ? undefined : Office.context?.displayLanguage;
  return languageFromTag(office ?? navigator.language);
}

export function isExcel(info: { host: Office.HostType | null }): boolean {
  return info.host === Office.HostType.Excel;
}

export function createExcelActions(lang: Lang): ExcelActions {
  return actionsOver(
    {
      run: (batch) => Excel.run((context) => batch(context)),
      isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
      canSaveFiles: hostSavesFiles(Office.context.platform),
    },
    lang,
  );
}

/**
 * Excel for Mac and iPad host the pane in WKWebView, which does not save a download; Excel on the
 * web and on Windows (WebView2, EdgeHTML) do.
 */
export function hostSavesFiles(platform: Office.PlatformType | undefined): boolean {
  return platform !== Office.PlatformType.Mac && platform !== Office.PlatformType.iOS;
}

/**
 * The authoring sheet's content, as `draft` makes it on the command line; null when the text has
 * no target. Drafting and the authoring plan are loaded on demand, outside the pane's first load.
 */
async function authoringContent(
  source: AuthoringSource,
  lang: Lang,
  now: Date,
): Promise<AuthoringContent | null> {
  const { contentOf, emptyContent } = await import(/* webpackChunkName: "authoring" */ '../core/authoring');
  if (source.kind === 'empty') return emptyContent();
  if (source.kind === 'template') return contentOf(source.template);
  const { draftTemplate } = await import(/* webpackChunkName: "draft" */ '../core/draft');
  const drafted = draftTemplate(source.text, { lang, fallbackYear: now.getFullYear() + 1 });
  return drafted.ok ? contentOf(drafted.template) : null;
}

/** The pane's actions over any Excel: Office.js above, the in-memory workbook in the browser preview. */
export function actionsOver(deps: ExcelAdapterDeps & { canSaveFiles?: boolean }, lang: Lang): ExcelActions {
  const adapter = createExcelAdapter(deps);
  // The shipped templates help find a sheet whose workbook lost its stored template sheet; a
  // damaged stored template is refused by the adapter, never replaced by a shipped one.
  const known = Object.values(BUILT_IN_TEMPLATES);
  // The seal status comes with the check's own read of the workbook: no second round of reads.
  let sealStatus: SealView | null = null;
  return {
    insertSheet: (template, choice) => adapter.insertSheet(template, { lang }, choice),
    check: async () => {
      const outcome = await adapter.checkAndMark(known);
      sealStatus = outcome.seal;
      return outcome.report;
    },
    insertAuthoringSheet: async (source) => {
      const content = await authoringContent(source, lang, deps.now?.() ?? new Date());
      if (!content) return { ok: false, reason: 'no-targets' };
      const { buildAuthoringPlan } = await import(/* webpackChunkName: "authoring" */ '../core/authoring');
      const { sheetName, notes } = await adapter.insertAuthoringSheet(buildAuthoringPlan(content, lang));
      return { ok: true, sheetName, count: content.rows.length, notes };
    },
    readAuthoringSheet: () => adapter.readAuthoringSheet(),
    prepareNextYear: (choice) => adapter.insertNextYearSheet(known, lang, choice),
    goToCell: (address) => adapter.goToCell(address),
    convertTextFigures: (figures) => adapter.convertTextFigures(figures),
    makeReport: (details) => adapter.makeReport(known, lang, details),
    wordReport: async (details) => {
      const outcome = await adapter.resultsReport(known, lang, details);
      if (!outcome.ok) return outcome;
      // Loaded on demand: the Word writer is as large as the rest of the pane together.
      const { reportDocxBytes } = await import(/* webpackChunkName: "word-report" */ '../adapters/docx');
      return {
        ok: true,
        fileName: `bao-cao-${outcome.year}.docx`,
        bytes: await reportDocxBytes(outcome.report),
      };
    },
    canSaveFiles: deps.canSaveFiles ?? true,
    saveFile: downloadFile,
    seal: () => adapter.seal(known),
    sealStatus: () => sealStatus,
  };
}
