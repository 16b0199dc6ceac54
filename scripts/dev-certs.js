/**
 * HTTPS options for the development server (https://localhost:3000).
 *
 * 1. office-addin-dev-certs `getHttpsServerOptions()` — what Microsoft's
 *    template uses; it makes and trusts a localhost certificate (Windows, macOS).
 * 2. On Linux that call rejects (it needs sudo to trust the CA) after writing
 *    ~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}: read them.
 * 3. Otherwise `null`: webpack-dev-server then makes its own self-signed
 *    certificate (browsers must be told to accept it; Playwright:
 *    ignoreHTTPSErrors).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function readCertificateFiles(dir = CERT_DIR) {
  const file = (name) => path.join(dir, name);
  if (![file("localhost.crt"), file("localhost.key")].every((f) => fs.existsSync(f))) return null;
  const options = { cert: fs.readFileSync(file("localhost.crt")), key: fs.readFileSync(file("localhost.key")) };
  if (fs.existsSync(file("ca.crt"))) options.ca = fs.readFileSync(file("ca.crt"));
  return options;
}

/** Resolves to `{ ca, key, cert }` or `null` (use webpack-dev-server's own certificate). */
async function httpsServerOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    const fromFiles = readCertificateFiles();
    if (fromFiles) {
      console.warn(`office-addin-dev-certs: ${error && error.message ? error.message.split("\n")[0] : error}; using ${CERT_DIR}`);
      return fromFiles;
    }
    console.warn("office-addin-dev-certs unavailable and no certificate files: using webpack-dev-server's self-signed certificate");
    return null;
  }
}

module.exports = { httpsServerOptions, readCertificateFiles, CERT_DIR };
