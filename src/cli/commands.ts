import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook, writePlan } from '../adapters/xlsx';
import { checkFigures } from '../core/check';
import type { Lang } from '../core/i18n/localized';
import { periodWord } from '../core/i18n/status-words';
import { buildSheetPlan } from '../core/sheet-plan';
import { formatProblem, loadTemplateText, MAX_TEMPLATE_BYTES } from '../core/template/load';
import type { Indicator, Period, Template } from '../core/template/types';
import { BUILT_IN_TEMPLATES, getBuiltInTemplate } from '../templates';
import { formatFailure, formatSheetReport, paint } from './format';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIO } from './io';
import type { FileReport } from '../check-json/types';
import { fileFailure, sheetReport } from '../check-json/sheet-report';
import { formatSealStatus, sealStatusOf } from './seal-command';

export interface TemplateOptions {
  template?: string;
  out?: string;
  period: Period;
  force: boolean;
  lang: Lang;
}

export async function templateCommand(options: TemplateOptions, io: CliIO): Promise<ExitCode> {
  const chosen = await chooseTemplate(options.template, options.lang, io);
  if (!chosen.ok) {
    io.stderr.write(`${chosen.lines.join('\n')}\n`);
    return EXIT.failure;
  }
  return writeStandardSheet(chosen.template, options, io);
}

/** Writes the standard sheet of a template to `--out`, never over an existing file without --force. */
export async function writeStandardSheet(
  template: Template,
  options: Omit<TemplateOptions, 'template'>,
  io: CliIO,
): Promise<ExitCode> {
  const text = toolCatalogFor(options.lang).cli;
  const out = path.resolve(io.cwd, options.out ?? `chi-tieu-${template.year}.xlsx`);
  const shown = options.out ?? path.basename(out);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolution-targets';
  await writePlan(workbook, buildSheetPlan(template, { period: options.period, lang: options.lang }));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  try {
    // `wx` refuses an existing file in the same step that creates it: no window to overwrite one.
    await fs.writeFile(out, bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.stderr.write(
      `${code === 'EEXIST' ? text.template.exists({ file: shown }) : text.template.writeFailed({ file: shown, reason: code })}\n`,
    );
    return EXIT.failure;
  }
  io.stdout.write(
    `${text.template.written({ file: shown, count: template.indicators.length, period: periodWord(options.period, options.lang) })}\n`,
  );
  return EXIT.ok;
}

type Chosen = { ok: true; template: Template } | { ok: false; lines: string[] };

/** `--template` names a JSON file or a built-in id; without it, the first built-in. */
export async function chooseTemplate(given: string | undefined, lang: Lang, io: CliIO): Promise<Chosen> {
  const text = toolCatalogFor(lang).cli;
  const ids = Object.keys(BUILT_IN_TEMPLATES);
  const builtIns = ids.join(', ');
  // A name ending in .json is always a file, even if a built-in had that id.
  const builtIn = given && /\.json$/i.test(given) ? undefined : getBuiltInTemplate(given ?? ids[0]);
  if (builtIn) return { ok: true, template: builtIn };
  if (!given) return { ok: false, lines: [text.template.unknownId({ id: '', builtIns })] };

  const file = path.resolve(io.cwd, given);
  let content: string;
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_TEMPLATE_BYTES) {
      return {
        ok: false,
        lines: [text.template.unreadableFile({ file: given, reason: `> ${MAX_TEMPLATE_BYTES} B` })],
      };
    }
    content = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, lines: [text.template.unknownId({ id: given, builtIns })] };
    return { ok: false, lines: [text.template.unreadableFile({ file: given, reason: code ?? 'EIO' })] };
  }
  const loaded = loadTemplateText(content);
  if (loaded.ok) return { ok: true, template: loaded.template };
  return {
    ok: false,
    lines: [
      text.template.badFile({ file: given, count: loaded.problems.length }),
      ...loaded.problems.map((problem) => `  - ${formatProblem(problem, lang)}`),
    ],
  };
}

export interface CheckOptions {
  files: string[];
  json: boolean;
  lang: Lang;
}

/** Checks each file in turn; a file that cannot be read never stops the others. */
export async function checkCommand(options: CheckOptions, io: CliIO): Promise<ExitCode> {
  const { lang } = options;
  const text = toolCatalogFor(lang).cli;
  const colours = paint(Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  const reports: FileReport[] = [];
  let exit: ExitCode = EXIT.ok;

  for (const file of options.files) {
    const reading = await readWorkbook(path.resolve(io.cwd, file));
    if (!reading.ok) {
      const failure = fileFailure(file, reading.problem, lang);
      reports.push(failure);
      const shown = formatFailure(failure, {
        text,
        paint: paint(Boolean(io.stderr.isTTY) && !io.env.NO_COLOR),
      });
      if (options.json) io.stderr.write(shown);
      else io.stdout.write(`${shown}\n`);
      exit = EXIT.failure;
      continue;
    }
    for (const sheet of reading.sheets) {
      const report = sheetReport(
        file,
        sheet.sheetName,
        checkFigures(sheet.template, sheet.snapshot),
        sheet.findings,
        lang,
      );
      report.seal = await sealStatusOf(reading.workbook, sheet);
      reports.push(report);
      if (report.summary.errors > 0 && exit === EXIT.ok) exit = EXIT.findings;
      if (!options.json) {
        const indicators = new Map<string, Indicator>(
          sheet.template.indicators.map((each) => [each.id, each]),
        );
        io.stdout.write(`${formatSheetReport(report, { lang, text, paint: colours, indicators })}\n`);
        io.stdout.write(`${formatSealStatus(report.seal, sheet, lang)}\n\n`);
      }
    }
  }
  if (options.json) io.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  return exit;
}
