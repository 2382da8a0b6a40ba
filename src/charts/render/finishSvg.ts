import { roundNumbers } from "./roundNumbers.ts";

/** Attributes whose numbers are geometry, safe to round to one decimal. */
const GEOMETRY = new Set([
  "d",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "points",
  "transform",
  "width",
  "height",
  "viewBox",
  "dx",
  "dy",
]);

/** Options for turning a rendered chart into the SVG the page ships. */
export interface FinishOptions {
  /** The chart's text alternative, generated from its data. */
  altText: string;
  /** A short id prefix to keep ids unique when a page holds two renderings of one chart. */
  idPrefix: string;
}

/**
 * Makes a Plot/D3 SVG ready to inline: removes Plot's inline <style> (CSP, and styles live in CSS),
 * turns each mark's <title> into its accessible name, which is also its tooltip (role img, aria-label; the first mark
 * in the tab order, the others reached with the arrow keys),
 * rounds geometry, renames generated ids deterministically, and labels the whole chart.
 */
export function finishSvg(svg: SVGSVGElement, { altText, idPrefix }: FinishOptions): SVGSVGElement {
  for (const style of Array.from(svg.querySelectorAll("style"))) style.remove();
  // A strict CSP blocks style attributes: Plot's (font size, overflow, on the root and on nested plots)
  // become the equivalent SVG presentation attributes.
  for (const element of [svg as Element, ...Array.from(svg.querySelectorAll("[style]"))]) {
    styleToAttributes(element);
  }
  svg.removeAttribute("class");
  svg.removeAttribute("font-family");
  svg.setAttribute("class", "chart-svg");

  // (Before tooltips are labelled, so their own labels stay.) Plot labels its mark groups ("line", "dot"): noise for screen readers once the chart has its own label.
  for (const element of Array.from(svg.querySelectorAll("g[aria-label]"))) {
    element.removeAttribute("aria-label");
  }
  for (const element of Array.from(svg.querySelectorAll("g[aria-hidden]"))) {
    element.removeAttribute("aria-hidden");
  }

  let interactive = 0;
  for (const title of Array.from(svg.querySelectorAll("title"))) {
    const mark = title.parentElement;
    const text = title.textContent.trim();
    title.remove();
    if (!mark || mark === (svg as Element) || text === "") continue;
    // One copy of the text: the accessible name is also the tooltip (its line breaks are the tooltip's lines).
    mark.setAttribute("role", "img");
    mark.setAttribute("aria-label", text);
    // One tab stop per chart: the first mark takes focus from Tab; the script moves it with the arrow keys
    // (roving tabindex), so the other marks need no tabindex of their own.
    if (interactive === 0) mark.setAttribute("tabindex", "0");
    interactive += 1;
  }

  renumberIds(svg, idPrefix);
  for (const element of [svg as Element, ...Array.from(svg.querySelectorAll("*"))]) {
    for (const name of element.getAttributeNames()) {
      if (GEOMETRY.has(name))
        element.setAttribute(name, roundNumbers(element.getAttribute(name) ?? ""));
    }
  }

  // With focusable marks the SVG is a group of labelled items; without, a single image.
  svg.setAttribute("role", interactive > 0 ? "group" : "img");
  svg.setAttribute("aria-label", altText);
  return svg;
}

/** Moves each `property: value` of an element's style attribute to a presentation attribute ("14px" font sizes become "14"). */
function styleToAttributes(element: Element): void {
  const style = element.getAttribute("style") ?? "";
  element.removeAttribute("style");
  for (const declaration of style.split(";")) {
    const [property, ...rest] = declaration.split(":");
    const name = property?.trim();
    const value = rest.join(":").trim();
    if (!name || !value) continue;
    element.setAttribute(name, name === "font-size" ? value.replace(/px$/, "") : value);
  }
}

/** Replaces generated ids (Plot's clip paths) with `${prefix}-1`, `-2`, … in document order, and updates references. */
function renumberIds(svg: SVGSVGElement, prefix: string): void {
  const elements = Array.from(svg.querySelectorAll("[id]"));
  const renamed = new Map<string, string>();
  elements.forEach((element, index) => {
    const id = element.getAttribute("id") ?? "";
    const next = `${prefix}-${String(index + 1)}`;
    renamed.set(id, next);
    element.setAttribute("id", next);
  });
  if (renamed.size === 0) return;
  for (const element of Array.from(svg.querySelectorAll("*"))) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? "";
      if (!value.includes("#")) continue;
      element.setAttribute(
        name,
        value.replace(/#([\w-]+)/g, (match, id: string) => {
          const next = renamed.get(id);
          return next ? `#${next}` : match;
        }),
      );
    }
  }
}
