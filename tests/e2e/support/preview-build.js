// Builds the browser preview page (src/preview), the task pane's page and the web page app.html
// (src/app), from the project's webpack config, with the bootstrap they load first; none of the
// add-in's other pages, manifest or office.js copy. Used by the end-to-end tests and the load-time bench; `npm start` serves it
// with everything else. `transpiled` builds them as production does, for EdgeHTML (ES2017).
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const makeConfig = require('../../../webpack.config');

const PAGES = ['preview.html', 'taskpane.html', 'app.html'];
// The web page's stand-ins for Node built-ins (scripts/web-page-shims.js) come with it.
const SHIMS = ['ProvidePlugin', 'NormalModuleReplacementPlugin'];

function previewConfig(outputPath, mode, transpiled) {
  const config = makeConfig({ preview: true, legacy: transpiled }, { mode });
  return {
    ...config,
    entry: { preview: config.entry.preview, taskpane: config.entry.taskpane, app: config.entry.app },
    output: { ...config.output, path: outputPath },
    plugins: config.plugins.filter((plugin) =>
      plugin instanceof HtmlWebpackPlugin
        ? PAGES.includes(plugin.userOptions.filename)
        : plugin.constructor.name === 'LegacyGuard' || SHIMS.includes(plugin.constructor.name),
    ),
    // Source maps would only slow the build; the tests read the page, not the sources.
    devtool: false,
    infrastructureLogging: { level: 'error' },
  };
}

/** Writes the pages and their scripts into outputPath; rejects with webpack's errors. */
function buildPreview(outputPath, mode = 'development', { transpiled = false } = {}) {
  const compiler = webpack(previewConfig(path.resolve(outputPath), mode, transpiled));
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error) reject(error);
        else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve(stats);
      });
    });
  });
}

module.exports = { buildPreview };
