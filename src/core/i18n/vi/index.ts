import { addin } from './addin';
import { cellValues } from './cell-values';
import { document } from './document';
import { findings } from './findings';
import { pane } from './pane';
import { reader } from './reader';
import { report } from './report';
import { rules } from './rules';
import { sheet } from './sheet';
import { templateProblems } from './template-problems';
import { xlsxFile } from './xlsx-file';

/**
 * Every word the product shows in Vietnamese, by area. It is the reference catalog: its shape is
 * the type `Catalog`, which the English catalog must satisfy key for key.
 */
export const vi = {
  findings,
  cellValues,
  templateProblems,
  sheet,
  report,
  document,
  reader,
  xlsxFile,
  addin,
  pane,
  rules,
};

export type Catalog = typeof vi;
