/** Gap between stacked panels, in pixels. */
export const PANEL_GAP = 20;

/**
 * Stacks chart panels vertically in one root SVG (width, height and viewBox set), so a figure with two scales
 * stays one image with one text alternative. Each panel keeps its own coordinates as a nested <svg>.
 */
export function stackPanels(
  panels: readonly SVGSVGElement[],
  width: number,
  document: Document,
): SVGSVGElement {
  const root = document.createElementNS<"svg">("http://www.w3.org/2000/svg", "svg");
  let top = 0;
  panels.forEach((panel, index) => {
    if (index > 0) top += PANEL_GAP;
    // The page's font must reach the panels' text: Plot's own font attributes would override it.
    panel.removeAttribute("font-family");
    panel.setAttribute("x", "0");
    panel.setAttribute("y", String(top));
    top += Number(panel.getAttribute("height") ?? 0);
    root.appendChild(panel);
  });
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(top));
  root.setAttribute("viewBox", `0 0 ${String(width)} ${String(top)}`);
  root.setAttribute("font-size", "14");
  return root;
}
