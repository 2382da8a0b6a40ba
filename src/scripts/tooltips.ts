// Tooltips for chart marks carrying data-tip: on hover, keyboard focus and tap. No chart library.
const tip = document.createElement("div");
tip.className = "tooltip";
tip.setAttribute("role", "tooltip");
tip.hidden = true;
document.body.append(tip);

let current: Element | null = null;

function show(mark: Element): void {
  const text = mark.getAttribute("data-tip");
  if (!text) return;
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
  target instanceof Element ? target.closest("[data-tip]") : null;

document.addEventListener("pointerover", (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else if (event.pointerType === "mouse" && current) hide();
});
document.addEventListener("focusin", (event) => {
  const mark = markOf(event.target);
  if (mark) show(mark);
  else hide();
});
document.addEventListener("click", (event) => {
  const mark = markOf(event.target);
  // A figure that links to its evidence: the first tap shows the tooltip, a second follows the link.
  if (mark instanceof HTMLAnchorElement && mark !== current) event.preventDefault();
  if (mark) show(mark);
  else hide();
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") hide();
});
window.addEventListener("resize", hide);
