import { addin } from './addin';
import { app } from './app';
import { authoring } from './authoring';
import { authoringCli } from './authoring-cli';
import { cellValues } from './cell-values';
import { cli } from './cli';
import { consolidation } from './consolidation';
import { document } from './document';
import { draft } from './draft';
import { findings } from './findings';
import { pane } from './pane';
import { preview } from './preview';
import { reader } from './reader';
import { report } from './report';
import { rules } from './rules';
import { schemaDocs } from './schema-docs';
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
  schemaDocs,
  sheet,
  report,
  document,
  reader,
  xlsxFile,
  authoring,
  draft,
  addin,
  cli,
  authoringCli,
  pane,
  preview,
  rules,
  consolidation,
  app,
};

export type Catalog = typeof vi;
