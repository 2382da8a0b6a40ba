/** Attribute values for svgElement; undefined leaves the attribute out. */
export type SvgAttributes = Record<string, string | number | undefined>;

/** Creates an SVG element in `document` with the given attributes and children (the maps' and timeline's DOM helper). */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  document: Document,
  name: K,
  attributes: SvgAttributes = {},
  children: readonly (Element | string)[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS("http://www.w3.org/2000/svg", name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(key, String(value));
  }
  for (const child of children) {
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** A `<title>` child: finishSvg turns it into the parent's keyboard- and touch-reachable tooltip. */
export function svgTitle(document: Document, text: string): SVGTitleElement {
  return svgElement(document, "title", {}, [text]);
}
