// Runs inside an embed iframe: applies a whitelisted ?theme= and reports the document's height to the host
// page, in Datawrapper's format and AMP's embed-size format, so their and our resize scripts all work.
const root = document.documentElement;
const themes = ["light", "dark"];
const theme = new URLSearchParams(location.search).get("theme");
// Only a known value is ever written, and only as an attribute: the query string never reaches the DOM.
if (theme !== null && themes.includes(theme)) root.setAttribute("data-theme", theme);

const chartId = location.pathname.split("/").filter(Boolean).pop() ?? "";
let last = 0;

function postHeight(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ "datawrapper-height": { [chartId]: height } }, "*");
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
}

function start(): void {
  postHeight();
  // Our host script asks again when it starts after this frame has reported (it was not listening yet).
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || event.data !== "azl:height?") return;
    last = 0;
    postHeight();
  });
  new ResizeObserver(postHeight).observe(document.body);
  // Details (sources, data table) change the height; the observer sees it, the load event covers fonts.
  window.addEventListener("load", postHeight);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();

// A module, so its names stay out of the other scripts' global scope.
export {};
