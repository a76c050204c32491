/**
 * Errors shaped like OfficeExtension.Error (`code`, `message`, `debugInfo`), so the adapter's
 * error handling sees the same thing from the fake as from Excel.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ApiNotFound'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'AccessDenied'
  | 'InvalidReference'
  | 'InvalidOperationInCellEditMode'
  | 'GeneralException';

export class FakeExcelError extends Error {
  readonly name = 'RichApi.Error';
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}
