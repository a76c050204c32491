import type { ReportText } from './report.vi';

/** English texts of sealing and the district's batch check. */
export const reportEn: ReportText = {
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
    period: { '6-thang': '6 months', '9-thang': '9 months', nam: 'Year' },
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
    noFiles: (p) => `The folder ${p.dir} holds no file to check.`,
  },
};
