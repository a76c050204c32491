// The xlsx adapter (src/adapters/xlsx) was written for Node; the web page app.html runs it in the
// browser on a file's bytes. These plugins give it the few Node built-ins it names: Buffer (the
// `buffer` package, as Node's), and the three `node:` modules, answered by src/app/node-shims.
// Only modules that name them are touched: the task pane's bundle does not, so its size stays.
'use strict';
const webpack = require('webpack');

const SHIMMED = ['fs', 'zlib', 'crypto'];

function webPageNodeShims(shimFolder) {
  return [
    new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
    new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
      const name = resource.request.slice('node:'.length);
      if (!SHIMMED.includes(name)) throw new Error(`No browser stand-in for node:${name}`);
      resource.request = `${shimFolder}/${name}.ts`;
    }),
  ];
}

module.exports = { webPageNodeShims };
