import { resolveCssVars } from "./resolveCssVars.ts";

/** A box on a larger canvas, in its pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const number = (attributes: string, name: string): number =>
  Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(attributes)?.[1] ?? Number.NaN);

/**
 * Places an inline chart SVG inside `box` of another SVG, scaled to fit and kept in proportion,
 * top-left aligned, with colours resolved (resvg has no CSS variables) and page-only attributes dropped.
 */
export function nestSvg(inlineSvg: string, box: Box, ink: string): string {
  const match = /^<svg\b([^>]*)>/.exec(inlineSvg);
  if (!match) throw new Error("expected an SVG string starting with <svg");
  const attributes = match[1] ?? "";
  const viewBox =
    /\sviewBox="([^"]+)"/.exec(attributes)?.[1] ??
    `0 0 ${String(number(attributes, "width"))} ${String(number(attributes, "height"))}`;
  const body = resolveCssVars(inlineSvg.slice(match[0].length)).replace(
    /\s(data-tip|tabindex|role|aria-label)="[^"]*"/g,
    "",
  );
  return (
    `<svg x="${String(box.x)}" y="${String(box.y)}" width="${String(box.width)}" ` +
    `height="${String(box.height)}" viewBox="${viewBox}" preserveAspectRatio="xMinYMin meet" ` +
    `color="${ink}" overflow="visible">${body}`
  );
}
