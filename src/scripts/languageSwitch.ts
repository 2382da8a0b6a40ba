// The language switcher leads to the same section of the page in the other edition: the link takes the
// address's #section, or else the section the contents mark as being read (sections share ids in every edition).
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-language-switch]")) {
  link.addEventListener("click", () => {
    const reading = document.querySelector<HTMLAnchorElement>('a[data-toc][aria-current="true"]');
    const hash = location.hash || (reading ? `#${reading.dataset["toc"] ?? ""}` : "");
    const url = new URL(link.href);
    url.hash = hash;
    link.href = url.href;
  });
}

// A module, so its names stay its own.
export {};
