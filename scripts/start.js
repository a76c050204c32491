#!/usr/bin/env node
// npm start: builds the add-in in development mode and serves it on https://localhost:3000/
// (webpack-dev-server, in this process: Ctrl+C or SIGTERM stops everything it started).
// Certificates come from office-addin-dev-certs; sideloading is left to the person (see below),
// because office-addin-debugging breaks `npm ci` on Linux.
'use strict';
const fs = require('node:fs');
const { spawn } = require('node:child_process');
const path = require('node:path');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const devCerts = require('office-addin-dev-certs');
const { isCaCertificateInstalled } = require('office-addin-dev-certs/lib/verify');
const {
  caCertificatePath,
  localhostCertificatePath,
  localhostKeyPath,
} = require('office-addin-dev-certs/lib/defaults');
const makeConfig = require('../webpack.config');

const MANIFEST = path.resolve(__dirname, '..', 'manifest.xml');

async function httpsOptions() {
  try {
    const { key, cert, ca } = await devCerts.getHttpsServerOptions();
    if (!isCaCertificateInstalled()) warnUntrusted();
    return { key, cert, ca };
  } catch (error) {
    // As root without sudo the CA cannot be installed, but the certificates were still made.
    warnUntrusted();
    try {
      return {
        key: fs.readFileSync(localhostKeyPath),
        cert: fs.readFileSync(localhostCertificatePath),
        ca: fs.readFileSync(caCertificatePath),
      };
    } catch {
      console.warn(`No development certificates (${error.message.trim()}); using a self-signed one.`);
      return undefined;
    }
  }
}

function warnUntrusted() {
  console.warn(
    [
      '',
      'The development CA is not trusted by this machine, so Office will refuse https://localhost:3000/.',
      'Trust it once:',
      '  Windows / macOS:  npx office-addin-dev-certs install',
      `  Debian as root:   cp ${caCertificatePath} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && update-ca-certificates`,
      `  Chromium (NSS):   apt-get install -y libnss3-tools && certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${caCertificatePath}`,
      '',
    ].join('\n'),
  );
}

function printSideloadHelp() {
  console.log(
    [
      '',
      'Serving the add-in on https://localhost:3000/ (Ctrl+C to stop).',
      `Manifest: ${MANIFEST}`,
      'Sideload it:',
      '  Excel on the web: Home › Add-ins › More Add-ins › Upload My Add-in › choose manifest.xml.',
      '  Excel on Windows: share the folder holding manifest.xml, add it as a Trusted Add-in Catalog',
      '    (File › Options › Trust Center › Trusted Add-in Catalogs), restart Excel, then',
      '    Home › Add-ins › Advanced › Shared Folder.',
      '  Excel on macOS:   copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
      '',
    ].join('\n'),
  );
}

const PREVIEW_URL = 'https://localhost:3000/preview.html';
const APP_URL = 'https://localhost:3000/app.html';

/** Without Excel, the browser preview runs the real pane against an in-memory workbook. */
function showPreview() {
  console.log(
    `No Excel here? Try the browser preview (the real pane beside an in-memory workbook): ${PREVIEW_URL}`,
  );
  console.log(`Make and check the .xlsx files in any browser, without Excel: ${APP_URL}\n`);
  const opener = browserOpener();
  if (!opener) return undefined;
  const child = spawn(opener[0], [...opener.slice(1), PREVIEW_URL], { stdio: 'ignore' });
  child.on('error', () => console.log(`Could not open a browser: open ${PREVIEW_URL} yourself.`));
  return child;
}

/** The platform's command that opens an address; none in CI or without a desktop session. */
function browserOpener() {
  if (process.env.CI || process.env.NO_BROWSER) return null;
  if (process.platform === 'darwin') return ['open'];
  if (process.platform === 'win32') return ['cmd', '/c', 'start', '""'];
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ['xdg-open'] : null;
}

async function main() {
  const config = makeConfig({}, { mode: 'development' });
  const https = await httpsOptions();
  const devServer = { ...config.devServer, server: https ? { type: 'https', options: https } : 'https' };
  let opener;
  const compiler = webpack(config);
  const server = new WebpackDevServer(devServer, compiler);
  // The address is printed once the first build is served: printed earlier, the page it names
  // would spin for as long as that build takes (11 s measured on a cold machine).
  let firstBuildServed = false;
  compiler.hooks.done.tap('announce-preview', (stats) => {
    if (firstBuildServed) return;
    if (stats.hasErrors()) {
      console.error('The first build failed; fix the errors above, the server rebuilds on save.');
      return;
    }
    firstBuildServed = true;
    printSideloadHelp();
    opener = showPreview();
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the development server.`);
    if (opener && opener.exitCode === null) opener.kill();
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await server.start();
  console.log('Building the add-in for the first time…');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
