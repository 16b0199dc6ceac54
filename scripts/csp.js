/**
 * The task pane's Content-Security-Policy, one source for the meta tag of the
 * HTML pages (webpack.config.js, HtmlWebpackPlugin) and the dev server's header.
 *
 * - scripts: the add-in's own bundle and Office.js only ('self', and
 *   appsforoffice.microsoft.com where Office.js comes from Microsoft's CDN,
 *   which also serves the host-specific scripts Office.js loads); no inline
 *   script, no eval or `new Function` ('unsafe-eval' is never granted);
 * - styles: 'self' and inline <style> elements, which Fluent UI v9 (Griffel)
 *   inserts at run time;
 * - connections and frames: 'self' (the dev server's live reload), Office.js
 *   and Office.js's own telemetry endpoint, nothing else; no plugins, no
 *   <base>, no form posts.
 *
 * `frame-ancestors` is left to the server header: browsers ignore it in a meta tag.
 */
"use strict";

const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_TELEMETRY_ORIGIN = "https://telemetryservice.firstpartyapps.oaspapps.com";

/** The policy for pages that load Office.js from `officeJsUrl` (absolute CDN URL, or a local path). */
function contentSecurityPolicy(officeJsUrl) {
  const officeJs = /^https:\/\//.test(officeJsUrl) ? [new URL(officeJsUrl).origin] : [];
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...officeJs],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...officeJs, OFFICE_TELEMETRY_ORIGIN],
    // Office.js opens its telemetry in a frame (seen outside Office: test/browser/*.e2e.js allowRequests).
    "frame-src": ["'self'", ...officeJs, OFFICE_TELEMETRY_ORIGIN],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

module.exports = { contentSecurityPolicy, OFFICE_JS_ORIGIN, OFFICE_TELEMETRY_ORIGIN };
