import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { readResolutionText } from '../adapters/text';
import { readAuthoringFile, writeAuthoringPlan } from '../adapters/xlsx';
import {
  buildAuthoringPlan,
  contentOf,
  nextYearFromReport,
  readAuthoringSheet,
  type AuthoringContent,
} from '../core/authoring';
import { checkFigures } from '../core/check';
import { draftTemplate } from '../core/draft';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import type { Lang } from '../core/i18n/localized';
import type { Period, Template } from '../core/template/types';
import { errorsOf, readOrExplain, refuse } from './checked-file';
import { chooseTemplate, writeStandardSheet } from './commands';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIO } from './io';

/** The commands around the authoring sheet (docs/design.md, "The authoring sheet"): draft, template from it, next. */

async function writeNew(
  content: AuthoringContent,
  file: string,
  options: { force: boolean; lang: Lang },
  io: CliIO,
): Promise<boolean> {
  const text = toolCatalogFor(options.lang).cli;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolution-targets';
  writeAuthoringPlan(workbook, buildAuthoringPlan(content, options.lang));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  try {
    // `wx` refuses an existing file in the same step that creates it: nobody's file is overwritten.
    await fs.writeFile(path.resolve(io.cwd, file), bytes, { flag: options.force ? 'w' : 'wx' });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.stderr.write(
      `${code === 'EEXIST' ? text.template.exists({ file }) : text.template.writeFailed({ file, reason: code })}\n`,
    );
    return false;
  }
}

export interface DraftOptions {
  input?: string;
  template?: string;
  out?: string;
  json: boolean;
  force: boolean;
  lang: Lang;
}

export async function draftCommand(options: DraftOptions, io: CliIO): Promise<ExitCode> {
  const t = toolCatalogFor(options.lang).authoringCli;
  const out = options.out ?? 'khai-bao-chi-tieu.xlsx';
  if (options.template !== undefined) {
    const chosen = await chooseTemplate(options.template, options.lang, io);
    if (!chosen.ok) {
      io.stderr.write(`${chosen.lines.join('\n')}\n`);
      return EXIT.failure;
    }
    if (options.json) {
      io.stdout.write(`${JSON.stringify(chosen.template, null, 2)}\n`);
      return EXIT.ok;
    }
    if (!(await writeNew(contentOf(chosen.template), out, options, io))) return EXIT.failure;
    io.stdout.write(`${t.written({ file: out, count: chosen.template.indicators.length })}\n`);
    return EXIT.ok;
  }

  const file = options.input!;
  const read = await readResolutionText(path.resolve(io.cwd, file));
  if (!read.ok) {
    io.stderr.write(`${t.textProblem[read.reason]({ file, detail: read.detail ?? 'EIO' })}\n`);
    return EXIT.failure;
  }
  const drafted = draftTemplate(read.text, {
    lang: options.lang,
    fallbackYear: new Date().getFullYear() + 1,
  });
  if (!drafted.ok) {
    io.stderr.write(`${t.noTargets({ file })}\n`);
    return EXIT.failure;
  }
  const { template } = drafted;
  if (options.json) {
    io.stdout.write(`${JSON.stringify(template, null, 2)}\n`);
    return EXIT.ok;
  }
  if (!(await writeNew(contentOf(template), out, options, io))) return EXIT.failure;
  const main = template.indicators.filter((i) => i.section !== 'task').length;
  io.stdout.write(
    `${t.drafted({ file: out, count: template.indicators.length, main, tasks: template.indicators.length - main })}\n`,
  );
  return EXIT.ok;
}

export interface AuthoringTemplateOptions {
  file: string;
  out?: string;
  period: Period;
  json: boolean;
  force: boolean;
  lang: Lang;
}

/** `template --template KHAI-BAO.xlsx`: the standard sheet, refused while the authoring sheet has errors. */
export async function authoringTemplateCommand(
  options: AuthoringTemplateOptions,
  io: CliIO,
): Promise<ExitCode> {
  const { lang, file } = options;
  const template = await templateFromAuthoring(file, lang, io);
  if (!template) return EXIT.failure;
  if (options.json) {
    io.stdout.write(`${JSON.stringify(template, null, 2)}\n`);
    return EXIT.ok;
  }
  return writeStandardSheet(template, options, io);
}

async function templateFromAuthoring(file: string, lang: Lang, io: CliIO): Promise<Template | null> {
  const reading = await readAuthoringFile(path.resolve(io.cwd, file));
  if (!reading.ok) {
    io.stderr.write(`${file}: ${reading.problem.message[lang]}\n`);
    return null;
  }
  const sheet = readAuthoringSheet(reading.grid);
  if (sheet.ok) return sheet.template;
  const errors = sheet.findings.filter((f) => f.severity === 'error');
  const lines = [
    toolCatalogFor(lang).authoringCli.authoringErrors({ file, count: errors.length }),
    ...errors.map((each) => `  - ${each.message[lang]}`),
  ];
  io.stderr.write(`${lines.join('\n')}\n`);
  return null;
}

export interface NextOptions {
  file: string;
  out?: string;
  force: boolean;
  lang: Lang;
}

/** `next`: next year's authoring sheet from this year's standard sheet, refused while it has errors. */
export async function nextCommand(options: NextOptions, io: CliIO): Promise<ExitCode> {
  const { lang, file } = options;
  const t = toolCatalogFor(lang).authoringCli;
  const reading = await readOrExplain(file, lang, io);
  if (!reading) return EXIT.failure;
  const [sheet] = reading.sheets;
  const report = checkFigures(sheet.template, sheet.snapshot);
  const errors = errorsOf(sheet, report);
  if (errors.length > 0) return refuse(t.sourceErrors({ file, count: errors.length }), errors, lang, io);
  const year = sheet.template.year + 1;
  const out = options.out ?? `khai-bao-chi-tieu-${year}.xlsx`;
  if (!(await writeNew(nextYearFromReport(sheet.template, report), out, options, io))) return EXIT.failure;
  io.stdout.write(`${t.nextWritten({ file: out, count: sheet.template.indicators.length, year })}\n`);
  return EXIT.ok;
}
