import type { XlsxFileText } from '../vi/xlsx-file';

/** English texts of the xlsx adapter, one per Vietnamese text. */
export const xlsxFile: XlsxFileText = {
  'file-missing': () => 'File not found. Check the name and folder.',
  'file-unreadable': (p) =>
    `The file cannot be read (${p.reason}). Check the permissions or close the program that holds it.`,
  'too-large': (p) =>
    `The file is too large (${p.megabytes} MB, at most ${p.limit} MB). Send the standard sheet on its own, without other data.`,
  'not-xlsx': () =>
    'This is not an Excel .xlsx file. Open it in Excel and save it as "Excel Workbook (*.xlsx)".',
  'legacy-xls': () =>
    'This is an old-format Excel file (.xls). Open it in Excel and save it as "Excel Workbook (*.xlsx)".',
  encrypted: () =>
    'The file has a password to open, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) and send it again.',
  corrupt: () =>
    'The file is damaged or was not downloaded completely and cannot be read. Ask for the original file.',
  'zip-bomb': () =>
    'The file declares too much data when unpacked and was refused to protect this computer. Ask the sender for the original file.',
  'too-many-sheets': (p) =>
    `The file has more than ${p.limit} worksheets and was refused to protect this computer. Save the indicator sheet to a file of its own and send it again.`,
  'no-template': () =>
    'The file holds no stored indicator template, so it is not a standard sheet. Create the sheet with the "template" command or the add-in and enter the figures there.',
  'invalid-template': (p) =>
    `The indicator template stored in the file (hidden sheet "${p.sheet}") was altered or is damaged, so its rules cannot be trusted. Create the sheet again from the original template.`,
  'no-sheet': (p) =>
    `No standard sheet found: no sheet has a header row with the cells "Mã" and "Thực hiện ${p.year}" (or "Thực hiện 6 tháng", "Thực hiện 9 tháng") and indicator codes below it. The header row may have been deleted or changed.`,
  'no-authoring-sheet': (p) =>
    `The file has no "${p.name}" sheet (an authoring table whose header row starts with "Mã"). Make one with the "draft" command and fill it in.`,
};
