import { catalogFor } from '../i18n/catalog';
import type { FindingCode, FindingParams, Where } from './finding-codes';
import { SEVERITY } from './finding-codes';
import type { Finding } from './types';

/** Builds a finding with its message in both languages from one code and its parameters. */
export function finding<C extends FindingCode>(
  code: C,
  where: Where & { indicatorId?: string },
  params: FindingParams[C],
): Finding {
  const place = { name: where.name, cell: where.cell };
  const result: Finding = {
    code,
    severity: SEVERITY[code],
    message: {
      vi: catalogFor('vi').findings[code](place, params),
      en: catalogFor('en').findings[code](place, params),
    },
  };
  if (where.indicatorId !== undefined) result.indicatorId = where.indicatorId;
  if (where.cell !== undefined) result.cell = where.cell;
  return result;
}
