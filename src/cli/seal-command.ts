import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { nodeSha256, putSealSheet, readSeals, readWorkbook, type StandardSheet } from '../adapters/xlsx';
import { sealJson } from '../check-json/seal-json';
import { checkFigures } from '../core/check';
import type { Finding } from '../core/check/types';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import type { Lang } from '../core/i18n/localized';
import { periodWord } from '../core/i18n/status-words';
import { formatLocalTime } from '../core/time/local-time';
import { encodeSealRows, sealFigures, withSeal } from '../core/seal';
import { errorsOf, readOrExplain, refusalHeadline, refuse } from './checked-file';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIO } from './io';
import type { SealJson } from '../check-json/types';

/** Whether one standard sheet of a loaded workbook was sealed, and what changed since. */
export function sealStatusOf(workbook: ExcelJS.Workbook, sheet: StandardSheet): Promise<SealJson> {
  return sealJson(workbook, sheet, nodeSha256);
}

/** One line for the human report, naming changed indicators by their names. */
export function formatSealStatus(seal: SealJson, sheet: StandardSheet, lang: Lang): string {
  const text = toolCatalogFor(lang).reportCli.seal.status;
  if (seal.status === 'unsealed' || seal.sealedAt === null) return text.unsealed;
  const at = formatLocalTime(seal.sealedAt);
  if (seal.status === 'unchanged') return text.unchanged({ at });
  const names = new Map(sheet.template.indicators.map((each) => [each.id, each.name]));
  const what: string[] = [];
  if (seal.changed.length > 0) {
    what.push(
      text.indicators({ names: seal.changed.map((id) => `“${names.get(id) ?? id}” (${id})`).join(', ') }),
    );
  }
  if (seal.periodChanged) what.push(text.period);
  if (seal.templateChanged) what.push(text.template);
  return text.changed({ at, what: what.join('; ') });
}

/** `2026-11-29T21:55:03.120Z` → `2026-11-29 21:55 UTC`: the clerk reads minutes, not milliseconds. */
export interface SealOptions {
  file: string;
  lang: Lang;
  now?: Date;
}

/**
 * Seals every standard sheet of a file once the check finds no error; refused, with the errors,
 * otherwise. Only the seal sheet is added to the file's zip; the file is written beside itself and
 * renamed over the original only after the copy reads back unchanged, so nothing can be lost.
 */
export async function sealCommand(options: SealOptions, io: CliIO): Promise<ExitCode> {
  const { lang, file } = options;
  const text = toolCatalogFor(lang).reportCli.seal;
  const target = path.resolve(io.cwd, file);
  const reading = await readOrExplain(file, lang, io);
  if (!reading) return EXIT.failure;

  const errors: Finding[] = [];
  const checked = reading.sheets.map((sheet) => {
    const report = checkFigures(sheet.template, sheet.snapshot);
    errors.push(...errorsOf(sheet, report));
    return { sheet, report };
  });
  if (errors.length > 0) {
    const headline = refusalHeadline(errors, {
      errors: (count) => text.refused({ file, count }),
      text: (cells) => text.refusedText({ file, cells }),
    });
    return refuse(headline, errors, lang, io);
  }

  const now = options.now ?? new Date();
  let records = readSeals(reading.workbook);
  const messages: string[] = [];
  for (const { sheet, report } of checked) {
    const outcome = await sealFigures(
      sheet.template,
      sheet.snapshot,
      report,
      sheet.sheetName,
      now,
      nodeSha256,
    );
    if (!outcome.ok) continue; // cannot happen: errors were refused above
    records = withSeal(records, outcome.record);
    messages.push(
      text.sealed({
        file,
        sheet: sheet.sheetName,
        period: periodWord(sheet.snapshot.period, lang),
        count: sheet.template.indicators.length,
        at: formatLocalTime(outcome.record.sealedAt),
        code: outcome.record.fingerprint.slice(0, 12),
      }),
    );
  }

  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const original = await fs.readFile(target);
    await fs.writeFile(temporary, await putSealSheet(original, encodeSealRows(records)));
    if (!(await readsBackUnchanged(temporary))) {
      await fs.rm(temporary, { force: true });
      io.stderr.write(`${text.notKept({ file })}\n`);
      return EXIT.failure;
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.stderr.write(`${text.writeFailed({ file, reason })}\n`);
    return EXIT.failure;
  }
  io.stdout.write(`${[...messages, text.notSignature].join('\n')}\n`);
  return EXIT.ok;
}

async function readsBackUnchanged(file: string): Promise<boolean> {
  const reading = await readWorkbook(file);
  if (!reading.ok) return false;
  for (const sheet of reading.sheets) {
    if ((await sealStatusOf(reading.workbook, sheet)).status !== 'unchanged') return false;
  }
  return true;
}
