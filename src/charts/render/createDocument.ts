import { parseHTML } from "linkedom";

/** A server-side DOM document for Plot and D3 to draw into at build time (no browser, no globals). */
export function createDocument(): Document {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  return document;
}
