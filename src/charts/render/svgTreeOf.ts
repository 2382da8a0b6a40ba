import type { SvgElement, SvgNode } from "../../lib/share/svgTree.ts";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * A rendered chart element as a plain SVG tree: attributes in the order the DOM serializes them,
 * text as text (comments dropped), so it can be serialized with every value escaped.
 */
export function svgTreeOf(element: Element): SvgElement {
  const children: SvgNode[] = [];
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === ELEMENT_NODE) children.push(svgTreeOf(child as Element));
    else if (child.nodeType === TEXT_NODE) children.push(child.textContent ?? "");
  }
  return {
    name: element.localName,
    attributes: Array.from(element.attributes, (attribute) => [attribute.name, attribute.value]),
    children,
  };
}
