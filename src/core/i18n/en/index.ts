import type { Catalog } from '../vi';
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

/** Every word the product shows in English, by area: a missing message is a type error. */
export const en: Catalog = {
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
