import type { PlotOptions } from "@observablehq/plot";
import type { ChartContext } from "../types.ts";
import { fontSize } from "../parts/theme.ts";

/** Plot options every chart shares: size, font, explicit class name (deterministic output), server document. */
export function plotDefaults(context: ChartContext, height: number): PlotOptions {
  return {
    width: context.width,
    height,
    document: context.document,
    className: "chart-plot",
    style: { fontSize: `${String(fontSize[context.layout])}px`, overflow: "visible" },
    marginTop: 24,
    marginRight: context.layout === "narrow" ? 16 : 24,
    marginBottom: 32,
    marginLeft: 48,
  };
}
