import type { Localized } from '../i18n/localized';
import { AUTHORING_EN } from './messages.en';
import { AUTHORING_VI, type AuthoringTexts } from './messages.vi';

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
    message: { vi: build(AUTHORING_VI.findings), en: build(AUTHORING_EN.findings) },
  };
  if (params.cell) finding.cell = params.cell;
  return finding;
}

export const error = <K extends keyof Catalog>(key: K, params: Params<K>) => problem('error', key, params);
export const warning = <K extends keyof Catalog>(key: K, params: Params<K>) =>
  problem('warning', key, params);
