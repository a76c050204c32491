import type { AuthoringPlan } from '../../core/authoring';
import { checkFigures } from '../../core/check';
import { locateTable, readStandardSheet, withReaderFindings, yearWords } from '../../core/read';
import type { CheckReport, Finding } from '../../core/check/types';
import type { Lang } from '../../core/i18n/localized';
import type { ReportDetails, ResultsReport } from '../../core/document';
import type { Hasher } from '../../core/seal';
import type { SheetPlanOptions } from '../../core/sheet-plan/types';
import type { Template } from '../../core/template/types';
import { parseRange, splitSheet } from './a1';
import type { Capabilities } from './apply-plan';
import type {
  AuthoringInsertResult,
  AuthoringSheetReading,
  NextYearChoice,
  NextYearResult,
} from './authoring-sheet';
import { convertTextFiguresIn, type ConversionResult, type TextFigure } from './convert-text-figures';
import { asActionError, excelErrorCode, ExcelActionError } from './errors';
import type { ExcelRun, IsSetSupported, NarrowContext } from './excel-api';
import { insertSheetIn, type ExistingSheetChoice, type InsertResult } from './insert-sheet';
import { idsWithInputErrors, queueMarks, reportSheet, type MarkResult } from './mark-findings';
import { message } from './messages';
import { writeUnlocked } from './protection';
import { chooseStandardSheet, readWorkbook, type SheetReading } from './read-snapshot';
import { readTables } from './read-tables';
import type { ReportResult } from './report-sheet';
import { sealIn, sealViewOf, webSha256, type SealResult, type SealView } from './seal';
import { gridSheetOf, readSheet } from './sheet-grid';

export type ResultsReportOutcome =
  { ok: true; report: ResultsReport; year: number } | { ok: false; reasons: Finding[] };

export interface ExcelAdapterDeps {
  /** `Excel.run` in the add-in; the fake's run in tests and the preview. */
  run: ExcelRun;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported: IsSetSupported;
  /** SHA-256 for the seal; Web Crypto unless given. */
  hash?: Hasher;
  /** The clock for the seal and the report's date; the system's unless given. */
  now?: () => Date;
}

export interface CheckOutcome {
  reading: SheetReading;
  /** The core's report, with what the reader noticed (period cell, repeated rows) among its warnings. */
  report: CheckReport;
  marks: MarkResult;
  /** Whether the figures were sealed and what changed since. */
  seal: SealView;
}

/**
 * Every user action on the open workbook, each one `Excel.run` with a constant number of syncs
 * whatever the number of indicators. Failures are thrown as ExcelActionError, worded for a clerk
 * in Vietnamese and English.
 */
export function createExcelAdapter({
  run,
  isSetSupported,
  hash = webSha256,
  now = () => new Date(),
}: ExcelAdapterDeps) {
  const capabilities = (): Capabilities => ({
    dataValidation: isSetSupported('ExcelApi', '1.8'),
    pageLayout: isSetSupported('ExcelApi', '1.9'),
  });

  async function act<T>(batch: (context: NarrowContext) => Promise<T>): Promise<T> {
    if (!isSetSupported('ExcelApi', '1.7')) throw new ExcelActionError('api-too-old', message('api-too-old'));
    try {
      return await run(batch);
    } catch (error) {
      throw asActionError(error);
    }
  }

  async function markIn(context: NarrowContext, report: CheckReport): Promise<MarkResult> {
    const sheetName = reportSheet(report);
    if (!sheetName) return { sheetName: '', marked: [] };
    const gone = () => new ExcelActionError('sheet-gone', message('sheet-gone', { sheet: sheetName }));
    const grid = await readSheet(context, sheetName).catch((error: unknown) => {
      throw excelErrorCode(error) === 'ItemNotFound' ? gone() : error;
    });
    // The report carries no template: its year's two headers (any period) find the input cells.
    const table = locateTable(
      gridSheetOf(sheetName, [grid]),
      yearWords(report.year),
      new Set(report.results.map((r) => r.indicator.id)),
    );
    if (!table) throw gone();
    const errorIds = idsWithInputErrors(report);
    const marked = await writeUnlocked(context, [{ sheetName, wasProtected: grid.protected }], ([sheet]) =>
      queueMarks(sheet, table, errorIds),
    );
    return { sheetName, marked };
  }

  return {
    /** Inserts the template's standard sheet; `needs-choice` when one is already there and no choice was given. */
    insertSheet(
      template: Template,
      options: SheetPlanOptions = {},
      choice?: ExistingSheetChoice,
    ): Promise<InsertResult> {
      return act((context) => insertSheetIn(context, template, options, choice, capabilities()));
    },

    /** Adds the authoring sheet as a new sheet (`(2)` beside a clerk's own of that name). Two syncs. */
    insertAuthoringSheet(plan: AuthoringPlan): Promise<AuthoringInsertResult> {
      // Loaded on demand: the authoring sheet's reader is not part of the pane's first load.
      return act(async (context) => {
        const { insertAuthoringSheetIn } = await import(
          /* webpackChunkName: "authoring" */ './authoring-sheet'
        );
        return insertAuthoringSheetIn(context, plan, capabilities());
      });
    },

    /**
     * Next year's authoring sheet from the standard sheet's checked figures; refused with the
     * findings while there are errors, `needs-choice` when the name is taken and no choice given.
     */
    insertNextYearSheet(
      templates: readonly Template[] = [],
      lang: Lang = 'vi',
      choice?: NextYearChoice,
    ): Promise<NextYearResult> {
      return act(async (context) => {
        const { insertNextYearSheetIn } = await import(
          /* webpackChunkName: "authoring" */ './authoring-sheet'
        );
        return insertNextYearSheetIn(context, templates, lang, choice, capabilities());
      });
    },

    /** Reads the authoring sheet to a template or its findings. Two syncs, no change. */
    readAuthoringSheet(): Promise<AuthoringSheetReading> {
      return act(async (context) => {
        const { readAuthoringSheetIn } = await import(
          /* webpackChunkName: "authoring" */ './authoring-sheet'
        );
        return readAuthoringSheetIn(context);
      });
    },

    /** The name of a sheet already made from this template, or null. Three syncs, no change. */
    findSheet(template: Template): Promise<string | null> {
      return act(async (context) => {
        const reading = await readTables(context, [template]);
        return reading.standard.find((found) => found.template.id === template.id)?.sheet.name ?? null;
      });
    },

    /** One snapshot of the figures of the standard sheet (the active one if it is one). Three syncs. */
    readSnapshot(templates: readonly Template[] = []): Promise<SheetReading> {
      return act(async (context) =>
        readStandardSheet(chooseStandardSheet(await readTables(context, templates), templates)),
      );
    },

    /** Read, check and mark in one batch: four syncs. */
    checkAndMark(templates: readonly Template[] = []): Promise<CheckOutcome> {
      return act(async (context) => {
        const workbook = await readTables(context, templates);
        const found = chooseStandardSheet(workbook, templates);
        const reading = readStandardSheet(found);
        const checked = checkFigures(reading.template, reading.snapshot);
        const sheetName = found.sheet.name;
        let marked: string[] = [];
        const notes: Finding[] = [];
        try {
          marked = await writeUnlocked(context, [{ sheetName, wasProtected: found.protected }], ([sheet]) =>
            queueMarks(sheet, found.table, idsWithInputErrors(checked)),
          );
        } catch (error) {
          // A clerk's own password stops the marks, not the check: the findings still matter.
          if (!(error instanceof ExcelActionError) || error.code !== 'sheet-password') throw error;
          notes.push({
            code: 'marks-skipped',
            severity: 'warning',
            message: message('marks-skipped', { sheet: sheetName }),
          });
        }
        const report = withReaderFindings(checked, [...reading.findings, ...notes]);
        return {
          reading,
          report,
          marks: { sheetName, marked },
          seal: await sealViewOf(workbook, reading, hash),
        };
      });
    },

    /** Writes the "Báo cáo" sheet, refused with the errors while there are any. Three syncs. */
    makeReport(
      templates: readonly Template[] = [],
      lang: Lang = 'vi',
      details: ReportDetails = {},
    ): Promise<ReportResult> {
      return act(async (context) => {
        // Loaded on demand, before the first sync: the report is not part of the pane's first load.
        const { makeReportIn } = await import(/* webpackChunkName: "report" */ './report-sheet');
        const workbook = await readWorkbook(context, templates);
        const reading = readStandardSheet(chooseStandardSheet(workbook, templates));
        const report = withReaderFindings(checkFigures(reading.template, reading.snapshot), reading.findings);
        return makeReportIn(context, workbook, reading.template, report, {
          lang,
          details,
          can: { ...capabilities(), plotHidden: isSetSupported('ExcelApi', '1.8') },
        });
      });
    },

    /**
     * The results report as data, for the Word file the pane offers to save: nothing is written to
     * the workbook. Refused, with the errors as reasons, while there are any.
     */
    resultsReport(
      templates: readonly Template[] = [],
      lang: Lang = 'vi',
      details: ReportDetails = {},
    ): Promise<ResultsReportOutcome> {
      return act(async (context) => {
        const { buildResultsReport } = await import(/* webpackChunkName: "report" */ '../../core/document');
        const workbook = await readTables(context, templates);
        const reading = readStandardSheet(chooseStandardSheet(workbook, templates));
        const report = withReaderFindings(checkFigures(reading.template, reading.snapshot), reading.findings);
        const reasons = report.findings.filter((finding) => finding.severity === 'error');
        if (reasons.length > 0) return { ok: false, reasons };
        const results = buildResultsReport(reading.template, report, details, lang);
        return { ok: true, report: results, year: reading.template.year };
      });
    },

    /** Seals ("chốt") the figures, refused with the errors while there are any. Four syncs. */
    seal(templates: readonly Template[] = []): Promise<SealResult> {
      return act(async (context) => {
        const workbook = await readTables(context, templates);
        const reading = readStandardSheet(chooseStandardSheet(workbook, templates));
        const report = withReaderFindings(checkFigures(reading.template, reading.snapshot), reading.findings);
        return sealIn(context, workbook, reading, report, now(), hash);
      });
    },

    /** Red boxes on input cells with errors, cleared on the cells now right. Two syncs. */
    markFindings(report: CheckReport): Promise<MarkResult> {
      return act((context) => markIn(context, report));
    },

    /** Activates the cell's sheet and selects the cell. One sync. */
    goToCell(address: string): Promise<void> {
      return act(async (context) => {
        const { sheet: sheetName, local } = splitSheet(address);
        if (!parseRange(local))
          throw new ExcelActionError('bad-address', message('bad-address', { address }));
        const worksheets = context.workbook.worksheets;
        const sheet = sheetName ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
        sheet.activate();
        sheet.getRange(local).select();
        try {
          await context.sync();
        } catch (error) {
          if (sheetName && excelErrorCode(error) === 'ItemNotFound') {
            throw new ExcelActionError('sheet-gone', message('sheet-gone', { sheet: sheetName }), error);
          }
          throw error;
        }
      });
    },

    /** Writes the numbers of figures stored as text, asked for by the clerk. Two syncs. */
    convertTextFigures(figures: readonly TextFigure[]): Promise<ConversionResult> {
      return act((context) => convertTextFiguresIn(context, figures));
    },
  };
}

export type ExcelAdapter = ReturnType<typeof createExcelAdapter>;
