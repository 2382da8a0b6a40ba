import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { type Browser, chromium } from "playwright-core";
import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root, withBuildLock } from "../build/lib/runBuild.ts";
import { chromiumFlags, findChromium } from "./chromium.ts";
import { chromiumAvailable } from "./harness.ts";
import { type StaticServer, startStaticServer } from "./staticServer.ts";

// Two real releases from a copy of data/ (two builds in all): the second after changing one figure, the
// number injured in 2025 in the casualties-by-year chart.
const chartId = "casualties-by-year";
const oldFigure = 33;
const newFigure = 4321;
const scratch = mkdtempSync(join(tmpdir(), "landmines-releases-"));
const dataDir = join(scratch, "data");
const releasesDir = join(scratch, "releases");
const outDir = join(scratch, "out");
const first: Record<string, Buffer> = {};
let releaseDate = "";

const release = (date: string): Promise<void> =>
  withBuildLock(
    () =>
      new Promise((resolve, reject) => {
        execFile(
          process.execPath,
          [join(root, "scripts", "release.mjs"), "--date", date, "--outDir", outDir],
          {
            cwd: root,
            env: {
              ...process.env,
              LANDMINES_DATA_DIR: dataDir,
              LANDMINES_RELEASES_DIR: releasesDir,
            },
            maxBuffer: 64 * 1024 * 1024,
          },
          (error, stdout, stderr) => {
            if (error === null) resolve();
            else reject(new Error(`npm run release failed:\n${stdout}${stderr}`));
          },
        );
      }),
  );

/** Rewrites one JSON file of the data copy. */
function editJson(file: string, edit: (text: string) => string): void {
  const path = join(dataDir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}

const out = (path: string): Buffer => readFileSync(join(outDir, path));
const firstId = (): string => releaseDate;
const secondId = (): string => `${releaseDate}-2`;

beforeAll(async () => {
  cpSync(join(root, "data"), dataDir, { recursive: true });
  const changelog = JSON.parse(readFileSync(join(dataDir, "changelog.json"), "utf8")) as {
    date: string;
  }[];
  // The day after the newest entry (a release of today's data may already be in the changelog).
  const newest = Date.parse(`${changelog.at(-1)?.date ?? ""}T00:00:00Z`);
  releaseDate = new Date(newest + 86_400_000).toISOString().slice(0, 10);
  await release(releaseDate);
  for (const path of [`embed/${chartId}/index.html`, `charts/${chartId}/data.csv`]) {
    first[`live/${path}`] = out(path);
    first[`pinned/${path}`] = out(`v/${firstId()}/${path}`);
  }
  // A new report: the 2025 row and the quote it rests on now state another figure.
  editJson("casualties-by-year.json", (text) =>
    text
      .replace(
        `"injured": ${String(oldFigure)},\n    "reportedBy": "Prosecutor General's Office",\n    "evidence": ["cas_pgo_2025_injured_2025"]`,
        `"injured": ${String(newFigure)},\n    "reportedBy": "Prosecutor General's Office",\n    "evidence": ["cas_pgo_2025_injured_2025"]`,
      )
      .replace(`${String(oldFigure)} injured in 2025`, `${String(newFigure)} injured in 2025`),
  );
  editJson("evidence.json", (text) =>
    text
      .replace(`nəticəsində ${String(oldFigure)} nəfər`, `nəticəsində ${String(newFigure)} nəfər`)
      .replace(`ordnance, ${String(oldFigure)} people`, `ordnance, ${String(newFigure)} people`),
  );
  // The same day: the second release is <date>-2.
  await release(releaseDate);
}, 600_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const csvRow2025 = (csv: Buffer): string =>
  csv
    .toString("utf8")
    .split("\n")
    .find((line) => line.startsWith("2025,")) ?? "";

describe("two releases, the second after a figure changed", () => {
  it("keeps the first release's pinned embed and CSV byte for byte, with the old figure", () => {
    expect(
      out(`v/${firstId()}/embed/${chartId}/index.html`).equals(
        first[`pinned/embed/${chartId}/index.html`] ?? Buffer.alloc(0),
      ),
    ).toBe(true);
    const pinnedCsv = out(`v/${firstId()}/charts/${chartId}/data.csv`);
    expect(pinnedCsv.equals(first[`live/charts/${chartId}/data.csv`] ?? Buffer.alloc(0))).toBe(
      true,
    );
    expect(csvRow2025(pinnedCsv)).toContain(`,${String(oldFigure)},`);
    expect(out(`v/${firstId()}/embed/${chartId}/index.html`).toString("utf8")).not.toContain(
      "4,321",
    );
  });

  it("shows the new figure in the live embed and CSV and in the second release", () => {
    expect(csvRow2025(out(`charts/${chartId}/data.csv`))).toContain(`,${String(newFigure)},`);
    expect(out(`embed/${chartId}/index.html`).toString("utf8")).toContain("4,321");
    expect(out(`v/${secondId()}/embed/${chartId}/index.html`).toString("utf8")).toContain("4,321");
  });

  it("marks each pinned page with its date and a link to the latest version, and keeps it noindex", () => {
    for (const path of [
      `v/${firstId()}/embed/${chartId}/index.html`,
      `v/${firstId()}/charts/${chartId}/index.html`,
    ]) {
      const { document } = parseHTML(out(path).toString("utf8"));
      const note = document.querySelector(".pinned-note");
      expect(note?.textContent, path).toMatch(
        /^Data as of \d{1,2} \w+ \d{4}\. See the latest version$/,
      );
      expect(note?.querySelector("a")?.getAttribute("href"), path).toMatch(
        new RegExp(`/charts/${chartId}/$`),
      );
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content"), path).toBe(
        "noindex",
      );
    }
  });

  it("offers the newest release beside the live embed on the chart page", () => {
    const { document } = parseHTML(out(`charts/${chartId}/index.html`).toString("utf8"));
    const codes = [...document.querySelectorAll("#embed textarea")].map(
      (field) => field.textContent,
    );
    expect(codes).toHaveLength(2);
    expect(codes[0]).toContain(`/embed/${chartId}/`);
    expect(codes[1]).toContain(`/v/${secondId()}/embed/${chartId}/`);
  });

  it("lists both releases and the corrections in the updates feed, as rss-parser reads it", async () => {
    const feed = await new Parser().parseString(out("feed.xml").toString("utf8"));
    const titles = feed.items.map((item) => item.title ?? "");
    const links = feed.items.map((item) => item.link ?? "");
    for (const id of [firstId(), secondId()]) {
      expect(links.filter((link) => link.endsWith(`/corrections/#release-${id}`))).toHaveLength(1);
    }
    expect(titles.some((title) => title.startsWith("Correction"))).toBe(true);
    const newest = feed.items[0];
    expect(newest?.link).toMatch(new RegExp(`/corrections/#release-${secondId()}$`));
    // The second release changed casualties-by-year.json and evidence.json: it links the chart drawn from it.
    const content = String((newest as Record<string, unknown> | undefined)?.["content:encoded"]);
    expect(content).toContain(`/charts/${chartId}/`);
    expect(content).toContain(`/v/${secondId()}/charts/${chartId}/`);
  });
});

describe.skipIf(!chromiumAvailable())(
  "the pinned and the live embed on a host page in Chromium",
  () => {
    const running: {
      site?: StaticServer;
      host?: StaticServer;
      browser?: Browser;
      hostDir?: string;
    } = {};
    beforeAll(async () => {
      running.site = await startStaticServer(outDir);
      running.hostDir = mkdtempSync(join(tmpdir(), "landmines-release-host-"));
      // The codes a journalist copied: the pinned one from the first release's page, the live one today.
      const codeOf = (path: string, selector: string): string =>
        (parseHTML(out(path).toString("utf8")).document.querySelector(selector)?.textContent ?? "")
          // linkedom keeps <textarea> character references as written; a browser shows them decoded.
          .replaceAll("&lt;", "<")
          .replaceAll("&gt;", ">")
          .replaceAll("&quot;", '"')
          .replaceAll("&amp;", "&")
          .replaceAll("https://azerbaijan-landmines.example.org", running.site?.origin ?? "");
      const pinned = codeOf(
        `v/${firstId()}/charts/${chartId}/index.html`,
        `#embed-code-${chartId}-pinned`,
      );
      const live = codeOf(`charts/${chartId}/index.html`, `#embed-code-${chartId}`);
      expect(pinned).toContain(`/v/${firstId()}/embed/`);
      writeFileSync(
        join(running.hostDir, "index.html"),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><p>Article.</p>${pinned}<p>More.</p>${live}</body></html>`,
      );
      running.host = await startStaticServer(running.hostDir);
      running.browser = await chromium.launch({
        executablePath: findChromium() ?? "",
        args: chromiumFlags,
        headless: true,
      });
    }, 60_000);
    afterAll(async () => {
      await running.browser?.close();
      await running.host?.close();
      await running.site?.close();
      if (running.hostDir !== undefined) rmSync(running.hostDir, { recursive: true, force: true });
    });

    it("sizes both iframes to their content and loads nothing from another origin", async () => {
      const { browser, host, site } = running;
      if (browser === undefined || host === undefined || site === undefined)
        throw new Error("setup failed");
      const context = await browser.newContext({ viewport: { width: 480, height: 900 } });
      const page = await context.newPage();
      const foreign: string[] = [];
      page.on("request", (request) => {
        const origin = new URL(request.url()).origin;
        if (origin !== host.origin && origin !== site.origin) foreign.push(request.url());
      });
      try {
        await page.goto(`${host.origin}/`, { waitUntil: "load" });
        const frames = page.locator("iframe");
        expect(await frames.count()).toBe(2);
        const sizes = [];
        for (let index = 0; index < 2; index += 1) {
          const frame = frames.nth(index);
          await frame.scrollIntoViewIfNeeded();
          await expect
            .poll(() => frame.evaluate((el) => el.style.height), { timeout: 15_000 })
            .not.toBe("");
          await page.waitForTimeout(300);
          const body = await frame
            .contentFrame()
            .locator("body")
            .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
          sizes.push({ iframe: await frame.evaluate((el) => el.clientHeight), body });
        }
        for (const { iframe, body } of sizes)
          expect(Math.abs(iframe - body)).toBeLessThanOrEqual(2);
        expect(await frames.nth(0).contentFrame().locator(".pinned-note").textContent()).toContain(
          "Data as of",
        );
        expect(foreign).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);
