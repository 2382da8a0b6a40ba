/** An SVG element as plain data: its name, attributes in order and children (elements or text). */
export interface SvgElement {
  readonly name: string;
  readonly attributes: readonly (readonly [name: string, value: string])[];
  readonly children: readonly SvgNode[];
}

/** A node of an SVG tree: an element, or text (unescaped, as the reader sees it). */
export type SvgNode = SvgElement | string;

/**
 * Text made safe for XML and HTML character data: `&` and `<` (and `>`, for "]]>") become entities;
 * a no-break space is written `&#160;` so it stays visible in the file.
 */
export function escapeXmlText(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("\u00a0", "&#160;");
}

/** A value made safe inside a double-quoted XML or HTML attribute: `&`, `<`, `>` and `"` become entities. */
export function escapeXmlAttribute(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * Serializes an SVG tree as well-formed XML that is also valid inline SVG in HTML: every attribute
 * value and text escaped, childless elements self-closed (`<path d="…" />`).
 */
export function serializeSvg(node: SvgNode): string {
  if (typeof node === "string") return escapeXmlText(node);
  const attributes = node.attributes
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`)
    .join("");
  if (node.children.length === 0) return `<${node.name}${attributes} />`;
  return `<${node.name}${attributes}>${node.children.map(serializeSvg).join("")}</${node.name}>`;
}

/** The same tree with `change` applied to every element's attributes (the root's included). */
export function mapAttributes(
  node: SvgElement,
  change: (attributes: SvgElement["attributes"]) => SvgElement["attributes"],
): SvgElement {
  return {
    name: node.name,
    attributes: change(node.attributes),
    children: node.children.map((child) =>
      typeof child === "string" ? child : mapAttributes(child, change),
    ),
  };
}

/** The value of an attribute of an element, if it has it. */
export function attributeOf(node: SvgElement, name: string): string | undefined {
  return node.attributes.find(([key]) => key === name)?.[1];
}
