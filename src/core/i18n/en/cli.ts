import type { CliText } from '../vi/cli';

/** English texts of the command-line tool. */
export const cli: CliText = {
  help: {
    main: `resolution-targets — check the figures of a resolution's targets in Excel files (.xlsx)

Usage:
  resolution-targets template [options]          write the standard sheet (.xlsx)
  resolution-targets draft RESOLUTION.docx|.txt  draft the authoring sheet "Khai báo chỉ tiêu" from the text
  resolution-targets next TARGETS.xlsx           prepare next year's authoring sheet
  resolution-targets check FILE.xlsx... [options]   validate and evaluate filled-in sheets
  resolution-targets seal FILE.xlsx         seal figures that check without errors
  resolution-targets report FILE.xlsx [--out REPORT.xlsx]   write the report (sheet "Report", A4)

Common options:
  --lang vi|en   language of the messages (default: vi)
  --help, -h     help; "resolution-targets check --help" for each command

Exit codes: 0 no errors · 1 some figures have errors · 2 a file could not be read, or a usage error.`,
    template: `resolution-targets template — write the standard sheet (.xlsx) from an indicator template

Usage:
  resolution-targets template [--template FILE.json|ID] [--out FILE.xlsx] [--period 6-thang|9-thang|nam] [--force] [--lang vi|en]
  resolution-targets template --template KHAI-BAO.xlsx [--out FILE.xlsx] [--json]

Options:
  --template FILE.json|ID  an indicator template file (JSON, format resolution-targets/v1) or the id of a
                           built-in template (default: the first built-in). Built-ins: {builtIns}
                           An .xlsx file with a "Khai báo chỉ tiêu" sheet too; refused while that sheet has errors
  --json                   print the template (JSON) instead of writing the sheet
  --out FILE.xlsx          the file to write (default: chi-tieu-<year>.xlsx)
  --period PERIOD          the report period chosen in the sheet: 6-thang, 9-thang or nam (default: nam)
  --force                  overwrite an existing file (otherwise the command refuses and exits with 2)
  --lang vi|en             language of the sheet and the messages (default: vi)

Exit codes: 0 written · 2 bad template (every problem listed), the file exists, or a usage error.`,
    check: `resolution-targets check — validate and evaluate filled-in standard sheets

Usage:
  resolution-targets check FILE.xlsx... [--json] [--lang vi|en]

Each file is read through the indicator template stored in it (not by sheet name or row position).
For each file it prints the indicator, the actual figure, the target, % of target and the verdict,
then the findings with their cells.

Options:
  --json         print a JSON array with one report per standard sheet; a file that cannot be read
                 gives an element { "file", "error": { "code", "message", "details" } }; each report has
                 "seal": { "status": "unsealed"|"unchanged"|"changed", "sealedAt", "changed" }
  --summary FILE.xlsx|.csv|.json   (level above) write a summary of all files, one row per file and one
                 sheet per indicator; a folder may be given instead of the files
  --force        (with --summary) overwrite an existing summary; never one of the files checked
  --lang vi|en   language of the messages (default: vi)

Exit codes: 0 no file has errors · 1 some finding has severity "error" · 2 some file cannot be read:
not .xlsx, damaged, password-protected, no stored template, a stored template that was altered (its
rules cannot be trusted, so nothing is judged), or no standard sheet. The other files are still checked.`,
  },
  usage: {
    unknownCommand: (p) =>
      `No such command: "${p.command}". Use "template" or "check"; see "resolution-targets --help".`,
    noCommand: 'No command given. Use "template" or "check"; see "resolution-targets --help".',
    unknownOption: (p) => `No such option: ${p.option}. See "resolution-targets ${p.command} --help".`,
    missingValue: (p) => `Option ${p.option} needs a value, e.g. ${p.option} nam.`,
    badChoice: (p) => `"${p.value}" is not a valid value for ${p.option}; choose one of: ${p.choices}.`,
    noValue: (p) => `Option ${p.option} takes no value; write just ${p.option}.`,
    noFiles: 'No file to check given. Example: resolution-targets check chi-tieu-2023.xlsx',
    extraArguments: (p) => `The "template" command takes no further arguments: ${p.args}.`,
  },
  template: {
    written: (p) => `Wrote the standard sheet ${p.file} (${p.count} indicators, report period: ${p.period}).`,
    exists: (p) =>
      `${p.file} already exists; not overwritten. Add --force to overwrite it, or choose another name with --out.`,
    unknownId: (p) =>
      `There is no template "${p.id}" and no file of that name. Built-in templates: ${p.builtIns}.`,
    badFile: (p) => `The template ${p.file} has ${p.count} problem(s); no sheet was written:`,
    unreadableFile: (p) => `Cannot read the template file ${p.file} (${p.reason}).`,
    writeFailed: (p) =>
      `Cannot write ${p.file} (${p.reason}). Check the folder and write permission, or close the file if Excel has it open.`,
  },
  check: {
    fileHeading: (p) =>
      `${p.file} — sheet "${p.sheet}", template ${p.id} (${p.year}), report period: ${p.period}`,
    cannotRead: (p) => `${p.file}: could not be checked.`,
    columns: {
      indicator: 'Indicator',
      value: 'Actual',
      target: 'Target',
      percent: '% of target',
      verdict: 'Verdict',
    },
    findings: 'Findings:',
    noFindings: 'No findings.',
    severity: { error: 'ERROR', warning: 'WARNING' },
    summary: (p) => `Summary: ${p.parts}`,
    summaryParts: {
      exceeded: 'exceeded',
      met: 'met',
      missed: 'missed',
      onTrack: 'on track',
      behind: 'behind',
      noData: 'no data',
      invalid: 'invalid',
      errors: 'errors',
      warnings: 'warnings',
      missingExplanations: 'missing explanations',
    },
    missingRow: (p) => `(no row for indicator ${p.id})`,
  },
  yes: 'Yes',
  no: 'No',
  unexpected: (p) =>
    `Unexpected error, the command stopped: ${p.reason}. Please report it with the command you ran.`,
};
