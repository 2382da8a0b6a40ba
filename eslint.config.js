// @ts-check
import eslint from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import globals from "globals";

const LAYERS_MESSAGE = "A lower layer never imports a higher one (STYLE.md: Layers).";
const CHART_FOLDER_MESSAGE =
  "A chart folder imports only its own files, ../parts/, ../render/, ../types.ts, src/lib and the edition's strings (STYLE.md: Layers).";

/**
 * Imports a layer may not make: a lower layer never imports a higher one (see STYLE.md). `regexes` are further
 * forbidden import paths (regular expressions), each with its message.
 * @param {string[]} forbidden
 * @param {{ regex: string; message: string }[]} [regexes]
 * @returns {import("eslint").Linter.RulesRecord}
 */
const layer = (forbidden, regexes = []) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        ...forbidden.map((group) => ({ group: [group], message: LAYERS_MESSAGE })),
        ...regexes,
      ],
    },
  ],
});

const EDITION_MESSAGE =
  "The edition is an argument (ChartContext.edition, a formatter's locale), never a module global: import only the Edition type from i18n/edition.ts.";
const editionModule = { regex: "i18n/(?:index|en/)", message: EDITION_MESSAGE };

// What src/charts/ may never reach: the layers above it.
const aboveCharts = [
  "**/components/**",
  "**/pages/**",
  "**/scripts/**",
  "**/site/**",
  "astro",
  "astro:*",
];

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".dist-*/",
      ".astro/",
      "node_modules/",
      "public/",
      "tests/charts/__output__/",
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.astro"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The edition (strings and locale) reaches src/lib as an argument, never as an import.
    files: ["src/lib/**"],
    rules: layer([
      "**/i18n/**",
      "**/site/**",
      "**/charts/**",
      "**/components/**",
      "**/pages/**",
      "**/scripts/**",
      "astro",
      "astro:*",
      "@observablehq/plot",
      "d3",
      "d3-*",
    ]),
  },
  {
    files: ["src/charts/**"],
    rules: layer(aboveCharts, [editionModule]),
  },
  {
    // One folder per chart: it reaches the shared parts, the SVG finishing and the chart types, never another chart.
    files: ["src/charts/*/**"],
    ignores: ["src/charts/parts/**", "src/charts/render/**"],
    rules: layer(aboveCharts, [
      editionModule,
      { regex: "^\\.\\./(?!\\.\\./|parts/|render/|types\\.ts$)", message: CHART_FOLDER_MESSAGE },
      { regex: "/charts/(?!\\.\\./|parts/|render/|types\\.ts$)", message: CHART_FOLDER_MESSAGE },
    ]),
  },
  {
    // Shared parts and the SVG finishing serve every chart, so they never import one (nor the registry).
    files: ["src/charts/parts/**", "src/charts/render/**"],
    rules: layer(aboveCharts, [
      editionModule,
      {
        regex: "^\\.\\./(?!\\.\\./|parts/|render/|types\\.ts$)",
        message:
          "parts/ and render/ never import a chart folder or the registry (STYLE.md: Layers).",
      },
    ]),
  },
  {
    files: ["src/site/**"],
    rules: layer(["**/components/**", "**/pages/**", "**/scripts/**", "astro", "astro:*"]),
  },
  {
    // An edition's strings are data: they may name the types of src/lib, nothing else of the site.
    files: ["src/i18n/**"],
    rules: layer(
      ["astro", "astro:*"],
      [
        {
          regex: "^(?:\\.\\./)+(?:charts|site|components|pages|scripts)/",
          message: LAYERS_MESSAGE,
        },
      ],
    ),
  },
  {
    files: ["src/components/**"],
    rules: layer(["**/pages/**", "**/scripts/**"]),
  },
  {
    files: ["src/scripts/**"],
    rules: layer([
      "**/lib/**",
      "**/charts/**",
      "**/components/**",
      "**/pages/**",
      "@observablehq/plot",
      "d3",
      "d3-*",
      "topojson-client",
    ]),
  },
);
