// Runs inside an embed iframe: applies a whitelisted ?theme= and reports the document's height to the host
// page, in Datawrapper's format, AMP's embed-size format and pym.js's child format, so their and our resize
// scripts all work.
import { pymDelimiter, pymPrefix, pymWidth } from "./pymChild.ts";

const root = document.documentElement;
const query = new URLSearchParams(location.search);
const themes = ["light", "dark"];
const theme = query.get("theme");
// Only a known value is ever written, and only as an attribute: the query string never reaches the DOM.
if (theme !== null && themes.includes(theme)) root.setAttribute("data-theme", theme);

const chartId = location.pathname.split("/").filter(Boolean).pop() ?? "";
// Set only when pym.js's parent named this frame with a well-formed ?childId=; nothing else of its query is read.
const pym = pymPrefix(query.get("childId"));
let last = 0;

function postHeight(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ "datawrapper-height": { [chartId]: height } }, "*");
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  if (pym !== undefined)
    window.parent.postMessage(`${pym}height${pymDelimiter}${String(height)}`, "*");
}

function start(): void {
  postHeight();
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent) return;
    // Our host script asks again when it starts after this frame has reported (it was not listening yet);
    // pym.js's parent sends the container's new width and expects the height in reply.
    if (event.data === "azl:height?" || pymWidth(pym, event.data) !== undefined) {
      last = 0;
      postHeight();
    }
  });
  new ResizeObserver(postHeight).observe(document.body);
  // A chart that swaps in its wide layout says so (src/scripts/wideLayouts.ts), even off screen.
  window.addEventListener("chart-layout", postHeight);
  // Details (sources, data table) change the height; the observer sees it, the load event covers fonts.
  window.addEventListener("load", postHeight);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
