// The prose of every story section in every edition: one Astro component per section and language.
import WhatHappenedEN from "./en/WhatHappened.astro";
import HowMuchLandEN from "./en/HowMuchLand.astro";
import TollEN from "./en/Toll.astro";
import WhoIsHurtEN from "./en/WhoIsHurt.astro";
import WhereEN from "./en/Where.astro";
import ClearanceEN from "./en/Clearance.astro";
import MineMapsEN from "./en/MineMaps.astro";
import WhoPaysEN from "./en/WhoPays.astro";
import WorldEN from "./en/World.astro";
import UnknownsEN from "./en/Unknowns.astro";
import WhatHappenedAZ from "./az/WhatHappened.astro";
import HowMuchLandAZ from "./az/HowMuchLand.astro";
import TollAZ from "./az/Toll.astro";
import WhoIsHurtAZ from "./az/WhoIsHurt.astro";
import WhereAZ from "./az/Where.astro";
import ClearanceAZ from "./az/Clearance.astro";
import MineMapsAZ from "./az/MineMaps.astro";
import WhoPaysAZ from "./az/WhoPays.astro";
import WorldAZ from "./az/World.astro";
import UnknownsAZ from "./az/Unknowns.astro";
import WhatHappenedRU from "./ru/WhatHappened.astro";
import HowMuchLandRU from "./ru/HowMuchLand.astro";
import TollRU from "./ru/Toll.astro";
import WhoIsHurtRU from "./ru/WhoIsHurt.astro";
import WhereRU from "./ru/Where.astro";
import ClearanceRU from "./ru/Clearance.astro";
import MineMapsRU from "./ru/MineMaps.astro";
import WhoPaysRU from "./ru/WhoPays.astro";
import WorldRU from "./ru/World.astro";
import UnknownsRU from "./ru/Unknowns.astro";
import type { Language } from "../../i18n/index.ts";
import type { SectionId } from "../../lib/story/sections.ts";

/** The prose component of each story section, by edition. */
export const sectionProse: Record<Language, Record<SectionId, typeof WhatHappenedEN>> = {
  en: {
    "what-happened": WhatHappenedEN,
    "how-much-land": HowMuchLandEN,
    toll: TollEN,
    "who-is-hurt": WhoIsHurtEN,
    where: WhereEN,
    clearance: ClearanceEN,
    "mine-maps": MineMapsEN,
    "who-pays": WhoPaysEN,
    world: WorldEN,
    unknowns: UnknownsEN,
  },
  az: {
    "what-happened": WhatHappenedAZ,
    "how-much-land": HowMuchLandAZ,
    toll: TollAZ,
    "who-is-hurt": WhoIsHurtAZ,
    where: WhereAZ,
    clearance: ClearanceAZ,
    "mine-maps": MineMapsAZ,
    "who-pays": WhoPaysAZ,
    world: WorldAZ,
    unknowns: UnknownsAZ,
  },
  ru: {
    "what-happened": WhatHappenedRU,
    "how-much-land": HowMuchLandRU,
    toll: TollRU,
    "who-is-hurt": WhoIsHurtRU,
    where: WhereRU,
    clearance: ClearanceRU,
    "mine-maps": MineMapsRU,
    "who-pays": WhoPaysRU,
    world: WorldRU,
    unknowns: UnknownsRU,
  },
};
