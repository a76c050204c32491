export interface PreviewStrings {
  banner: string;
  bannerDetail: string;
  sheetRegion: string;
  paneRegion: string;
  sheetTabs: string;
  nameBox: string;
  cellContents: string;
  editCell: (address: string) => string;
  locked: (address: string) => string;
  hint: string;
}
