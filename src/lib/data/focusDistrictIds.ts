/**
 * ISO 3166-2:AZ codes of the 14 focus districts: the Garabagh (9) and East-Zangazur (5) economic regions of the
 * 2021 division, as listed in the map's research notes.
 */
export const focusDistrictIds: readonly string[] = [
  // Garabagh
  "AZ-XA", // Khankendi (city)
  "AZ-AGC", // Aghjabadi
  "AZ-AGM", // Aghdam
  "AZ-BAR", // Barda
  "AZ-FUZ", // Fuzuli
  "AZ-XCI", // Khojaly
  "AZ-XVD", // Khojavend
  "AZ-SUS", // Shusha
  "AZ-TAR", // Tartar
  // East-Zangazur
  "AZ-CAB", // Jabrayil
  "AZ-KAL", // Kalbajar
  "AZ-QBI", // Gubadli
  "AZ-LAC", // Lachin
  "AZ-ZAN", // Zangilan
];
