import type { Strings } from "../en/index.ts";

/** Azerbaijani text of the /embedding/ help page: how to put a chart on another site, and what the project tests. */
export const embedding: Strings["embedding"] = {
  title: "Qrafiklərin yerləşdirilməsi",
  description:
    "Saytın qrafiklərini sadə HTML səhifəsinə, WordPress, Ghost, pym.js şablonu və ya Google AMP səhifəsinə necə yerləşdirmək, skriptlər silinəndə nə baş verir və layihə bunlardan hansını yoxlayır.",
  intro:
    "Hər qrafik səhifəsində “Yerləşdir” başlığı altında yerləşdirmə kodu var: qrafiki göstərən iframe və iframe-in ölçüsünü qrafikin məzmununa uyğunlaşdıran kiçik skript. Yerləşdirilən qrafik başqa heç bir sayta sorğu göndərmir və kuki yazmır.",
  example: (title: string) =>
    `Aşağıdakı nümunələrdə “${title}” qrafiki işlədilir. Başqa qrafik üçün kodu onun səhifəsindən kopyalayın və ya bu səhifənin sonundakı siyahıdan onun yerləşdirmə ünvanını götürün.`,
  plain: {
    heading: "Sadə HTML səhifəsi",
    paragraphs: [
      "Yerləşdirmə kodunu qrafikin görünəcəyi yerə yapışdırın. /embed.js skripti səhifədəki bu sayta aid bütün iframe-lərin ölçüsünü yalnız bu saytdan gələn mesajlara əsasən tənzimləyir; iki dəfə yapışdırılsa da, bir dəfə işləyir.",
    ],
  },
  wordpress: {
    heading: "WordPress",
    paragraphs: [
      "Blok redaktorunda “Custom HTML” bloku əlavə edin və yerləşdirmə kodunu yapışdırın. Filtrlənməmiş HTML dərc etmək hüququ olan istifadəçilər üçün (əksər tək saytlarda administratorlar və redaktorlar) WordPress kodu yazıldığı kimi saxlayır.",
      "Sayt əvvəlcədən tanımadığı saytlardan yerləşdirmələri qəbul edirsə (oEmbed discovery), bunun əvəzinə qrafik səhifəsinin ünvanını ayrıca sətirdə və ya “Embed” blokunda yapışdırın. WordPress qrafikin oEmbed cavabını qrafik səhifəsinin head hissəsindəki oEmbed keçidi vasitəsilə tapır və onun iframe-ini əlavə edir. Belə cavablardan skripti silir, buna görə qrafik aşağıda təsvir olunan sabit hündürlükdə qalır.",
    ],
  },
  ghost: {
    heading: "Ghost",
    paragraphs: [
      "Redaktorda HTML kartı əlavə edin və yerləşdirmə kodunu yapışdırın. Ghost kartı skript də daxil olmaqla yazıldığı kimi dərc edir, buna görə qrafikin ölçüsü sadə səhifədəki kimi tənzimlənir.",
    ],
  },
  pym: {
    heading: "pym.js şablonu",
    paragraphs: [
      "NPR-in pym.js kitabxanası üzərində qurulmuş redaksiya şablonları qrafiki öz qrafikləri kimi pym.Parent ilə yerləşdirə bilər. pym.js-i şablon yükləyir, yerləşdirmə səhifəsi yükləmir. Səhifə pym.js-in öz mesajları ilə cavab verir: yüklənəndə, məzmununun ölçüsü dəyişəndə və ana səhifə yeni en göndərəndə öz hündürlüyünü göndərir.",
      "Konteynerin id-si hərflə başlamalı, yalnız hərflərdən, rəqəmlərdən və _, :, . və - işarələrindən ibarət olmalı, ən çoxu 64 simvol olmalıdır. Başqa id işlədən ana səhifəyə yerləşdirmə cavab vermir və iframe pym.js-in standart 150 piksel hündürlüyündə qalır. pym.js-in göndərdiklərindən yerləşdirmə yalnız eni oxuyur; ana səhifənin başlığına və ünvanına məhəl qoymur, sürüşdürmə və ya naviqasiya mesajı göndərmir.",
      "Bir səhifədə bəzi qrafikləri pym.js ilə, digərlərini bu saytın yerləşdirmə kodu ilə yerləşdirmək olar: hər ikisinin ölçüsü tənzimlənir.",
    ],
  },
  amp: {
    heading: "Google AMP",
    head: "AMP səhifələri başqa saytları amp-iframe ilə yerləşdirir. Onun skriptini səhifənin head hissəsində yükləyin:",
    body: "Sonra qrafiki ölçüsü dəyişə bilən şəkildə, overflow elementi ilə əlavə edin:",
    paragraphs: [
      "Yerləşdirilən qrafik AMP-in embed-size mesajını öz hündürlüyü ilə göndərir. Oxucunun baxdığı yeri tərpətmirsə, AMP iframe-in ölçüsünü dəyişir; əks halda overflow düyməsini göstərir və düymə basılanda iframe-in ölçüsünü dəyişir. AMP yerləşdirilən səhifənin HTTPS ilə və AMP səhifəsindən fərqli mənbədən (origin) verilməsini tələb edir və amp-iframe-in səhifənin yuxarısına yaxın yerləşməsinə (ilk 600 piksel və ya ekranın ilk 75%-i) icazə vermir.",
    ],
    overflow: "Qrafiki tam göstər",
  },
  noScript: {
    heading: "Skriptlər silinəndə",
    paragraphs: (allowance: string, height: string) => [
      "Bəzi CMS-lər və platformalar yazılardan script elementlərini silir, bəziləri isə yalnız iframe-i saxlayır. Bu halda da iframe qrafiki height atributunda yazılmış hündürlükdə göstərir: qrafikin ən hündür düzülüşünün hündürlüyü üstəgəl başlıq, qeydlər, mənbə sətri və keçidlər üçün " +
        `${allowance} piksel (nümunə qrafik üçün ${height} piksel). ` +
        "Bu hündürlük məzmuna uyğunlaşmır: qrafikin altında boş yer qala bilər, mətnin daha çox sətrə keçdiyi dar ekranda isə iframe-in içində sürüşdürmə yarana bilər.",
    ],
    iframe: "Yalnız iframe:",
  },
  list: {
    heading: "Bütün qrafiklərin yerləşdirmə ünvanları",
    intro:
      "iframe-də, pym.js-də və ya AMP-də işlədiləcək ünvan və skriptlər silinəndə iframe-in hündürlüyü.",
    height: (pixels: string) => `skriptsiz ${pixels} piksel`,
  },
  tests: {
    heading: "Layihə nəyi yoxlayır",
    intro:
      "Layihənin brauzer testləri Chromium-da qrafiklərdən fərqli mənbədən (origin) verilən ana səhifəni açır və telefon və masaüstü enində hər iframe-in daxilində sürüşdürmə zolağı yaranmadan məzmununa qədər böyüdüyünü yoxlayır. Testlər bunları əhatə edir:",
    tested: [
      "yerləşdirmə kodu və bu saytın skripti olan sadə HTML səhifəsi, o cümlədən daxili üslubları bloklayan Content Security Policy şəraitində;",
      "yerləşdirmənin göndərdiyi Datawrapper və AMP hündürlük mesajları, ana səhifədə öz formatlarında oxunmaqla (nə Datawrapper-in skripti, nə də AMP mühiti işə salınmır);",
      "npm-də dərc olunduğu kimi pym.js, pym.Parent ilə: iframe-lər yüklənəndə və pəncərənin ölçüsü dəyişəndə, o cümlədən eyni səhifədə bu saytın skripti ilə yanaşı, ölçüsünü tənzimləyir; səhv formatlı konteyner id-si heç vaxt geri qaytarılmır.",
    ],
    oembed:
      "Digər test hər qrafikin oEmbed cavabını, CMS-in tapdığı kimi, qrafik səhifəsinin ünvanından tapır.",
    untested:
      "WordPress, Ghost və AMP mühitinin özü yoxlanılmır; onlar üçün tövsiyələr onların sənədlərinə əsaslanır.",
  },
};
