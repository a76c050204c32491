import path from 'node:path';
import { readWorkbook, type StandardSheet, type WorkbookReading } from '../adapters/xlsx';
import { blockingFindings, textFigureCells } from '../core/check/blocking';
import type { CheckReport, Finding } from '../core/check/types';
import type { Lang } from '../core/i18n/localized';
import { withReaderFindings } from '../core/read';
import { EXIT, type ExitCode } from './exit-codes';
import { formatFailure, paint } from './format';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import type { CliIO } from './io';
import { fileFailure } from '../check-json/sheet-report';

/**
 * The steps `report` and `seal` share: both read one file, and both refuse to go on while the
 * figures have errors, listing them.
 */

type ReadFile = Extract<WorkbookReading, { ok: true }>;

/** The file, or null after saying on stderr why it cannot be read. */
export async function readOrExplain(file: string, lang: Lang, io: CliIO): Promise<ReadFile | null> {
  const reading = await readWorkbook(path.resolve(io.cwd, file));
  if (reading.ok) return reading;
  io.stderr.write(
    formatFailure(fileFailure(file, reading.problem, lang), {
      text: toolCatalogFor(lang).cli,
      paint: paint(Boolean(io.stderr.isTTY) && !io.env.NO_COLOR),
    }),
  );
  return null;
}

/** What the reader and the check found that stops a seal or a report: errors, figures stored as text. */
export function errorsOf(sheet: StandardSheet, report: CheckReport): Finding[] {
  return blockingFindings(withReaderFindings(report, sheet.findings).findings);
}

/**
 * The refusal's headline: the errors' count, or, with none left, the cells of the figures stored
 * as text and the way out.
 */
export function refusalHeadline(
  blocking: readonly Finding[],
  say: { errors: (count: number) => string; text: (cells: string) => string },
): string {
  const errors = blocking.filter((f) => f.severity === 'error').length;
  return errors > 0 ? say.errors(errors) : say.text(textFigureCells(blocking).join(', '));
}

/** Says on stderr that the command refused (`headline`), then each error on its own line. */
export function refuse(headline: string, errors: readonly Finding[], lang: Lang, io: CliIO): ExitCode {
  const lines = [headline, ...errors.map((each) => `  - ${each.message[lang]}`)];
  io.stderr.write(`${lines.join('\n')}\n`);
  return EXIT.findings;
}
