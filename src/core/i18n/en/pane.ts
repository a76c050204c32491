import { statusCountsIn } from '../status-counts';
import { sheet } from './sheet';
import type { Strings } from '../pane-strings';

export const pane: Strings = {
  appTitle: 'Resolution Targets',
  notInExcel: 'Open this pane in Excel (Home tab, Open targets pane).',
  templateHeading: 'Targets template',
  templateBuiltIn: (title) => `Built-in template: ${title}`,
  templateFromFile: 'Template file (.json) on this computer',
  templateFromWorkbook: 'Template in this workbook (Khai báo chỉ tiêu)',
  chooseFile: 'Choose template file',
  fileHint: 'A .json file in the resolution-targets/v1 format.',
  templateLoaded: (title, count) => `Read template “${title}”: ${count} targets.`,
  templateProblemsTitle: (file, count) =>
    `The file “${file}” has ${count} ${count === 1 ? 'problem' : 'problems'} to fix`,
  templateNotChosen: 'Choose a valid template file before creating the sheet.',
  fileUnreadable: 'The file could not be read. Choose the .json file again.',
  insertButton: 'Create targets sheet',
  checkButton: 'Check figures',
  working: {
    insert: 'Creating the targets sheet…',
    check: 'Checking the figures…',
    convert: 'Converting to numbers…',
    report: 'Making the report…',
    seal: 'Sealing the figures…',
    authoring: 'Preparing the authoring sheet…',
    nextYear: "Preparing next year's authoring sheet…",
  },
  existingTitle: 'The targets sheet already exists',
  existingBody: (sheet) =>
    `This file already has the sheet “${sheet}” made from this template. What do you want to do?`,
  existingOpen: 'Open the existing sheet',
  existingUpdate: 'Update the layout, keeping every figure',
  existingCopy: 'Add a new copy',
  cancel: 'Cancel',
  inserted: (sheet, kind) =>
    kind === 'created'
      ? `Created the sheet “${sheet}”. Type the figures in the Actual column.`
      : kind === 'updated'
        ? `Updated the layout of “${sheet}”; the figures entered were kept.`
        : `Opened the sheet “${sheet}”.`,
  resultHeading: 'Check result',
  summary: (s, headline) => {
    const parts = [...headline, ...statusCountsIn(s, sheet.statusWords)];
    if (s.missingExplanations > 0) parts.push(`Explanations missing ${s.missingExplanations}`);
    if (s.errors > 0) parts.push(`${s.errors} ${s.errors === 1 ? 'error' : 'errors'}`);
    if (s.warnings > 0) parts.push(`${s.warnings} ${s.warnings === 1 ? 'warning' : 'warnings'}`);
    return parts.join(' · ');
  },
  errorsHeading: (count) => `Errors (${count})`,
  warningsHeading: (count) => `Warnings (${count})`,
  noFindings: 'No errors or warnings.',
  goToCell: (cell) => `Go to cell ${cell}`,
  missesHeading: (count) => `Targets missed (${count})`,
  percentOfTarget: (percent) => `${percent}% of target`,
  noPercent: '% of target cannot be computed',
  textFiguresHeading: (count) => `Figures stored as text (${count})`,
  textFiguresIntro:
    "These cells hold text, not numbers, so the sheet's formulas cannot read them. Check them, then convert them to numbers.",
  cellColumn: 'Cell',
  textColumn: 'Now holds',
  numberColumn: 'Becomes the number',
  convertButton: 'Convert to numbers',
  convertConfirmTitle: (count) => `Convert ${count} ${count === 1 ? 'cell' : 'cells'} to numbers?`,
  convertConfirmBody:
    'Each listed cell will hold the number in the “Becomes the number” column; a cell changed since the check is left alone.',
  convertConfirm: 'Convert',
  converted: (count) => `Converted ${count} ${count === 1 ? 'cell' : 'cells'} to numbers.`,
  finalizeHeading: 'Finalize the figures, make the report',
  reportButton: 'Make report',
  wordButton: 'Download report (Word)',
  sealButton: 'Seal figures',
  reportNumber: 'Report number',
  reportDate: 'Report date',
  reportDateHint: 'Left empty, the report keeps dots to fill in by hand.',
  reportSigner: 'Signer (full name)',
  reportDetailsHint:
    'Any field left empty stays as dots to fill in by hand; the report is never dated with the computer’s date.',
  wordSaved: (file) =>
    `The Word report “${file}” is ready. If Excel asks where to save it, choose a folder; open it in Word to write the directions and sign.`,
  wordUnavailable:
    'Excel on this computer does not let a task pane save a file. Make the Word report on the app.html web page (in a browser), or ask the IT helper to run “resolution-targets report FILE.xlsx --docx report.docx”.',
  reportWritten: (sheet) =>
    `The sheet “${sheet}” is ready, with its chart of % of target. Review it, sign and print it (portrait A4); making it again replaces it.`,
  reportRefused: (count) =>
    `The report was not made: the figures still have ${count} error(s). Fix the errors below and try again.`,
  sealed: (at, code) =>
    `Figures sealed at ${at} (code ${code}). If a figure is changed later, the next check names the indicators that changed. Sealing is not a signature.`,
  sealRefused: (count) =>
    `The figures were not sealed: ${count} error(s) remain. Fix the errors below and try again.`,
  sealUnsealed: 'Figures not sealed yet',
  sealUnchanged: (at) => `Figures sealed at ${at} — unchanged`,
  sealChanged: (at, what) => `Figures sealed at ${at} — changed in: ${what}`,
  sealPeriodChanged: 'the reporting period',
  sealTemplateChanged: 'the indicator template',
  authoringHeading: 'New template',
  authoringIntro:
    'Insert the sheet "Khai báo chỉ tiêu" to declare the resolution\'s indicators: drafted from the resolution\'s text, empty, or copied from the built-in template to edit.',
  authoringPaste: 'Paste the full text of the resolution',
  authoringFromText: 'Draft from the text',
  authoringEmpty: 'Empty authoring sheet',
  authoringFromBuiltIn: 'Copy the built-in template',
  authoringInserted: (sheet, count) =>
    count > 0
      ? `Inserted the sheet "${sheet}" with ${count} indicators. Check each row against the resolution, and edit or add rows as needed.`
      : `Inserted the sheet "${sheet}". Fill in the document's details and the indicators, one indicator a row.`,
  authoringNoText: 'The text box is empty. Paste the full text of the resolution into it and press again.',
  authoringNoTargets:
    'No target was found in the pasted text (sentences with a figure and a unit, such as "đạt 95%"). Paste the whole targets part of the resolution, or choose "Empty authoring sheet" and fill it in by hand.',
  authoringErrors: (sheet, count) =>
    `The sheet was not created: "${sheet}" still has ${count} errors. Correct the cells below, then press "Create targets sheet" again.`,
  nextYearButton: 'Prepare next year',
  nextYearHint:
    'From the open targets sheet: insert next year\'s sheet "Khai báo chỉ tiêu" with the same indicators, this year\'s figures as last year\'s ("Thực hiện năm trước"), and the targets left empty.',
  nextYearInserted: (sheet, year, count) =>
    `Inserted the sheet "${sheet}" for ${year} (${count} indicators); this year's figures are in the column "Thực hiện năm trước". Fill in the targets ("Mức chỉ tiêu") and the new resolution's number and date.`,
  nextYearOpened: (sheet) => `Opened the sheet "${sheet}".`,
  nextYearRefused: (sheet, count) =>
    `Next year was not prepared: the sheet "${sheet}" still has ${count} things to correct. Correct the cells below, then press "Prepare next year" again.`,
  nextYearExistingTitle: 'The authoring sheet already exists',
  nextYearExistingBody: (sheet, year) =>
    `This file already has the sheet "${sheet}". Open it, or add a new authoring sheet for ${year} (the existing sheet is kept as it is)?`,
  nextYearOpen: 'Open the existing sheet',
  nextYearCopy: (year) => `Add a new sheet for ${year}`,
  errorTitle: 'Not done',
  genericError: 'Excel could not do this. Try again; if it still fails, close and reopen the targets pane.',
  close: 'Close',
  commandResultTitle: 'Figures check result',
  commandMarked: 'The cells to fix are highlighted on the sheet. Open the targets pane to see each problem.',
};
