import type { CheckReport, FiguresSnapshot } from '../check/types';
import type { Template } from '../template/types';
import { canonicalJson, indicatorText, workbookText } from './canonical';
import { SEAL_FORMAT, type Hasher, type SealOutcome, type SealRecord, type SealStatus } from './types';
import { blockingFindings } from '../check/blocking';

/** Hex digits kept per indicator: enough to tell a change, short enough to read in the store. */
const SHORT_HASH = 16;

async function perIndicator(template: Template, snapshot: FiguresSnapshot, hash: Hasher) {
  const entries = await Promise.all(
    template.indicators.map(
      async (indicator) =>
        [
          indicator.id,
          (await hash(indicatorText(indicator, snapshot.figures))).slice(0, SHORT_HASH),
        ] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/**
 * Seals ("chốt") one sheet's figures once they pass the check: refused, with the error findings
 * as reasons, while any remain. The record makes a later change visible; it proves nothing
 * about who sealed, so it is not a signature.
 */
export async function sealFigures(
  template: Template,
  snapshot: FiguresSnapshot,
  report: CheckReport,
  sheet: string,
  now: Date,
  hash: Hasher,
): Promise<SealOutcome> {
  const reasons = blockingFindings(report.findings);
  if (reasons.length > 0) return { ok: false, reasons };
  const record: SealRecord = {
    format: SEAL_FORMAT,
    sealedAt: now.toISOString(),
    period: snapshot.period,
    templateId: template.id,
    sheet,
    fingerprint: await hash(workbookText(template, snapshot.figures, snapshot.period)),
    templateHash: await templateHash(template, hash),
    perIndicator: await perIndicator(template, snapshot, hash),
  };
  return { ok: true, record };
}

/** Compares the figures as they stand with a seal; without one the sheet is `unsealed`. */
export async function verifySeal(
  record: SealRecord | undefined,
  template: Template,
  snapshot: FiguresSnapshot,
  hash: Hasher,
): Promise<SealStatus> {
  const none = { changed: [], periodChanged: false, templateChanged: false };
  if (!record) return { status: 'unsealed', ...none };
  const fingerprint = await hash(workbookText(template, snapshot.figures, snapshot.period));
  if (fingerprint === record.fingerprint && record.templateId === template.id) {
    return { status: 'unchanged', sealedAt: record.sealedAt, ...none };
  }
  const now = await perIndicator(template, snapshot, hash);
  const ids = new Set([...Object.keys(record.perIndicator), ...Object.keys(now)]);
  const order = template.indicators.map((indicator) => indicator.id);
  const changed = [...ids]
    .filter((id) => record.perIndicator[id] !== now[id])
    .sort((a, b) => rank(order, a) - rank(order, b));
  const periodChanged = record.period !== snapshot.period;
  const templateChanged =
    record.templateId !== template.id || record.templateHash !== (await templateHash(template, hash));
  return { status: 'changed', sealedAt: record.sealedAt, changed, periodChanged, templateChanged };
}

async function templateHash(template: Template, hash: Hasher): Promise<string> {
  return (await hash(canonicalJson(template))).slice(0, SHORT_HASH);
}

function rank(order: string[], id: string): number {
  const at = order.indexOf(id);
  return at < 0 ? order.length : at;
}
