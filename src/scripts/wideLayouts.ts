// One SVG per chart in the page. Everyone gets the narrow layout inline (drawn for phones, readable without
// JavaScript); where a chart's frame is wide enough, its wide layout is fetched once from the same origin and
// swapped in, and the narrow one comes back if the frame narrows again (a rotated tablet, a resized window).

/** The frame width from which a chart shows its wide layout, in CSS pixels (the wide layout is drawn at 720). */
const WIDE_FROM = 640;

interface Layouts {
  narrow: Element;
  wide?: Promise<Element | undefined>;
}

const layouts = new WeakMap<Element, Layouts>();

async function fetchWide(href: string): Promise<Element | undefined> {
  const response = await fetch(href);
  if (!response.ok) return undefined;
  // Parsed as the page parses its inline SVG, so the wide layout behaves exactly like the narrow one.
  const template = document.createElement("template");
  template.innerHTML = await response.text();
  return template.content.querySelector("svg.chart-svg") ?? undefined;
}

function show(frame: Element, svg: Element, wide: boolean): void {
  if (frame.firstElementChild === svg) return;
  frame.replaceChildren(svg);
  frame.classList.toggle("chart__frame--wide", wide);
  // An embed reports its new height at once (src/scripts/embedFrame.ts): Chromium delivers no ResizeObserver
  // callbacks to a cross-origin frame that is off screen, so a host page would keep the old height.
  window.dispatchEvent(new Event("chart-layout"));
}

function fit(frame: Element, width: number): void {
  const href = frame.getAttribute("data-wide");
  let state = layouts.get(frame);
  if (!state) {
    const narrow = frame.querySelector("svg.chart-svg");
    if (!narrow || !href) return;
    state = { narrow };
    layouts.set(frame, state);
  }
  if (width < WIDE_FROM || !href) {
    show(frame, state.narrow, false);
    return;
  }
  state.wide ??= fetchWide(href).catch(() => undefined);
  void state.wide.then((wide) => {
    // The frame may have narrowed while the layout was on its way.
    if (wide && frame.getBoundingClientRect().width >= WIDE_FROM) show(frame, wide, true);
  });
}

const observer = new ResizeObserver((entries) => {
  for (const entry of entries) fit(entry.target, entry.contentRect.width);
});
for (const frame of document.querySelectorAll(".chart__frame[data-wide]")) observer.observe(frame);

// A module, so its names stay its own.
export {};
