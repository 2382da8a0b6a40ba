import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import { type Harness, chromiumAvailable, openPage, startHarness } from "./harness.ts";
import { type StaticServer, startStaticServer } from "./staticServer.ts";
import { writeHostPage } from "./embedHost.ts";

const first = charts[0]?.id ?? "";
const second = charts[1]?.id ?? first;

describe.skipIf(!chromiumAvailable())(
  "embeds on a host page whose CSP has style-src 'self'",
  () => {
    const running: { harness?: Harness; host?: StaticServer; hostDir?: string } = {};
    let harness: Harness;
    let host: StaticServer;
    beforeAll(async () => {
      harness = running.harness = await startHarness();
      running.hostDir = writeHostPage([first, second], harness.server.origin, {
        csp: "style-src 'self'",
      });
      host = running.host = await startStaticServer(running.hostDir);
    });
    afterAll(async () => {
      await running.host?.close();
      await running.harness?.close();
      if (running.hostDir !== undefined) rmSync(running.hostDir, { recursive: true, force: true });
    });

    it.each([320, 1024])(
      "at %i px each iframe is as wide as its container and grows to its content",
      async (width) => {
        const watched = await openPage(harness, { viewport: { width, height: 800 } });
        try {
          const { page } = watched;
          await page.goto(`${host.origin}/`, { waitUntil: "load" });
          // The policy is in force: the host's own inline <style> (max-width: 42rem) is blocked.
          expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("none");
          const frames = page.locator(`iframe[src^="${harness.server.origin}/embed/"]`);
          expect(await frames.count()).toBe(2);
          for (let index = 0; index < 2; index += 1) {
            const frame = frames.nth(index);
            await frame.scrollIntoViewIfNeeded();
            const widths = await frame.evaluate((el) => ({
              frame: el.getBoundingClientRect().width,
              container: el.parentElement?.clientWidth ?? 0,
            }));
            expect(widths.frame).toBeGreaterThan(250);
            expect(Math.abs(widths.frame - widths.container)).toBeLessThanOrEqual(1);
            await expect
              .poll(() => frame.evaluate((el) => el.style.height), { timeout: 10_000 })
              .not.toBe("");
            await page.waitForTimeout(300);
            const body = await frame
              .contentFrame()
              .locator("body")
              .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
            const height = await frame.evaluate((el) => el.clientHeight);
            expect(Math.abs(height - body)).toBeLessThanOrEqual(2);
          }
        } finally {
          await watched.close();
        }
      },
    );

    it("ignores a height message no chart can reach (99,999 px)", async () => {
      const watched = await openPage(harness, { viewport: { width: 1024, height: 800 } });
      try {
        const { page } = watched;
        await page.goto(`${host.origin}/`, { waitUntil: "load" });
        const frame = page.locator(`iframe[src^="${harness.server.origin}/embed/"]`).first();
        await expect
          .poll(() => frame.evaluate((el) => el.style.height), { timeout: 10_000 })
          .not.toBe("");
        const before = await frame.evaluate((el) => el.style.height);
        await frame
          .contentFrame()
          .locator("body")
          .evaluate((_, id) => {
            window.parent.postMessage({ "datawrapper-height": { [id]: 99_999 } }, "*");
          }, first);
        await page.waitForTimeout(300);
        expect(await frame.evaluate((el) => el.style.height)).toBe(before);
      } finally {
        await watched.close();
      }
    });
  },
);
