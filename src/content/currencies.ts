/**
 * Fixed conversion rates used only to compare a promised salary with the "high pay" line (月入过万, facts.md §1.8
 * item 1): pay in any currency becomes a monthly amount in CNY. They are round approximations of 2024 market rates,
 * not quotes; a 10–20% error does not change whether pay is "far above normal", and fixed numbers keep the check
 * deterministic and offline. They are never shown to users.
 */
export interface Currency {
  code: string;
  /** CNY per one unit of this currency (approximate, see above). */
  cnyPerUnit: number;
  /** Written forms seen before or after an amount, as typed (normalised like the text). */
  names: readonly string[];
}

export const CURRENCIES: readonly Currency[] = [
  { code: "CNY", cnyPerUnit: 1, names: ["元", "块", "人民币", "rmb", "cny", "¥", "yuan", "圆"] },
  { code: "USD", cnyPerUnit: 7.2, names: ["$", "us$", "usd", "美元", "美金", "dollar", "dollars", "刀"] },
  // USDT (Tether) is pegged to the US dollar; recruiters write "U" for it (PRODUCT.md §4).
  { code: "USDT", cnyPerUnit: 7.2, names: ["usdt", "u", "泰达币"] },
  { code: "THB", cnyPerUnit: 0.2, names: ["thb", "baht", "泰铢", "泰币", "฿"] },
  { code: "MYR", cnyPerUnit: 1.55, names: ["rm", "myr", "ringgit", "令吉", "马币"] },
  { code: "PHP", cnyPerUnit: 0.125, names: ["₱", "php", "peso", "pesos", "比索"] },
  { code: "HKD", cnyPerUnit: 0.92, names: ["hk$", "hkd", "港币", "港元", "港纸"] },
  { code: "TWD", cnyPerUnit: 0.22, names: ["nt$", "twd", "台币", "新台币"] },
  { code: "INR", cnyPerUnit: 0.086, names: ["rs", "rs.", "inr", "rupees", "₹", "卢比"] },
  { code: "KES", cnyPerUnit: 0.055, names: ["ksh", "kes", "kshs"] },
  { code: "ETB", cnyPerUnit: 0.06, names: ["birr", "br"] },
  { code: "IDR", cnyPerUnit: 0.00045, names: ["rp", "idr", "rupiah", "印尼盾"] },
  { code: "JPY", cnyPerUnit: 0.048, names: ["日元", "日币", "日圆", "yen", "jpy", "円"] },
  { code: "SGD", cnyPerUnit: 5.35, names: ["s$", "sgd", "新币", "新元"] },
  { code: "AED", cnyPerUnit: 1.96, names: ["aed", "dirham", "dirhams", "迪拉姆"] },
  { code: "MOP", cnyPerUnit: 0.9, names: ["mop", "澳门元", "澳门币"] },
  { code: "VND", cnyPerUnit: 0.00029, names: ["vnd", "越南盾"] },
  { code: "AUD", cnyPerUnit: 4.7, names: ["aud", "a$", "澳元"] },
];

/** Monthly CNY at or above which pay for unskilled, no-experience work is "far above normal" (月入过万). */
export const HIGH_MONTHLY_PAY_CNY = 10_000;
/** Monthly CNY at which pay is so far above normal (five times the line) that it counts as a second lure sign. */
export const EXTREME_MONTHLY_PAY_CNY = 50_000;
