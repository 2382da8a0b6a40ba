import type { Strings } from "../en/index.ts";

/** The methodology text of the sources page (Azerbaijani), in paragraphs under headings. */
export const methodology: Strings["methodology"] = [
  {
    heading: "Rəqəmlər haradan gəlir",
    paragraphs: [
      "Bu saytdakı hər rəqəm dərc olunmuş mənbədən köçürülüb və saytın məlumat toplularında həmin mənbə ilə birlikdə saxlanılır: dərc edən, başlıq, tarix və ünvan. 2020-ci il müharibəsindən sonrakı rəqəmlərin çoxu Azərbaycanın rəsmi qurumlarından gəlir: Minalardan Təmizləmə Agentliyi (ANAMA), Baş Prokurorluq, Xarici İşlər Nazirliyi, Prezident Administrasiyası və Nazirlər Kabineti. Bu rəqəmlər adətən Azərbaycan xəbər agentlikləri vasitəsilə yayılır. Hər rəqəmi kimin açıqladığını göstəririk. Kənar baxış Landmine Monitor, Mine Action Review və beynəlxalq təşkilatlardan gəlir. Lakin onların Azərbaycan barədə dərc etdiklərinin çoxu özlərinin ölçdüyü deyil, milli hesabatlardan götürülmüş rəqəmlərdir.",
      "Hər mənbə onu dərc edən qurumun növünə görə təsnif olunur: rəsmi qurum, yerli QHT, müstəqil monitorinq qurumu, beynəlxalq təşkilat və ya media. Xəbər saytı rəsmi şəxsin açıqlamasını yaydıqda mənbə həmin saytdır, rəqəmi açıqlayan kimi isə rəsmi qurum göstərilir.",
    ],
  },
  {
    heading: "Mənbələr fərqli rəqəm verəndə",
    paragraphs: [
      "Müxtəlif qurumlar yaxın tarixlər üçün fərqli ümumi saylar dərc edir, fərqli əhali qruplarını sayır (bütün Azərbaycan, yalnız nəzarətə qayıdan ərazilər, yalnız mülki şəxslər) və təmizlənmiş ərazini fərqli müəyyən edir. Biz birini səssizcə seçmirik: hər rəqəm kimin və nə vaxt açıqladığı ilə birlikdə saxlanılır, qrafiklərdə hər hesabat ayrıca nöqtə kimi göstərilir, mətndə isə fikir ayrılığı açıq deyilir.",
      "Qrafikə hər il üçün bir rəqəm lazım olanda müəyyən qayda tətbiq olunur: tam il ilin bir hissəsindən üstün tutulur, sonra isə ən uzun dövrü əhatə edən rəqəm seçilir. Digər rəqəmlər qrafikin izahında və məlumat cədvəlində verilir.",
    ],
  },
  {
    heading: "Saytın öz hesablamaları",
    paragraphs: [
      "Bəzi rəqəmləri sayt özü hesablayır: mənbənin ayrıca verdiyi həlak olan və yaralananların cəmi, hektarın kvadrat kilometrə çevrilməsi, minatəmizləmənin sürəti və bu sürətlə işin nə qədər çəkəcəyi. Hər biri saytın öz hesablaması kimi qeyd olunur və necə aparıldığı izah edilir. Biz heç vaxt hesabatlar arasındakı boşluğu doldurmur, çatışmayan illəri əlavə etmir və rəqəmi xəbər vermədən yuvarlaqlaşdırmırıq.",
    ],
  },
  {
    heading: "Nəyi daxil etmirik",
    paragraphs: [
      "Heç bir rəqəm dərc olunmayıbsa (2021 və 2022-ci illər üçün itkilərin illik ümumi sayı, hər rayonun təhlükəli ərazisi, minaların sayı barədə rəsmi təxminin müstəqil yoxlanışı), sayt təxmin vermək əvəzinə bunu açıq deyir. Xəritələr rayon səviyyəsində dayanır: sayt mina sahələrinin harada olduğunu heç vaxt göstərmir.",
    ],
  },
];
