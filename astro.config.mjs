// @ts-check
import { defineConfig } from "astro/config";
import { validateDataIntegration } from "./src/integrations/validateData.ts";

/** The public origin the site is deployed at; set SITE_URL when deploying elsewhere. */
const site = process.env.SITE_URL ?? "https://azerbaijan-landmines.example.org";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  integrations: [validateDataIntegration()],
  devToolbar: { enabled: false },
});
