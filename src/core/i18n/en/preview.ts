import type { PreviewStrings } from '../preview-strings';

export const preview: PreviewStrings = {
  banner: 'Preview — not Excel',
  bannerDetail:
    'This workbook lives only in this page and is lost on reload; HyperFormula computes its formulas. The pane on the right is the real Resolution Targets pane, running the same code as in Excel. No data leaves this computer.',
  sheetRegion: 'Worksheet',
  paneRegion: 'Resolution Targets task pane',
  sheetTabs: 'Sheets',
  nameBox: 'Selected cell',
  cellContents: 'Cell contents',
  editCell: (address) => `Edit cell ${address}`,
  locked: (address) =>
    `Cell ${address} is locked because the sheet is protected. Only the actual, explanation and report period cells take entries.`,
  hint: 'Click a cell and type; Enter to save, Esc to cancel.',
};
