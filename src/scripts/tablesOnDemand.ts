// The story's data tables, opened in place: a figure's "Data table" holds a link to the chart's table page, and
// opening it fetches that page (same origin) and puts its table where the link was. Without JavaScript, or if the
// request fails, the link stays and leads to the same table.

async function fetchTable(href: string): Promise<Element | undefined> {
  const response = await fetch(href);
  if (!response.ok) return undefined;
  // A template's content is inert (a DOMParser document would apply the page's inline styles and trip the CSP).
  const page = document.createElement("template");
  page.innerHTML = await response.text();
  const table = page.content.querySelector(".data-table");
  return table ? document.importNode(table, true) : undefined;
}

for (const details of document.querySelectorAll<HTMLDetailsElement>("details[data-table]")) {
  let loading: Promise<void> | undefined;
  details.addEventListener("toggle", () => {
    const href = details.getAttribute("data-table");
    if (!details.open || loading || !href) return;
    loading = fetchTable(href)
      .then((table) => {
        const link = details.querySelector(".chart__table-link");
        if (table && link) link.replaceWith(table);
      })
      .catch(() => undefined);
  });
}

// A module, so its names stay its own.
export {};
