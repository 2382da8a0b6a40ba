// Marks the contents link of the section being read (aria-current), as the reader scrolls.
const links = new Map<string, HTMLAnchorElement>();
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-toc]")) {
  links.set(link.dataset["toc"] ?? "", link);
}

const visible = new Set<string>();
const order = [...links.keys()];

function mark(): void {
  const current = order.find((id) => visible.has(id));
  for (const [id, link] of links) {
    if (id === current) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target.id);
      else visible.delete(entry.target.id);
    }
    mark();
  },
  { rootMargin: "-20% 0px -60% 0px" },
);

for (const id of order) {
  const section = document.getElementById(id);
  if (section) observer.observe(section);
}
