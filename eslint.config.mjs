// Lint: typescript-eslint's recommended rules everywhere, and Microsoft's
// eslint-plugin-office-addins rules (load before read, sync before read, no
// sync in loops, null-object checks) on the code that talks to Office.js.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import react from "eslint-plugin-react";

// Layers, enforced: the engine imports nothing but itself; the pane's
// components reach the workbook only through the app's services.
const NODE_BUILTINS = ["fs", "fs/*", "path", "os", "child_process", "crypto", "util", "stream", "url", "zlib", "buffer", "events", "worker_threads", "module", "node:*"];
const coreLayer = {
  files: ["src/core/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/adapters", "**/adapters/**", "**/app", "**/app/**", "**/taskpane/**", "**/preview/**", "**/cli/**", "**/extract", "**/extract/**", "**/sample", "**/sample/**", "**/i18n", "**/i18n/**", "**/commands/**"],
            message: "The engine (src/core) imports only src/core: adapters, services and faces depend on it, never the other way.",
          },
          {
            group: ["exceljs", "jszip", "saxes", "react", "react-dom", "react/*", "@fluentui/*", "mammoth", ...NODE_BUILTINS],
            message: "The engine is pure TypeScript: no workbook, XML, UI or document packages, no Node builtins.",
          },
        ],
      },
    ],
  },
};
const paneComponentsLayer = {
  files: ["src/taskpane/components/**/*.{ts,tsx}", "src/taskpane/hooks/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/adapters", "**/adapters/**"],
            message: "The pane's components use the app's services (src/app) over a WorkbookHost; only the composition root (src/taskpane/index.tsx, PreviewShell.tsx) picks an adapter.",
          },
        ],
      },
    ],
  },
};

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

export default tseslint.config(
  { ignores: ["node_modules/", "lib/", "dist/", "out/", "test-output/", "bench-output/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  coreLayer,
  paneComponentsLayer,
  // No code from strings, no user text as HTML (the pane runs under a Content-Security-Policy without 'unsafe-eval').
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { react },
    rules: {
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
      "no-script-url": "error",
      "react/no-danger": "error",
      "react/no-danger-with-children": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/adapters/office/**/*.ts", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      ...officeRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
);
