import type { Strings } from "../../en/index.ts";

/** Azerbaijani strings of the "victims since the ceasefire" chart. */
export const victimsSinceCeasefire: Strings["charts"]["victimsSinceCeasefire"] = {
  title: "2020-ci il atəşkəsindən bəri mina qurbanları",
  subtitle:
    "10 noyabr 2020-ci ildən bəri mina və partlamamış hərbi sursat nəticəsində həlak olan və yaralananların ümumi sayı: Azərbaycanın rəsmi qurumlarının, yerli QHT-nin və Azərbaycan mediasının açıqladığı kimi. Hər nöqtə bir hesabatdır.",
  yLabel: "Nəfər",
  total: "Cəmi",
  killed: "Həlak olub",
  injured: "Yaralanıb",
  noReport: "hesabat yoxdur",
  alt: (from: string, fromDate: string, to: string, toDate: string, reports: number) =>
    `Açıqlanmış qurbanların sayı ${fromDate} tarixindəki ${from} nəfərdən ${toDate} tarixində ${to} nəfərə çatıb; cəmi ${String(reports)} hesabat.`,
  notes: [
    "Nöqtələr müxtəlif qurumlardan gəlir (ANAMA, Baş Prokurorluq, Xarici İşlər Nazirliyi, Prezident Administrasiyası, Minaların Qadağan Olunması üzrə Azərbaycan Kampaniyası, xəbər agentlikləri). Onların yaxın tarixlər üçün verdiyi rəqəmlər bir qədər fərqlənir; hesabatı kimin verdiyi hər izahda göstərilir. Müstəqil hesablama yoxdur.",
    "Nöqtələr birləşdirilmir: ardıcıl hesabatlar çox vaxt müxtəlif qurumlardan gəlir və iki hesabat arasındakı dövrdə say barədə heç nə məlum deyil. Kölgəli hissələr beş aydan uzun müddət heç bir hesabatın olmadığı dövrlərdir.",
    "Yalnız mülki şəxsləri əhatə edən saylar göstərilmir. Yalnız nəzarətə qayıdan əraziləri əhatə edən və yuvarlaqlaşdırılmış saylar («təxminən», «-dən çox») açıqlandığı kimi göstərilir; məlumat cədvəlində bütün hesabatlar var.",
  ],
  columns: {
    date: "Tarix",
    total: "Cəmi",
    killed: "Həlak olub",
    injured: "Yaralanıb",
    reportedBy: "Açıqlayan",
    scope: "Əhatə",
  },
};
