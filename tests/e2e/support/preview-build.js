// Builds the browser preview page alone (src/preview), from the project's webpack config: the
// preview entry and its page, none of the add-in's other pages, manifest or office.js copy.
// Used by the end-to-end tests and the load-time bench; `npm start` serves it with everything else.
'use strict';
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const makeConfig = require('../../../webpack.config');

function previewConfig(outputPath, mode) {
  const config = makeConfig({ preview: true }, { mode });
  return {
    ...config,
    entry: { preview: config.entry.preview },
    output: { ...config.output, path: outputPath },
    plugins: config.plugins.filter(
      (plugin) => plugin instanceof HtmlWebpackPlugin && plugin.userOptions.filename === 'preview.html',
    ),
    // Source maps would only slow the build; the tests read the page, not the sources.
    devtool: false,
    infrastructureLogging: { level: 'error' },
  };
}

/** Writes preview.html and its script into outputPath; rejects with webpack's errors. */
function buildPreview(outputPath, mode = 'development') {
  const compiler = webpack(previewConfig(path.resolve(outputPath), mode));
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
