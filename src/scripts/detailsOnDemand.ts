// The story's sources and data tables, opened in place: a figure's <details data-fetch="page" data-fetch-part=".x">
// holds a link to the chart's table page, and opening it fetches that page (same origin) and puts the part
// where the link was. Without JavaScript, or if the request fails, the link stays and leads to the same content.

const pages = new Map<string, Promise<DocumentFragment | undefined>>();

async function fetchPage(href: string): Promise<DocumentFragment | undefined> {
  const response = await fetch(href);
  if (!response.ok) return undefined;
  // A template's content is inert (a DOMParser document would apply the page's inline styles and trip the CSP).
  const page = document.createElement("template");
  page.innerHTML = await response.text();
  return page.content;
}

for (const details of document.querySelectorAll<HTMLDetailsElement>("details[data-fetch]")) {
  let loading: Promise<void> | undefined;
  details.addEventListener("toggle", () => {
    const href = details.getAttribute("data-fetch");
    const part = details.getAttribute("data-fetch-part");
    if (!details.open || loading || !href || !part) return;
    // The sources and the table of one chart come from one page: fetched once.
    let page = pages.get(href);
    if (!page) {
      page = fetchPage(href).catch(() => undefined);
      pages.set(href, page);
    }
    loading = page.then((content) => {
      const found = content?.querySelector(part);
      const link = details.querySelector(".chart__fetch-link");
      if (found && link) link.replaceWith(document.importNode(found, true));
    });
  });
}

// A module, so its names stay its own.
export {};
