import type { NarrowWorksheet, NarrowWorksheetCollection } from '../../adapters/excel/excel-api';
import { propertyNames, Proxy, unknownProperty } from './request';
import type { FakeSheet } from './sheet';
import { WorksheetProxy } from './worksheet';

/** `workbook.worksheets`: adding, finding and listing sheets. */
export class WorksheetCollectionProxy extends Proxy implements NarrowWorksheetCollection {
  get items(): NarrowWorksheet[] {
    return this.get<NarrowWorksheet[]>('items');
  }

  add(name?: string): NarrowWorksheet {
    let created: FakeSheet | undefined;
    const proxy = new WorksheetProxy(this.context, () => created, false);
    this.context.enqueue(() => {
      const state = this.context.state;
      let fallback = state.sheets.length + 1;
      while (!name && state.sheet(`Sheet${fallback}`)) fallback += 1;
      created = state.addSheet(name ?? `Sheet${fallback}`);
    });
    return proxy;
  }

  getItem(key: string): NarrowWorksheet {
    return new WorksheetProxy(this.context, () => this.context.state.sheet(key), false, key);
  }

  getItemOrNullObject(key: string): NarrowWorksheet {
    this.context.requireApi('WorksheetCollection.getItemOrNullObject');
    const proxy = new WorksheetProxy(this.context, () => this.context.state.sheet(key), true, key);
    this.context.trackNullable(proxy);
    return proxy;
  }

  getActiveWorksheet(): NarrowWorksheet {
    return new WorksheetProxy(this.context, () => this.context.state.activeSheet, false);
  }

  load(names: string | string[]): NarrowWorksheetCollection {
    const itemNames = propertyNames(names)
      .filter((name) => name === 'items' || name.startsWith('items/'))
      .map((name) => name.slice('items/'.length))
      .filter(Boolean);
    this.loadNames('items');
    // Items come back loaded with what was asked, as Excel's collection loads do.
    this.context.enqueue(() => {
      for (const item of this.items as WorksheetProxy[])
        item.fill(itemNames.length ? itemNames : ['name', 'position', 'visibility']);
    }, true);
    return this;
  }

  protected snapshot(name: string): unknown {
    if (name !== 'items') throw unknownProperty(name);
    return this.context.state.sheets.map((sheet) => new WorksheetProxy(this.context, () => sheet, false));
  }
}
