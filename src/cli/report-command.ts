import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { reportDocxBytes } from '../adapters/docx';
import { injectChart, writeReportSheet } from '../adapters/xlsx';
import { checkFigures } from '../core/check';
import { buildResultsReport, type ReportDetails } from '../core/document';
import type { Lang } from '../core/i18n/localized';
import { buildReportPlan } from '../core/report-plan';
import { errorsOf, readOrExplain, refusalHeadline, refuse } from './checked-file';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIO } from './io';
import { isSameFile } from './same-file';
import { toolCatalogFor } from '../core/i18n/tool-catalog';

export interface ReportOptions {
  file: string;
  /** The workbook with the "Báo cáo" sheet; the default when no --docx is asked for. */
  out?: string;
  /** The Word report. */
  docx?: string;
  details: ReportDetails;
  force: boolean;
  lang: Lang;
}

/**
 * Writes the report on the first standard sheet of a file: a workbook with the "Báo cáo" sheet and
 * its native chart, and/or the Word report; refused, with the errors, while the figures have any.
 */
export async function reportCommand(options: ReportOptions, io: CliIO): Promise<ExitCode> {
  const { lang, file } = options;
  const text = toolCatalogFor(lang).reportCli.report;
  const reading = await readOrExplain(file, lang, io);
  if (!reading) return EXIT.failure;
  const [sheet] = reading.sheets;
  const report = checkFigures(sheet.template, sheet.snapshot);
  const errors = errorsOf(sheet, report);
  const planned = buildReportPlan(sheet.template, report, { lang, details: options.details });
  if (!planned.ok || errors.length > 0)
    return refuse(
      refusalHeadline(errors, {
        errors: (count) => text.refused({ file, count }),
        text: (cells) => text.refusedText({ file, cells }),
      }),
      errors,
      lang,
      io,
    );

  const outputs: { name: string; bytes: () => Promise<Uint8Array>; done: string }[] = [];
  const workbookOut = options.out ?? (options.docx ? undefined : `bao-cao-${sheet.template.year}.xlsx`);
  if (workbookOut) {
    const { plan } = planned;
    outputs.push({
      name: workbookOut,
      done: text.written({ file: workbookOut, sheet: plan.sheetName }),
      bytes: async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.creator = 'resolution-targets';
        writeReportSheet(workbook, plan);
        const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
        return plan.chart ? injectChart(bytes, plan.sheetName, plan.chart) : bytes;
      },
    });
  }
  if (options.docx) {
    const docx = options.docx;
    outputs.push({
      name: docx,
      done: text.writtenDocx({ file: docx }),
      bytes: () => reportDocxBytes(buildResultsReport(sheet.template, report, options.details, lang)),
    });
  }

  for (const output of outputs) {
    // Even --force must not replace the clerk's own workbook with a report.
    if (await isSameFile(path.resolve(io.cwd, output.name), path.resolve(io.cwd, file))) {
      io.stderr.write(`${text.sameAsInput({ file: output.name })}\n`);
      return EXIT.failure;
    }
  }
  for (const output of outputs) {
    try {
      await fs.writeFile(path.resolve(io.cwd, output.name), await output.bytes(), {
        flag: options.force ? 'w' : 'wx',
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      io.stderr.write(
        `${code === 'EEXIST' ? text.exists({ file: output.name }) : text.writeFailed({ file: output.name, reason: code })}\n`,
      );
      return EXIT.failure;
    }
    io.stdout.write(`${output.done}\n`);
  }
  return EXIT.ok;
}
