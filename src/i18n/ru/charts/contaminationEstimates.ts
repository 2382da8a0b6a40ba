import type { Strings } from "../../en/index.ts";

/** Russian strings of the "how much land" chart (competing contamination estimates). */
export const contaminationEstimates: Strings["charts"]["contaminationEstimates"] = {
  title: "Сколько земли загрязнено и сколько мин",
  subtitle:
    "Все опубликованные оценки опасной территории на землях, перешедших под контроль Азербайджана в 2020 году, и числа мин на ней в сравнении с тем, что действительно обнаружено. Каждый столбец — одно заявление с указанием того, кто и когда его сделал.",
  areaHeading: "Опасная территория, кв. км",
  minesHeading: "Мины: по оценкам, на картах, обнаружено",
  areaAxis: "км² (гектары ÷ 100: перевод сайта)",
  minesAxis: "Мины или предметы",
  groups: {
    estimated: "Мины по оценкам (не подсчитаны)",
    maps: "На картах и в формулярах",
    found: "Обнаружено на сегодня (нарастающим итогом)",
  },
  segments: {
    high: "выс.",
    mediumLow: "средняя/низкая",
  },
  metrics: {
    "hazardous-area": "Опасная территория",
    "high-contamination-area": "Высокая степень загрязнения",
    "medium-low-contamination-area": "Средняя или низкая степень загрязнения",
    "share-of-territory": "Доля территории",
    "estimated-mines": "Мины по оценкам",
    "mines-on-handed-over-maps": "На картах или в формулярах",
    "items-found": "Обнаружено",
  },
  units: {
    ha: "га",
    km2: "км²",
    percent: "%",
    mines: "шт. мин",
    items: "предм.",
  },
  /** Short names of reporting bodies for the bar labels; the tooltip and table use the full name. */
  shortNames: {
    "Azerbaijan Campaign to Ban Landmines": "AzCBL",
    "Ministry of Foreign Affairs": "МИД",
    "Presidential representative Elchin Amirbayov": "Представитель президента",
    "Ambassador of Azerbaijan (Mustafayev, in Diplomat Magazine)": "Посол Мустафаев",
    "Cabinet of Ministers (Prime Minister's annual report)": "Премьер-министр",
  },
  conversion: (km2: string) => `= ${km2} км² (перевод сайта, гектары ÷ 100)`,
  sum: (total: string, unit: string) => `вместе ${total} ${unit} (сумма сайта)`,
  altArea: (low: string, high: string) =>
    `Опубликованные оценки опасной территории — от ${low} до ${high}.`,
  altAreaOne: (only: string) => `Опубликованная оценка опасной территории — ${only}.`,
  altMines: (mines: string, found: string) =>
    `Число мин оценивается величиной до ${mines}, тогда как ${found}.`,
  altStatement: (value: string, who: string, when: string) => `${value} (${who}, ${when})`,
  altFound: (value: string, who: string, when: string) =>
    `по данным ${who} (${when}), обнаружено: ${value}`,
  notes: [
    "Площади, указанные в гектарах, показаны в квадратных километрах, чтобы все оценки можно было нанести на одну ось: 1 км² = 100 га — точный перевод, но это расчёт сайта. Подписи столбцов — значения в том виде, в каком они были заявлены.",
    "Если источник делит территорию на участки с высокой и со средней или низкой степенью загрязнения, эти части показаны одна над другой; их сумма — расчёт сайта, а не заявленная цифра.",
    "Число мин — оценка, а не подсчёт: ANAMA называет свою основную оценку предварительной, и ни одна независимая организация её не проверяла и не публиковала собственной. Если источник так указывает, в число обнаруженных предметов входят не только мины, но и неразорвавшиеся боеприпасы.",
    "Показаны только заявления о территориях, перешедших под контроль Азербайджана в 2020 году. Более ранние данные (Landmine Monitor — о районах, находившихся под контролем правительства до 2020 года; обследование HALO Trust 1995 года на территории, которую организация называла Нагорным Карабахом) относятся к другой территории и не приводятся.",
  ],
  conversionMethod:
    "Перевод заявленной площади в квадратные километры, выполненный сайтом (1 км² = 100 га, точный перевод).",
  columns: {
    date: "На дату",
    metric: "Показатель",
    stated: "Как заявлено",
    unit: "Единица",
    qualifier: "Оговорка",
    km2: "км² (перевод сайта)",
    measures: "Что именно измеряется",
    reportedBy: "Источник данных",
    note: "Примечание",
  },
};
