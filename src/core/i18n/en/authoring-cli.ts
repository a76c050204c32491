import type { AuthoringCliText } from '../vi/authoring-cli';

/** English texts of the commands `draft`, `next` and `template --template KHAI-BAO.xlsx`. */
export const authoringCli: AuthoringCliText = {
  help: {
    draft: `resolution-targets draft — drafts the authoring sheet "Khai báo chỉ tiêu" (.xlsx) from a resolution's text or a template

Usage:
  resolution-targets draft RESOLUTION.docx|RESOLUTION.txt [--out khai-bao-chi-tieu.xlsx] [--json] [--force]
  resolution-targets draft --template ID|FILE.json [--out khai-bao.xlsx] [--force]

Options:
  --out FILE.xlsx          the file to write (default: khai-bao-chi-tieu.xlsx)
  --json                   print the drafted template (JSON) instead of writing the sheet
  --template ID|FILE.json  start from an existing template's indicators, to edit them
  --force                  overwrite an existing file
  --lang vi|en             language of the messages (default: vi)

Each drafted row says in "Ghi chú" what was guessed; read it before making the targets sheet.
Then: resolution-targets template --template khai-bao-chi-tieu.xlsx

Exit codes: 0 written · 2 text unreadable, no target found, file exists or wrong usage.`,
    next: `resolution-targets next — prepares next year's authoring sheet from this year's targets sheet

Usage:
  resolution-targets next CHI-TIEU-2023.xlsx [--out khai-bao-2024.xlsx] [--force]

Keeps the indicators and document details, adds 1 to the year, puts this year's figures in
"Thực hiện năm trước" (last year's) and leaves "Mức chỉ tiêu" (target) empty for the new
resolution. Refused while the sheet has errors.

Exit codes: 0 written · 1 the sheet has errors · 2 file unreadable, file exists or wrong usage.`,
  },
  drafted: (p) =>
    `Drafted ${p.file}: ${p.count} rows (${p.main} main targets, ${p.tasks} tasks). Read the "Ghi chú" column and correct what was guessed wrong.`,
  written: (p) => `Wrote ${p.file} (${p.count} indicators).`,
  nextWritten: (p) =>
    `Wrote ${p.file} for ${p.year} (${p.count} indicators); fill in "Mức chỉ tiêu" from the new resolution.`,
  oneInput: 'The "draft" command needs exactly one resolution text (.docx or .txt), or --template.',
  oneSource: 'The "next" command needs exactly one targets sheet (.xlsx).',
  textProblem: {
    missing: (p) => `File ${p.file} not found.`,
    unreadable: (p) => `Cannot read ${p.file} (${p.detail}).`,
    'not-text': (p) =>
      `${p.file} is neither a UTF-8 .txt nor a .docx file. If it is an old Word file (.doc), open it in Word and save it as .docx.`,
    'too-large': (p) => `${p.file} is too large to be a resolution.`,
    'bad-docx': (p) =>
      `${p.file} cannot be read as a Word .docx file (it may be damaged). Open it in Word and save it again.`,
  },
  noTargets: (p) =>
    `No target found in ${p.file}. Check that it is a resolution with a "chỉ tiêu" part, or make an empty sheet with --template and fill it in by hand.`,
  authoringErrors: (p) =>
    `The "Khai báo chỉ tiêu" sheet in ${p.file} has ${p.count} errors; no targets sheet made:`,
  sourceErrors: (p) => `${p.file} has ${p.count} errors in its figures; correct them and run "next" again:`,
};
