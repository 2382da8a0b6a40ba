import type { Strings } from "../en/index.ts";

/** How the site's own calculations are described, in Azerbaijani. */
export const calculations: Strings["calculations"] = {
  anamaCategoriesKm2: (high, low, when, rounded) =>
    `ANAMA-nın ${high} ha yüksək və ${low} ha orta/aşağı çirklənmə göstəricisi (${when}) toplanıb kv. km-ə çevrilib (100 ha = 1 kv. km)${rounded ? ", tam kv. km-ə qədər yuvarlaqlaşdırılıb" : ""}`,
  circa: (date) => `təxminən ${date}`,
  clearedShareOfHazardArea: (cleared, area) =>
    `Nazirlər Kabinetinin 2020-ci ildən bəri təmizlənmiş ${cleared} ha göstəricisi ANAMA-nın ${area} ha təhlükəli ərazi təxmininə bölünüb (hər ikisi təxmini kimi verilib), onda bir dəqiqliyə qədər yuvarlaqlaşdırılıb`,
  clearedInGreatReturnYears: (sum) =>
    `Nazirlər Kabinetinin 2022–2025-ci illər üzrə illik göstəricilərinin cəmi (${sum} ha)`,
  killedSince1991Gap: (later, earlier) =>
    `ANAMA sədrinin 1991-ci ildən bəri həlak olanlar üzrə ${later} göstəricisindən (2024-cü ilin apreli) onun ${earlier} göstəricisi (2023-cü ilin mayı) çıxılıb`,
  killedSince2020Added: (later, earlier) =>
    `ANAMA-nın atəşkəsdən bəri həlak olanlar üzrə ${later} göstəricisindən (3 aprel 2024) onun ${earlier} göstəricisi (25 may 2023) çıxılıb`,
  share: (what, parts, whole) =>
    `${what}: ${whole} nəfərdən ${parts}, tam faizə qədər yuvarlaqlaşdırılıb`,
  civilianShareApril2024:
    "Prezident köməkçisinin 24 aprel 2024-cü il tarixli bölgüsündə həlak olan və yaralanan mülki şəxslərin bütün qurbanlar arasında payı",
  civilianShareOfKilled:
    "Prezident köməkçisinin 11 noyabr 2024-cü il tarixli bölgüsündə mülki şəxslərin həlak olanlar arasında payı",
  militaryShareOfInjured:
    "Prezident köməkçisinin 11 noyabr 2024-cü il tarixli bölgüsündə hərbçilərin yaralananlar arasında payı",
  outlook: (area, cleared, clearedBy, first, last, annual) =>
    `ANAMA-nın təxmini təhlükəli ərazisindən (${area} ha, 2024-cü ilin oktyabrı, ilkin) Nazirlər Kabinetinin ` +
    `${clearedBy ?? "son hesabatı"} tarixinədək təmizlənmiş ${cleared} ha çıxılıb, nəticə Kabinetin ${first}–${last} illərindəki ` +
    `illik təmizləmə göstəricilərinin ortasına (${annual} ha) bölünüb; ` +
    `temp ildə tam hektara, qalan illər tam ilə qədər yuvarlaqlaşdırılıb. Temp və təxminin dəyişmədiyi fərz edilir: bu, proqnoz deyil`,
};
