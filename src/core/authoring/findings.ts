import { authoringInBothLanguages } from '../i18n/authoring-catalog';
import type { Localized } from '../i18n/localized';
import type { AuthoringTexts } from '../i18n/vi/authoring';

/** One problem of the authoring sheet, naming its cell (`F14`) where there is one. */
export interface AuthoringFinding {
  severity: 'error' | 'warning';
  cell?: string;
  message: Localized;
}

type Catalog = AuthoringTexts['findings'];
type Params<K extends keyof Catalog> = (Parameters<Catalog[K]> extends []
  ? object
  : Parameters<Catalog[K]>[0]) & {
  cell?: string;
};

export function problem<K extends keyof Catalog>(
  severity: AuthoringFinding['severity'],
  key: K,
  params: Params<K>,
): AuthoringFinding {
  const build = (catalog: Catalog) => (catalog[key] as (p: typeof params) => string)(params);
  const finding: AuthoringFinding = {
    severity,
    message: authoringInBothLanguages((catalog) => build(catalog.authoring.findings)),
  };
  if (params.cell) finding.cell = params.cell;
  return finding;
}

export const error = <K extends keyof Catalog>(key: K, params: Params<K>) => problem('error', key, params);
export const warning = <K extends keyof Catalog>(key: K, params: Params<K>) =>
  problem('warning', key, params);

/** A problem told elsewhere in both languages (a rule's, a schema's), put on its cell. */
export function atCell(cell: string, message: Localized): AuthoringFinding {
  return {
    severity: 'error',
    cell,
    message: { vi: `Ô ${cell}: ${message.vi}`, en: `Cell ${cell}: ${message.en}` },
  };
}
