import { describe, expect, it } from "vitest";
import { withAblative } from "../../../src/i18n/az/ablative.ts";

describe("withAblative(number) (Azerbaijani 'more than N' = 'N-dən çox')", () => {
  it("follows the last word of the number as read", () => {
    expect(withAblative("65.000")).toBe("65.000-dən"); // min
    expect(withAblative("300")).toBe("300-dən"); // yüz
    expect(withAblative("1.000.000")).toBe("1.000.000-dan"); // milyon
    expect(withAblative("1.318")).toBe("1.318-dən"); // səkkiz
    expect(withAblative("6")).toBe("6-dan"); // altı
    expect(withAblative("49")).toBe("49-dan"); // doqquz
    expect(withAblative("60")).toBe("60-dan"); // altmış
    expect(withAblative("20")).toBe("20-dən"); // iyirmi
    expect(withAblative("140")).toBe("140-dan"); // qırx
  });

  it("reads decimals by their last digit and words by their last vowel, without a hyphen", () => {
    expect(withAblative("1,5")).toBe("1,5-dən"); // beş
    expect(withAblative("1,5 milyon")).toBe("1,5 milyondan");
    expect(withAblative("25 milyard")).toBe("25 milyarddan");
  });

  it("reads percent and currency signs as their words (faiz, dollar, avro, manat)", () => {
    expect(withAblative("13 %")).toBe("13 %-dən");
    expect(withAblative("16 $")).toBe("16 $-dan");
    expect(withAblative("105,8 AZN")).toBe("105,8 AZN-dan");
  });
});
