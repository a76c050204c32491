import { PROTECTION } from './apply-plan';
import { asActionError, excelErrorCode, explainExcelError, ExcelActionError } from './errors';
import type { NarrowContext, NarrowWorksheet } from './excel-api';
import { message, messageWithReason } from './messages';

export interface SheetLock {
  sheetName: string;
  /** As read at the start of the action: the sheet is protected again afterwards only if it was. */
  wasProtected: boolean;
  /** The add-in's own password, if its plan set one; a clerk's password is never known. */
  password?: string;
}

/**
 * Queues `writes` between the unprotect and the protect of the sheets and syncs once. The
 * unprotects come first in the batch, so a password the add-in does not know stops it before
 * anything is changed; a failure later is reported as a change that stopped half-way, with the
 * protection put back.
 */
export async function writeUnlocked<T>(
  context: NarrowContext,
  locks: readonly SheetLock[],
  writes: (sheets: NarrowWorksheet[]) => T,
): Promise<T> {
  const sheets = locks.map((lock) => context.workbook.worksheets.getItem(lock.sheetName));
  locks.forEach((lock, i) => lock.wasProtected && sheets[i].protection.unprotect(lock.password));
  const result = writes(sheets);
  locks.forEach((lock, i) => lock.wasProtected && sheets[i].protection.protect(PROTECTION, lock.password));
  try {
    await context.sync();
  } catch (error) {
    throw await afterFailedWrite(context, locks, error);
  }
  return result;
}

/** Finds out how far a failed batch went, restores the protection, and words it for the clerk. */
export async function afterFailedWrite(
  context: NarrowContext,
  locks: readonly SheetLock[],
  error: unknown,
): Promise<ExcelActionError> {
  const code = excelErrorCode(error) ?? 'unknown';
  const names = locks.map((lock) => lock.sheetName).join(', ');
  const partly = () =>
    new ExcelActionError(
      code,
      messageWithReason('write-failed-partly', { sheet: names }, explainExcelError(error)),
      error,
    );
  const protectedOnes = locks.filter((lock) => lock.wasProtected);
  if (protectedOnes.length === 0) return code === 'ItemNotFound' ? asActionError(error) : partly();
  try {
    const states = protectedOnes.map((lock) => {
      const protection = context.workbook.worksheets.getItem(lock.sheetName).protection;
      protection.load('protected');
      return { lock, protection };
    });
    await context.sync();
    // A sheet still protected is one whose unprotect failed; the batch stopped there.
    const refused = states.find(({ protection }) => protection.protected);
    for (const { lock, protection } of states)
      if (!protection.protected) protection.protect(PROTECTION, lock.password);
    await context.sync();
    if (refused) {
      if (code === 'InvalidOperationInCellEditMode') return asActionError(error);
      const written = states.indexOf(refused) > 0;
      if (!written)
        return new ExcelActionError(
          'sheet-password',
          message('sheet-password', { sheet: refused.lock.sheetName }),
          error,
        );
    }
  } catch (recoveryError) {
    return new ExcelActionError(code, partly().userMessage, recoveryError);
  }
  return partly();
}
