/** The licence of the site's own data, charts and text. */
export const licence = {
  /** Short name, as shown to readers. */
  name: "CC BY 4.0",
  /** Full name. */
  title: "Creative Commons Attribution 4.0 International",
  /** Legal code URL. */
  url: "https://creativecommons.org/licenses/by/4.0/",
  /** SPDX identifier, for machine-readable metadata. */
  spdx: "CC-BY-4.0",
} as const;
