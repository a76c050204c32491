import type { ExcelRun, NarrowContext, NarrowWorkbook } from '../../adapters/excel/excel-api';
import type { ExcelApiMember } from './api-levels';
import type { Requests } from './request';
import type { FakeWorkbook } from './workbook';
import { WorksheetCollectionProxy } from './worksheet-collection';

/**
 * Excel's request model over a FakeWorkbook: property writes and method calls are queued and
 * applied in order at `sync`; a property can be read only after it was loaded and synced
 * (`PropertyNotLoaded` otherwise); a failing operation stops the batch, the ones before it stay
 * applied (Excel batches are not transactions).
 */

interface Operation {
  run: () => void;
  /** A load: Excel calculates before it reads, so pending changes are calculated first. */
  reads: boolean;
}

export class FakeContext implements NarrowContext, Requests {
  readonly workbook: NarrowWorkbook;
  private queue: Operation[] = [];
  private readonly nullables: { settleNull(): void }[] = [];

  constructor(readonly state: FakeWorkbook) {
    this.workbook = { worksheets: new WorksheetCollectionProxy(this) };
  }

  enqueue(run: () => void, reads = false): void {
    this.queue.push({ run, reads });
  }

  trackNullable(proxy: { settleNull(): void }): void {
    this.nullables.push(proxy);
  }

  // The level is known when the request is made, so a supported member costs nothing at sync.
  requireApi(member: ExcelApiMember): void {
    if (!this.state.hasApi(member)) this.enqueue(() => this.state.refuseApi(member));
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<unknown> {
    this.state.syncCount += 1;
    const queue = this.queue;
    this.queue = [];
    let changed = false;
    try {
      for (const operation of queue) {
        this.state.beforeOperation();
        if (operation.reads && changed) {
          this.state.changed();
          changed = false;
        }
        operation.run();
        changed ||= !operation.reads;
      }
    } finally {
      if (changed) this.state.changed();
      for (const proxy of this.nullables) proxy.settleNull();
    }
    return undefined;
  }
}

/** `Excel.run` for a fake workbook: the batch gets a fresh context; queued leftovers are synced. */
export function fakeRun(state: FakeWorkbook): ExcelRun {
  return async (batch) => {
    const context = new FakeContext(state);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  };
}
