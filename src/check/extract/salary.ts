/**
 * Reads promised pay in the forms lures use (月薪2W, 1.5万, 两万五, 20k/月, 日薪800, $3,000/month, 3000U, 一个月上万)
 * and turns each into a monthly amount in CNY, so that "far above normal pay" can be judged the same way whatever
 * the currency and period (facts.md §1.8 item 1).
 */
import { CURRENCIES, CURRENCY_BY_CODE, type Currency } from "../../content/currencies.ts";
import type { Reader, ReadText } from "../../text/read-text.ts";

export type PayPeriod = "hour" | "day" | "week" | "month" | "year";

/** An amount of money read from an offer: promised pay, or a fee asked of the job seeker. */
export interface SalaryFact {
  /** Lower bound of the promised pay per month, in CNY (a range "1-2万" counts as its lower end). */
  monthlyCny: number;
  /** Upper bound of a range ("15k-30k", "1.5万-3万"), per month in CNY: shown with the lower one, never judged. */
  upperMonthlyCny?: number;
  currency: string;
  period: PayPeriod;
  /** Span in the normalised text, from the pay word or currency before the amount to the period after it. */
  start: number;
  end: number;
}

/** More than anyone is paid a month: a company's capital or revenue, not a salary (数千万人民币天使轮). */
const MAX_PLAUSIBLE_MONTHLY_CNY = 1_000_000;
/** A sum without a period at or above this many CNY is read as yearly pay. */
const YEARLY_IF_UNSTATED_CNY = 150_000;
/** A month of hourly pay is a full-time month where pay is stated by the hour: 40 hours × 52 weeks / 12. */
const MONTHS_PER: Record<PayPeriod, number> = { hour: 173, day: 26, week: 4.33, month: 1, year: 1 / 12 };

/** English number words that recruiters write before a unit ("one lakh rupees", "fifty thousand pesos"). */
const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/**
 * Digits (3,000 / 1,00,000 / 1.5), or Chinese numerals including 上万/过万/几万 ("over ten thousand") and 十来万 ("some
 * hundred thousand": 来 between a unit and a larger one adds nothing).
 */
const NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{2,3}){1,4}(?![\d])|\d{1,12}(?:\.\d{1,4})?|(?:[零一二两三四五六七八九十百千万几上过]|(?<=[十百千])来(?=[万千])){1,8}`;
const NUMBER = new RegExp(NUMBER_SOURCE, "g");
/** The same, or an English number word right before a unit: tried only where a unit word is written at all. */
const ENGLISH_UNIT = /\b(?:hundred|thousand|lakhs?|lacs?|crores?|million)\b/;
/** The words ENGLISH_UNIT needs, found by native substring search: most texts have none, and the regex is skipped. */
const ENGLISH_UNIT_WORDS = ["hundred", "thousand", "lakh", "lac", "crore", "million"];
const mayHaveEnglishUnit = (text: string): boolean => ENGLISH_UNIT_WORDS.some((word) => text.includes(word));
const NUMBER_OR_WORD = new RegExp(
  String.raw`${NUMBER_SOURCE}|\b(?:${Object.keys(ENGLISH_NUMBERS).join("|")})(?= ${ENGLISH_UNIT.source})`,
  "g",
);
/**
 * The upper end of a range after a dash, its currency sign said again or not ("£28,407–£34,581", "RM3k-RM4k"): the
 * sign belongs to the range, not a second amount. "$1,000 to $2,000" stays two amounts, each quoted whole.
 */
const RANGE_SIGN = String.raw`(?:[£$€¥￥₱₹฿₫]|(?:us|nt|hk|s|a|c|nz)\$|rm ?|rs\.? ?|usd ?|sgd ?|myr ?|php ?)?`;
const RANGE = new RegExp(
  String.raw`^ ?(?:(?:-|~|到|至|–|—) ?${RANGE_SIGN}|to ?)(\d{1,3}(?:,\d{2,3}){1,4}|\d{1,12}(?:\.\d{1,4})?|[一二两三四五六七八九十百千万几]{1,6})`,
);
const MULTIPLIER =
  /^ ?(十万|百万|千万|万|千|k|w|hundred|thousand|lakhs?|lacs?|crores?|million|mil|triệu|trieu|juta|jt)(?![a-z])/;
/** The upper end of a range after the unit of its lower end ("400万-650万日元", "15k-20k"): skipped as a whole. */
const RANGE_AFTER_UNIT = new RegExp(
  String.raw`^ ?(?:(?:-|~|到|至|–|—) ?${RANGE_SIGN}|to ?)(\d{1,3}(?:,\d{2,3}){1,4}|\d{1,12}(?:\.\d{1,4})?|[一二两三四五六七八九十百千万几]{1,6}) ?(十万|百万|千万|万|千|k|w)?`,
);
/**
 * Money words that are not a wage: allowances, subsidies, budgets, a company's capital or revenue. An amount right
 * after one of them is not read as pay.
 */
const NOT_PAY_CONTEXT =
  /补助|补贴|津贴|资金|投资|融资|营收|营业额|市值|估值|保险|奖金池|allowance|subsidy|budget|grant|revenue|capital|funding|investment|insurance/;
/**
 * A bonus paid once ("signing bonus of $3,000", "一次性奖金5000元"): not a month's pay. A bonus beside the salary
 * ("salary and bonus $4,000 a month") is pay.
 */
const ONE_OFF_BONUS_BEFORE =
  /(?:(?:one-off|one-time|signing|sign-on|joining|completion|relocation|referral|retention|end-of-contract) bonus(?: of)?|一次性奖金|签约奖金?|入职奖金?)\s?$/;
/** A one-off sum paid per contract ("$5,000 for a two-year contract", "每份合同奖励"): a bonus, not a month's pay. */
const PER_CONTRACT_AFTER =
  /^ ?(?:for|per|upon|on) (?:a|an|the|each|every|completing a|signing a) ?(?:one|two|three|\d+)?[- ]?(?:year|month)?s?[- ]?(?:contract|renewal)/;
/**
 * A sum named a bonus right after it, past a conversion in brackets ("1.5萬新加坡元(約8.9萬港元)獎金", "$2,000 bonus"): paid
 * once, not a month's pay; so is a retention sum (留任金, 挽留金: "2-3万新币的挽留金" every few years). A signing sum
 * (签约金) is left as pay: it is what army recruiters promise. Pay with a period word ("月薪8000元奖金另计") stays pay.
 */
const BONUS_AFTER = /^[)）]? ?,? ?(?:[(（][^)）]{0,16}[)）])? ?(?:的)?(?:奖金|奖励金|花红|留任金|挽留金|\bbonus\b)/;
/** "1w2", "2万5", "3k5": one digit right after the multiplier is the next place down (12,000, 25,000, 3,500). */
const NEXT_PLACE_DIGIT = /^\d(?![\d.]|,\d)/;
/** "6万5,000": a full number under the unit right after it adds to the amount (65,000). */
const REST_AFTER_UNIT = /^(\d{1,3},\d{3}|\d{1,4})(?![\d.])/;
/** A Chinese numeral ending in 一 right before a measure word: the 一 is "one month", not a digit (三四万一个月). */
const ONE_BEFORE_MEASURE = /^[个天年月周星日小]/;
/**
 * The period after an amount: "3000/月", "2万一个月", "$500 a week", "60萬元的年薪" (a pay word after it names it too).
 * Not an age or days off that begin with a period's word: 年满18 (aged 18 or over), 周休二日 (two days off a week).
 */
const PERIOD_AFTER =
  /^ ?(?:\+|起|以上|左右|多|起步)?(?: ?(?:\/|每|per|an|a|一|\bin\b|的))? ?(个月|月|month|mo|sebulan|bulan|天|日|day|周|星期|week|小时|hour|hr|年|year|yr|annum|monthly|daily|weekly|hourly|yearly|annually|night|nightly)(?![a-z]|使|下|然|气|津|猫|终|底|龄|纪|级|代|初|中|前|后|内|语|本|常|用|程|期|文|式|历|报|满|休)/;
const PERIOD_BEFORE: readonly [RegExp, PayPeriod][] = [
  [/(?:月薪|月入|月收入|月工资|每月|每个月|一个月|月底薪|月领|月收|月结|monthly|per month|a month)/, "month"],
  // A night's pay (一晚5000, "per night") is a day's: hostess and escort ads price a night.
  [/(?:日薪|日入|每天|一天|天薪|日领|日结|一晚|每晚|晚薪|daily|per day|a day|per night|a night)/, "day"],
  [/(?:周薪|周领|周结|每周|每星期|每个星期|一周|一星期|一个星期|每个礼拜|一个礼拜|weekly|per week)/, "week"],
  [/(?:年薪|年收入|学年|每年|一年|年收|年包|年领|annual|per annum|yearly|a year|per year)/, "year"],
  [/(?:时薪|时给|每小时|hourly|per hour)/, "hour"],
];
/** Words that say a nearby number is pay, not an age, a phone number or a head count. */
const PAY_CONTEXT =
  /薪|工资|收入|月入|日入|底薪|待遇|人工|酬|赚|挣|月领|日领|周领|年领|salary|pay|earn|income|wage|stipend|提成|gaji/;
/**
 * Words that say a nearby amount is charged to the job seeker, not paid to them (押金3000, fee of Ksh 200,000):
 * read as a fee, never as pay. A bare 服务费 or "processing" right before the sum (服务费3000元, "processing 30,000
 * PHP") is the charge too; a share of the service charge (分服务费) is the waiter's pay.
 */
const FEE_CONTEXT =
  /中介费|仲介费|买工费|手续费|中介服务费|服务费(?:要|是|为|共|需)|(?<![分抽享有])服务费[:：]?\s?$|(?:交|付|收|缴)服务费|报名费|介绍费|培训费|办理费|代办费|资料费|入职费|签证费|体检费|押金|保证金|定金|订金|交钱|缴纳|先付|先交|先给我|要交|需交|预交|总费用|费用(?:是|为|高达|达到?|约|共计|合计|共|要|需)|(?<![生活住宿差旅交通餐食])费用[:：]?\s?$|收费|收了|收取|开价|要价|转账给|(?:交|付|缴|给)(?:中介|仲介|顾问)|(?<!资|薪|酬)支付|付款|付了|交了|缴了|(?:要|需|得|须)付|fees?\b|\bprocessing:?\s?$|deposit|charges?\b|charged|pay us|pay me|pay the agent|payment of|send money|(?<!\b(?:be|are|is|get|gets|got|was|were|being|been|well|fully|highly|salary|wages?) )\bpaid\b(?! (?:by|monthly|weekly|daily|every|per|on time|me|us)\b)/;
const FEE_CONTEXT_ALL = new RegExp(FEE_CONTEXT.source, "g");
/**
 * Paying someone named before the amount, in the same sentence ("paid the girl who arranged my journey Sh150,000",
 * "pay a recruitment agency 200,000 shillings"): money handed over, not earned. "Paid a salary of" is pay.
 */
const PAID_TO_BEFORE =
  /\b(?:paid|pay|paying|gave|give|sent|send)(?: to)? ((?:the|a|an|their|his|her|my|our|this|that) [^.;!?]{0,44})$/;
/** Family as the one paid ("sent my mom 3,000 pesos", "I send my wife Ksh 10,000"): money sent home, not a fee. */
const FAMILY_PAYEE =
  /^(?:my|our|his|her|their) (?:mom|mum|mother|dad|father|parents?|wife|husband|sisters?|brothers?|family|kids?|children|sons?|daughters?|grand\w+|aunts?|auntie|uncles?|cousins?)\b/;
/** Money borrowed or owed ("borrowed another Sh100,000", "owed the agent $2,000"): neither pay nor a fee. */
const BORROWED_BEFORE = /\b(?:borrowed|borrowing|borrow|lent|loaned|owed|owe|owes)\b[^.;!?]{0,20}$/;
/**
 * A loan, a debt, a price, a cost or a purchase said before the amount ("被逼借贷13,300元", "a loan of 150,000 shillings",
 * "sold for $30,000", "the visa costs $300", "花了3万块"): money borrowed or spent, not pay. A pay word nearer the amount
 * wins ("sell cars, earn $4,000").
 */
const LOAN_OR_PRICE_BEFORE = new RegExp(
  String.raw`(?:借(?:了|贷|款|钱|来|给)|贷款|欠(?:了|下|款|债)|花了|花费了|买了|购买|兜售|出售|售价|卖给|卖了|转卖|价格|价钱|` +
    // A trip's or a home's price (團費, 套票, 房租, "tour price", "rent"): what the reader pays, not pay.
    String.raw`团费|套票|票价|房租|租金|` +
    // A traveller's budget or spending (预算一万块, "a budget of $2,000"): the reader's own money.
    String.raw`预算|旅费|开销|花费|` +
    String.raw`\b(?:loans?|debts?|sold|sell|selling|sells|bought|buy|buying|priced?|costs?|costing|fares?|rent|rents|tour|package|budget|budgets|spend|spending|spent)\b)` +
    String.raw`(?:(?!${PAY_CONTEXT.source})[^])*$`,
);
/** The same said after the amount ("以4.5万元价格兜售", "3万块买来的", "2300澳元,用于购买…"). */
const LOAN_OR_PRICE_AFTER =
  /^\s?(?:的)?(?:价格|价钱|售价|买来|买的|购买|借款|贷款)|^ ?(?:\/ ?人|一人|per person|per pax|a head|per head)(?![a-z])|^[^。！？!?;；\d]{0,3}?(?:用于|用来)(?:购买|买)|^ (?:loan|debt)\b/;
/**
 * What a sum is said to be in a clause after it ("about $55, as a processing fee", "500元,作为保证金"): a charge to the
 * worker, even with a comma between.
 */
const CHARGED_AS_AFTER =
  /^[^。！？!?;；\d]{0,8}?\bas (?:a |an |the )?(?:[a-z]+ ){0,2}(?:fees?|deposit|payment|charges?)\b|^[^。！？!?;；\d]{0,3}?作为[^\d。！？]{0,6}?(?:费|押金|保证金)/;
/** The worker as the payer right before the sum ("Applicants must pay $350", "you have to pay up to $2,000"). */
const WORKER_PAYS_BEFORE =
  /\b(?:you|i|workers?|applicants?|candidates?|must|need to|needs to|have to|has to|had to|asked to|required to|agreed to|(?:told|asked) (?:me|us|him|her|them|you) to|(?:was|were) told to|just)(?: (?:first|also|still|then))? pay(?: (?:up to|about|around|over|at least))?\s?$/;
/**
 * Money taken from the job seeker by fraud, named before the sum in its sentence ("swindled the youths out of Rs
 * 300,000", "extracted amounts of $2,000 to $5,000 from each applicant", "fleeced villagers of KSh 150,000"): what
 * the worker paid, not what the job pays.
 */
const SWINDLED_BEFORE = /\b(?:swindled|extracted|extorted|fleeced|defrauded|conned)\b[^.;!?]{0,48}$/;
/**
 * A sum deducted from the pay ("住宿每周扣160纽币", "rent: deduct NZ$150 a week", "$120 weekly deducted for board"): a
 * charge taken out of the wage, not the wage, whatever period is written beside it.
 */
const DEDUCTED_BEFORE = /(?:扣(?:除|掉|款)?|\bdeduct(?:ed|s|ing)?(?: of)?|\bminus)\s?$/;
const DEDUCTED_AFTER =
  /^\s?(?:(?:a|per) (?:week|month|day)|weekly|monthly|\/(?:week|wk|month)|每(?:周|月|天))?\s?(?:is |are |will be |to be )?(?:deducted|taken off|扣除)/;
/** The employer named as the payer after a sum ("the visa fee of $300 is paid by the employer", "押金由公司承担"). */
const EMPLOYER_PAYS_AFTER =
  /^[^。！？!?;；\d]{0,12}?(?:(?:paid|covered|borne|reimbursed) by (?:the |your )?(?:employer|company)|由(?:公司|雇主|老板)(?:承担|负担|支付|负责|报销|出))/;
/**
 * The employer, the school or the hospital named as the payer before a sum in its sentence, with no worker named
 * between ("the employer pays the refundable deposit of €1,000", "学校支付15万日币", "公司代付住房押金2000元").
 */
const EMPLOYER_PAYS_SUM_BEFORE =
  /(?:\b(?:employer|employers|company|school|hospital)\b(?: will| would| also| (?:has |had )?agreed to)? (?:pays?|paid|covers?|bears?|reimburses?)\b|(?:公司|雇主|老板|学校|医院)[^。；！？，,\d]{0,4}?(?:代付|垫付|支付|付了|付给|承担|负担|报销|负责))(?:(?!\byou\b|\bi\b|你|我)[^.;!?。；！？]){0,40}$/;
/** A charge's own name: a deposit or fee the employer pays is neither the worker's fee nor pay. */
const CHARGE_NOUN = /押金|保证金|费|deposit|fee/;
/** The last sentence end, or clause end (a comma too), in a window: words before it say nothing of the amount. */
const LAST_SENTENCE_END = /[。！？!?；;](?=[^。！？!?；;]*$)/;
const LAST_CLAUSE_END = /[。！？!?；;,，](?=[^。！？!?；;,，]*$)/;
const tailAfter = (lastEnd: RegExp, window: string): string => {
  const end = lastEnd.exec(window);
  return end ? window.slice(end.index + 1) : window;
};
const sentenceTail = (window: string): string => tailAfter(LAST_SENTENCE_END, window);
/**
 * A pay floor that a rule sets for a permit or a pass ("至少6000新币月薪才能申请家属准证", "you must earn at least
 * S$6,000 to qualify"): a floor word and a word of eligibility in one sentence make its sums the rule's figures, not
 * pay anyone offers. A recruiter's "月薪不低于2万" names no eligibility and stays pay.
 */
const PAY_FLOOR = /不低于|不少于|至少|起码|\bat least\b|\bminimum of\b|\bno less than\b/;
const ELIGIBILITY = /才能|才可|方可|方能|符合|资格|准证|\bto qualify\b|\bqualif(?:y|ies) for\b|\beligib/;
const NEXT_SENTENCE_END = /[。！？!?；;\n]/;
function ruleSetsFloor(text: string, start: number, end: number): boolean {
  const before = sentenceTail(text.slice(Math.max(0, start - 80), start));
  const afterWindow = text.slice(end, end + 80);
  const stop = NEXT_SENTENCE_END.exec(afterWindow);
  const sentence = before + text.slice(start, end) + (stop ? afterWindow.slice(0, stop.index) : afterWindow);
  return PAY_FLOOR.test(sentence) && ELIGIBILITY.test(sentence);
}
const clauseTail = (window: string): string => tailAfter(LAST_CLAUSE_END, window);
/**
 * What going costs, a cost word that governs the amount ("the estimated cost for a worker to go is Rs. 165,000",
 * "路费花费约8000元"): neither pay nor a fee asked by the recruiter. A cost said to be none ("no cost to you, 2500 USD
 * per month") or a pay word between ("travel costs covered, salary $2,000") leaves the amount as pay.
 */
const COST_BEFORE =
  /(?<!\b(?:no|free of|at no|zero) |不|无|没有|免|零)(?:\b(?:cost|costs|expenses|expense)\b(?! of living)|花费|成本|开销)(?:(?!salary|wage|pay|income|earn|工资|薪|收入)[^.;!?。；！？,，]){0,40}?(?:\b(?:is|are|was|were|of|comes? to|totals?|at)\b|[:：]|约|为|是|达|要|需|大概|大约|共)\s?(?:(?:about|around|approximately|roughly|nearly|some|over)\s)?(?:约|大概|大约)?$/;
/** Project 985 and 211 universities, named in Chinese job requirements ("985/211院校"): not an amount. */
const UNIVERSITY_TIERS = /^(?:985|211)(?:,(?:985|211))?$/;
/**
 * A fee word right after an amount ("3000元押金", "Ksh 200,000 processing fee"), the amount someone paid over
 * ("the $350 that he paid the company", "3万交给中介"), or asked for in Hinglish or Taglish ("₹4 lakh maang raha hai",
 * "₱80,000 ang hinihingi"). A hotel's "service charge" after the pay is the guests' charge
 * shared among staff: more pay, not a fee.
 */
const FEE_AFTER =
  /^\s?(?:的)?(?:押金|保证金|中介费|仲介费|买工费|手续费|报名费|服务费|交给|付给|(?!(?:plus |and )?service charges?\b)(?:[a-z]+ ){0,2}(?:fees?|deposit|charges?)\b|(?:that |which )?(?:he|she|they|i|we|you|each) (?:had )?(?:paid|gave|handed over|sent)\b|(?:maang|mang)(?:ta|te|ti|raha|rahe|rahi|a)?\b|(?:ang |yung |ng )?(?:hinihingi|humihingi)\b)/;
const PAY_CONTEXT_ALL = new RegExp(PAY_CONTEXT.source, "g");
/** A fee word after an amount, followed by a number of its own in its sentence: that number is the fee. */
const FEE_WORD_WITH_ITS_AMOUNT_AFTER =
  /^[\s,，]{0,2}(?:(?:[a-z]+ ){0,2}(?:fees?|deposit|charges?)\b|(?:[\u4e00-\u9fff]{0,3})(?:费|押金|保证金))[^.;!?。；！？\d]{0,16}[\d一二两三四五六七八九十]/;
/** The employer as the payer right before a sum ("we pay $500 for your visa"): the charge is not the worker's. */
const EMPLOYER_PAYS_BEFORE =
  /(?:\b(?:we|company|employer|employers)\b(?: will| would| also)? (?:pay|pays|cover|covers|bear|bears|reimburse|reimburses|provide|provides)\b|(?:公司|雇主|老板|我们)[^。；！？，,]{0,4}(?:承担|支付|报销|出|付|负责|补贴))[^.;!?。；！？]{0,16}$/;
/** What a sum right before is paid for, when it is a charge: processing, the visa, the placement, the papers. */
const CHARGED_FOR_AFTER =
  /^\s?(?:each )?(?:for (?:the |your |visa |a )?)?(?:processing|visa processing|placement|documentation|paperwork)\b|^\s?(?:each )?for (?:the |your |their |a |an )?(?:visas?|work permits?|tickets?|flights?|airfares?|travel|ticket and visa|medical(?! (?:insur|cover|care|benef|allow|leave))|packages?|lmias?|sponsorships?|certificates? of spons\w*|cos|job offers?|offer letters?)\b|^\s?(?:的)?(?:办理费|签证费|手续费)/;
/** Words that say a nearby number is a phone number, an account or an id. */
const CONTACT_CONTEXT = /电话|手机|微信|联系|热线|号码|tel|phone|call|whatsapp|contact|mobile|wechat|viber|line/;
/** A long run of bare digits is a phone or account number unless money words stand right next to it. */
const MAX_BARE_DIGITS = 7;

const LATIN = /[a-z]/;
/** Lakhs and crores: Indian rupees, and money in any text. */
const INDIAN_UNIT = /^(?:lakh|lac|crore)/;
/**
 * Measure words after an amount that count people or things, not money (1.5万人, 2万名, 3万公里). Not 人到 (the worker
 * arriving, "月薪一万五 人到了再签合同"): the canonical text joins what a space kept apart.
 */
const COUNTED_AFTER = /^(?:人(?!一?到)|[名个次字件台公粉条份户家套平米吨辆单篇张亩册本位所座只头步项款])/;
/**
 * People or lessons right after a bare number (500名工人, 12节课, 50 workers): no money unless a currency is written.
 * Lines are joined in the canonical text, so words that often begin the next line (人事, 名称, 位置) are no count.
 */
const COUNTED_RIGHT_AFTER =
  /^ ?(?:人(?![事民员才力工性到]|一到)|名(?![称额字片企])|位(?![置于])|节课|(?:people|persons?|workers?)\b)/;
/** A period word right after a bare number with nothing between (工作119天, 4月30日): a count of days or years. */
const BARE_PERIOD = /^ ?(?:天|日|年|周|星期|小时)$/;
/** Pay words that a period word right after an amount begins (800日结, 20万年薪): the amount is pay after all. */
const PAY_AFTER_PERIOD = /^(?:薪|结|领|工资|收入)/;
const CURRENCY_NAMES: readonly [string, Currency][] = CURRENCIES.flatMap((currency) =>
  currency.names.map((name): [string, Currency] => [name, currency]),
).sort((a, b) => b[0].length - a[0].length);
const LONGEST_NAME = Math.max(...CURRENCY_NAMES.map(([name]) => name.length));
/** Currency names by their last and first character, so a lookup tries a handful of names instead of all. */
const NAMES_BY_LAST = groupNames((name) => name.charAt(name.length - 1));
const NAMES_BY_FIRST = groupNames((name) => name.charAt(0));
function groupNames(key: (name: string) => string): Map<string, [string, Currency][]> {
  const groups = new Map<string, [string, Currency][]>();
  for (const entry of CURRENCY_NAMES) groups.set(key(entry[0]), [...(groups.get(key(entry[0])) ?? []), entry]);
  return groups;
}
/** More amounts than any offer states: a text full of numbers is not read further (keeps the worst case fast). */
const MAX_AMOUNTS = 48;
const CNY = CURRENCIES.find((currency) => currency.code === "CNY")!;
const INR = CURRENCIES.find((currency) => currency.code === "INR")!;
const VND = CURRENCIES.find((currency) => currency.code === "VND")!;
const IDR = CURRENCIES.find((currency) => currency.code === "IDR")!;
const UGX = CURRENCIES.find((currency) => currency.code === "UGX")!;
const JPY = CURRENCIES.find((currency) => currency.code === "JPY")!;
/** The sign yuan and yen share: which one an amount is in, the text around it says. */
const YEN_OR_YUAN_SIGN = "¥";
/** "Shillings" with no country are Uganda's in a text that names Uganda, else Kenya's (the currencies' default). */
const BARE_SHILLINGS = /^shillings?$/;
/** 元, 块 and 圆: a unit of money that names no country's currency when another is written beside it. */
const GENERIC_YUAN = /^[元块圆]$/;
const UGANDA = /uganda|kampala|entebbe/;

const CHINESE_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  几: 2,
};

/**
 * 两万五 → 25000, 八千 → 8000, 上万/过万 → 10000, 三四万 → 30000 (a range in words counts as its lower end); NaN
 * when the run is not a number (上班, 通过).
 */
export function parseChineseNumber(run: string): number {
  if (run === "上万" || run === "过万") return 10_000;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastUnit = 0;
  for (const char of run) {
    if (char === "来") continue;
    const value = CHINESE_DIGITS[char];
    if (value !== undefined) {
      // Two digits in a row name a range (三四万, 五六千): keep the lower.
      if (digit >= 0 && value !== digit + 1) return Number.NaN;
      if (digit < 0) digit = value;
      continue;
    }
    const unit = char === "十" ? 10 : char === "百" ? 100 : char === "千" ? 1000 : char === "万" ? 10_000 : 0;
    if (unit === 0) return Number.NaN;
    if (unit === 10_000) {
      total += (section + Math.max(digit, 0)) * 10_000 || 10_000;
      section = 0;
    } else section += (digit < 0 ? 1 : digit) * unit;
    lastUnit = unit;
    digit = -1;
  }
  // A trailing digit after a unit is the next place down: 两万五 = 25000, 三千五 = 3500.
  if (digit >= 0) section += lastUnit >= 10 ? (digit * lastUnit) / 10 : digit;
  return total + section;
}

function parseNumber(raw: string): number {
  if (/^\d/.test(raw)) return Number(raw.replace(/,/g, ""));
  const word = ENGLISH_NUMBERS[raw];
  if (word !== undefined) return word;
  return parseChineseNumber(raw);
}

function multiplierValue(word: string): number {
  if (word === "十万") return 100_000;
  if (word === "百万" || word === "million" || word === "mil") return 1_000_000;
  if (word === "千万") return 10_000_000;
  if (word === "万" || word === "w") return 10_000;
  if (word === "千" || word === "k" || word === "thousand") return 1000;
  if (word === "hundred") return 100;
  if (word === "triệu" || word === "trieu") return 1_000_000;
  // Indonesian and Malay millions ("gaji 15 juta", "8 jt").
  if (word === "juta" || word === "jt") return 1_000_000;
  if (word.startsWith("crore")) return 10_000_000;
  return 100_000; // lakh
}

/** The currency written right before `at` (US$ 3,000; RM9000), with its start. */
function currencyBefore(text: string, at: number): { currency: Currency; start: number } | undefined {
  const from = Math.max(0, at - 8);
  const window = text.slice(from, at).replace(/ $/, "");
  const windowEnd = from + window.length;
  for (const [name, currency] of NAMES_BY_LAST.get(window.charAt(window.length - 1)) ?? []) {
    if (!window.endsWith(name)) continue;
    const start = windowEnd - name.length;
    if (LATIN.test(name.charAt(0)) && LATIN.test(text.charAt(start - 1))) continue;
    // 元/块 are never written before an amount; "u" before a number is a word, not USDT.
    if (name === "元" || name === "块" || name === "u") continue;
    return { currency, start };
  }
  return undefined;
}

/** The currency written right after `at` (3000元, 3000U, 60,000 Birr), with its end. */
function currencyAfter(text: string, at: number): { currency: Currency; end: number } | undefined {
  const skip = text.charAt(at) === " " ? 1 : 0;
  const window = text.slice(at + skip, at + skip + LONGEST_NAME + 1);
  for (const [name, currency] of NAMES_BY_FIRST.get(window.charAt(0)) ?? []) {
    if (!window.startsWith(name)) continue;
    if (LATIN.test(name.charAt(name.length - 1)) && LATIN.test(window.charAt(name.length))) continue;
    const ugandan = BARE_SHILLINGS.test(name) && UGANDA.test(text);
    const end = at + skip + name.length;
    // "360元台币", "11万元人民币": the currency named after 元 is the amount's.
    const named = GENERIC_YUAN.test(name) ? currencyAfter(text, end) : undefined;
    if (named && !LATIN.test(text.charAt(end))) return named;
    return { currency: ugandan ? UGX : currency, end };
  }
  return undefined;
}

export interface MoneyFacts {
  /** Promised pay. */
  pay: SalaryFact[];
  /** Sums charged to the job seeker (fees, deposits), as monthly-equivalent CNY of a one-off sum. */
  fees: SalaryFact[];
}

/** Every amount in `text` that reads as pay (see `extractMoney`). */
export function extractSalaries(text: string): SalaryFact[] {
  return extractMoney(text).pay;
}

/**
 * Every amount in `text` (normalised by `normalizeText`) that reads as money, split into promised pay and fees
 * charged to the job seeker. A number counts when a currency, a pay word or a pay period stands next to it; ages,
 * phone numbers, working hours and head counts do not. Chinese texts without a currency are in CNY.
 */
export function extractMoney(text: string, localCurrency: LocalCurrency = "CNY", signIsYen = false): MoneyFacts {
  return extractMoneyIn(text, CURRENCY_BY_CODE.get(localCurrency)!, undefined, null, signIsYen);
}

/**
 * The currency of an amount written without one in a Chinese text: yuan in Simplified text; Taiwan or Hong Kong
 * dollars in Traditional text (where a bare "$" is local dollars too); patacas in a text about work in Macau.
 */
export type LocalCurrency = "CNY" | "TWD" | "HKD" | "MOP";

/** The amounts of a message read with each local currency, computed once per message for the router and the check. */
const MONEY_READERS = new Map<string, Reader<MoneyFacts>>(
  (["CNY", "TWD", "HKD", "MOP"] as const).flatMap((code) =>
    [false, true].map((yen): [string, Reader<MoneyFacts>] => [
      `${code}/${yen}`,
      (read) => extractMoney(read.canonical, code, yen),
    ]),
  ),
);
/** The amounts read with `localCurrency` for unmarked sums; "¥" is yen where `signIsYen` (an offer for Japan). */
export const moneyIn = (localCurrency: LocalCurrency, signIsYen = false): Reader<MoneyFacts> =>
  MONEY_READERS.get(`${localCurrency}/${signIsYen}`)!;

/** The peso, a Filipino writer's currency when the amount does not say it. */
const PHP = CURRENCY_BY_CODE.get("PHP")!;
/** The amounts of a Filipino writer's English, read once per message with and without "¥" as yen. */
const PESO_READERS: readonly Reader<MoneyFacts>[] = [false, true].map(
  (signIsYen) => (read: ReadText) => extractMoneyIn(read.canonical, CNY, CNY, PHP, signIsYen),
);
/**
 * The amounts of an English message whose writer the text shows to be Filipino: an amount written with no currency is
 * in pesos (a recruiter's "80k-150k monthly, message me po").
 */
export const moneyInPesos = (signIsYen = false): Reader<MoneyFacts> => PESO_READERS[Number(signIsYen)]!;

const ABROAD_READERS = new Map<string, Reader<MoneyFacts>>();
/**
 * The amounts of a Chinese message for work in a country that pays in its own currency (Japan, Singapore…): an amount
 * written with no currency is in that currency when the text names it elsewhere ("月薪20～80万…日圆"), and left unread
 * when it does not — a bare "20～80万" in a Taiwanese ad for Japan is yen or unknown, not Taiwan dollars.
 */
export function moneyAbroad(localCurrency: LocalCurrency, destination: string, named: boolean): Reader<MoneyFacts> {
  const key = `${localCurrency}/${destination}/${named}`;
  let reader = ABROAD_READERS.get(key);
  if (!reader) {
    const local = CURRENCY_BY_CODE.get(localCurrency)!;
    const bare = (named && CURRENCY_BY_CODE.get(destination)) || null;
    reader = (read) => extractMoneyIn(read.canonical, local, bare, null, destination === JPY.code);
    ABROAD_READERS.set(key, reader);
  }
  return reader;
}

/**
 * Whether `text` (canonical) names the currency `code` anywhere ("以日圆计", "in SGD"): a Latin name as a whole word, a
 * symbol or a Chinese name as written. One-letter Latin names ("u", "p") name nothing on their own.
 */
export function namesCurrency(text: string, code: string): boolean {
  const currency = CURRENCY_BY_CODE.get(code);
  if (!currency) return false;
  return currency.names.some((name) => {
    if (!LATIN.test(name.charAt(0))) return text.includes(name);
    if (name.length < 2) return false;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!LATIN.test(text.charAt(at - 1)) && !LATIN.test(text.charAt(at + name.length))) return true;
    }
    return false;
  });
}

/**
 * Amounts in `text`; one written with no currency in Chinese text is in `bare` (unread when it is null), and in a
 * Latin-script text in `latinBare` (unread when it is null, as in most English offers). "¥" is yen where `signIsYen`.
 */
function extractMoneyIn(
  text: string,
  local: Currency,
  bare: Currency | null = local,
  latinBare: Currency | null = null,
  signIsYen = false,
): MoneyFacts {
  const facts: SalaryFact[] = [];
  const fees: SalaryFact[] = [];
  const chinese = /[\u4e00-\u9fff]/.test(text);
  const numbers = mayHaveEnglishUnit(text) && ENGLISH_UNIT.test(text) ? NUMBER_OR_WORD : NUMBER;
  numbers.lastIndex = 0;
  let amounts = 0;
  let lastNamed: Currency | undefined;
  for (let match = numbers.exec(text); match !== null && amounts < MAX_AMOUNTS; match = numbers.exec(text)) {
    let raw = match[0];
    if (raw.length > 1 && raw.endsWith("一") && ONE_BEFORE_MEASURE.test(text.charAt(match.index + raw.length)))
      raw = raw.slice(0, -1);
    // A unit alone (万元, 千万) is a word, not an amount.
    if (!/[\d零一二两三四五六七八九十几上过]/.test(raw) && ENGLISH_NUMBERS[raw] === undefined) continue;
    let value = parseNumber(raw);
    amounts++;
    if (!Number.isFinite(value) || value <= 0 || (chinese && UNIVERSITY_TIERS.test(raw))) continue;
    let end = match.index + raw.length;
    const range = RANGE.exec(text.slice(end, end + 16));
    if (range) end += range[0].length;
    let upperValue = range ? parseNumber(range[1]!) : undefined;
    const multiplier = MULTIPLIER.exec(text.slice(end, end + 10));
    if (multiplier) {
      const unit = multiplierValue(multiplier[1]!);
      value *= unit;
      if (upperValue !== undefined) upperValue *= unit;
      end += multiplier[0].length;
      const nextPlace = unit >= 1000 && !range ? NEXT_PLACE_DIGIT.exec(text.slice(end, end + 3)) : null;
      const rest = unit >= 10_000 && !range && !nextPlace ? REST_AFTER_UNIT.exec(text.slice(end, end + 8)) : null;
      if (nextPlace) {
        value += (Number(nextPlace[0]) * unit) / 10;
        end += 1;
      } else if (rest && Number(rest[1]!.replace(",", "")) < unit) {
        value += Number(rest[1]!.replace(",", ""));
        end += rest[0].length;
      }
      const upper = range ? null : RANGE_AFTER_UNIT.exec(text.slice(end, end + 16));
      if (upper) {
        end += upper[0].length;
        upperValue = parseNumber(upper[1]!) * (upper[2] ? multiplierValue(upper[2]) : unit);
      }
    }
    let start = match.index;
    const before = yenFor(currencyBefore(text, start), text, signIsYen);
    const after = yenFor(currencyAfter(text, end), text, signIsYen);
    if (before) start = before.start;
    if (after) end = after.end;
    const periodAfter = PERIOD_AFTER.exec(text.slice(end, end + 16));
    const context = sentenceTail(text.slice(Math.max(0, start - 10), start));
    // A period said earlier in the amount's clause ("yearly income is from 2,500,000 yen") is its period too.
    const clause = clauseBefore(text, start);
    const periodBefore = ANY_PERIOD_WORD.test(clause) ? periodOfPay(clause) : undefined;
    const spokenUnit = multiplier?.[1] ?? "";
    const indianUnit = INDIAN_UNIT.test(spokenUnit);
    // "18～75万/月（日元）": the currency named in brackets after the amount and its period.
    // "50k-80k monthly pesos": a Latin currency name right after the period is the amount's.
    const afterPeriod = end + (periodAfter?.[0].length ?? 0);
    const bracketed =
      before || after
        ? undefined
        : (currencyInBrackets(text, afterPeriod) ??
          (periodAfter && LATIN.test(text.charAt(afterPeriod + 1))
            ? currencyAfter(text, afterPeriod)?.currency
            : undefined));
    // "$18,000" or "18,000元" in a Traditional Chinese ad is Taiwan or Hong Kong dollars.
    const bareDollar = before?.currency.code === "USD" && text.charAt(before.start) === "$" && local !== CNY;
    const bareYuan = after?.currency === CNY && /[元块圆]/.test(text.charAt(after.end - 1));
    // A currency named after the amount clarifies a symbol before it ("Rs. 200,000 Nepali rupees", "$500 SGD"); 元
    // after one named before it ("日币973元", "新台币48,000元") is that currency's unit.
    const clarified = before && after && !bareYuan && after.currency !== before.currency ? after.currency : undefined;
    const written =
      clarified ??
      (bareDollar ? local : before?.currency) ??
      (bareYuan ? local : after?.currency) ??
      bracketed ??
      (indianUnit
        ? INR
        : /^tri/.test(spokenUnit)
          ? VND
          : // Pay in Indonesian millions with no currency is rupiah ("gaji 15 juta sebulan").
            /^j(?:u|t)/.test(spokenUnit)
            ? IDR
            : chinese
              ? (bare ?? undefined)
              : (latinBare ?? undefined));
    // In Chinese, an amount in 万 or k/w ("1.5万", "3W+") is money unless it counts people or things; lakhs and crores
    // are money in any text.
    const tenThousands =
      (chinese && multiplier !== null && !COUNTED_AFTER.test(text.slice(end, end + 3))) || indianUnit;
    // 底薪 (base pay) is a month's figure: 日结 or 周结 beside it says how often it is paid out ("日结底薪八千"), not its
    // period. A period written after it ("底薪300/天") is still its own.
    const settledBasePay =
      BASE_PAY_BEFORE.test(text.slice(Math.max(0, start - 6), start)) &&
      (SETTLED_DAILY.test(clause) || SETTLED_DAILY_AFTER.test(text.slice(end, end + 4)));
    const stated = settledBasePay ? "month" : (periodWord(periodAfter?.[1]) ?? periodBefore?.[1]);
    // "12小时", "休息4天": a bare number with a short period is a duration, not pay.
    const periodSaysPay = periodAfter !== null && stated !== "hour" && value >= 100;
    const isMoney =
      before !== undefined ||
      after !== undefined ||
      periodSaysPay ||
      periodBefore !== undefined ||
      tenThousands ||
      PAY_CONTEXT.test(context) ||
      FEE_CONTEXT.test(feeWordBefore(text, start)) ||
      outcomeBought(text, start, end);
    // A sum charged with no currency in a Chinese ad for work abroad is still charged, in the reader's own money; in
    // English, in the currency the text last named ("Salary AED 6000, processing fee only 15k").
    const currency =
      written ?? (isMoney && isFee(text, start, end) ? (chinese ? local : (lastNamed ?? undefined)) : undefined);
    if (written) lastNamed = written;
    if (!isMoney || currency === undefined) continue;
    if (
      DEDUCTED_BEFORE.test(text.slice(Math.max(0, start - 10), start)) ||
      DEDUCTED_AFTER.test(text.slice(end, end + 24))
    )
      continue;
    // "工作119天", "4月30日", "招500名工人": a count, even beside a pay word, unless a currency or a unit (万) is written.
    if (!before && !after && !multiplier && isCount(text, end, periodAfter, periodBefore !== undefined)) continue;
    // "每天至少8小时", "一个月最少休息4天": a small number with a unit of time after it is hours or days, whatever
    // period stands before it.
    if (!before && !after && !multiplier && value < 100 && periodAfter && SHORT_DURATION.test(periodAfter[1]!))
      continue;
    if (
      (NOT_PAY_CONTEXT.test(text.slice(Math.max(0, start - 8), start)) ||
        BORROWED_BEFORE.test(text.slice(Math.max(0, start - 32), start)) ||
        ONE_OFF_BONUS_BEFORE.test(text.slice(Math.max(0, start - 32), start)) ||
        COST_BEFORE.test(text.slice(Math.max(0, start - 64), start)) ||
        loanOrPrice(text, start, end) ||
        PER_CONTRACT_AFTER.test(text.slice(end, end + 40)) ||
        (BONUS_AFTER.test(text.slice(end, end + 32)) &&
          !PAY_CONTEXT.test(text.slice(Math.max(0, start - 4), start)))) &&
      !periodBefore
    ) {
      numbers.lastIndex = Math.max(numbers.lastIndex, end);
      continue;
    }
    if (ruleSetsFloor(text, start, end)) {
      numbers.lastIndex = Math.max(numbers.lastIndex, end);
      continue;
    }
    const bareDigits = /^\d+$/.test(raw) && raw.length > MAX_BARE_DIGITS && !multiplier;
    if (
      (bareDigits && !before && !after) ||
      (CONTACT_CONTEXT.test(text.slice(Math.max(0, start - 6), start)) && !before && !after && !multiplier)
    )
      continue;
    // A fee is a sum: "缴纳五险一金" names insurance, not five yuan charged.
    let fee = isFee(text, start, end) && (before !== undefined || after !== undefined || value >= 100);
    // A deposit or fee the employer pays ("the employer pays the refundable deposit of €1,000", "公司代付押金2000元") is
    // neither the worker's fee nor pay; any other sum the employer pays is pay.
    if (fee && employerPays(text, start, end)) {
      if (CHARGE_NOUN.test(clauseTail(text.slice(Math.max(0, start - 24), start)) + text.slice(end, end + 8))) continue;
      fee = false;
    }
    if (periodAfter) end += periodAfter[0].length;
    // With no period written, a sum no one earns in a month (SGD 120,000) is a yearly salary.
    const asMonthly = value * currency.cnyPerUnit;
    const period = stated ?? (asMonthly >= YEARLY_IF_UNSTATED_CNY ? "year" : "month");
    const monthlyCny = asMonthly * MONTHS_PER[period];
    // Small sums are ages, counts or allowances, not a month's pay.
    if ((monthlyCny < 300 || monthlyCny > MAX_PLAUSIBLE_MONTHLY_CNY) && !fee) continue;
    const upperMonthlyCny =
      upperValue !== undefined && Number.isFinite(upperValue) && upperValue > value
        ? Math.round(upperValue * currency.cnyPerUnit * MONTHS_PER[period])
        : undefined;
    (fee ? fees : facts).push({
      monthlyCny: Math.round(monthlyCny),
      ...(upperMonthlyCny !== undefined && { upperMonthlyCny }),
      currency: currency.code,
      period,
      start,
      end,
    });
    numbers.lastIndex = Math.max(numbers.lastIndex, end);
  }
  return { pay: facts, fees };
}

/** A currency found at "¥", read as yen in an offer for Japan. */
function yenFor<T extends { currency: Currency; start?: number; end?: number }>(
  found: T | undefined,
  text: string,
  signIsYen: boolean,
): T | undefined {
  if (!found || !signIsYen || found.currency !== CNY) return found;
  const at = found.start ?? found.end! - 1;
  return text.charAt(at) === YEN_OR_YUAN_SIGN ? { ...found, currency: JPY } : found;
}

/** How far back a period word may stand in an amount's clause. */
const PERIOD_REACH = 32;
const CLAUSE_END_CODES = new Set([...("," + ";:!?。，；：！？、\n")].map((char) => char.charCodeAt(0)));
/** Units of time that, right after a small number, count hours or days worked, not pay. */
const SHORT_DURATION = /^(?:小时|天|日|周|星期|hour|hr|day|week)$/;
/** Any period word at all: most clauses have none, and one test spares the five of `PERIOD_BEFORE`. */
const ANY_PERIOD_WORD = /[月日天周年时晚星拜]|month|day|daily|year|annu|hour|week|night/;

/**
 * A period said before an amount in its clause, when it names the pay: a pay word itself (月薪, 年收入), said right before
 * the amount ("一个月八千"), or followed by a pay word with no number between ("yearly income is from 2,500,000 yen",
 * "每月工资"). A period of something else ("每天8小时 工资8000", "8 hours per day, salary 1500") is not the pay's.
 */
function periodOfPay(clause: string): (typeof PERIOD_BEFORE)[number] | undefined {
  for (const entry of PERIOD_BEFORE) {
    const found = entry[0].exec(clause);
    if (!found) continue;
    const before = clause.slice(0, found.index);
    const after = clause.slice(found.index, found.index + found[0].length + 12);
    if (NUMBER_WITH_TIME_BEFORE.test(before)) continue;
    // Said right before the amount ("一个月八千", "per month: $2,000") or a pay word itself (月薪, 日结).
    const rest = clause.slice(found.index + found[0].length).trim();
    if (PAY_PERIOD_WORD.test(found[0]) || rest.length <= 1 || EARNING_VERB.test(rest)) return entry;
    const payAt = after.search(PAY_CONTEXT);
    if (payAt >= 0 && !/\d/.test(after.slice(0, payAt))) return entry;
  }
  return undefined;
}
/** 底薪 right before an amount, not a day's or an hour's (日底薪, 时底薪). */
const BASE_PAY_BEFORE = /(?<![日天时周])底薪[\s:为是]{0,2}$/;
/** Pay handed out daily or weekly (日结, 周结), before the amount or right after it. */
const SETTLED_DAILY = /[日周]结/;
const SETTLED_DAILY_AFTER = /^\s?[日周]结/;
/**
 * Between the period and the amount, a verb of taking the pay home ("一个月可以拿两万", "每个月轻松拿三四万", "能领八万"):
 * the amount is still the period's pay.
 */
const EARNING_VERB =
  /^(?:就|都|也|能|可以|可|能够|至少|最少|保底|起码|轻松|稳|稳定|差不多|大概|平均)*(?:拿|领|有|收)(?:到)?$|^(?:就|都|也|能|可以|能够|至少|最少|保底|起码|轻轻松松|轻松|稳|稳稳|少说|最低|随便)+$/;
/** Period words that are pay words themselves: 月薪, 日结, 年收入, 年包. */
const PAY_PERIOD_WORD = /薪|入|收|领|结|包|工资/;
/** "8 hours per day", "8小时/天", "6 days per week": the period belongs to the hours or days right before it. */
const NUMBER_WITH_TIME_BEFORE = /\d\s?(?:hours?|hrs?|h|days?|小时|个小时|钟头|天)?\s?$/;

/** The text from the start of the clause that holds `at` (at most `PERIOD_REACH` characters) up to `at`. */
function clauseBefore(text: string, at: number): string {
  const limit = Math.max(0, at - PERIOD_REACH);
  let from = at;
  while (from > limit && !CLAUSE_END_CODES.has(text.charCodeAt(from - 1))) from--;
  return text.slice(from, at);
}

/** A currency written in brackets right at `at` ("(日元)", "(USD)"). */
function currencyInBrackets(text: string, at: number): Currency | undefined {
  const open = /^ ?\( ?/.exec(text.slice(at, at + 3));
  if (!open) return undefined;
  const found = currencyAfter(text, at + open[0].length);
  return found && /^ ?\)/.test(text.slice(found.end, found.end + 2)) ? found.currency : undefined;
}

/**
 * The agent named before the sum as the one who collects it ("中介说要收3万", "仲介说付他5万", "agent 说交5万"): a fee,
 * never pay. A pay word between ("中介公司发工资8000") makes the sum pay.
 */
const AGENT_COLLECTS_BEFORE =
  /(?:中介|仲介|\bagents?\b|\bagency\b|\bconsultants?\b)(?:(?!薪|工资|收入|待遇|salary|wage)[^\d,;!?。，；！？]){0,8}?(?:收|交|付|缴|给)[他她我你]?\s?$/;
/** "Pay" as the verb right before a sum that a fee word follows ("Pay $5000 CAD fee to our consultant"). */
const PAY_VERB_BEFORE = /\bpay\s?$/;
/** Who sells the job, the visa or the place, by the names recruiters give themselves. */
const SELLER = String.raw`(?:agents?|agency|agencies|consultants?|consultancy|facilitators?|recruiters?|brokers?|handlers?|coordinators?|processors?|office)`;
/**
 * The seller named as the one paid, right before the sum ("pay agent SAR 5,000", "give our consultant $3,000") or
 * right after it ("pay A$4,000 to our immigration consultant"), or a registration paid ("pay NZ$3,000 registration"):
 * money handed over for the job, not pay.
 */
const SELLER_PAID_BEFORE = new RegExp(
  String.raw`\b(?:pay|paid|paying|give|gave|send|sent)(?: to)? (?:the |our |your |an? |my )?(?:[a-z]+ )?${SELLER}\s?$`,
);
const SELLER_PAID_AFTER = new RegExp(
  String.raw`^\s?(?:(?:as |for )?(?:the |a |an )?(?:registration|enrol?lment|processing|reservation|slot)\b|(?:[a-z]+ )?to (?:the |our |your |an? |my )?(?:[a-z]+ ){0,2}${SELLER}\b)`,
);

/**
 * A sum paid for a visa or a job promised as certain ("交3万保证拿到工签", "繳40萬台幣保證CoS", "pay 4 lakh, visa
 * guaranteed"): the price of the promise, a fee with or without a fee word. The verb of paying stands right before
 * the sum, the promise right after it.
 */
const PAID_VERB_BEFORE =
  /(?<!(?:公司|老板|雇主|每月|每个月))(?:交|缴|付)\s?$|(?<!\b(?:we|employer|company|they) )\bpay\s?$/;
const OUTCOME_PROMISED_AFTER =
  /^[^。！？!?;；\d]{0,10}?(?:(?:保证|确保|包你|一定能|百分百)[^。！？!?;；\d]{0,4}?(?:拿到|出签|下签|签证|工签|工作签|入职|上岗|录取|cos|移民|绿卡|pr|出国)|包过|包下签|包出签|\b(?:visa|job|placement|permit|cos) (?:is |are )?(?:guaranteed|assured)\b|\bguaranteed (?:visa|job|placement|permit|cos)\b|(?:就能|就可以|就可|即可|就)(?:(?:办|拿|出|去|下|过)[^。！？!?;；\d]{0,6}?(?:签|工作|打工|务工|出国|绿卡|身份|移民|pr)|出国|出境)|\b(?:and|then) (?:you |we )?(?:get|will get|can get|receive) (?:the |your |a )?(?:visa|work permit|job|cos)\b)/;

/**
 * Whether the sum is paid for a visa, a job or the way out promised right after it (交五万就能办工签, "pay 3 lakh and
 * you get the visa"): a fee with or without a fee word or a currency. A bare 交 before a sum is not enough: a dorm's
 * rent, meals and utilities are paid (每月交300元房租) and a sales target is closed (成交10万).
 */
function outcomeBought(text: string, start: number, end: number): boolean {
  return (
    PAID_VERB_BEFORE.test(sentenceTail(text.slice(Math.max(0, start - 12), start))) &&
    OUTCOME_PROMISED_AFTER.test(text.slice(end, end + 32))
  );
}

/** Whether the fee word nearest an amount is closer than the nearest pay word (押金3000 vs 月薪3000). */
/** A fee made to sound small between its word and its sum ("processing fee only 15k", "中介费仅3000"). */
const SOFTENER_BEFORE = /(?:\b(?:only|just)|仅需?|只要|只需|只)\s?$/;
/** The few characters before a sum where its fee word stands, past a softener. */
function feeWordBefore(text: string, start: number): string {
  const softener = SOFTENER_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  const end = start - (softener?.[0].length ?? 0);
  return text.slice(Math.max(0, end - 4), end);
}

/** An asking price (开价, 要价) as the last fee word before the amount, with what follows it up to the amount. */
const ASKING_PRICE_BEFORE = /(?:开价|要价)[^开要]*$/;
/** A word of hiring (招个瓦工, 聘, 雇) earlier in the sentence. */
const HIRING_WORD = /[招聘雇]/;
/** How far back (normalised characters) the hiring word may stand in the sentence. */
const HIRING_REACH = 30;
/**
 * Whether the fee word before the amount is a hirer's asking price for labour, the wage offered: a word of hiring
 * earlier in its sentence (招个瓦工要等两个月,包吃住开价3万, and its conversion "(约5.8万人民币)"), not an agent's price
 * for a job (中介开价3万).
 */
function wageAskedByHirer(text: string, start: number, before: string): boolean {
  const asking = ASKING_PRICE_BEFORE.exec(before);
  if (!asking) return false;
  const sentence = sentenceTail(text.slice(Math.max(0, start - HIRING_REACH), start));
  const askedAt = sentence.length - (before.length - asking.index);
  return askedAt > 0 && HIRING_WORD.test(sentence.slice(0, askedAt));
}

function isFee(text: string, start: number, end: number): boolean {
  const before = sentenceTail(text.slice(Math.max(0, start - 12), start));
  const after = text.slice(end, end + 32);
  const lastIndex = (pattern: RegExp): number => {
    let at = -1;
    for (const match of before.matchAll(pattern)) at = match.index;
    return at;
  };
  const feeAt = lastIndex(FEE_CONTEXT_ALL);
  const payAt = lastIndex(PAY_CONTEXT_ALL);
  if (feeAt >= 0 && feeAt > payAt && !wageAskedByHirer(text, start, before)) return true;
  // Pay named right before the amount, and a fee word after it with its own amount ("salary AED 6000, processing fee
  // only 15k", "月薪8000 中介费一万"): the fee's amount is the one after the fee word, this one is pay.
  if (payAt >= 0 && FEE_WORD_WITH_ITS_AMOUNT_AFTER.test(after)) return false;
  if ((payAt < 0 || PAY_VERB_BEFORE.test(before)) && (FEE_AFTER.test(after) || CHARGED_AS_AFTER.test(after)))
    return true;
  if (AGENT_COLLECTS_BEFORE.test(clauseTail(text.slice(Math.max(0, start - 16), start)))) return true;
  if (SELLER_PAID_BEFORE.test(clauseTail(text.slice(Math.max(0, start - 40), start)))) return true;
  if (PAY_VERB_BEFORE.test(before) && SELLER_PAID_AFTER.test(after)) return true;
  if (WORKER_PAYS_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (SWINDLED_BEFORE.test(text.slice(Math.max(0, start - 56), start))) return true;
  if (outcomeBought(text, start, end)) return true;
  // "Pay 1 lakh for processing", "$500 for the visa": what the sum is for says it is charged, whatever word is before.
  if (CHARGED_FOR_AFTER.test(after) && !EMPLOYER_PAYS_BEFORE.test(text.slice(Math.max(0, start - 24), start)))
    return true;
  const paidTo = PAID_TO_BEFORE.exec(text.slice(Math.max(0, start - 64), start));
  return paidTo !== null && !PAY_CONTEXT.test(paidTo[1]!) && !FAMILY_PAYEE.test(paidTo[1]!);
}

function periodWord(word: string | undefined): PayPeriod | undefined {
  if (word === undefined) return undefined;
  if (/^(个月|月|month|mo|monthly|sebulan|bulan)$/.test(word)) return "month";
  if (/^(天|日|day|daily|night|nightly)$/.test(word)) return "day";
  if (/^(周|星期|week|weekly)$/.test(word)) return "week";
  if (/^(小时|hour|hr|hourly)$/.test(word)) return "hour";
  return "year";
}

/** Whether the bare number ending at `end` counts people, lessons, days or years rather than money. */
function isCount(text: string, end: number, periodAfter: RegExpExecArray | null, periodBefore: boolean): boolean {
  if (COUNTED_RIGHT_AFTER.test(text.slice(end, end + 8))) return true;
  if (periodBefore || periodAfter === null || !BARE_PERIOD.test(periodAfter[0])) return false;
  const next = end + periodAfter[0].length;
  return !PAY_AFTER_PERIOD.test(text.slice(next, next + 2));
}

/** Whether a loan, a debt, a price or a purchase governs the amount, before it (nearer than any pay word) or after. */
function loanOrPrice(text: string, start: number, end: number): boolean {
  return (
    LOAN_OR_PRICE_AFTER.test(text.slice(end, end + 12)) ||
    LOAN_OR_PRICE_BEFORE.test(clauseTail(text.slice(Math.max(0, start - 24), start)))
  );
}

/**
 * Whether the employer is named as the payer of the sum, in its sentence before it or right after it. "We" and 我们 are
 * not enough: workers telling what they paid say it too ("我们出国前都支付了5万元").
 */
function employerPays(text: string, start: number, end: number): boolean {
  return (
    EMPLOYER_PAYS_SUM_BEFORE.test(sentenceTail(text.slice(Math.max(0, start - 64), start))) ||
    EMPLOYER_PAYS_AFTER.test(text.slice(end, end + 48))
  );
}
