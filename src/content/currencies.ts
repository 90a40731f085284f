/**
 * Fixed conversion rates used only to compare a promised salary with the "high pay" line (月入过万, facts.md §1.8
 * item 1): pay in any currency becomes a monthly amount in CNY. They are round approximations of 2024 market rates,
 * not quotes; a 10–20% error does not change whether pay is "far above normal", and fixed numbers keep the check
 * deterministic and offline. Shown to users only as an "about" figure beside the pay as written, in the reader's
 * currency (US dollars, 人民币, 新臺幣 or 港元: check/present.ts).
 */
export interface Currency {
  code: string;
  /** CNY per one unit of this currency (approximate, see above). */
  cnyPerUnit: number;
  /** Written forms seen before or after an amount, as typed (normalised like the text). */
  names: readonly string[];
  /**
   * Monthly pay, in this currency, far above what unskilled work pays where the currency is earned (the "月入过万"
   * line of facts.md §1.8 item 1, read locally): ₹1 lakh is a lure's salary in India although it is under ¥10,000.
   * Without it, the CNY line applies. Round figures, like the rates.
   */
  highMonthly?: number;
}

export const CURRENCIES: readonly Currency[] = [
  { code: "CNY", cnyPerUnit: 1, names: ["元", "块", "人民币", "rmb", "cny", "¥", "yuan", "圆"] },
  { code: "USD", cnyPerUnit: 7.2, names: ["$", "us$", "usd", "美元", "美金", "dollar", "dollars", "刀"] },
  // USDT (Tether) is pegged to the US dollar; recruiters write "U" for it (PRODUCT.md §4).
  { code: "USDT", cnyPerUnit: 7.2, names: ["usdt", "u", "泰达币"] },
  { code: "THB", cnyPerUnit: 0.2, highMonthly: 30_000, names: ["thb", "baht", "泰铢", "泰币", "฿"] },
  { code: "MYR", cnyPerUnit: 1.55, highMonthly: 5_000, names: ["rm", "myr", "ringgit", "令吉", "马币"] },
  { code: "PHP", cnyPerUnit: 0.125, highMonthly: 40_000, names: ["₱", "php", "peso", "pesos", "比索", "p"] },
  { code: "HKD", cnyPerUnit: 0.92, highMonthly: 20_000, names: ["hk$", "hkd", "港币", "港元", "港纸"] },
  { code: "TWD", cnyPerUnit: 0.22, highMonthly: 60_000, names: ["nt$", "twd", "台币", "新台币"] },
  { code: "INR", cnyPerUnit: 0.086, highMonthly: 60_000, names: ["rs", "rs.", "inr", "rupees", "₹", "卢比"] },
  // Nepal's, Sri Lanka's and Pakistan's rupees, named after the amount ("Rs. 200,000 Nepali rupees").
  { code: "NPR", cnyPerUnit: 0.054, highMonthly: 100_000, names: ["npr", "nepali rupees", "nepalese rupees"] },
  { code: "LKR", cnyPerUnit: 0.024, highMonthly: 200_000, names: ["lkr", "sri lankan rupees", "lankan rupees"] },
  { code: "PKR", cnyPerUnit: 0.026, highMonthly: 200_000, names: ["pkr", "pakistani rupees"] },
  {
    code: "KES",
    cnyPerUnit: 0.055,
    highMonthly: 80_000,
    // Bare "shillings" are Kenya's unless the text names Uganda (see the salary reader).
    names: ["ksh", "kes", "kshs", "sh", "kenyan shillings", "kenya shillings", "shillings", "shilling"],
  },
  { code: "ETB", cnyPerUnit: 0.06, highMonthly: 20_000, names: ["birr", "br"] },
  // West and southern African and Bangladeshi workers are recruited for the same jobs abroad (facts.md §1.8).
  { code: "NGN", cnyPerUnit: 0.0046, highMonthly: 500_000, names: ["ngn", "naira", "₦"] },
  { code: "GHS", cnyPerUnit: 0.47, highMonthly: 8_000, names: ["ghs", "gh₵", "cedis", "cedi"] },
  { code: "ZAR", cnyPerUnit: 0.39, highMonthly: 30_000, names: ["zar", "rand"] },
  { code: "BDT", cnyPerUnit: 0.06, highMonthly: 80_000, names: ["bdt", "taka", "tk"] },
  {
    code: "UGX",
    cnyPerUnit: 0.0019,
    highMonthly: 2_000_000,
    names: ["ugx", "ushs", "ush", "ugandan shillings", "uganda shillings"],
  },
  { code: "RUB", cnyPerUnit: 0.08, highMonthly: 150_000, names: ["rub", "rubles", "roubles", "ruble", "₽", "卢布"] },
  { code: "IDR", cnyPerUnit: 0.00045, highMonthly: 10_000_000, names: ["rp", "idr", "rupiah", "印尼盾"] },
  { code: "JPY", cnyPerUnit: 0.048, highMonthly: 400_000, names: ["日元", "日币", "日圆", "yen", "jpy", "円"] },
  { code: "SGD", cnyPerUnit: 5.35, highMonthly: 5_000, names: ["s$", "sgd", "新币", "新元", "新加坡元"] },
  { code: "AED", cnyPerUnit: 1.96, highMonthly: 8_000, names: ["aed", "dirham", "dirhams", "迪拉姆"] },
  // Saudi and Qatari riyals, pegged near the dirham: Gulf drivers' and domestic workers' pay and the agents' fees.
  { code: "SAR", cnyPerUnit: 1.92, highMonthly: 8_000, names: ["sar", "riyal", "riyals", "沙特里亚尔", "里亚尔"] },
  { code: "QAR", cnyPerUnit: 1.98, highMonthly: 8_000, names: ["qar", "qatari riyal", "卡塔尔里亚尔"] },
  // Israel's new shekel: building trades there are paid 8,000–12,000 shekels a month (minimum wage about 5,900), so the
  // line for work anyone can do sits well above that.
  {
    code: "ILS",
    cnyPerUnit: 1.95,
    highMonthly: 15_000,
    names: ["ils", "₪", "shekel", "shekels", "谢克尔", "新谢克尔"],
  },
  { code: "MOP", cnyPerUnit: 0.9, highMonthly: 20_000, names: ["mop", "澳门元", "澳门币"] },
  { code: "VND", cnyPerUnit: 0.00029, highMonthly: 20_000_000, names: ["vnd", "vnđ", "đ", "dong", "越南盾"] },
  // 澳币 is Taiwan's word for the Australian dollar.
  { code: "AUD", cnyPerUnit: 4.7, highMonthly: 7_000, names: ["aud", "a$", "au$", "澳元", "澳币"] },
  // New Zealand's seasonal and farm work is paid by the hour in New Zealand dollars ("NZ$23.15/hr").
  { code: "NZD", cnyPerUnit: 4.3, highMonthly: 7_000, names: ["nzd", "nz$", "纽币", "纽元", "新西兰元"] },
  // Korea's farm and factory work (EPS, seasonal visas) is paid in won; "won" alone is too common an English word.
  { code: "KRW", cnyPerUnit: 0.0053, highMonthly: 4_000_000, names: ["krw", "₩", "韩元", "韩币", "韩圜"] },
  { code: "ZMW", cnyPerUnit: 0.27, highMonthly: 10_000, names: ["zmw", "kwacha"] },
  { code: "CAD", cnyPerUnit: 5.2, highMonthly: 6_000, names: ["cad", "c$", "ca$", "cdn$", "加元", "加币", "加拿大元"] },
  { code: "EUR", cnyPerUnit: 7.8, highMonthly: 4_000, names: ["€", "eur", "euro", "euros", "欧元"] },
  { code: "GBP", cnyPerUnit: 9.1, highMonthly: 3_500, names: ["£", "gbp", "英镑"] },
];

/** Each currency by its ISO code: looked up for every amount of every message. */
export const CURRENCY_BY_CODE: ReadonlyMap<string, Currency> = new Map(
  CURRENCIES.map((currency) => [currency.code, currency]),
);

/** Currencies a Chinese-reading job seeker is paid in at home (mainland, Hong Kong, Taiwan, Macau). */
export const CHINESE_HOME_CURRENCIES: ReadonlySet<string> = new Set(["CNY", "HKD", "TWD", "MOP"]);

/** Monthly CNY at or above which pay for unskilled, no-experience work is "far above normal" (月入过万). */
export const HIGH_MONTHLY_PAY_CNY = 10_000;
/** How many times the high-pay line pay must be to be so far above normal that it counts as a second lure sign. */
export const EXTREME_PAY_FACTOR = 5;

/**
 * Whether `code` carries its own line for unskilled pay where it is earned (`highMonthly`): that line is already the
 * place's, so no premium for the place or the work need be added to it.
 */
export function hasLocalPayLine(code: string): boolean {
  return CURRENCY_BY_CODE.get(code)?.highMonthly !== undefined;
}

/** The monthly CNY at or above which pay in `code` is far above normal for unskilled work. */
export function highPayLineCny(code: string): number {
  const currency = CURRENCY_BY_CODE.get(code);
  return currency?.highMonthly !== undefined ? currency.highMonthly * currency.cnyPerUnit : HIGH_MONTHLY_PAY_CNY;
}
