import { rmSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { charts } from "../../src/charts/registry.ts";
import {
  type Harness,
  type WatchedPage,
  chromiumAvailable,
  openPage,
  startHarness,
} from "./harness.ts";
import { type StaticServer, startStaticServer } from "./staticServer.ts";
import { writePymHostPage } from "./pymHost.ts";

const first = charts[0]?.id ?? "";
const second = charts[1]?.id ?? first;
const third = charts[2]?.id ?? first;
const pymIds = ["pym-first", "pym-second"] as const;

/** How an iframe fits the document inside it: its own height and the document's, in CSS pixels. */
const fitOf = async (frame: Locator) => ({
  iframe: await frame.evaluate((el) => el.clientHeight),
  ...(await frame
    .contentFrame()
    .locator("html")
    .evaluate((html) => ({
      scrollHeight: html.scrollHeight,
      clientHeight: html.clientHeight,
      bodyHeight: Math.ceil(document.body.getBoundingClientRect().height),
    }))),
});

type Fit = Awaited<ReturnType<typeof fitOf>>;

/** Within a few pixels of the content, and no scrollbar inside. */
const fits = (fit: Fit): boolean =>
  Math.abs(fit.iframe - fit.bodyHeight) <= 2 && fit.scrollHeight <= fit.clientHeight;

/** Waits for the iframe to fit its content, lets the last messages land, and returns the fit, checked. */
const fitted = async (page: Page, frame: Locator): Promise<Fit> => {
  await expect.poll(() => fitOf(frame), { timeout: 10_000 }).toSatisfy(fits);
  await page.waitForTimeout(300);
  const fit = await fitOf(frame);
  expect(fit.iframe).toBeGreaterThanOrEqual(fit.scrollHeight);
  expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight);
  expect(Math.abs(fit.iframe - fit.bodyHeight)).toBeLessThanOrEqual(2);
  return fit;
};

/** The string messages the host page has received: pym.js's format, or anything else a frame sent as text. */
const textMessages = async (page: Page): Promise<string[]> =>
  (await page.evaluate<{ data: unknown }[]>("window.hostMessages"))
    .map((message) => message.data)
    .filter((data): data is string => typeof data === "string");

describe.skipIf(!chromiumAvailable())("embeds on a host page that uses pym.js, in Chromium", () => {
  const running: { harness?: Harness; hosts: StaticServer[]; dirs: string[] } = {
    hosts: [],
    dirs: [],
  };
  let harness: Harness;
  let pymHost: StaticServer;
  let mixedHost: StaticServer;
  const serve = async (dir: string): Promise<StaticServer> => {
    running.dirs.push(dir);
    const server = await startStaticServer(dir);
    running.hosts.push(server);
    return server;
  };
  beforeAll(async () => {
    harness = running.harness = await startHarness();
    const site = harness.server.origin;
    pymHost = await serve(
      writePymHostPage(
        [
          { chartId: first, pymId: pymIds[0] },
          { chartId: second, pymId: pymIds[1] },
        ],
        site,
      ),
    );
    mixedHost = await serve(
      writePymHostPage([{ chartId: first, pymId: pymIds[0] }, { chartId: second }], site),
    );
  });
  afterAll(async () => {
    for (const host of running.hosts) await host.close();
    await running.harness?.close();
    for (const dir of running.dirs) rmSync(dir, { recursive: true, force: true });
  });

  const pymFrame = (page: Page, id: string): Locator => page.locator(`#${id} > iframe`);
  /** Requests to origins other than the site and the host page's. */
  const foreignRequests = (watched: WatchedPage, host: StaticServer): string[] =>
    watched.problems.filter(
      (problem) =>
        problem.startsWith("request to another origin") && !problem.includes(host.origin),
    );

  it.each([390, 1024])(
    "at %i px pym.js grows both iframes to their content, with no scrollbar inside",
    async (width) => {
      const watched = await openPage(harness, { viewport: { width, height: 800 } });
      try {
        const { page } = watched;
        await page.goto(`${pymHost.origin}/`, { waitUntil: "load" });
        for (const id of pymIds) {
          const frame = pymFrame(page, id);
          const fit = await fitted(page, frame);
          // pym.js sized it (its height attribute), not some other script (a style).
          expect(await frame.getAttribute("height")).toBe(`${String(fit.iframe)}px`);
          expect(await frame.evaluate((el) => el.style.height)).toBe("");
        }
        expect(foreignRequests(watched, pymHost)).toEqual([]);
        expect(watched.problems.filter((problem) => !problem.includes(pymHost.origin))).toEqual([]);
      } finally {
        await watched.close();
      }
    },
  );

  it("resizes both iframes to their new content when the window is resized", async () => {
    const watched = await openPage(harness, { viewport: { width: 1024, height: 800 } });
    try {
      const { page } = watched;
      await page.goto(`${pymHost.origin}/`, { waitUntil: "load" });
      const heights = async () => {
        const fits = [];
        for (const id of pymIds) fits.push((await fitted(page, pymFrame(page, id))).iframe);
        return fits;
      };
      const wide = await heights();
      await page.setViewportSize({ width: 390, height: 800 });
      const narrow = await heights();
      // The charts switch to their narrow layouts, and the text wraps: the heights change.
      expect(narrow).not.toEqual(wide);
      await page.setViewportSize({ width: 1024, height: 800 });
      expect(await heights()).toEqual(wide);
    } finally {
      await watched.close();
    }
  });

  it("sizes both charts on a page that embeds one with pym.js and one with the site's embed code", async () => {
    const watched = await openPage(harness, { viewport: { width: 390, height: 800 } });
    try {
      const { page } = watched;
      await page.goto(`${mixedHost.origin}/`, { waitUntil: "load" });
      const viaPym = pymFrame(page, pymIds[0]);
      const pymFit = await fitted(page, viaPym);
      expect(await viaPym.getAttribute("height")).toBe(`${String(pymFit.iframe)}px`);
      // embed.js sizes every frame of ours, the pym.js one included, from the same report: they agree.
      expect(await viaPym.evaluate((el) => el.style.height)).toBe(`${String(pymFit.iframe)}px`);

      const ours = page.locator(`iframe[src="${harness.server.origin}/embed/${second}/"]`);
      const fixedHeight = await ours.getAttribute("height");
      await ours.scrollIntoViewIfNeeded();
      const ourFit = await fitted(page, ours);
      expect(await ours.evaluate((el) => el.style.height)).toBe(`${String(ourFit.iframe)}px`);
      // pym.js left our iframe alone: its height attribute is still the embed code's.
      expect(await ours.getAttribute("height")).toBe(fixedHeight);
      // Only the pym.js frame speaks pym.js, and only to its own container.
      const pymMessages = await textMessages(page);
      expect(pymMessages.length).toBeGreaterThan(0);
      for (const message of pymMessages)
        expect(message).toMatch(new RegExp(`^pymxPYMx${pymIds[0]}xPYMxheightxPYMx\\d+$`));
      expect(foreignRequests(watched, mixedHost)).toEqual([]);
    } finally {
      await watched.close();
    }
  });

  it("answers pym.js's width message with its height, and ignores a malformed one", async () => {
    const watched = await openPage(harness, { viewport: { width: 1024, height: 800 } });
    try {
      const { page } = watched;
      await page.goto(`${pymHost.origin}/`, { waitUntil: "load" });
      const [id] = pymIds;
      await fitted(page, pymFrame(page, id));
      const heights = async () =>
        (await textMessages(page)).filter((message) => message.startsWith(`pymxPYMx${id}xPYMx`))
          .length;
      const send = (data: string) =>
        pymFrame(page, id).evaluate((el, message) => {
          (el as HTMLIFrameElement).contentWindow?.postMessage(message, "*");
        }, data);
      const before = await heights();
      for (const malformed of ["0", "-20", "wide", "640<img>", "", "Infinity"])
        await send(`pymxPYMx${id}xPYMxwidthxPYMx${malformed}`);
      await send(`pymxPYMx${pymIds[1]}xPYMxwidthxPYMx640`.replace(pymIds[1], "other"));
      await page.waitForTimeout(300);
      expect(await heights()).toBe(before);
      await send(`pymxPYMx${id}xPYMxwidthxPYMx640`);
      await expect.poll(heights).toBe(before + 1);
    } finally {
      await watched.close();
    }
  });

  it("never echoes a childId that is not a plain element id", async () => {
    const watched = await openPage(harness, { viewport: { width: 1024, height: 800 } });
    try {
      const { page } = watched;
      await page.goto(`${pymHost.origin}/`, { waitUntil: "load" });
      const hostile = `chart"><img src=x onerror=alert(1)>`;
      await page.evaluate(
        ([src]) => {
          const frame = document.createElement("iframe");
          frame.title = "Hostile childId";
          frame.src = src ?? "";
          document.body.append(frame);
        },
        [`${harness.server.origin}/embed/${third}/?childId=${encodeURIComponent(hostile)}`],
      );
      // The frame reports its height in the other formats, so it has run.
      await expect
        .poll(async () =>
          (await page.evaluate<{ data: unknown }[]>("window.hostMessages")).some(
            ({ data }) =>
              typeof data === "object" &&
              data !== null &&
              third in ((data as Record<string, object>)["datawrapper-height"] ?? {}),
          ),
        )
        .toBe(true);
      const messages = await textMessages(page);
      expect(messages.filter((message) => /onerror|["<>]/.test(message))).toEqual([]);
      for (const message of messages)
        expect(message).toMatch(/^pymxPYMxpym-(first|second)xPYMxheightxPYMx\d+$/);
    } finally {
      await watched.close();
    }
  });
});
