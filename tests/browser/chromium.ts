import { existsSync } from "node:fs";

/** Flags for Debian's Chromium on a machine with no network but loopback (the tests' harness and the benchmark's Lighthouse). */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Where Chromium is (CHROMIUM_PATH, else Debian's /usr/bin/chromium), or undefined when it is not installed. */
export function findChromium(): string | undefined {
  const path = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  return existsSync(path) ? path : undefined;
}
