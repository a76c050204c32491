// Builds the add-in's web parts: the task pane (React), the ribbon's function file, the ribbon
// result dialog and the support page, plus the icons and the manifest; and the web page app.html,
// which makes and checks the files in any browser without Excel (its own bundle, no office.js).
//
// Production URL: every https://localhost:3000/ in manifest.xml is replaced by ADDIN_PUBLIC_URL
// (default below) in dist/manifest.xml, e.g.
//   ADDIN_PUBLIC_URL=https://addin.example.gov.vn/chi-tieu/ npm run build
// office.js: Microsoft's CDN in production; in development the whole office-js dist folder is
// served from this server, because office.js loads its host files relative to itself.
const path = require('node:path');
const zlib = require('node:zlib');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DEFAULT_PUBLIC_URL, productionManifest, publicUrl } = require('./scripts/build-manifest');
const { legacyGuardAsset } = require('./scripts/legacy-guard-asset');
const { webPageNodeShims } = require('./scripts/web-page-shims');

const OFFICE_JS_CDN_HOST = 'https://appsforoffice.microsoft.com';
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_HOST}/lib/1/hosted/office.js`;
/** The task pane's own JavaScript (office.js excluded), gzipped, must stay under this (issue: bundle size). */
// Back to 250 KB (244.2 KB measured): the English catalog loads only when Office shows English,
// the CLI's, consolidation's and web page's words are in toolCatalogFor, never imported by the pane,
// and the report, the Word writer, drafting and the authoring sheet load on demand
// (docs/design.md, "Older Excel").
const PANE_GZIP_BUDGET = 250 * 1024;
/**
 * The oldest webview that runs the pane: EdgeHTML 18 (Microsoft Edge Legacy), which Microsoft 365
 * and retail Excel 2019 use without WebView2. It parses ES2017; Trident (ES5) gets the bootstrap's
 * message instead (docs/design.md, "Older Excel").
 */
const LEGACY_TARGET = 'edge 18';

function productionUrl() {
  if (!process.env.ADDIN_PUBLIC_URL) {
    console.warn(
      `ADDIN_PUBLIC_URL is not set: dist/manifest.xml points at the placeholder ${DEFAULT_PUBLIC_URL}`,
    );
  }
  return publicUrl();
}

/**
 * Only this origin and the office.js host may provide scripts; no eval, no inline script. The web
 * page app.html loads no office.js, so only this origin.
 */
function contentSecurityPolicy(dev, office = true) {
  const scripts = dev || !office ? "'self'" : `'self' ${OFFICE_JS_CDN_HOST}`;
  // Fluent UI (Griffel) inserts its generated class rules at run time, hence inline styles.
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    dev ? "connect-src 'self' wss://localhost:3000" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Emits the ES5 bootstrap (src/bootstrap) as is: not bundled, not minified, not transpiled. */
class LegacyGuard {
  constructor(asset) {
    this.asset = asset;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LegacyGuard', (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tap({ name: 'LegacyGuard', stage }, () => {
        const { fileName, source, files } = this.asset;
        files.forEach((file) => compilation.fileDependencies.add(file));
        compilation.emitAsset(fileName, new compiler.webpack.sources.RawSource(source), {
          minimized: true,
        });
      });
    });
  }
}

/**
 * Babel lowers our code and node_modules (Fluent's tabster has class static blocks, others `??`)
 * to what EdgeHTML 18 parses. Modules are CommonJS or ES, hence `unambiguous`; the cache lives in
 * the project, not in node_modules.
 */
function babelRule(test, exclude) {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      sourceType: 'unambiguous',
      // The minifier formats production output; keeping layout only slows the largest modules.
      compact: true,
      presets: [['@babel/preset-env', { targets: LEGACY_TARGET, bugfixes: true, modules: false }]],
      cacheDirectory: path.resolve(__dirname, '.cache', 'babel-loader'),
      cacheCompression: false,
    },
    ...(test ? { test, exclude } : {}),
  };
}

/** Fails a production build whose task pane scripts exceed the gzip budget. */
class PaneSizeBudget {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PaneSizeBudget', (compilation) => {
      // After minification, so the figure is what the clerk's Excel downloads.
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE;
      compilation.hooks.processAssets.tap({ name: 'PaneSizeBudget', stage }, () => {
        const files = [...compilation.entrypoints.get('taskpane').getFiles()].filter((f) =>
          f.endsWith('.js'),
        );
        const bytes = files.reduce(
          (sum, f) => sum + zlib.gzipSync(compilation.getAsset(f).source.buffer()).length,
          0,
        );
        const line = `task pane JavaScript: ${(bytes / 1024).toFixed(1)} KB gzip (budget ${PANE_GZIP_BUDGET / 1024} KB)`;
        if (bytes > PANE_GZIP_BUDGET) compilation.errors.push(new Error(`Over budget: ${line}`));
        else console.log(line);
      });
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== 'production';
  // The browser preview bundles HyperFormula (GPLv3, development only): it is built by the
  // development server and by `--env preview` (e2e tests, load-time bench), never by `npm run build`.
  const preview = dev || Boolean(env?.preview);
  // What ships is transpiled for EdgeHTML; `--env legacy` does the same in a development build,
  // so the end-to-end tests run the transpiled pane while `npm start` stays fast.
  const transpile = !dev || Boolean(env?.legacy);
  const officeJs = dev ? 'office-js/office.js' : OFFICE_JS_CDN;
  const guard = legacyGuardAsset();
  // The bootstrap loads the page's bundle itself (src/bootstrap/legacy-guard.js), hence no inject.
  const page = (name, template, chunks, title, kind, office = true) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      title,
      ...(office ? { officeJs } : {}),
      guard: guard.fileName,
      kind,
      csp: contentSecurityPolicy(dev, office),
      inject: false,
    });

  return {
    mode: dev ? 'development' : 'production',
    // webpack's own runtime code and the minifier's output stay within ES2017 too.
    target: transpile ? ['web', 'es2017'] : 'web',
    // eval-based source maps would need 'unsafe-eval' in the pages' CSP.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      result: './src/commands/result.ts',
      app: './src/app/index.tsx',
      ...(preview ? { preview: './src/preview/index.tsx' } : {}),
    },
    // Keep dist/node: the command-line tool compiled by `npm ci` (prepare) lives there.
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: { keep: /^node[\\/]/ },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
    },
    module: {
      rules: [
        // webpack's side-effect-free module skipping resolves zod's `export * as iso` to the wrong
        // module, so `z.iso.date()` becomes `z.date()` and refuses "2022-12-26" (the built-in
        // template's issuedOn). Keeping these modules in place fixes it; unused exports still go.
        { test: /node_modules[\\/]zod[\\/]v4[\\/]classic[\\/]/, sideEffects: true },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            ...(transpile ? [babelRule()] : []),
            {
              loader: 'ts-loader',
              options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
            },
          ],
        },
        ...(transpile ? [babelRule(/\.[cm]?js$/, /node_modules[\\/](@babel|webpack)[\\/]/)] : []),
      ],
    },
    performance: { hints: false },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane'], 'Chỉ tiêu Nghị quyết', 'pane'),
      page('commands', './src/commands/commands.html', ['commands'], 'Chỉ tiêu Nghị quyết', 'command'),
      page('result', './src/commands/result.html', ['result'], 'Kết quả kiểm tra', 'dialog'),
      page('support', './src/taskpane/support.html', [], 'Chỉ tiêu Nghị quyết — hướng dẫn'),
      // Any modern browser, no Excel: its own bundle and no office.js (the pane's budget is unaffected).
      page('app', './src/app/app.html', ['app'], 'Chỉ tiêu Nghị quyết — tạo và kiểm tra biểu', 'page', false),
      ...(preview
        ? [
            page(
              'preview',
              './src/preview/preview.html',
              ['preview'],
              'Bản xem thử — không phải Excel',
              'pane',
            ),
          ]
        : []),
      new LegacyGuard(guard),
      ...webPageNodeShims(path.resolve(__dirname, 'src', 'app', 'node-shims')),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : productionManifest(content.toString(), productionUrl())),
          },
          ...(dev
            ? [
                {
                  from: 'node_modules/@microsoft/office-js/dist',
                  to: 'office-js',
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
      ...(dev ? [] : [new PaneSizeBudget()]),
    ],
    devServer: {
      port: 3000,
      hot: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      // scripts/start.js puts the office-addin-dev-certs certificates here; a plain `webpack serve`
      // falls back to a self-signed one that Office will not trust.
      server: 'https',
    },
  };
};
