import type { ExcelApiMember } from './api-levels';
import { FakeExcelError } from './errors';
import type { FakeWorkbook } from './workbook';

/**
 * What a proxy needs of its request context: the workbook, a queue of operations applied at
 * `sync`, and the requirement-set check. Kept apart from the context class so that the proxies
 * and the context do not import each other.
 */
export interface Requests {
  readonly state: FakeWorkbook;
  /** `reads`: a load, before which Excel calculates pending changes. */
  enqueue(run: () => void, reads?: boolean): void;
  trackNullable(proxy: { settleNull(): void }): void;
  /** Queues the refusal Excel gives for a member above this workbook's ExcelApi level. */
  requireApi(member: ExcelApiMember): void;
}

export function propertyNames(names: string | string[]): string[] {
  return (Array.isArray(names) ? names : names.split(',')).map((name) => name.trim()).filter(Boolean);
}

/** An Excel object seen through a request context: loaded properties are readable after a sync. */
export abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(protected readonly context: Requests) {}

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  settleNull(): void {
    this.nullState = this.exists() === false;
  }

  /** Whether the object this proxy stands for exists now; undefined when not a null-object kind. */
  protected exists(): boolean | undefined {
    return undefined;
  }

  protected loadNames(names: string | string[]): void {
    const list = propertyNames(names);
    this.context.enqueue(() => this.loadNow(list), true);
  }

  /** Loads at once, inside a sync already running (a collection's items come back loaded). */
  protected loadNow(names: readonly string[]): void {
    if (this.exists() === false) return;
    for (const name of names) this.loaded.set(name, this.snapshot(name));
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected abstract snapshot(name: string): unknown;
}

export function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function unknownProperty(name: string): FakeExcelError {
  return new FakeExcelError('InvalidArgument', `The fake Excel does not model the property '${name}'.`);
}

/**
 * Adds to `base` properties that can be set (queued) but not read back without a load, like
 * Excel's. Never spread the result: spreading reads every property.
 */
export function writeOnly<T extends Record<string, (value: never) => void>, B extends object = object>(
  setters: T,
  base: B = {} as B,
): { [K in keyof T]: Parameters<T[K]>[0] } & B {
  const target = base as { [K in keyof T]: Parameters<T[K]>[0] } & B;
  for (const name of Object.keys(setters)) {
    Object.defineProperty(target, name, {
      enumerable: true,
      get: () => {
        throw notLoaded(name);
      },
      set: (value: never) => {
        setters[name](value);
      },
    });
  }
  return target;
}
