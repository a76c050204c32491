import { enTools } from './en/tools';
import type { Lang } from './localized';
import { viTools, type ToolCatalog } from './vi/tools';

export type { ToolCatalog };

const TOOL_CATALOGS: Record<Lang, ToolCatalog> = { vi: viTools, en: enTools };

/**
 * The words of the command line, the web page app.html and the preview, in `lang`: the areas the
 * task pane never shows, kept apart from `catalogFor` so that the pane's first load holds none of
 * them (docs/design.md, "Architecture"). Both languages are always here: these faces are not
 * under the pane's size budget.
 */
export function toolCatalogFor(lang: Lang): ToolCatalog {
  return TOOL_CATALOGS[lang];
}
