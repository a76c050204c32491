import path from 'node:path';
import { readWorkbook, type StandardSheet, type WorkbookReading } from '../adapters/xlsx';
import type { CheckReport, Finding } from '../core/check/types';
import type { Lang } from '../core/i18n/localized';
import { EXIT, type ExitCode } from './exit-codes';
import { formatFailure, paint } from './format';
import { catalogFor } from '../core/i18n/catalog';
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
      text: catalogFor(lang).cli,
      paint: paint(Boolean(io.stderr.isTTY) && !io.env.NO_COLOR),
    }),
  );
  return null;
}

/** What the reader and the check found wrong in one sheet. */
export function errorsOf(sheet: StandardSheet, report: CheckReport): Finding[] {
  return [...sheet.findings, ...report.findings].filter((f) => f.severity === 'error');
}

/** Says on stderr that the command refused (`headline`), then each error on its own line. */
export function refuse(headline: string, errors: readonly Finding[], lang: Lang, io: CliIO): ExitCode {
  const lines = [headline, ...errors.map((each) => `  - ${each.message[lang]}`)];
  io.stderr.write(`${lines.join('\n')}\n`);
  return EXIT.findings;
}
