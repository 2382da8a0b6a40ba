import type { Strings } from "../en/index.ts";

/** Azerbaijani title and one-sentence summary (for the contents, share cards and search) of every story section. */
export const sections: Strings["sections"] = {
  "what-happened": {
    title: "Nə baş verdi",
    summary:
      "İki müharibə, 2020-ci ilin noyabrında atəşkəs və Azərbaycanın nəzarətinə qayıdan, sıx minalanmış torpaqlar.",
  },
  "how-much-land": {
    title: "Nə qədər ərazi, neçə mina",
    summary:
      "Çirklənmiş ərazinin sahəsi və minaların sayı barədə rəsmi təxminlər bir-birindən xeyli fərqlənir.",
  },
  toll: {
    title: "İtkilər",
    summary:
      "2020-ci il atəşkəsindən və 1990-cı illərdən bəri həlak olan və yaralananların ümumi sayı.",
  },
  "who-is-hurt": {
    title: "Kimlər zərər çəkir",
    summary: "Ən son rəsmi bölgüdə həlak olan və yaralanan mülki şəxslər və hərbçilər.",
  },
  where: {
    title: "Harada",
    summary: "Qarabağ və Şərqi Zəngəzur rayonları və hər biri barədə açıq məlumat.",
  },
  clearance: {
    title: "Torpağın minalardan təmizlənməsi",
    summary:
      "Hər il neçə hektar təmizlənir, hədəflərlə müqayisədə vəziyyət necədir və iş nə qədər çəkə bilər.",
  },
  "mine-maps": {
    title: "Mina xəritələri və mübahisəli iddialar",
    summary:
      "2021-ci ildə xəritələrin təhvil verilməsi, onların dəqiqliyi ətrafında mübahisə və minaların mənşəyi barədə iddialar.",
  },
  "who-pays": {
    title: "Kim ödəyir",
    summary:
      "Bütün məlumatlara görə xərcin böyük hissəsini dövlət büdcəsi daşıyır; beynəlxalq donorlar və Bakı konfransları.",
  },
  world: {
    title: "Azərbaycan və dünya",
    summary:
      "Dünyada mina qurbanları və nə Azərbaycanın, nə də Ermənistanın qoşulduğu müqavilələr.",
  },
  unknowns: {
    title: "Hələ məlum olmayanlar",
    summary:
      "Açıq məlumatlardakı boşluqlar: dərc olunmayan ümumi rəqəmlər, rayon göstəriciləri və müstəqil yoxlamalar.",
  },
};
