/** Vertical space between stacked panels, in pixels. */
export const PANEL_GAP = 20;

/**
 * Stacks panels (each an <svg> with width and height) into one root <svg> with a viewBox, top to bottom;
 * the panels keep their own scales, so amounts in different currencies never share an axis.
 */
export function stackSvgs(
  document: Document,
  width: number,
  panels: readonly SVGSVGElement[],
): SVGSVGElement {
  const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  let y = 0;
  for (const panel of panels) {
    const height = Number(panel.getAttribute("height") ?? 0);
    // Panels inherit font and colour from the root; their own Plot styles and classes would repeat them.
    for (const name of ["style", "class", "font-family", "font-size"]) panel.removeAttribute(name);
    panel.setAttribute("x", "0");
    panel.setAttribute("y", String(y));
    panel.setAttribute("overflow", "visible");
    root.appendChild(panel);
    y += height + PANEL_GAP;
  }
  const height = Math.max(0, y - PANEL_GAP);
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${String(width)} ${String(height)}`);
  root.setAttribute("font-size", "14");
  root.setAttribute("fill", "currentColor");
  return root;
}
