// The editions a page is built in: every page under src/pages/[...locale]/ exists once per language.
import { defaultLanguage, languages } from "../i18n/index.ts";

/** The `locale` route parameter of each edition: undefined for English (the root), "az", "ru". */
export const editionParams = (): { locale: string | undefined }[] =>
  languages.map((lang) => ({ locale: lang === defaultLanguage ? undefined : lang }));

/** getStaticPaths of a page with no other parameter: one route per edition. */
export const editionPaths = (): { params: { locale: string | undefined } }[] =>
  editionParams().map((params) => ({ params }));

/** Routes of a page with parameters of its own (a chart's id, a section's id), in every edition. */
export function inEveryEdition<P extends Record<string, string>>(
  routes: readonly { params: P }[],
): { params: P & { locale: string | undefined } }[] {
  return editionParams().flatMap((edition) =>
    routes.map((route) => ({ params: { ...route.params, ...edition } })),
  );
}
