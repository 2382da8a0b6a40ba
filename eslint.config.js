// @ts-check
import eslint from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";
import globals from "globals";

/**
 * Imports a layer may not make: a lower layer never imports a higher one (see STYLE.md).
 * @param {string[]} forbidden
 * @returns {import("eslint").Linter.RulesRecord}
 */
const layer = (forbidden) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: forbidden.map((group) => ({
        group: [group],
        message: "A lower layer never imports a higher one (STYLE.md: Layers).",
      })),
    },
  ],
});

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
    files: ["src/lib/**"],
    rules: layer([
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
    rules: layer(["**/components/**", "**/pages/**", "**/scripts/**", "astro", "astro:*"]),
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
