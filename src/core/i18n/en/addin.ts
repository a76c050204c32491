import type { AddinText } from '../vi/addin';

/** English texts of the Excel adapter, key for key with vi/addin.ts. */
export const addin: AddinText = {
  'api-too-old': () =>
    'This version of Excel is too old for the add-in (it needs Excel 2019 or later, or Microsoft 365, ExcelApi 1.7). Update Office, or check the file with the command-line tool.',
  'validation-unsupported': () =>
    'The drop-down lists and input limits were not set on the figure cells because this Excel does not support them (ExcelApi 1.8 is needed). The sheet still works, and the add-in still checks the figures when you press "Check figures".',
  'page-layout-unsupported': () =>
    'The print layout (A4 landscape, one page wide) was not set because this Excel does not support it (ExcelApi 1.9 is needed). Set it in Page Layout before printing.',
  'report-layout-unsupported': () =>
    'The report sheet has no print setup yet (portrait A4, print area, page breaks): this version of Excel does not support it (ExcelApi 1.9 is needed). Set it in Page Layout before printing.',
  'report-chart-data-printed': (p) =>
    `This version of Excel (before ExcelApi 1.8) cannot draw a chart from hidden columns, so the chart's data columns (${p.columns}) stay visible and would print with the report. To print only the report, select ${p.printArea} and choose Page Layout > Print Area > Set Print Area.`,
  'no-template': () =>
    'The workbook carries no stored template. Create the targets sheet with "Create targets sheet", then enter the figures there.',
  'store-invalid': (p) =>
    `The template stored in the workbook is damaged and cannot be read. ${p.reason} The add-in does not check against a shipped template instead, as its rules may differ from the ones the sheet was made with. Open a backup copy of the file (from before the change), or create a new sheet in a new workbook and copy the figures there.`,
  'store-template-invalid': (p) => `The stored template "${p.id}" is not in the expected form: ${p.en}.`,
  'no-sheet': (p) =>
    `No standard sheet found: no sheet has a header row with the cells "Mã" and "Thực hiện ${p.year}" (or "Thực hiện 6 tháng", "Thực hiện 9 tháng") and indicator codes below it. The header row may have been deleted or edited; insert the sheet again.`,
  'sheet-gone': (p) =>
    `The sheet "${p.sheet}" or its indicator table was not found (it may have been renamed or deleted, or its header row edited). Press "Check figures" again.`,
  'sheet-password': (p) =>
    `The sheet "${p.sheet}" is protected with a password the add-in does not know, so nothing was changed. Remove the protection (Review > Unprotect Sheet) and try again.`,
  'marks-skipped': (p) =>
    `The figures were checked, but the cells with errors could not be boxed in red because the sheet "${p.sheet}" is protected with a password the add-in does not know. The errors are still listed below; to have the cells marked, unprotect the sheet (Review > Unprotect Sheet) and check again.`,
  'update-would-lose': (p) =>
    `The layout of "${p.sheet}" was not updated: rows ${p.rows} hold figures or explanations but are not in the new template, and updating would lose them. Choose "Add a new copy" to keep the old sheet as it is.`,
  'update-column-unknown': (p) =>
    `The layout of "${p.sheet}" was not updated: the header row has no "${p.en}" column (its header cell was edited or deleted), so the add-in cannot tell which column holds the explanations, and updating could lose them. The sheet is unchanged. Put the header "${p.en}" (on a Vietnamese sheet: "${p.vi}") back over the explanation column and try again, or choose "Add a new copy".`,
  'store-not-rewritten': (p) =>
    `The sheet was not inserted: ${p.reason} The add-in does not overwrite a damaged template store, as that would lose the other templates kept in it. The workbook is unchanged. Open a backup copy of the file, or insert the sheet into a new workbook.`,
  'template-id-taken': (p) =>
    `The sheet was not inserted: the workbook already keeps a different template with the id "${p.id}" (year ${p.year}). Replacing it would judge the sheets made from it by the new rules. The workbook is unchanged. Give the new template its own id (the "id" field of the JSON file, e.g. with the year added) and insert it again.`,
  'report-failed-kept': (p) =>
    `The report could not be made (${p.reason}). The targets sheet and its figures are unchanged; the sheet "${p.sheet}", if there was one, is as before, and the half-written report was removed. Press "Make report" again.`,
  'report-failed-renamed': (p) =>
    `The new report was written in full on the sheet "${p.temporary}" and the old report sheet removed, but it could not be renamed "${p.sheet}" (${p.reason}). The targets sheet and its figures are unchanged. Rename the sheet "${p.temporary}" to "${p.sheet}", or press "Make report" again.`,
  'report-failed-unknown': (p) =>
    `The report could not be made (${p.reason}), and what was written could not be told. The targets sheet and its figures are unchanged. Look at the sheets "${p.sheet}" and "${p.temporary}": delete a half-written report, if any, then press "Make report" again.`,
  'seal-failed': (p) =>
    `Sealing the figures of the sheet "${p.sheet}" failed (${p.reason}). The figures are unchanged, but the stored seals may be half-written. Press "Seal figures" again; the next check tells whether the figures are sealed.`,
  'insert-failed': (p) => `The sheet could not be inserted (${p.reason}). The workbook is as it was before.`,
  'update-failed-kept': (p) =>
    `The layout update failed (${p.reason}). The sheet "${p.sheet}" and its figures are as they were before.`,
  'update-failed-renamed': (p) =>
    `The new layout with all the figures was made on the sheet "${p.temporary}" and the old sheet removed, but it could not be renamed "${p.sheet}" (${p.reason}). Rename the sheet "${p.temporary}" to "${p.sheet}".`,
  'write-failed-partly': (p) =>
    `The change on the sheet "${p.sheet}" stopped half-way (${p.reason}); part of it was written. Press "Check figures" again to see where things stand.`,
  'changed-since-check': (p) =>
    `The cell ${p.cell} changed since the check, so it was not converted. Press "Check figures" again.`,
  'bad-address': (p) => `"${p.address}" is not a valid cell address.`,
  'access-denied': () =>
    'Excel did not allow the change: the sheet or the workbook is protected, or the file is read-only. Remove the protection or open an editable copy, then try again.',
  'not-found': () =>
    'A sheet or cell the add-in needed was not found (it may have been renamed or deleted). Press "Check figures" again.',
  'cell-edit-mode': () =>
    'Excel is in cell-editing mode. Press Enter or Esc to finish typing in the cell, then try again.',
  'api-missing': () =>
    'This version of Excel lacks a feature the action needs (ApiNotFound). Update Office to Microsoft 365, or check the file with the command-line tool.',
  'too-much': () => 'The operation is too large for Excel at once. Close other workbooks and try again.',
  'sheet-name-taken': () => 'A sheet with that name already exists. Rename it, or choose "Add a new copy".',
  'excel-error': (p) =>
    `Excel reported an error (${p.code}). The workbook may be unchanged; try again, and if it persists save the file and restart Excel.`,
  'no-authoring-sheet': (p) =>
    `The workbook has no sheet "${p.name}". If the indicators were declared on another sheet, rename that sheet "${p.name}" and try again.`,
};
