#!/usr/bin/env node
// npm run validate [manifest.xml]: Microsoft's own check of the add-in manifest, through
// office-addin-manifest. It always calls a Microsoft web service, so it needs the internet; without
// it this says so and exits 2 instead of passing. The offline checks are tests/manifest/*.test.ts.
'use strict';
const path = require('node:path');
const { validateManifest } = require('office-addin-manifest');

const manifest = path.resolve(process.argv[2] || path.join(__dirname, '..', 'manifest.xml'));

function isOffline(error) {
  const text = `${error && error.code} ${error && error.message} ${error && error.cause && error.cause.code}`;
  return /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|fetch failed/i.test(text);
}

async function main() {
  let result;
  try {
    result = await validateManifest(manifest);
  } catch (error) {
    if (isOffline(error)) {
      console.error(
        [
          `Không kiểm tra được ${manifest}: dịch vụ kiểm tra của Microsoft cần kết nối Internet, máy này không có.`,
          `Could not validate ${manifest}: Microsoft's validation service needs the internet, which this machine does not reach.`,
          'The offline checks of the manifest run with the unit tests (tests/manifest).',
        ].join('\n'),
      );
      process.exit(2);
    }
    console.error(`office-addin-manifest validate: ${error && error.message ? error.message : error}`);
    process.exit(2);
  }
  const report = result.report || {};
  for (const issue of [...(report.errors || []), ...(report.warnings || [])]) {
    console.log(`${issue.title}: ${issue.content}${issue.line ? ` (line ${issue.line})` : ''}`);
  }
  console.log(result.isValid ? 'The manifest is valid.' : 'The manifest is NOT valid.');
  process.exit(result.isValid ? 0 : 1);
}

main();
