// The theme switch: system (default), light or dark, remembered in localStorage.
type Theme = "system" | "light" | "dark";

const root = document.documentElement;

function apply(theme: Theme): void {
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-choice]")) {
    button.setAttribute("aria-pressed", String(button.dataset["themeChoice"] === theme));
  }
}

const stored = localStorage.getItem("theme");
apply(stored === "light" || stored === "dark" ? stored : "system");

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-choice]")) {
  button.hidden = false;
  button.addEventListener("click", () => {
    const theme = (button.dataset["themeChoice"] ?? "system") as Theme;
    if (theme === "system") localStorage.removeItem("theme");
    else localStorage.setItem("theme", theme);
    apply(theme);
  });
}
