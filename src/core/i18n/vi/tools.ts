import { app } from './app';
import { authoringCli } from './authoring-cli';
import { cli } from './cli';
import { preview } from './preview';
import { reportCli } from './report-cli';
import { consolidation } from './consolidation';
import { schemaDocs } from './schema-docs';

/**
 * The Vietnamese words of the faces beside the task pane: the command line (its help and
 * messages, the JSON Schema's field help, sealing and reports, the consolidated summary), the web page app.html and the browser preview. Kept out
 * of the catalog `vi` so that the task pane, which shows none of them, does not download them.
 */
export const viTools = { cli, authoringCli, schemaDocs, app, preview, reportCli, consolidation };

export type ToolCatalog = typeof viTools;
