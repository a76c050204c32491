import type { Localized } from '../../core/i18n/localized';
import { message } from './messages';

/**
 * A failure of one user action, already worded for a clerk. `code` is the Excel error code
 * (OfficeExtension.Error.code) or the adapter's own reason; `cause` keeps the original error for
 * whoever debugs it, never for the clerk.
 */
export class ExcelActionError extends Error {
  constructor(
    readonly code: string,
    readonly userMessage: Localized,
    readonly cause?: unknown,
  ) {
    super(userMessage.en);
    this.name = 'ExcelActionError';
  }
}

/** The `code` of an OfficeExtension.Error (or the fake's), if the value is one. */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** What Excel's error means for a clerk, short enough to sit inside another message. */
export function explainExcelError(error: unknown): Localized {
  const code = excelErrorCode(error);
  switch (code) {
    case 'AccessDenied':
      return message('access-denied');
    case 'ItemNotFound':
    case 'InvalidReference':
      return message('not-found');
    case 'InvalidOperationInCellEditMode':
      return message('cell-edit-mode');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ActivityLimitReached':
      return message('too-much');
    case 'ItemAlreadyExists':
      return message('sheet-name-taken');
    case 'ApiNotFound':
      return message('api-missing');
    default:
      return message('excel-error', { code: code ?? (error instanceof Error ? error.name : 'unknown') });
  }
}

/** Turns anything thrown inside an action into an ExcelActionError (already worded ones pass through). */
export function asActionError(error: unknown): ExcelActionError {
  if (error instanceof ExcelActionError) return error;
  return new ExcelActionError(excelErrorCode(error) ?? 'unknown', explainExcelError(error), error);
}
