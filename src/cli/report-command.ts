import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { injectChart } from '../adapters/xlsx/chart-inject';
import { writeReportSheet } from '../adapters/xlsx/report-sheet';
import { checkFigures } from '../core/check';
import type { Lang } from '../core/i18n/localized';
import { buildReportPlan } from '../core/report-plan';
import { errorsOf, readOrExplain, refusalHeadline, refuse } from './checked-file';
import { EXIT, type ExitCode } from './commands';
import type { CliIO } from './io';
import { isSameFile } from './same-file';
import { reportText } from './seal-command';

export interface ReportOptions {
  file: string;
  out?: string;
  force: boolean;
  lang: Lang;
  now?: Date;
}

/**
 * Writes the "Báo cáo" sheet for the first standard sheet of a file into a new workbook, with its
 * native chart; refused, with the errors, while the figures have any.
 */
export async function reportCommand(options: ReportOptions, io: CliIO): Promise<ExitCode> {
  const { lang, file } = options;
  const text = reportText(lang).report;
  const reading = await readOrExplain(file, lang, io);
  if (!reading) return EXIT.failure;
  const [sheet] = reading.sheets;
  const report = checkFigures(sheet.template, sheet.snapshot);
  const errors = errorsOf(sheet, report);
  const planned = buildReportPlan(sheet.template, report, { lang, date: options.now ?? new Date() });
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

  const { plan } = planned;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolution-targets';
  writeReportSheet(workbook, plan);
  let bytes: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  if (plan.chart) bytes = await injectChart(bytes, plan.sheetName, plan.chart);

  const shown = options.out ?? `bao-cao-${sheet.template.year}.xlsx`;
  // Even --force must not replace the clerk's own workbook with a report-only file.
  if (await isSameFile(path.resolve(io.cwd, shown), path.resolve(io.cwd, file))) {
    io.stderr.write(`${text.sameAsInput({ file: shown })}\n`);
    return EXIT.failure;
  }
  try {
    await fs.writeFile(path.resolve(io.cwd, shown), bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.stderr.write(
      `${code === 'EEXIST' ? text.exists({ file: shown }) : text.writeFailed({ file: shown, reason: code })}\n`,
    );
    return EXIT.failure;
  }
  io.stdout.write(`${text.written({ file: shown, sheet: plan.sheetName })}\n`);
  return EXIT.ok;
}
