#!/usr/bin/env node
'use strict';
// Runs the compiled command-line tool; `npm run build:cli` (also run by `npm ci`) builds it.
const path = require('node:path');

const compiled = path.join(__dirname, '..', 'dist', 'node', 'cli', 'cli.js');
let cli;
try {
  cli = require(compiled);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiled)) {
    process.stderr.write(
      'resolution-targets: chưa biên dịch công cụ dòng lệnh. Hãy chạy "npm run build:cli" trong thư mục dự án.\n' +
        'resolution-targets: the command-line tool is not built. Run "npm run build:cli" in the project folder.\n',
    );
    process.exit(2);
  }
  process.stderr.write(
    `resolution-targets: ${error && error.message ? error.message.split('\n')[0] : error}\n`,
  );
  process.exit(2);
}
cli.run();
