// Section permalink controls: copy the section's share link (announced to screen readers), or open the share sheet.
const announcer = document.createElement("p");
announcer.className = "visually-hidden";
announcer.setAttribute("aria-live", "polite");
document.body.append(announcer);

function announce(message: string): void {
  announcer.textContent = "";
  // A fresh text node after clearing makes screen readers read the same message twice in a row.
  window.setTimeout(() => {
    announcer.textContent = message;
  }, 50);
}

for (const button of document.querySelectorAll<HTMLButtonElement>(".permalink__copy")) {
  if (!("clipboard" in navigator)) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    const url = button.dataset["copy"] ?? "";
    navigator.clipboard.writeText(url).then(
      () => {
        announce(button.dataset["copied"] ?? "");
      },
      () => {
        announce(url);
      },
    );
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>(".permalink__share")) {
  if (typeof navigator.share !== "function") continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator
      .share({
        url: button.dataset["share"] ?? "",
        title: button.dataset["title"] ?? document.title,
      })
      .catch(() => undefined);
  });
}
