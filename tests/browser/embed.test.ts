import { rmSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";
import { type StaticServer, startStaticServer } from "./staticServer.ts";
import { writeHostPage } from "./embedHost.ts";

const first = charts[0]?.id ?? "";
const second = charts[1]?.id ?? first;

/** Height of each of our iframes and of the document inside it, once the resize script has run. */
const frameSizes = async (page: Page, siteOrigin: string, edition = "") => {
  const frames = page.locator(`iframe[src^="${siteOrigin}${edition}/embed/"]`);
  const sizes = [];
  for (let index = 0; index < (await frames.count()); index += 1) {
    const frame = frames.nth(index);
    await frame.scrollIntoViewIfNeeded();
    await expect
      .poll(() => frame.evaluate((el) => el.style.height), { timeout: 10_000 })
      .not.toBe("");
    // Give the last resize messages a moment to land, then measure.
    await page.waitForTimeout(300);
    const inner = await frame
      .contentFrame()
      .locator("html")
      .evaluate((html) => ({
        scrollHeight: html.scrollHeight,
        clientHeight: html.clientHeight,
        bodyHeight: Math.ceil(document.body.getBoundingClientRect().height),
      }));
    sizes.push({ iframe: await frame.evaluate((el) => el.clientHeight), ...inner });
  }
  return sizes;
};

// Every edition's embed code frames that edition's embeds, which size themselves the same way.
describe.skipIf(!chromiumAvailable()).each(["", "/az", "/ru"])(
  "embeds of the edition at '%s/' on a host page in Chromium",
  (edition) => {
    // Set up in beforeAll; each part may be missing when setup failed half-way, so afterAll closes what exists.
    const running: { harness?: Harness; host?: StaticServer; hostDir?: string } = {};
    let harness: Harness;
    let host: StaticServer;
    beforeAll(async () => {
      harness = running.harness = await startHarness();
      running.hostDir = writeHostPage([first, second], harness.server.origin, { edition });
      host = running.host = await startStaticServer(running.hostDir);
    });
    afterAll(async () => {
      await running.host?.close();
      await running.harness?.close();
      if (running.hostDir !== undefined) rmSync(running.hostDir, { recursive: true, force: true });
    });

    it.each([320, 1024])(
      "at %i px both iframes grow to their content, with no scrollbar inside",
      async (width) => {
        const watched = await openPage(harness, { viewport: { width, height: 800 } });
        try {
          await watched.page.goto(`${host.origin}/`, { waitUntil: "load" });
          const sizes = await frameSizes(watched.page, harness.server.origin, edition);
          expect(sizes).toHaveLength(2);
          for (const size of sizes) {
            expect(size.iframe).toBeGreaterThanOrEqual(size.scrollHeight);
            expect(size.scrollHeight).toBeLessThanOrEqual(size.clientHeight);
            // Grown to fit, not left at a roomy default: within a few pixels of the content.
            expect(Math.abs(size.iframe - size.bodyHeight)).toBeLessThanOrEqual(2);
          }
          // The embeds ask nothing of any origin but ours (the host page and its widget are on the host's).
          const foreign = watched.problems.filter(
            (problem) =>
              problem.startsWith("request to another origin") && !problem.includes(host.origin),
          );
          expect(foreign).toEqual([]);
        } finally {
          await watched.close();
        }
      },
    );

    it("posts its height in Datawrapper's and AMP's formats, and ignores a frame from another origin", async () => {
      const watched = await openPage(harness, { viewport: { width: 1024, height: 800 } });
      try {
        await watched.page.goto(`${host.origin}/`, { waitUntil: "load" });
        await frameSizes(watched.page, harness.server.origin);
        const messages =
          await watched.page.evaluate<{ origin: string; data: unknown }[]>("window.hostMessages");
        const ours = messages.filter((message) => message.origin === harness.server.origin);
        expect(ours).toContainEqual({
          origin: harness.server.origin,
          data: { "datawrapper-height": { [first]: expect.any(Number) as number } },
        });
        expect(ours).toContainEqual({
          origin: harness.server.origin,
          data: { sentinel: "amp", type: "embed-size", height: expect.any(Number) as number },
        });
        // The foreign frame has been asking for 999 px all along; it keeps the host's 150.
        expect(messages.some((message) => message.origin === host.origin)).toBe(true);
        const foreign = watched.page.locator("#foreign");
        expect(await foreign.evaluate((el) => [el.style.height, el.clientHeight])).toEqual([
          "",
          150,
        ]);
      } finally {
        await watched.close();
      }
    });

    it("never reflects a hostile ?theme= into the page, and applies a whitelisted one", async () => {
      const watched = await openPage(harness, { colorScheme: "light" });
      const dialogs: string[] = [];
      watched.page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      try {
        const base = harness.url(`${edition}/embed/${first}/`);
        // Counted once the page has settled (a wide frame swaps in its chart's wide layout after load).
        await watched.page.goto(base, { waitUntil: "networkidle" });
        const clean = await watched.page.evaluate(() => document.querySelectorAll("*").length);
        const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
        await watched.page.goto(`${base}?theme=${encodeURIComponent(hostile)}`, {
          waitUntil: "networkidle",
        });
        const page = watched.page;
        expect(
          await page.evaluate(() => document.documentElement.getAttribute("data-theme")),
        ).toBeNull();
        expect(await page.evaluate(() => document.querySelectorAll("*").length)).toBe(clean);
        expect(await page.content()).not.toContain("alert(");
        expect(dialogs).toEqual([]);

        await page.goto(`${base}?theme=dark`, { waitUntil: "load" });
        expect(await page.evaluate(() => document.documentElement.getAttribute("data-theme"))).toBe(
          "dark",
        );
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
          "rgb(20, 20, 20)",
        );
        expect(watched.problems.filter((problem) => problem.includes("another origin"))).toEqual(
          [],
        );
      } finally {
        await watched.close();
      }
    });
  },
);
