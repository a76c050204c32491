import type { ToolCatalog } from '../vi/tools';
import { app } from './app';
import { authoringCli } from './authoring-cli';
import { cli } from './cli';
import { preview } from './preview';
import { reportCli } from './report-cli';
import { consolidation } from './consolidation';
import { schemaDocs } from './schema-docs';

/** The English words of the command line, the web page and the preview (see ../vi/tools.ts). */
export const enTools: ToolCatalog = { cli, authoringCli, schemaDocs, app, preview, reportCli, consolidation };
