// Prints the plain closing line that CI log readers recognise: "N passed, N failed".
// With RT_SUMMARY_FILE set (by .ci/run), it also appends the line there so CI can total its stages.
const fs = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed`;
    process.stdout.write(`\n${line}\n`);
    if (process.env.RT_SUMMARY_FILE) fs.appendFileSync(process.env.RT_SUMMARY_FILE, `${line}\n`);
  }
}
module.exports = SummaryReporter;
