import { describe, expect, it, vi } from "vitest";
import { DataValidationError } from "../../../src/lib/data/DataValidationError.ts";
import { validateDataIntegration } from "../../../src/integrations/validateData.ts";
import { brokenFixture, row, validFixture } from "./fixtureDir.ts";

/** Runs the integration's config-setup hook with just the arguments it uses. */
async function runSetupHook(dataDir: string): Promise<ReturnType<typeof vi.fn>> {
  const info = vi.fn();
  const hook = validateDataIntegration({ dataDir }).hooks["astro:config:setup"];
  const args = { config: { root: new URL("file:///nowhere/") }, logger: { info } };
  await hook?.(args as unknown as Parameters<NonNullable<typeof hook>>[0]);
  return info;
}

describe("validateDataIntegration", () => {
  it("logs a summary when the data is valid", async () => {
    const info = await runSetupHook(validFixture);
    expect(info).toHaveBeenCalledWith("data/: 18 datasets, 38 rows, all valid");
  });

  it("throws the DataValidationError that stops the build when the data is invalid", async () => {
    const dir = brokenFixture({
      "donors.json": () => [{ id: "x" }],
      "events.json": (rows) => void (row(rows, 0).date = 2020),
    });
    const failure = runSetupHook(dir);
    await expect(failure).rejects.toBeInstanceOf(DataValidationError);
    await expect(failure).rejects.toThrow(
      /^Invalid data \(\d+ problems\):\ndata\/donors\.json: row 0 \(key "x"\): field "donor"/,
    );
    await expect(failure).rejects.toThrow(
      'data/events.json: row 0 (key "ceasefire-2020"): field "date": expected a string, got 2020',
    );
  });
});
