// Lighthouse (mobile) scores of a page served on localhost, with Debian's Chromium (no browser download).
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

/**
 * Runs Lighthouse's default mobile configuration on `url` in headless Chromium and returns the four category
 * scores (0–100).
 * @param {string} url
 * @param {string} chromePath
 * @param {readonly string[]} flags Chromium flags for this machine (tests/browser/chromium.ts)
 * @returns {Promise<Record<string, number>>}
 */
export async function lighthouseScores(url, chromePath, flags) {
  const chromeFlags = ["--headless=new", ...flags];
  const chrome = await launch({ chromePath, chromeFlags, logLevel: "silent" });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const scores = {};
    for (const [id, category] of Object.entries(result.lhr.categories)) {
      scores[id] = Math.round((category.score ?? 0) * 100);
    }
    const failed = Object.values(result.lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
      )
      .map((audit) => audit.id);
    return { ...scores, failedAudits: failed };
  } finally {
    chrome.kill();
  }
}
