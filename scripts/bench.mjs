// npm run bench: clean-build timing, bytes per page and per chart, and the story's JS against a client-side baseline.
// Prints a report and writes the same figures to .bench/latest.json. Budgets are checked; timing is only printed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { baselineBundle } from "./lib/benchBaseline.mjs";
import { median, timeCleanBuilds } from "./lib/benchBuild.mjs";
import { measureDist } from "./lib/benchMeasure.mjs";
import { kb, table } from "./lib/benchTable.mjs";
import { lighthouseScores } from "./lib/lighthouse.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// The byte budgets npm test enforces (tests/build/budgets.test.ts), printed here beside the timings.
const budgets = {
  storyJsGzip: 10 * 1024,
  storyGzip: 120 * 1024,
  chartPageGzip: 60 * 1024,
  embedGzip: 30 * 1024,
  mapSvgRaw: 60 * 1024,
};

console.log("Building 3 times from clean…");
const buildsMs = timeCleanBuilds(root, 3);
console.log(
  `clean build: median ${(median(buildsMs) / 1000).toFixed(2)} s (runs: ${buildsMs.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s)\n`,
);

const { pages, charts, dist } = await measureDist(root);
console.log(
  table(
    [
      "page",
      "HTML",
      "HTML gz",
      "JS",
      "JS gz",
      "CSS",
      "CSS gz",
      "all gz",
      "requests",
      "fonts (at most)",
      "fonts preloaded",
    ],
    pages.map((p) => [
      p.path,
      kb(p.html.raw),
      kb(p.html.gzip),
      kb(p.js.raw),
      kb(p.js.gzip),
      kb(p.css.raw),
      kb(p.css.gzip),
      kb(p.all.gzip),
      p.requests,
      `${String(p.fonts.files)} / ${kb(p.fonts.bytes)}`,
      kb(p.fonts.preloaded),
    ]),
  ),
);
console.log(
  "(all gz, requests: the HTML and the scripts, styles and images it loads; fonts apart: the files cut to what the page draws, of which a browser fetches the preloaded ones and those its text needs)",
);
console.log(
  `\n${table(
    ["chart svg", "first seen on", "raw", "gz"],
    charts.map((c) => [c.chart, c.page, kb(c.raw), kb(c.gzip)]),
  )}`,
);
console.log(`\ndist/: ${String(dist.files)} files, ${kb(dist.bytes)}`);

const story = pages.find((page) => page.path === "/");
const baseline = await baselineBundle(root);
const storyJs = story?.js.gzip ?? 0;
console.log(`\nclient-side baseline bundle (${baseline.entry}):`);
if ("error" in baseline) console.log(`  could not be built: ${baseline.error}`);
else {
  console.log(`  ${kb(baseline.bytes)} minified, ${kb(baseline.gzip)} gzipped`);
  console.log(
    `  story JS ${kb(storyJs)} gz / baseline ${kb(baseline.gzip)} gz = ${(storyJs / baseline.gzip).toFixed(3)}`,
  );
}

const mapCharts = charts.filter((chart) => /map/i.test(chart.chart));
const checks = [
  {
    budget: `story JS < ${kb(budgets.storyJsGzip)} gz`,
    value: kb(storyJs),
    pass: story !== undefined && storyJs < budgets.storyJsGzip,
  },
  // Each edition's story: the page and everything it loads, its fonts included.
  ...pages
    .filter((page) => /^\/((az|ru)\/)?$/.test(page.path))
    .map((page) => ({
      budget: `story ${page.path} ≤ ${kb(budgets.storyGzip)} gz with fonts`,
      value: kb(page.all.gzip + page.fonts.bytes),
      pass: page.all.gzip + page.fonts.bytes <= budgets.storyGzip,
    })),
  ...pages
    .filter((page) => /^(\/(az|ru))?\/charts\/[a-z-]+\/$/.test(page.path))
    .map((page) => ({
      budget: `${page.path} ≤ ${kb(budgets.chartPageGzip)} gz with fonts`,
      value: kb(page.all.gzip + page.fonts.bytes),
      pass: page.all.gzip + page.fonts.bytes <= budgets.chartPageGzip,
    })),
  ...pages
    .filter((page) => /^(\/(az|ru))?\/embed\//.test(page.path))
    .map((page) => ({
      budget: `${page.path} < ${kb(budgets.embedGzip)} gz in all`,
      value: kb(page.all.gzip),
      pass: page.all.gzip < budgets.embedGzip,
    })),
  ...mapCharts.map((chart) => ({
    budget: `${chart.chart} svg < ${kb(budgets.mapSvgRaw)} raw`,
    value: kb(chart.raw),
    pass: chart.raw < budgets.mapSvgRaw,
  })),
];
console.log(
  `\n${table(
    ["budget", "value", "result"],
    checks.map((c) => [c.budget, c.value, c.pass ? "pass" : "FAIL"]),
  )}`,
);

// Lighthouse (mobile, simulated throttling) on the built site served on localhost: scores are printed against the
// targets (100 accessibility, best practices and SEO; at least 95 performance) but, like times, never fail the run.
const { chromiumFlags, findChromium } = await import("../tests/browser/chromium.ts");
const chromePath = findChromium() ?? "/usr/bin/chromium";
const lighthouse = [];
const { startStaticServer } = await import("../tests/browser/staticServer.ts");
const server = await startStaticServer(join(root, "dist"));
try {
  const firstChart = charts[0]?.chart.split(" ")[0];
  for (const path of [
    "/",
    "/az/",
    "/ru/",
    ...(firstChart ? [`/charts/${firstChart}/`, `/embed/${firstChart}/`] : []),
  ]) {
    try {
      // A run that scores 0 is one where Chromium failed to load the page: run it once more.
      let scores = await lighthouseScores(`${server.origin}${path}`, chromePath, chromiumFlags);
      if (scores.performance === 0)
        scores = await lighthouseScores(`${server.origin}${path}`, chromePath, chromiumFlags);
      lighthouse.push({ path, ...scores });
    } catch (error) {
      lighthouse.push({ path, error: String(error) });
    }
  }
} finally {
  await server.close();
}
const targets = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
console.log(
  `\nLighthouse, mobile (SEO does not apply to noindex embeds; targets: ${Object.entries(targets)
    .map(([name, target]) => `${name} ${String(target)}`)
    .join(", ")})\n${table(
    ["page", "performance", "accessibility", "best practices", "SEO", "targets"],
    lighthouse.map((run) =>
      "error" in run
        ? [run.path, "error", run.error.slice(0, 60), "", "", ""]
        : [
            run.path,
            run.performance,
            run.accessibility,
            run["best-practices"],
            run.seo,
            // Embeds are noindex by design, so the SEO target does not apply to them.
            Object.entries(targets).every(
              ([name, target]) =>
                run[name] >= target || (name === "seo" && run.path.startsWith("/embed/")),
            )
              ? "met"
              : "NOT MET",
          ],
    ),
  )}`,
);

mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(
  join(root, ".bench", "latest.json"),
  `${JSON.stringify({ buildsMs, medianBuildMs: median(buildsMs), pages, charts, dist, baseline, storyJsGzip: storyJs, budgets: checks, lighthouse }, null, 2)}\n`,
);
console.log("\nwrote .bench/latest.json");
if (checks.some((check) => !check.pass)) process.exitCode = 1;
