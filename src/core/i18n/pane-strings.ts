import type { Summary } from '../check/types';

/** Every text the task pane and the ribbon command show, one catalog per language. */
export interface Strings {
  appTitle: string;
  notInExcel: string;
  templateHeading: string;
  templateBuiltIn: (title: string) => string;
  templateFromFile: string;
  chooseFile: string;
  fileHint: string;
  templateLoaded: (title: string, count: number) => string;
  templateProblemsTitle: (file: string, count: number) => string;
  templateNotChosen: string;
  fileUnreadable: string;
  insertButton: string;
  checkButton: string;
  working: { insert: string; check: string; convert: string; report: string; seal: string };
  existingTitle: string;
  existingBody: (sheet: string) => string;
  existingOpen: string;
  existingUpdate: string;
  existingCopy: string;
  cancel: string;
  inserted: (sheet: string, kind: 'created' | 'opened' | 'updated') => string;
  resultHeading: string;
  /** `headline`: the report's headline lines (main targets, then tasks). */
  summary: (summary: Summary, headline: string[]) => string;
  errorsHeading: (count: number) => string;
  warningsHeading: (count: number) => string;
  noFindings: string;
  goToCell: (cell: string) => string;
  missesHeading: (count: number) => string;
  percentOfTarget: (percent: string) => string;
  noPercent: string;
  textFiguresHeading: (count: number) => string;
  textFiguresIntro: string;
  cellColumn: string;
  textColumn: string;
  numberColumn: string;
  convertButton: string;
  convertConfirmTitle: (count: number) => string;
  convertConfirmBody: string;
  convertConfirm: string;
  converted: (count: number) => string;
  finalizeHeading: string;
  reportButton: string;
  sealButton: string;
  reportWritten: (sheet: string) => string;
  reportRefused: (count: number) => string;
  sealed: (at: string, code: string) => string;
  sealRefused: (count: number) => string;
  sealUnsealed: string;
  sealUnchanged: (at: string) => string;
  sealChanged: (at: string, what: string) => string;
  sealPeriodChanged: string;
  sealTemplateChanged: string;
  errorTitle: string;
  genericError: string;
  close: string;
  /** Used by the ribbon command, which shows its result in a small dialog. */
  commandResultTitle: string;
  commandMarked: string;
}
