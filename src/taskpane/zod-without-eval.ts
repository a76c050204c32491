import { z } from 'zod';

// zod compiles fast validators with `new Function`, which the pane's Content-Security-Policy
// forbids (no eval). It falls back by itself, but only after the browser logs a CSP violation;
// saying so up front keeps the console clean. Imported first, before any schema parses.
z.config({ jitless: true });
