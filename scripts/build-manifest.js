// The production manifest is the development one with every https://localhost:3000/ replaced by
// the address the add-in is served from. Used by webpack.config.js; tested in tests/manifest.
'use strict';

const DEV_URL = 'https://localhost:3000/';
/** A placeholder: each deployment sets ADDIN_PUBLIC_URL to the https folder it serves dist/ from. */
const DEFAULT_PUBLIC_URL = 'https://addin.example.org/chi-tieu-nghi-quyet/';

/** The deployment's address from the environment, checked: https, ending with "/". */
function publicUrl(env = process.env) {
  const url = env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  if (!/^https:\/\/[^/\s]+\/(?:[^\s]*\/)?$/.test(url)) {
    throw new Error(`ADDIN_PUBLIC_URL must be an https address ending with "/", got "${url}"`);
  }
  return url;
}

function productionManifest(xml, url) {
  return xml.replaceAll(DEV_URL, url);
}

module.exports = { DEV_URL, DEFAULT_PUBLIC_URL, publicUrl, productionManifest };
