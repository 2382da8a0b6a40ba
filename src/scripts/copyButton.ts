// Copy buttons: shown only where the Clipboard API exists; the text stays selectable for everyone else.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy-from]")) {
  if (!("clipboard" in navigator) || button.dataset["ready"] === "1") continue;
  button.dataset["ready"] = "1";
  button.hidden = false;
  const status = button.nextElementSibling;
  button.addEventListener("click", () => {
    const source = document.getElementById(button.dataset["copyFrom"] ?? "");
    if (source === null) return;
    const text = source instanceof HTMLTextAreaElement ? source.value : source.textContent;
    navigator.clipboard.writeText(text).then(
      () => {
        if (!status) return;
        // Clear first, so a second copy is announced again.
        status.textContent = "";
        window.setTimeout(() => {
          status.textContent = button.dataset["copied"] ?? "";
        }, 50);
      },
      () => {
        // Without permission, select the text so the reader can copy it by hand.
        if (source instanceof HTMLTextAreaElement) source.select();
      },
    );
  });
}

// A module, so its names stay out of the other scripts' global scope.
export {};
