import type { Strings } from "../en/index.ts";

/** Azerbaijani title and one-sentence description (what a row is) of every dataset, for the /data/ page and downloads. */
export const datasets: Strings["datasets"] = {
  sources: {
    title: "Mənbələr",
    description:
      "Saytın istinad etdiyi hər nəşr, bir dəfə: dərc edən, başlıq, tarix, ünvan və qurumun növü.",
  },
  evidence: {
    title: "Sübutlar",
    description:
      "Hər rəqəmin arxasında duran mənbənin sözbəsöz sözləri: öz dilində sitat, lazım olduqda ingiliscə tərcüməsi və götürüldüyü mənbə.",
  },
  casualtyRunningTotals: {
    title: "2020-ci il atəşkəsindən bəri mina qurbanları, ümumi say",
    description:
      "10 noyabr 2020-ci ildən bəri həlak olan və yaralananların ümumi sayı, bir qurumun bir tarixdə açıqladığı kimi.",
  },
  casualtiesByYear: {
    title: "İllər üzrə mina qurbanları",
    description:
      "Bir təqvim ilində (və ya mənbənin əhatə etdiyi hissəsində) həlak olan və yaralananlar, hesabat verən qurum üzrə.",
  },
  casualtyHistoricalTotals: {
    title: "1990-cı illərin əvvəlindən bəri mina qurbanları",
    description:
      "1990-cı illərin əvvəlindən bəri qurbanların ümumi sayı, bir qurumun bir tarixdə açıqladığı kimi.",
  },
  contaminationEstimates: {
    title: "Çirklənmə təxminləri",
    description:
      "Çirklənmiş ərazinin sahəsi, ərazinin payı və ya minaların sayı barədə açıqlanmış bir təxmin, kimin və nə vaxt dediyi ilə.",
  },
  clearanceByYear: {
    title: "İllər üzrə təmizlənmiş ərazi",
    description:
      "Bir təqvim ilində təmizlənmiş hektarlar və aşkarlanmış sursat, bir qurumun açıqladığı kimi.",
  },
  clearanceRunningTotals: {
    title: "2020-ci ildən bəri təmizlənmiş ərazi, ümumi say",
    description:
      "2020-ci ilin noyabrından bəri təmizlənmiş hektarların və aşkarlanmış sursatın ümumi sayı, bir qurumun açıqladığı kimi.",
  },
  clearanceTargets: {
    title: "Minatəmizləmə hədəfləri",
    description:
      "Bir rəsmi minatəmizləmə hədəfi: il ərzində təmizlənəcək hektarlar və ya bütün işin başa çatma müddəti.",
  },
  fundingSplits: {
    title: "Minatəmizləmə fəaliyyətini kim maliyyələşdirir",
    description:
      "Minatəmizləmə fəaliyyətinin maliyyəsində dövlətin və beynəlxalq donorların payı və ya məbləği barədə bir açıqlama.",
  },
  donors: {
    title: "Donor töhfələri",
    description:
      "Bir donorun Azərbaycanda minatəmizləmə fəaliyyətinə açıqlanmış töhfəsi, göstərilən valyutada.",
  },
  events: {
    title: "Xronologiya",
    description:
      "Tarixi bəlli bir hadisə: atəşkəs, mina xəritələrinin təhvili, konfrans, qanun, hesabat.",
  },
  claims: {
    title: "Mübahisəli iddialar",
    description:
      "Mübahisəli bir iddia, qarşı tərəfin dərc olunmuş cavabları və varsa, müstəqil qiymətləndirmə ilə.",
  },
  districts: {
    title: "Qarabağ və Şərqi Zəngəzur rayonları",
    description:
      "Xəritədəki 14 rayondan biri və onun barəsində mənbəli faktlar (heç biri olmaya da bilər).",
  },
  clearanceAreasNotOnMap: {
    title: "Xəritə rayonu olmayan ərazilərdə təmizlənmiş torpaq",
    description:
      "Mənbənin sadaladığı, lakin xəritədəki 14 rayondan biri olmayan ərazi üzrə mənbəli rəqəm (Ağdərə, «digər rayonlar»); heç bir rayona aid edilmir.",
  },
  globalCasualties: {
    title: "Dünyada illər üzrə mina qurbanları",
    description:
      "Landmine Monitor-un bir təqvim ilində dünya üzrə qeydə aldığı mina və müharibənin partlayıcı qalıqları qurbanları.",
  },
  treatyStatus: {
    title: "Müqavilələrə münasibət",
    description:
      "Bir ölkənin Piyada əleyhinə minaların qadağan edilməsi haqqında Konvensiya və Kaset tipli sursatlar haqqında Konvensiya üzrə statusu.",
  },
  changelog: {
    title: "Düzəlişlər və dəyişikliklər",
    description:
      "Saytın məlumatlarında və ya mətnində bir dəyişiklik: nə vaxt, hansı növ (işə salınma, yeniləmə, düzəliş) və nə.",
  },
};
