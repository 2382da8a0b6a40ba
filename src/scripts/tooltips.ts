// Tooltips on hover, keyboard focus and tap, for the story's figures (data-tip) and for chart marks, whose accessible
// name (aria-label) is also their tooltip: one copy of the text. No chart library.
const tip = document.createElement("div");
tip.className = "tooltip";
tip.setAttribute("role", "tooltip");
tip.hidden = true;
document.body.append(tip);

let current: Element | null = null;

/** Prose figures and chart marks: everything that shows a tooltip. */
const TIPPED = "[data-tip], .chart-svg [aria-label]";

// A figure's quotes (data-evidence ids) come from the edition's /evidence/quotes.json, fetched once, the first
// time a tooltip opens, so the page does not carry each quote once per figure that rests on it.
let quotes: Promise<Readonly<Record<string, string>>> | undefined;
const quotesUrl = document.querySelector('meta[name="evidence-quotes"]')?.getAttribute("content");

function quotesOf(mark: Element): string[] | Promise<unknown> {
  const ids = mark.getAttribute("data-evidence")?.split(" ") ?? [];
  if (ids.length === 0 || !quotesUrl) return [];
  quotes ??= fetch(quotesUrl)
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}))
    .catch(() => ({}));
  return quotes.then((all) => ids.flatMap((id) => all[id] ?? []));
}

const loaded = new WeakMap<Element, string[]>();

function show(mark: Element): void {
  const own = mark.getAttribute("data-tip") ?? mark.getAttribute("aria-label");
  if (!own) return;
  const extra = loaded.get(mark);
  if (extra === undefined) {
    const pending = quotesOf(mark);
    if (Array.isArray(pending)) loaded.set(mark, pending);
    else
      void pending.then((lines) => {
        loaded.set(mark, lines as string[]);
        if (current === mark) show(mark);
      });
  }
  const text = [own, ...(loaded.get(mark) ?? [])].join("\n");
  current = mark;
  tip.textContent = text;
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(
    Math.max(8, box.left + box.width / 2 - width / 2),
    window.innerWidth - width - 8,
  );
  const above = box.top - tip.offsetHeight - 8;
  const top = above > 8 ? above : box.bottom + 8;
  tip.style.transform = `translate(${String(Math.round(left + window.scrollX))}px, ${String(Math.round(top + window.scrollY))}px)`;
}

function hide(): void {
  current = null;
  tip.hidden = true;
}

const markOf = (target: EventTarget | null): Element | null =>
  target instanceof Element ? target.closest(TIPPED) : null;

// The mark whose tooltip was open when the current press began: a tap on a figure that links to its evidence
// first shows the tooltip, and a second tap on the same figure follows the link.
let openBeforePress: Element | null = null;

document.addEventListener("pointerover", (event) => {
  // Touch and pen show on tap (focus and click below), so that hovering does not count as the first tap.
  if (event.pointerType !== "mouse") return;
  const mark = markOf(event.target);
  if (mark) show(mark);
  else if (current) hide();
});
document.addEventListener("pointerdown", () => {
  openBeforePress = current;
});
document.addEventListener("focusin", (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else hide();
});
document.addEventListener("click", (event) => {
  const mark = markOf(event.target);
  // A mouse click follows the link (its tooltip showed on hover), as does Enter (detail 0; it showed on focus).
  const firstTap = event.detail > 0 && mark !== openBeforePress;
  if (mark instanceof HTMLAnchorElement && firstTap) event.preventDefault();
  if (mark) show(mark);
  else hide();
});
// One tab stop per chart: Tab reaches its current mark, the arrow keys move between marks (the tooltip follows
// focus), Home and End jump to the ends, and Escape closes the tooltip and leaves the marks for the figure.
const moves: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

document.addEventListener("keydown", (event) => {
  const mark = markOf(event.target);
  const chart = mark?.closest("svg.chart-svg");
  if (event.key === "Escape") {
    hide();
    const figure = chart?.closest("figure");
    if (figure instanceof HTMLElement) figure.focus();
    return;
  }
  const move = moves[event.key];
  if (!move || !mark || !chart) return;
  const marks = Array.from(chart.querySelectorAll("[aria-label]"));
  const next = marks[move(marks.indexOf(mark), marks.length)];
  event.preventDefault();
  if (!(next instanceof SVGElement || next instanceof HTMLElement) || next === mark) return;
  mark.setAttribute("tabindex", "-1");
  next.setAttribute("tabindex", "0");
  next.focus();
});
window.addEventListener("resize", hide);
