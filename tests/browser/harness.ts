import { type Browser, type BrowserContextOptions, type Page, chromium } from "playwright-core";
import { builtPages } from "../build/lib/dist.ts";
import { chromiumFlags, findChromium } from "./chromium.ts";
import { type StaticServer, startStaticServer } from "./staticServer.ts";

/**
 * Whether browser tests can run here. On CI a missing Chromium is an error, never a silent skip;
 * locally the tests skip with instructions.
 */
export function chromiumAvailable(): boolean {
  if (findChromium() !== undefined) return true;
  const message = "Chromium not found at CHROMIUM_PATH or /usr/bin/chromium";
  if (process.env["CI"] !== undefined && process.env["CI"] !== "") {
    throw new Error(
      `${message}: browser tests cannot run on CI (.ci/run installs it with apt-get).`,
    );
  }
  console.warn(
    `${message}; skipping browser tests. Install it with: apt-get update && apt-get install -y chromium`,
  );
  return false;
}

/** One Chromium and one static server over dist/, shared by all tests in a file. */
export interface Harness {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** URL paths of every HTML page in dist/ ("/", "/embed/map/", …) except redirects, whose targets are tested themselves. */
  readonly paths: readonly string[];
  /** Absolute URL of a path on the local server. */
  readonly url: (path: string) => string;
  readonly close: () => Promise<void>;
}

/** Starts the static server and launches Chromium (Playwright gives each launch a fresh, temporary profile). */
export async function startHarness(): Promise<Harness> {
  const executablePath = findChromium();
  if (executablePath === undefined)
    throw new Error("Chromium is missing; call chromiumAvailable() first");
  const paths = builtPages()
    .filter((page) => page.document.querySelector('meta[http-equiv="refresh"]') === null)
    .map((page) => page.path);
  const server = await startStaticServer();
  const browser = await chromium.launch({ executablePath, args: chromiumFlags, headless: true });
  return {
    browser,
    server,
    paths,
    url: (path) => server.origin + path,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A page in its own browser context, with the problems recorded so far (console errors, uncaught exceptions, failed or foreign requests). */
export interface WatchedPage {
  readonly page: Page;
  readonly problems: string[];
  /** Closes the page and its context. */
  readonly close: () => Promise<void>;
}

/** Opens a page in a new context made with `options`, recording every problem until it is closed. */
export async function openPage(
  harness: Harness,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await harness.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    // Long messages (a CSP violation quotes the whole policy) are cut to keep failures readable.
    if (message.type() === "error") problems.push(`console error: ${message.text().slice(0, 240)}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "";
    // A request the browser cancels because the test moves on to the next page (a font still on its way) is not
    // a broken page; a missing file shows as an HTTP error below.
    if (error === "net::ERR_ABORTED") return;
    problems.push(`failed: ${request.url()} (${error})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${String(response.status())}: ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.origin !== harness.server.origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return { page, problems, close: () => context.close() };
}
