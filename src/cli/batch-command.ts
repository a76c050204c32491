import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readWorkbook, writeSummaryWorkbook } from '../adapters/xlsx';
import { checkFigures } from '../core/check';
import { withReaderFindings } from '../core/read';
import type { Lang } from '../core/i18n/localized';
import {
  batchSheetOf,
  consolidate,
  summaryTable,
  summaryWorkbookTables,
  type BatchRow,
} from '../core/report-plan';
import { csvText } from './batch-output';
import { EXIT, type ExitCode } from './exit-codes';
import type { CliIO } from './io';
import { isSameFile } from './same-file';
import { toolCatalogFor } from '../core/i18n/tool-catalog';
import { sealStatusOf } from './seal-command';

export interface BatchOptions {
  files: string[];
  summary: string;
  /** Overwrite an existing summary file; never one of the files being checked. */
  force: boolean;
  lang: Lang;
  /** Files read at once: reading is mostly parsing on one thread, so a few overlap the disk and no more. */
  concurrency?: number;
}

/**
 * The district's check of many communes' files: each file is read, checked and reduced to a small
 * row before the next is taken, so memory does not grow with the number of files; a file that
 * cannot be read becomes a row naming why, and never stops the others.
 */
export async function batchCommand(options: BatchOptions, io: CliIO): Promise<ExitCode> {
  const { lang } = options;
  const text = toolCatalogFor(lang).reportCli.batch;
  const format = /\.(xlsx|csv|json)$/i.exec(options.summary)?.[1].toLowerCase();
  if (!format) {
    io.stderr.write(`${text.badSummary({ file: options.summary })}\n`);
    return EXIT.failure;
  }
  const files = await expand(options.files, io);
  if (files.length === 0) {
    io.stderr.write(`${text.noFiles({ dir: options.files.join(' ') })}\n`);
    return EXIT.failure;
  }
  const out = path.resolve(io.cwd, options.summary);
  const refused = await claimSummary(out, files, options, io);
  if (refused) {
    io.stderr.write(`${refused}\n`);
    return EXIT.failure;
  }
  const rows: BatchRow[][] = new Array(files.length);
  const progress = progressBar(io, files.length, lang);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      progress(done, files[index]);
      rows[index] = await checkOne(files[index], io.cwd, lang);
      done++;
      progress(done, files[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 3, files.length) }, worker));
  progress.end();

  const all = rows.flat();
  try {
    await write(out, all, format, lang);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'EIO';
    io.stderr.write(`${text.writeFailed({ file: options.summary, reason })}\n`);
    return EXIT.failure;
  }

  const failures = all.filter((row) => !row.ok);
  const sheets = all.filter((row) => row.ok);
  const withErrors = sheets.filter((row) => row.summary.errors > 0);
  const changed = sheets.filter((row) => row.seal.status === 'changed');
  const checkedFiles = new Set(sheets.map((row) => row.file)).size;
  const lines = [text.done({ checked: checkedFiles, total: files.length, out: options.summary })];
  if (failures.length > 0) {
    lines.push(text.failures({ count: failures.length }));
    failures.forEach((row) => lines.push(`  - ${row.file}: ${row.reason}`));
  }
  if (withErrors.length > 0) {
    lines.push(text.withErrors({ count: withErrors.length }));
    withErrors.forEach((row) =>
      lines.push(`  - ${text.errorsIn({ file: row.file, count: row.summary.errors })}`),
    );
  }
  if (changed.length > 0) {
    lines.push(text.changedAfterSeal({ count: changed.length }));
    changed.forEach((row) => lines.push(`  - ${row.file}: ${row.seal.changed.join(', ')}`));
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  if (failures.length > 0) return EXIT.failure;
  return withErrors.length > 0 ? EXIT.findings : EXIT.ok;
}

async function write(out: string, rows: BatchRow[], format: string, lang: Lang): Promise<void> {
  // A person reads the tables: each file by its name, not by the folders it came from (the JSON,
  // read by programs, keeps the path as given).
  if (format === 'csv') {
    const named = rows.map((row) => ({ ...row, file: path.basename(row.file) }));
    return fs.writeFile(out, csvText(summaryTable(named, lang)));
  }
  if (format === 'json') {
    const { indicators, warnings } = consolidate(rows, lang);
    return fs.writeFile(out, `${JSON.stringify({ communes: rows, indicators, warnings }, null, 2)}\n`);
  }
  const tables = summaryWorkbookTables(rows, lang, (file) => path.basename(file));
  return writeSummaryWorkbook(out, tables);
}

/**
 * Why the summary may not be written to `out`, or null once it is ours: one of the inputs is never
 * overwritten, and an existing file only with --force. Claimed (`wx`) before the long run, so the
 * clerk learns at once, and no other file can appear there in between.
 */
async function claimSummary(out: string, files: string[], options: BatchOptions, io: CliIO) {
  const text = toolCatalogFor(options.lang).reportCli.batch;
  for (const file of files) {
    if (await isSameFile(out, path.resolve(io.cwd, file)))
      return text.summaryIsInput({ file: options.summary });
  }
  if (options.force) return null;
  try {
    await (await fs.open(out, 'wx')).close();
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return code === 'EEXIST'
      ? text.summaryExists({ file: options.summary })
      : text.writeFailed({ file: options.summary, reason: code });
  }
}

/** A folder given instead of a glob stands for every file in it, so that stray files are named too. */
async function expand(given: string[], io: CliIO): Promise<string[]> {
  const files: string[] = [];
  for (const each of given) {
    const full = path.resolve(io.cwd, each);
    const stat = await fs.stat(full).catch(() => null);
    if (stat?.isDirectory()) {
      const entries = await fs.readdir(full, { withFileTypes: true });
      entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('~$'))
        .map((entry) => path.join(each, entry.name))
        .sort((a, b) => a.localeCompare(b))
        .forEach((file) => files.push(file));
    } else files.push(each);
  }
  return files;
}

async function checkOne(file: string, cwd: string, lang: Lang): Promise<BatchRow[]> {
  const reading = await readWorkbook(path.resolve(cwd, file));
  if (!reading.ok) {
    const details = reading.problem.details.map((detail) => detail[lang]);
    const reason = [reading.problem.message[lang], ...details.slice(0, 3)].join(' ');
    return [{ file, ok: false, code: reading.problem.code, reason }];
  }
  const rows: BatchRow[] = [];
  for (const sheet of reading.sheets) {
    const report = withReaderFindings(checkFigures(sheet.template, sheet.snapshot), sheet.findings);
    const seal = await sealStatusOf(reading.workbook, sheet);
    rows.push(batchSheetOf(file, sheet.sheetName, sheet.template, report, seal, lang));
  }
  return rows;
}

type Progress = ((done: number, file: string) => void) & { end: () => void };

/** A one-line bar on a terminal's stderr, redrawn in place; nothing when stderr is piped. */
function progressBar(io: CliIO, total: number, lang: Lang): Progress {
  const tty = Boolean(io.stderr.isTTY);
  const text = toolCatalogFor(lang).reportCli.batch;
  const width = 24;
  const draw = (done: number, file: string) => {
    if (!tty) return;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const name = file.length > 40 ? `…${file.slice(-39)}` : file;
    io.stderr.write(`\r\u001b[K[${bar}] ${text.progress({ done, total, file: name })}`);
  };
  return Object.assign(draw, {
    end: () => {
      if (tty) io.stderr.write('\r\u001b[K');
    },
  });
}
