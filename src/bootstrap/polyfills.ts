// Built-ins that the pane's code and libraries use and EdgeHTML 18 (Microsoft Edge Legacy, the
// oldest webview that runs the pane) lacks, installed only where missing. Imported first by each
// entry, so they exist before any other module runs. Babel lowers syntax; it adds no built-ins.
import { Utf8TextEncoder } from './utf8';

const scope = window as unknown as Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (name in target) return;
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

if (typeof globalThis === 'undefined') scope.globalThis = window;
if (!('TextEncoder' in window)) scope.TextEncoder = Utf8TextEncoder;

define(Object, 'fromEntries', (entries: Iterable<readonly [PropertyKey, unknown]>) => {
  const result: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) result[key] = value;
  return result;
});
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  return depth < 1
    ? this.slice()
    : this.reduce<unknown[]>(
        (all, item) => all.concat(Array.isArray(item) ? flat.call(item, depth - 1) : [item]),
        [],
      );
});
define(Array.prototype, 'flatMap', function flatMap<
  T,
  U,
>(this: T[], map: (item: T, index: number, array: T[]) => U | U[], thisArg?: unknown): U[] {
  return this.map(map, thisArg).flat() as U[];
});
define(String.prototype, 'trimEnd', function trimEnd(this: string): string {
  return this.replace(/[\s\uFEFF\xA0]+$/, '');
});
