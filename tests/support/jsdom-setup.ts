import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The pane's actions run whole workbooks through the fake Excel; on a 2-core machine running the
// suite in parallel they take seconds, so findBy… and waitFor wait up to 10 s instead of 1 s.
configure({ asyncUtilTimeout: 10_000 });

// Fluent UI v9 measures elements with ResizeObserver, which jsdom does not provide.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// jsdom lacks the encoding API that browsers (and the core's template loader) rely on.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
