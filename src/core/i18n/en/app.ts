import type { AppText } from '../vi/app';

/** English texts of the web page app.html (make and check the files in any browser). */
export const app: AppText = {
  title: 'Resolution Targets — make and check the sheets',
  offline:
    'Everything happens in the browser on this computer: no file is sent anywhere, and the page keeps working offline.',
  otherLanguage: 'Tiếng Việt',
  make: {
    heading: '1. Make the standard sheet',
    source: 'Template',
    builtIn: (name) => `Built-in template: ${name}`,
    jsonFile: 'Template file (.json)',
    authoringFile: 'Authoring sheet “Khai báo chỉ tiêu” (.xlsx)',
    pasted: 'Paste the resolution’s text',
    pasteLabel: 'The resolution’s text (the whole document, or its main targets)',
    noTargets:
      'No target could be read in the pasted text. Paste the resolution’s “Các chỉ tiêu chủ yếu” part, one target per line (e.g. “Tốc độ tăng trưởng kinh tế đạt 10% trở lên”), or use a template .json file.',
    drafted: (p) =>
      `Read ${p.count} targets from the text. What had to be guessed is noted in the sheet’s “Ghi chú” column: look it over before entering figures.`,
    chooseJson: 'Choose a template file (.json)',
    noJsonYet: 'No template file chosen yet.',
    jsonChosen: (p) => `File “${p.file}”: ${p.count} indicators.`,
    badJson: (p) =>
      `The template file “${p.file}” has ${p.count} problems, so no sheet was made. Fix each one below, then choose the file again:`,
    unreadableJson: (p) => `Cannot read the file “${p.file}”. Choose a template .json file (UTF-8 text).`,
    chooseAuthoring: 'Choose a file with the “Khai báo chỉ tiêu” sheet (.xlsx)',
    noAuthoringYet:
      'No authoring file chosen yet. The “draft” command or the add-in in Excel makes this sheet.',
    authoringChosen: (p) => `File “${p.file}”, sheet “${p.sheet}”: ${p.count} indicators.`,
    badAuthoring: (p) =>
      `The sheet “${p.sheet}” of “${p.file}” has ${p.count} errors, so no sheet was made. Fix each cell below in Excel, then choose the file again:`,
    unreadableAuthoring: (p) => `Cannot read the file “${p.file}”: ${p.reason}`,
    period: 'Report period',
    download: 'Download the standard sheet (.xlsx)',
    made: (p) =>
      `Made “${p.file}”: ${p.count} indicators, report period ${p.period}. Open it in Excel or LibreOffice to enter the figures.`,
  },
  check: {
    heading: '2. Check filled-in files',
    choose: 'Choose filled-in files',
    hint: 'Choose one or more .xlsx files (hold Ctrl to choose several). The files are read on this computer only.',
    working: (p) => `Checking ${p.count} files…`,
    resultsRegion: 'Check results',
    headline: 'Result',
    verdicts: 'Verdict per indicator',
    findingsCount: (p) => `${p.errors} errors, ${p.warnings} warnings`,
  },
  report: {
    heading: 'Make the report',
    number: 'Report number (e.g. 25-BC/ĐU; left empty, dots are printed)',
    date: 'Report date',
    signer: "Signer's full name",
    xlsx: 'Download the report (.xlsx)',
    docx: 'Download the Word report (.docx)',
    refused: (p) =>
      `No report yet: the figures still have ${p.count} errors. Fix the cells named above in the file, then choose it again.`,
  },
  summary: {
    heading: 'Consolidate several files',
    download: 'Download the summary (.xlsx)',
    hint: 'One workbook for the level above: a row per commune, a sheet per indicator, totals for cumulative indicators.',
    made: (p) => `Made the summary “${p.file}” from ${p.count} files.`,
  },
  failed: (p) =>
    `Something unexpected went wrong: ${p.reason}. Nothing in your files was changed; reload the page and try again.`,
};
