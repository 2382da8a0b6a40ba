import type { Strings } from "../../en/index.ts";
import { ordinal } from "../yearOrdinal.ts";

/** Azerbaijani strings of the "clearance progress and time left" chart. */
export const clearancePaceProgress: Strings["charts"]["clearancePaceProgress"] = {
  title: "Nə qədəri təmizlənib və qalanı nə qədər çəkər",
  subtitle:
    "2020-ci ilin noyabrından bəri təmizlənmiş ərazi (toplanan say), Baş nazirin açıqladığı kimi, təhlükəli ərazinin ən son rəsmi təxmini ilə müqayisədə. Qırıq xətt rəsmi proqnoz deyil, saytın son illərin sürətinə əsaslanan öz hesablamasıdır.",
  yLabel: "2020-ci ilin noyabrından bəri təmizlənmiş hektar",
  estimate: (value: string) => `Təhlükəli ərazi: ${value}`,
  estimateWho: (who: string, date: string) => `${who}, ${date}`,
  projection: (from: string, to: string, pace: string, year: string) =>
    `Saytın öz hesablaması: ${from}–${to} illərinin orta sürəti ilə\n(ildə təxminən ${pace} ha) iş ${ordinal(year)} ildə başa çatar`,
  projectionShort: (from: string, to: string, pace: string, year: string) =>
    `Saytın hesablaması:\n${from}–${to} ortası,\nildə ~${pace} ha\n→ ${year}`,
  neverAtThisPace: "Sürət sıfır olsa, minatəmizləmə heç vaxt başa çatmaz",
  deadline: (year: string, what: string) => `${year}: ${what}`,
  deadlineWord: "son müddət",
  cumulativeTarget: "hədəf",
  targetTip: (value: string, year: string) =>
    `Hədəf: ${ordinal(year)} ilin sonunadək ${value} ha təmizlənməsi`,
  cumulativeTip: (date: string, value: string) =>
    `${date}\n2020-ci ilin noyabrından bəri ${value} ha təmizlənib`,
  projectionTip: (remaining: string, pace: string, years: string, year: string) =>
    `Saytın öz hesablaması: qalan ${remaining} ha ÷ ildə ${pace} ha = ${years} il, yəni təxminən ${ordinal(year)} il`,
  operators: (who: string) => `Sayılan: ${who}`,
  latest: (value: string) => value,
  /** What an end date is, by who stated it, where it is not an official deadline; the tooltips quote the statement. */
  shortNames: {
    "President of Azerbaijan (citing international experts)": "(30 illik təxmin)",
  },
  alt: (cleared: string, date: string, estimate: string, who: string, projection: string) =>
    `${date} tarixinədək ${cleared} hektar ərazi təmizlənib. Təhlükəli ərazinin sahəsi ${estimate} hektar təxmin edilir (mənbə: ${who}). ${projection}`,
  altProjection: (pace: string, from: string, to: string, year: string) =>
    `${from}–${to} illərinin ildə təxminən ${pace} hektarlıq orta sürəti ilə qalan ərazi təxminən ${ordinal(year)} ildə təmizlənər (saytın öz hesablaması).`,
  notes: [
    "Proqnoz (saytın öz hesablaması): sürət = Baş nazirin illik rəqəmlərinə görə son üç tam təqvim ilində təmizlənmiş hektarların orta qiyməti; qalan illər = (təhlükəli ərazinin ən son təxmini − ən son toplanan say) ÷ sürət, həmin sayın tarixindən hesablanır. Hesablama sürətin dəyişmədiyini və təxminin dəyişmədiyini fərz edir; tədqiqat təxmini azalda, yeni tapıntılar isə artıra bilər.",
    "Təxmin (ANAMA-nın) və toplanan say (Baş nazirin) müxtəlif qurumlardan gəlir, say isə açıqlanmış rəqəmə «az qala» bərabərdir; hər ikisi açıqlandığı kimi göstərilir.",
    "Solğun nöqtələr digər qurumların ümumi saylarıdır; bəziləri yalnız bir operatoru sayır (məsələn, yalnız ordu bölmələrini və ya yalnız ANAMA-nı). Onlar ikinci sıra deyil.",
    "İçi boş kvadratlar rəsmi toplanan hədəflərdir (ilin sonunadək təmizlənəcək hektarlar). Şaquli xətlər açıqlanmış başa çatma tarixləridir: rəsmi son müddətlər və Prezidentin beynəlxalq ekspertlərə istinadən verdiyi lazımi müddət təxmini.",
  ],
  conversion: "Açıqlanmış sahənin saytın hektara çevirməsi (1 km² = 100 ha, dəqiq çevirmə).",
  columns: {
    date: "Tarix",
    kind: "Növ",
    hectares: "Hektar",
    qualifier: "Dəqiqləşdirmə",
    operators: "Kim sayılır",
    reportedBy: "Açıqlayan",
    note: "Qeyd",
  },
  kinds: {
    primary: "ümumi say (əsas)",
    other: "ümumi say (digər qurum)",
    estimate: "təxmini təhlükəli ərazi",
    target: "toplanan hədəf",
    deadline: "başa çatma tarixi",
    projection: "saytın öz hesablaması",
  },
};
