import type { NarrowWorksheetProtection, ProtectionOptions } from '../../adapters/excel/excel-api';
import { FakeExcelError } from './errors';
import { Proxy, unknownProperty, type Requests } from './request';
import type { FakeSheet } from './sheet';

/** `worksheet.protection`: protecting with options and a password, as Excel checks them. */
export class ProtectionProxy extends Proxy implements NarrowWorksheetProtection {
  constructor(
    context: Requests,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context);
  }

  get protected(): boolean {
    return this.get('protected');
  }

  protect(options?: ProtectionOptions, password?: string): void {
    if (password !== undefined) this.context.requireApi('WorksheetProtection.protect (password)');
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.protection.protected)
        throw new FakeExcelError('InvalidOperation', `The sheet ${sheet.name} is already protected.`);
      sheet.protection = { protected: true, password: password || undefined, options: { ...options } };
    });
  }

  unprotect(password?: string): void {
    if (password !== undefined) this.context.requireApi('WorksheetProtection.unprotect (password)');
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (!sheet.protection.protected) return;
      if (sheet.protection.password !== undefined && sheet.protection.password !== password) {
        throw new FakeExcelError('InvalidArgument', 'The password you supplied is not correct.');
      }
      sheet.protection = { protected: false };
    });
  }

  load(names: string | string[]): NarrowWorksheetProtection {
    this.loadNames(names);
    return this;
  }

  protected snapshot(name: string): unknown {
    if (name === 'protected') return this.sheet().protection.protected;
    throw unknownProperty(name);
  }
}
