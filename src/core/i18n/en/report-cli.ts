import type { ReportCliText } from '../vi/report-cli';

/** English texts of the command line's `seal`, `report` and `check --summary`, and of the consolidated summary (CLI and web page). */
export const reportCli: ReportCliText = {
  seal: {
    help: `resolution-targets seal — seal the figures of a sheet that checks without errors

Usage:
  resolution-targets seal FILE.xlsx [--lang vi|en]

The command checks the file; while errors remain it refuses and lists them. Otherwise it stores in
the file (on a hidden sheet) the time, the report period, the template id and a SHA-256 fingerprint
of the template and of every figure, number format and explanation. Every figure in the file is
kept. From then on "check" says whether the file was changed after sealing, and in which
indicators. Sealing is not a digital signature.

Exit codes: 0 sealed · 1 errors remain, not sealed · 2 the file could not be read or written.`,
    oneFile: 'The "seal" command needs exactly one file. Example: resolution-targets seal chi-tieu-2023.xlsx',
    refused: (p) =>
      `${p.file} was not sealed: ${p.count} error(s) remain. Fix the errors below, run "check" until it shows none, then seal again:`,
    refusedText: (p) =>
      `${p.file} was not sealed: the figures in ${p.cells} are stored as text, so the printed sheet says “Cần kiểm tra” (check needed). Type them again as numbers (or use “Chuyển thành số”, Convert to numbers, in the add-in), then seal again:`,
    sealed: (p) =>
      `Sealed the figures of ${p.file}, sheet "${p.sheet}" (period ${p.period}, ${p.count} indicators) at ${p.at}. Fingerprint: ${p.code}.`,
    notSignature:
      'Note: sealing is not a digital signature; it only makes any change made after sealing visible.',
    writeFailed: (p) =>
      `Could not write ${p.file} (${p.reason}). Close it if it is open in Excel and check you may write there; the old file is untouched.`,
    notKept: (p) =>
      `${p.file} was not sealed: after writing, the figures read back did not match the sealed ones, so the old file was kept. Please report this.`,
    status: {
      unsealed: 'Figures not sealed.',
      unchanged: (p) => `Figures sealed at ${p.at}; unchanged since.`,
      changed: (p) => `Figures sealed at ${p.at} but CHANGED SINCE: ${p.what}.`,
      indicators: (p) => `indicator(s) ${p.names}`,
      period: 'the report period',
      template: 'the indicator template',
    },
  },
  batch: {
    summaryTitle: 'Summary of the figures checked, by office',
    summaryHeaders: [
      'No.',
      'File',
      'Office',
      'Sheet',
      'Report period',
      'Sealed',
      'Exceeded',
      'Met (on track)',
      'Missed (behind)',
      'No data',
      'Invalid',
      'Errors',
      'Warnings',
      'Missing explanations',
      'Indicators',
      'Note',
    ],
    indicatorHeaders: [
      'No.',
      'Office',
      'File',
      'Report period',
      'Actual',
      'Target',
      '% of target',
      'Verdict',
    ],
    summarySheet: 'Summary',
    unreadable: 'Could not be read',
    seal: {
      unsealed: 'Not sealed',
      unchanged: 'Sealed, unchanged',
      changed: 'Sealed, CHANGED SINCE',
      changedIn: (p) => `Sealed, CHANGED SINCE: ${p.ids}`,
    },
    progress: (p) => `${p.done}/${p.total} files · reading ${p.file}`,
    done: (p) => `Checked ${p.checked}/${p.total} files; the summary is written to ${p.out}.`,
    failures: (p) => `${p.count} file(s) could not be read (listed in the summary, column Note):`,
    withErrors: (p) => `${p.count} file(s) still have errors in their figures:`,
    errorsIn: (p) => `${p.file}: ${p.count} error(s)`,
    changedAfterSeal: (p) => `${p.count} file(s) were changed after sealing:`,
    badSummary: (p) => `Cannot write a summary named "${p.file}": end the name with .xlsx, .csv or .json.`,
    writeFailed: (p) =>
      `Could not write the summary ${p.file} (${p.reason}). Close it if it is open in Excel and check you may write there.`,
    summaryIsInput: (p) =>
      `No summary written to ${p.file}: it is one of the files to check, and writing there would lose its figures (even with --force). Choose another name for --summary, e.g. --summary summary.xlsx.`,
    summaryExists: (p) =>
      `${p.file} already exists; the summary did not overwrite it. Add --force to overwrite, or choose another name for --summary.`,
    noFiles: (p) => `The folder ${p.dir} holds no file to check.`,
  },
  report: {
    oneFile:
      'The "report" command needs exactly one file. Example: resolution-targets report chi-tieu-2023.xlsx',
    refused: (p) =>
      `No report made from ${p.file}: its figures have ${p.count} error(s). Fix them ("resolution-targets check ${p.file}" lists each) and try again.`,
    refusedText: (p) =>
      `No report made from ${p.file}: the figures in ${p.cells} are stored as text, so the printed sheet says “Cần kiểm tra” (check needed) while the report would judge them. Type them again as numbers (or use “Chuyển thành số”, Convert to numbers, in the add-in), then try again:`,
    written: (p) => `Wrote the report ${p.file} (sheet "${p.sheet}", A4).`,
    writtenDocx: (p) =>
      `Wrote the report ${p.file} (Word, A4 portrait, appendix in landscape): open it in Word to fill in the directions and sign.`,
    badDate: (p) =>
      `The report date "${p.value}" is not a date. Write it as YEAR-MONTH-DAY or DAY/MONTH/YEAR, e.g. --date 2023-12-20 or --date 20/12/2023.`,
    exists: (p) =>
      `${p.file} already exists; not overwritten. Add --force to overwrite, or choose another name with --out.`,
    sameAsInput: (p) =>
      `No report written to ${p.file}: it is the file with the figures, and writing there would lose them (even with --force). Choose another name with --out, e.g. --out report.xlsx.`,
    writeFailed: (p) =>
      `Could not write ${p.file} (${p.reason}). Close it if it is open in Excel and check you may write there.`,
    help: `resolution-targets report — write the results report on the targets (the workbook's "Báo cáo" sheet and/or Word)

Usage:
  resolution-targets report FILE.xlsx [--out REPORT.xlsx] [--docx REPORT.docx]
      [--number 12] [--date 2023-12-20] [--signer "Nguyễn Văn An"] [--force] [--lang vi|en]

A results report in the party's document form (Hướng dẫn 36-HD/VPTW): header (superior body,
"ĐẢNG ỦY XÃ …", number "Số …-BC/ĐU", the place-date line), the basis naming the resolution,
I. results with the headline over the main targets and one sentence per indicator, II. limits and
causes from the explanations of misses, III. directions (left to write), the signature block and
"Nơi nhận"; the table as an appendix. What is not given stays as dots to fill in by hand; the date
is never the computer's. Refused while the figures have errors.

Options:
  --out FILE.xlsx    the workbook with the "Báo cáo" sheet and its chart (default, when --docx
                     is not given: bao-cao-<year>.xlsx)
  --docx FILE.docx   the Word report (A4 portrait, Times New Roman; the appendix in landscape)
  --number N         the report's number: 12 gives "Số 12-BC/ĐU"
  --date DATE        the report's date, 2023-12-20 or 20/12/2023
  --signer NAME      the signer's full name (the title comes from the template, default Bí thư)
  --force            overwrite existing files

Exit codes: 0 written · 1 the figures have errors · 2 a file could not be read or written, or a bad option.`,
  },
};
