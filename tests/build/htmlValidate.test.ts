import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { builtPages, distDir } from "./lib/dist.ts";

describe("HTML validity", () => {
  it("every page in dist/ passes html-validate with the repository's .htmlvalidate.json", async () => {
    // The loader finds .htmlvalidate.json by walking up from each file, i.e. the one at the repository root.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const messages: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateFile(join(distDir, page.file));
      for (const result of report.results) {
        for (const message of result.messages) {
          messages.push(
            `${page.file}:${String(message.line)}:${String(message.column)} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(messages).toEqual([]);
  });
});
