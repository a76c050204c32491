// Fluent UI measures its popovers and overflowing toolbars with ResizeObserver, which EdgeHTML
// lacks; only the pages that render Fluent UI import this.
import { ResizeObserver as ResizeObserverPolyfill } from '@juggle/resize-observer';

if (!('ResizeObserver' in window)) {
  (window as unknown as Record<string, unknown>).ResizeObserver = ResizeObserverPolyfill;
}
