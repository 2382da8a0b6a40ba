/** Vertical space between stacked panels, in pixels. */
export const PANEL_GAP = 20;

/**
 * Stacks chart panels (each an <svg> with width and height) top to bottom in one root <svg> with a viewBox, so a
 * figure with several scales stays one image with one text alternative; each panel keeps its own coordinates
 * (amounts in different currencies never share an axis).
 */
export function stackPanels(
  panels: readonly SVGSVGElement[],
  width: number,
  document: Document,
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
