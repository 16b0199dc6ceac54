/**
 * Webpack for the add-in, in the style of Microsoft's yo-office template.
 *
 *   npm run build        production dist/ (Office.js from Microsoft's CDN)
 *   npm run build:dev    development build
 *   npm run dev-server   https://localhost:3000 for sideloading into Excel
 *   npm run preview      https://localhost:3000 for a plain browser: Office.js is
 *                        served from node_modules/@microsoft/office-js (offline)
 *   webpack --mode development --env preview   a preview dist/ for browser tests
 *
 * The pane's entry is src/taskpane/index.tsx; with --env preview it is
 * src/taskpane/preview.tsx, which adds the sample workbook and its grid for a
 * plain browser. The plan import is a chunk loaded when its tab opens.
 *
 * Pages get the Office.js URL as the HtmlWebpackPlugin option `officeJsUrl`:
 *   <script src="<%= htmlWebpackPlugin.options.officeJsUrl %>"></script>
 *
 * Environment: ALLOCHECK_URL_PROD (production base URL written into
 * dist/manifest.xml in place of https://localhost:3000/).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { contentSecurityPolicy } = require("./scripts/csp");
const { httpsServerOptions } = require("./scripts/dev-certs");

const urlDev = "https://localhost:3000/";
const urlProd = process.env.ALLOCHECK_URL_PROD || urlDev;

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
/** What office.js fetches when it runs outside Office (checked in chromium), plus its string tables. */
const OFFICE_JS_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us/office_strings.js", "vi-vn/office_strings.js"];
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);

  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "assets/favicon.ico", to: "favicon.ico" },
    {
      from: "manifest*.xml",
      to: "[name][ext]",
      transform(content) {
        if (dev || urlProd === urlDev) return content;
        // Every URL and the AppDomain (which has no trailing slash).
        return content.toString().split(urlDev.replace(/\/$/, "")).join(urlProd.replace(/\/$/, ""));
      },
    },
  ];
  if (preview) {
    for (const file of OFFICE_JS_FILES) {
      copyPatterns.push({ from: path.join(OFFICE_JS_DIST, file), to: `office-js/${file}`, info: { minimized: true } });
    }
  }

  const officeJsUrl = preview ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  // Only the pane's own scripts and Office.js (scripts/csp.js): a meta tag in each page, and the dev server's header.
  const csp = contentSecurityPolicy(officeJsUrl);

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      // The preview (sample workbook and its grid) is its own entry: never in a production build.
      taskpane: preview ? "./src/taskpane/preview.tsx" : "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Parts loaded on demand (the plan import): hashed, so a cached old part never meets a new pane.
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".html"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: "tsconfig.json",
              // ES modules reach webpack intact, so that unused exports (Fluent UI's
              // icon set above all) are tree-shaken; tsconfig's commonjs is for jest and the CLI.
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
        csp,
        preview,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJsUrl,
        csp,
        preview,
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*", "Content-Security-Policy": csp },
      server: serving ? await devServerHttps() : "https",
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

async function devServerHttps() {
  const options = await httpsServerOptions();
  return options ? { type: "https", options } : { type: "https" };
}
