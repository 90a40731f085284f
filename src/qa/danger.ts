/**
 * Danger first (PRODUCT.md §2.2): a message saying that someone is held, beaten, moved against their will, has had
 * their passport taken, is being ransomed or has gone silent abroad gets the emergency answer before anything else.
 *
 * The signals are situations, not topics, so they are read with patterns over the canonical text (Simplified,
 * lower-case; Traditional and Cantonese arrive folded by `normalizeText`). Three general checks keep questions
 * *about* these things from being treated as someone in danger now:
 * - a victim must be named (I/we, a relative or friend, he/she) for signals that general questions also use
 *   ("are people beaten in the compounds?");
 * - hearsay and prevention framing ("I heard…", "is it true…", "how to avoid…") is a question, not an event;
 * - someone who is already back ("after I escaped…", "回国后…") is asking about afterwards, not calling for help.
 * A passport that was stolen or lost (a holiday theft) is a consular errand, not a sign of trafficking: the
 * trafficking sign is a passport that someone *keeps* from its owner.
 */
import * as cues from "../content/distress-cues.ts";
import type { CueClass } from "../content/distress-cues.ts";
import type { DangerReason } from "../content/qa.ts";
import { FLIGHT_DISRUPTED, HOLIDAY_WORDS } from "../content/trips.ts";
import { gatedReplacer, literalGate } from "../text/literal-gate.ts";
import { DOCUMENT, DOCUMENT_EN, replaceDocumentCopies } from "../text/document-copy.ts";
import { ReadText, type Reader } from "../text/read-text.ts";

export interface DangerSignal {
  danger: boolean;
  /** The most urgent signal found, when `danger`. */
  reason?: DangerReason;
  /** An event told beside a `reason` that an offer's wording can raise too ("took my passport… won't let me go home"). */
  event?: DangerReason;
}

/**
 * The compound countries and the towns, hubs and border crossings on their routes (facts.md §1.9, §3.2), as people
 * write them: one list for the danger signals here and for JobSafe's domain (domain.ts).
 */
const PLACES_ZH =
  "缅甸|缅北|柬埔寨|老挝|寮国|妙瓦底|果敢|老街|大其力|木姐|当阳|万海|佤邦|西港|西哈努克|金边|金三角|湄索|泰缅|临沧|瑞丽|kk园";
const PLACES_EN =
  "myanmar|burma|cambodia|kemboja|kamboja|laos|myawaddy|kk ?park|shwe kokko|century park|pha lu|laukkai(?:ng)?|tachileik|golden triangle|sihanoukville|phnom penh|poipet|bavet|mae sot|thai border";

/**
 * Relatives and friends as people write them in Taglish (kapatid, kuya, tita, kaibigan), Hinglish (bhai, beta, papa,
 * dost) and Malay or Indonesian (abang, adik, sepupu, isteri/istri).
 */
const TAGALOG_RELATIVES =
  "kapatid|anak|asawa|tita|tito|pinsan|kuya|ate|nanay|tatay|pamangkin|lola|lolo|kaibigan|bunso|panganay";
const HINDI_RELATIVES =
  "bhai|bhaiya|beta|beti|behen|didi|bhabhi|chacha|chachi|mausi|mama|papa|mummy|pitaji|bhatija|bhatiji|bhanja|bhanji|dost";
const MALAY_FAMILY = "anak|abang|adik|kakak|isteri|istri|suami|sepupu|ayah|abah|ibu|bapak|emak|pakcik|makcik";
const MIXED_RELATIVES = `${TAGALOG_RELATIVES}|${HINDI_RELATIVES}|${MALAY_FAMILY}|kaki|kawan|teman`;

/** A number of people, counted: specific victims, unlike "are people beaten there?". */
const COUNTED_PEOPLE =
  "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of)\\b(?:\\W+\\w+){0,2}?\\W+(?:men|women|boys|girls|guys|people|persons|workers|colleagues|youths|others)\\b|[两二三四五六七八九十\\d]+个(?:人|男的|女的|同事|年轻人|男孩|女孩|中国人|台湾人)";

/**
 * A relative or friend named as such (not a bare pronoun): news about *my* brother is an event even when the writer
 * asks "is it true?" or "what happens now?".
 */
const KIN_ZH =
  "儿子|女儿|孩子|小孩|弟|哥|姐|姊|妹|老公|老婆|丈夫|妻子|爸|妈|父亲|母亲|家人|家里人|亲人|亲戚|朋友|同学|男友|女友|表亲|侄|外甥|孙|老豆|个仔|个女|(?<=我的?)(?:先生|太太)";
const KIN_EN =
  "(?:son|daughter|child|kid|brother|sister|husband|wife|father|mother|dad|mum|mom|cousin|friend|relative|uncle|aunt|nephew|niece|boyfriend|girlfriend|partner|fianc[eé]e?|bf|gf|hubby|bro|sis|colleague|coworker|classmate|roommate)s?";
/** Parents, who set the house rules (a phone taken, not let out) that are no captor's. */
const PARENTS_EN = "mum|mom|mother|dad|father|parents";
const PARENTS_ZH = "爸妈|妈妈|妈|爸爸|爸|父亲|母亲|父母";
/** Grave bodily harm named in English: what a captor's threat or a held person's fear speaks of. */
const GRAVE_HARM = "kill|hurt|harm|beat|torture\\w*|shoot";

/** Followed even to the toilet ("连去厕所都有人跟着"): a hold, and the one watched is the writer when none is named. */
const WATCHED_AT_THE_TOILET = "(?:上|去)厕所[^,。!?]{0,6}(?:有人跟|有人看|要报告|要批准)";

/**
 * Someone named as Chinese news and chats name people: a common surname with 某, 女士, 先生 or 姓 ("张某", "李女士"), or 小
 * before it ("小陈", "小刘"). Surnames that are also everyday words after 小 (马, 龙, 白, 金, 石…) are left out.
 */
const SURNAMES_ZH =
  "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|朱|胡|郭|林|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|董|袁|潘|蒋|蔡|杜|程|苏|魏|吕|丁|沈|姚|卢|姜|崔|钟|谭|陆|汪|廖|贾|夏|韦|邹|孟|熊|秦|邱|薛|闫|段|雷|侯|陶|黎|贺|顾|郝|龚|邵|严|覃|戴|莫|汤";
const NAMED_PERSON_ZH = `(?:${SURNAMES_ZH})(?:某|女士|先生|姓)|小(?:${SURNAMES_ZH})`;
/** A victim named in the message: the writer, a relative, friend or colleague, or a third person. */
const VICTIM = new RegExp(
  [
    "我|俺|咱|自己|他|她",
    NAMED_PERSON_ZH,
    `${KIN_ZH}|爷爷|奶奶|亲友|同事`,
    "\\b(?:i|i'm|i've|me|my|we|we're|us|our|he|he's|him|his|she|she's|her)\\b",
    `\\b(?:${KIN_EN}|familys?)\\b`,
    // Taglish, Hinglish, Malay and Indonesian: the relatives and pronouns of code-mixed messages.
    `\\b(?:${MIXED_RELATIVES}|ko|ako|namin|kami|kaming|siyang|sya|syang|silang|akong|mera|meri|mere|hum|humara|hoon|mujhe|humko|humein|hume|saya|kita|aku|siya|niya|usko|unko|uska|uski|dia)\\b`,
    // A counted group ("two young men", "3 workers", "几个同事") is someone in particular; "people" alone is not.
    COUNTED_PEOPLE,
    // An age names someone in particular ("陈某，22岁", "a 19-year-old", "ramon, 24, …" as a seller's list gives it).
    "\\d+岁|\\b\\d+-year-old\\b|(?<=[a-z]), (?:1[4-9]|[2-6]\\d),",
    // Tagalog object-focus verbs and naka- states put the one harmed after them ("sinasaktan daw sila", "kinulong kami",
    // "nakakulong daw sila").
    "\\b(?:sinasaktan|sinaktan|binubugbog|binugbog|kinukulong|kinulong|ikinulong|pinaparusahan|pinarusahan|tinatakot|pinagbabantaan|ibinenta|binenta|binebenta|ibinebenta|nakakulong|nakatali|nakakadena|nakagapos)\\b(?:\\W+(?:daw|raw|na|pa|po|nila))*\\W+(?:sila|kami|tayo|siya|ako)\\b",
    // A Hindi plea names the one pleading, where Hindi drops the subject ("madad karo, band kar rakha hai").
    "\\b(?:bachao|madad (?:karo|kijiye|chahiye)|help karo)\\b",
    // "Here", "this place": the writer is where it happens, even when no pronoun says who.
    // Hinglish "yahan", "idhar" (here) too.
    "\\b(?:here|in here|this place|yaha|yahan|yahaan|idhar)\\b|这里",
    // "人在柬埔寨" ("(I am / he is) in Cambodia"): Chinese names the one there as 人; "很多人在…" counts people in general.
    `(?<![多些有的个几])人(?:还|现在)?在(?:${PLACES_ZH}|园区|国外|境外|海外)`,
    // A clause that opens on where it happens ("在柬埔寨的公司出不来了", "手机被收了，在缅甸出不去"): Chinese drops the "I".
    // The canonical text has ASCII punctuation (full-width folded) and 。.
    // "在园区里的人…" names people there in general, not the writer.
    `(?:^|[,.!?;。]\\s*)(?:现在|还)?在(?:${PLACES_ZH}|园区|国外|境外|海外)(?![^,.!?;。]{0,8}的(?:人|工人|中国人|同胞))`,
    // Chinese drops the subject of a hold or of unpaid wages too ("三个月没发工资，也不让离开", "园区不让出去", Cantonese
    // "唔俾返香港，人工一直唔出"): the one not let leave or go home, with no one named, is the writer. Who sets the rule (a school, a doctor) is read by the everyday holds.
    "不(?:让|准|许)(?=离开|出去|出门|外出|走|回国|回家|回(?:香港|台湾|澳门|大陆|内地|老家))|(?:没|没有|不)(?:发|给)(?:工资|薪水|薪资|工钱)|(?:工资|薪水|薪资|工钱)[^,。!?]{0,4}(?:不|没)(?:发|给|出)",
    // Followed even to the toilet ("连去厕所都有人跟着"): Chinese drops the one watched, the writer.
    WATCHED_AT_THE_TOILET,
    // People named by their nationality ("里面也有台湾人"): those it happens to, as a report names them.
    "台湾人|中国人|香港人|澳门人|大陆人|马来西亚人|国人|同胞",
    // "Workers who tried to quit were sold", "men who refused were beaten": a group marked by what they did ("those who"
    // alone is how survivors testify about many).
    "\\b(?:workers|men|women|boys|girls) who\\b[^.!?]{0,40}?\\b(?:were|was|are|is|got|get|gets)\\b (?:\\w+ )?(?:held|beaten|sold|resold|locked|tortured|shocked|punished|detained|taken|moved)\\b",
    // Those trapped there (受困者, 被困人员): people held now, as a report names them.
    "(?:受困|被困)(?:者|人员|的人)",
    // "Guards beat them": "them" as the ones a harm is done to.
    "\\b(?:beat|beats|beating|hit|hits|shock|shocks|shocked|tortur\\w*|electrocut\\w*|whip\\w*|lock\\w*|chain\\w*|handcuff\\w*|starv\\w*|sold|sell|sells) them\\b",
    // "They are enslaved there": "they" as the one a harm is done to, not the ones doing it.
    "\\b(?:they|the (?:men|women|boys|girls|workers|recruits|youths|teenagers|captives|hostages))(?:'re| are| were| have been| had been)\\b(?:\\W+\\w+){0,2}?\\W+(?:held|enslaved|forced|kept|locked|beaten|sold|trapped|tortured|starved|detained|abused|made)\\b",
    // The same group in Chinese ("这些人被强迫…", "这几个年轻人被关…"): people in particular, not people in general.
    "(?:这|那)(?:些|几个|几名)(?:人|年轻人|男子|女子|工人|同胞)[^,。!?]{0,4}(?:被|遭)",
  ].join("|"),
);

const RELATIVE = new RegExp([KIN_ZH, `\\b${KIN_EN}\\b`, `\\b(?:${MIXED_RELATIVES})\\b`].join("|"));

/**
 * Someone is still there: "my friend escaped but her sister is still locked in", "我女儿回来了，我儿子还被关着", "we got
 * out and now we are stuck at the border", "we escaped, now we have no money and no support" is an event now.
 */
const STILL_THERE =
  /还在|还被|仍然|仍在|仍被|依然|依旧|仲系|\bstill\b|\bnow (?:we|i|he|she|they) (?:have|has) (?:no|nothing)\b(?:\W+\w+){0,2}?\W+(?:money|passports?|food|phones?|support|place to (?:stay|sleep))\b|\bmasih\b|\bpa rin\b|\bab bhi\b|\bnow (?:we|i|he|she|they)(?:'re| are| am|'m| is)? (?:stuck|trapped|held|detained|stranded|hiding)\b|\b(?:but|then)\b[^.!?]{0,30}\b(?:sold|caught|captured|brought back|took back|handed) (?:me|us|him|her|them)\b|\b(?:caught|sold|resold|captured) again\b|\b(?:caught|captured|dragged|brought|taken|hauled) back (?:to|into|inside)\b|又被|被抓回/;

/**
 * A relative held now, said beside one who is safe ("my wife got home, but my brother is locked up in myawaddy", "我妹妹已经
 * 回国了，我弟弟被卖到柬埔寨，他们天天打他"): the one safe home says nothing of the other.
 */
const KIN_HELD_NOW = new RegExp(
  `\\b(?:my|our|his|her) ${KIN_EN} (?:is|are) (?:now |being |currently )?(?:held|locked up|detained|trapped|imprisoned|beaten|sold)\\b(?! (?:at|after|in) (?:a |an |the |her |his |my |their )?(?:\\w+ )?(?:school|class|work|office|jobs?|marriage|contract|routine|relationship|meeting|traffic|lift|elevator)\\b)|(?:现在|天天|每天|一直)[^,。!?]{0,4}(?:被)?(?:关|打|扣|困|押|锁)(?!游戏|球|工|电话|牌|麻将|卡|字)`,
);

/** A relative or third person (not the writer): "no reply" is only alarming about someone else's silence. */
const OTHER_PERSON = new RegExp(
  [
    "他|她",
    `${KIN_ZH}|亲友`,
    `\\b(?:(?:he|he's|him|his|she|she's|her|family)s?|${KIN_EN})\\b`,
    `\\b(?:${MIXED_RELATIVES}|dia|siya|sya|niya|nya|woh|uska|uski)\\b`,
  ].join("|"),
);

/** The writer reports hearsay or asks how things usually are; removed before looking for a victim. */
const HEARSAY =
  /我?听说|据说|听讲|听人讲|是真的吗|是不是真|真的会|会不会|\bi(?:'ve)? heard\b|(?<!\b(?:court|tribunal|jury|judge|inquiry|hearing|committee) )\bheard that\b|\bis it true\b|\bdo they (?:really )?\b|\bwhat happens\b|\bin general\b/g;

/**
 * Whether something is legal or allowed, asked in general ("用人单位扣押身份证是否合法?", "can a company keep workers'
 * passports?"): a question about the law, not an event, unless the message names who it happened to.
 */
const ABOUT_THE_LAW =
  /是否合法|合不合法|合法吗|合法嘛|违法吗|是否违法|犯法吗|是否合理|合不合理|合理吗|有没有权|有权[^,。!?]{0,6}吗|\bis it (?:legal|illegal|lawful|allowed)\b|\bis (?:this|that) (?:legal|allowed)\b|\b(?:sah|legal|halal) (?:ke|tak|ba|kah)\b|\b(?:adakah|apakah) (?:ia |itu )?(?:sah|legal|boleh)\b|\bbawal ba\b|\bmay karapatan\b|\b(?:ada hak|berhak)\b|\bare (?:employers|companies|agencies|agents) allowed\b|\bcan (?:an|the) (?:employer|company|agency|agent|boss)\b|\blegal (?:for|to)\b/;

const SECOND_PERSON = /你|\byou\b|\byour\b/;

/**
 * How such things are done in general ("解救的流程一般是怎样的", "how do rescue operations usually work", "一般是谁去解救", a
 * school project): a question about a procedure, not about someone it is happening to.
 */
const IN_GENERAL =
  /(?:一般|通常)[^,。!?]{0,16}(?:怎么|怎样|如何|谁|哪些人|哪个部门)|(?:流程|程序)(?:一般|通常|大概|大致)?是(?:怎样|什么|怎么)|\bhow (?:do|does|are|is)\b[^.!?]{0,60}\b(?:usually|generally|typically|normally)\b|\b(?:usually|generally|typically|normally) (?:work|works|done|handled|organi[sz]ed|coordinated)\b|\bfor (?:a|my|our) (?:school|class|uni|university|college) (?:project|assignment|essay|report)\b|\bschool project\b/;

/** Something heard about others and asked about ("听说有人被卖到另一个园区，这是怎么回事", "I heard they sell people on, is it true?"). */
const HEARD = /听说|据说|听人讲|\bi(?:'ve)? heard\b|\bheard that\b/;
const ASKED_WHAT = /怎么回事|是真的吗|真的吗|是不是真|[?？]|\bis (?:it|this|that) true\b/;

/**
 * A procedure asked about in general, or hearsay asked about, naming neither the writer nor a relative: no one to send
 * the contacts for.
 */
export function asksInGeneral(canonical: string): boolean {
  return (
    (IN_GENERAL.test(canonical) || (HEARD.test(canonical) && ASKED_WHAT.test(canonical))) &&
    !RELATIVE.test(canonical) &&
    !WRITER_IN_IT.test(canonical)
  );
}
/**
 * How people are rescued or freed from a compound or abroad, asked in general ("how are people usually rescued from scam
 * centres?", "一般是谁去解救园区里的人").
 */
const RESCUE_WORDS = /获救|解救|救出|营救|救回|\b(?:rescu\w*|freed|set free|get (?:people |them )?out)\b/;
export function asksHowRescueWorks(canonical: string): boolean {
  return RESCUE_WORDS.test(canonical) && asksInGeneral(canonical) && HOLD_CONTEXT.test(canonical);
}
/** The writer as one it happens to ("我在园区，一般怎么报警", "I am locked in…, how does the embassy normally help"). */
const WRITER_IN_IT = /我|俺|\b(?:i|i'm|im|me|we|we're|us|ako|kami|saya|aku)\b/;

/** Prevention or near-miss framing: the event did not happen. */
const PREVENTION =
  /避免|防止|预防|以防|防范|提防|如何不被|怎么不被|怎样不被|不想被|差点|差一点|险些|\b(?:stopped|prevented|saved|kept) (?:me|him|her|them|us|(?:my|our) \w+) from (?:going(?! (?:home|out|ashore))|being|getting(?! (?:off|out|away|home))|taking|falling|signing|joining|accepting)\b|\bavoid|\bprevent|\bprotect (?:myself|yourself|ourselves)\b|\balmost\b|\bnearly\b|\bin case\b|\bwhat if\b/;

/**
 * The person is already back or free (fined for an overstay and gone home too): a question about afterwards (e.g. legal
 * consequences). Only plainly past forms count: "回国后会…吗" may be asked by someone who is still held.
 */
const ALREADY_SAFE = new RegExp(
  `${
    /\bcame to (?:the|our|my|his|her|their) rescue\b|\b(?:paid (?:a |the )?fine|fined) and (?:left|flew home|went home)\b|跑回来|刚(?:刚)?(?:从[^,。!?]{0,10})?(?:回来|回国|逃出来)|(?:之前|以前|曾经)[^,。!?]{0,8}被(?:关|打|扣|困)过|逃回|逃出来了|已经回来|已经回(?:到)?家|(?<![要想备算快没能])回(?:来|国)了|(?<![要想备算快没能])回(?:到)?(?:台湾|香港|澳门|大陆|国内|老家|家乡)了|已经回国|获救|被救出|被解救|救回来了(?!吗|么)|被救回|\bescaped\b|\bafter escaping\b|\bcame back\b|(?<!(?:never|not|n't|yet to) )\b(?:came|got|made it) home\b(?! from)|\bi'm back\b|\bflown back\b|\bback home now\b|(?<!\b(?:not|never|yet to be)\s(?:yet\s)?)\b(?:was|were|been) rescued\b|\bjust rescued\b|\bgot out\b|\brescue (?:hua|ho gaya)\b|\bwapas aa ?(?:ye|ya|gaya|gaye|gayi)\b|\bnakauwi na\b|\bnakabalik na\b|(?<!\b(?:hindi|di|wala) pa (?:\w+ ){0,3})\b(?:na-?rescue|nasagip|nailigtas)\b|\bsudah pulang\b|\bdah balik\b|\bsudah balik\b|(?:才|终于|最终|成功|已经|已)(?:最终)?脱身|\b(?:released|freed|came home|let go)\b[^.!?]{0,20}\bafter (?:paying|the family paid|we paid|they paid)\b|\bafter paying (?:the |a )?ransom\b[^.!?]{0,40}\b(?:released|freed|came home|returned|got out)\b/
      .source
  }|\\b(?:got|gotten) (?:back |home )+from\\b[^.!?]{0,30}\\b(?:compounds?|camps?|abroad|overseas|${PLACES_EN})\\b`,
);

/** Someone keeps the document from its owner (在老板手上: in the boss's hands). */
const RETAIN =
  "扣|收走|收了|收去|收埋|拿走|拿去|没收|保管|不(?:肯|愿意?|想)?(?:还|交还|归还)|拒绝(?:归还|交还|还)|押着|押在|收起|拿了|在(?:老板|公司|中介|雇主|主管|蛇头)(?:的)?手(?:上|里)";
const RETAIN_EN =
  "(?:not|never) (?:willing to |want to |ready to )?(?:giving|hand(?:ing)? over)|look after|looking after|hold on to|(?<!\\bit )(?:took|take|takes)(?!\\W+(?:\\w+\\W+){0,2}back\\b)|taken|taking|confiscat\\w*|seiz\\w*|kept|keep|keeps|keeping|hold|holds|holding|held|withh\\w*|won't (?:give|return)|refus\\w* to (?:give|return)|(?:not|never) (?:returning|giving back|handing back)|(?:doesn't|don't|didn't|does not|do not|did not) (?:return|give back|hand back)|kinumpiska|kinuha|kinukuha|hinawakan|hawak|rakh (?:liya|li|liye|lia)|le (?:liya|li|liye)|jama|ditahan|diambil|disita|dirampas|dipegang|ambil|simpan|menyimpan|disimpan";
/**
 * The document was stolen or lost: not a trafficking sign. A grab (抢) is a robbery when it is suffered (被抢), a
 * robbery (抢劫) or done in the street; "他们把我手机抢走了", "抢手机了" are captors at work.
 */
const THEFT =
  /被偷|偷了|偷走|小偷|偷去|盗|丢|遗失|被(?:人)?抢|抢劫|(?:贼|劫匪|飞车|街上|路上|地铁|公交|摩托)[^,。!?]{0,10}抢|扒|不见|\bstole|\bstolen\b|\blost\b|\blose\b|\bpickpocket|\bthief|\bthieves\b|\brobbed\b|\bmissing\b|\bhilang\b|\bnawala\b|\bninakaw\b|\bdicuri\b/;
const THEFT_WORDS = new RegExp(THEFT.source, "g");

/**
 * Handing a passport over as a condition of an offer ("new hires must hand their passport to HR", "入职后护照交人事统一保管",
 * "the employer will keep your passport for the duration of the contract") or a copy of it: what the check flags in an
 * offer, not an event. A refusal to give it back, or a passport already taken, is an event again.
 */
const PASSPORT_CONDITION =
  /\b(?:contract|agreement|terms|offer letter|offer|ad|advert|advertisement|job post|posting|listing)\b[^.!?]{0,12}\b(?:says|states|stipulates|requires|said|mentions|reads)\b|(?<!\b(?:my|his|her|our|their) )\bpassports?\b(?:\W+\w+){0,2}?\W+(?:will|would|shall|must|is to|are to) be (?:kept|held|retained|stored|collected|surrendered)\b|(?<!\b(?:my|his|her|our|their) )\bpassports?\b(?:\W+\w+){0,2}?\W+(?:kept|held|retained) by (?:the )?(?:company|employer|agency|agent|hr|management)\b(?:\W+\w+){0,3}?\W+for (?:the )?(?:work )?(?:visas?|permits?|work permits?)\b|(?<!(?:我|他|她|我们)的?)(?:护照|证件)由(?:公司|雇主|老板|中介|单位|资方)(?:统一)?(?:保管|代管|保存|收管)(?!了)|合同(?:里|上|中)?(?:写|规定|要求)|(?:签证|工签|准证|工作证)(?:办好|下来|办完)了?(?:就|后)(?:给|还|退)|(?:交给|交由|上交|保管|收)[^,。!?]{0,8}(?:办|办理)(?:工作)?(?:签证|工签|准证|工作证)|\bfor (?:the )?(?:visa|work permit|permit|iqama) (?:processing|application|stamping|renewal)\b|\b(?:while|habang)\b(?:\W+\w+){0,2}?\W+(?:pinoprocess|pinapaprocess|processing|processed)\b|(?:要求|需要|必须|须|入职(?:后|时)?)[^,。!?]{0,12}(?:上交|交给|交由|统一保管)|\b(?:must|will|should|are required to|is required to|have to) (?:hand|surrender|give|submit|deposit|leave)\b(?:\W+\w+){0,4}?\W+passports?\b|\b(?:akan|mesti|perlu|wajib|kena|harus|perlu) (?:simpan|serah\w*|diserahkan|menyerahkan|disimpan)\b(?:\W+\w+){0,3}?\W+(?:pasport|paspor)\b|\bcop(?:y|ies) of\b(?:\W+\w+){0,2}?\W+passports?\b|\bpassport (?:copy|copies|photocopy|scan|photo)\b|复印件|影印本|统一(?:保管|管理|收取|收管)|\b(?:will|would|shall|must) (?:keep|hold|retain|store|look after|take care of)\b(?:\W+\w+){0,2}?\W+(?:your|their|all|workers'|employees'|each worker's) passports?\b|\bpassports?\b(?:\W+\w+){0,6}?\W+(?:for|during|throughout) the (?:duration of (?:the|your) |whole |entire )?(?:contract|employment)\b/;
/** The owner keeps the passport ("护照要自己保管吗", "should I keep my own passport"): no one else holds it. */
const OWNER_KEEPS =
  /自己(?:保管|拿着|收着|留着|带着)|\b(?:keep|keeps|keeping|hold|holds|carry|carrying) (?:my|your|our|their|his|her) own passports?\b/;
const PASSPORT_REFUSED =
  /被(?:扣|收|没收|拿)|(?:扣|收|拿)(?:了|走了|去了)|\b(?:my|his|her|our|their) passports? (?:was|were|has been|have been|got|is being) (?:taken|confiscated|seized|kept|held)\b|\b(?:took|taken|confiscated|seized|kept|has had)\b(?:\W+\w+){0,2}?\W+(?:my|his|her|our|their) passports?\b|\b(?:tak|tidak|tdk|x) (?:nak |mahu |mau )?(?:pulangkan|kembalikan|dikembalikan|mengembalikan|bagi balik)\b|\bayaw (?:\w+ )?ibalik\b|不还|不给|不肯还|拒绝归还|(?:护照|证件)(?:都)?是[^,。!?]{0,6}(?:保管|收着|拿着)|(?<!\b(?:i|we) )\brefus\w*|\bwon't (?:give|return)\b|\bwill not (?:give|return)\b|\bnot (?:give|giving) (?:it|them) back\b|\bnever (?:gave|give|given|returned|return)\b|\b(?:kept|keeps|keeping|held|holding) the original\b/;

const PASSPORT_RETAINED = new RegExp(
  [
    `(?:${DOCUMENT})[^。!?.]{0,10}(?:${RETAIN})`,
    `(?:${RETAIN})[^。!?.]{0,8}(?:${DOCUMENT})`,
    `\\b(?:${DOCUMENT_EN})\\b(?:\\W+\\w+){0,4}?\\W+(?:${RETAIN_EN})\\b`,
    // A passport *number* or copy given is an errand, not the document kept; "passport, no salary" lists a second wrong.
    `\\b(?:${RETAIN_EN})\\b(?:\\W+\\w+){0,4}?\\W+(?:${DOCUMENT_EN})\\b(?![ \\t]*(?:numbers?|details|copy|copies|scan|photo|no(?! (?:salary|pay|wages?|food|money|sahod|gaji|rest|sleep|day off)\\b))\\b)`,
    // Telegraphic notes: "passport with employer", "passport still with the agent".
    `\\bpassports? (?:is |are )?(?:still )?(?:with|in the hands of) (?:the |my |our |his |her )?(?:boss|employer|agent|agency|company|sponsor|madam|recruiter)s?\\b`,
    `\\bpassports?\\b[^.!?]{0,60}\\b(?:are|is|were|was|has been|have been) (?:keeping|holding|withholding) (?:it|them)\\b`,
    `\\b(?:taken away|took away|confiscated|seized)\\b(?:\\W+\\w+){0,8}?\\W+(?:${DOCUMENT_EN})\\b`,
    // Given back only at the airport, only once a contract ends: kept until then.
    `\\bonly (?:give back|return|hand back|give|release) (?:my|his|her|our|their) (?:${DOCUMENT_EN})\\b|\\bonly (?:give|hand) (?:my|his|her|our|their) (?:${DOCUMENT_EN}) back\\b|才(?:会|肯|能)?(?:把)?(?:${DOCUMENT})(?:还|退|交还)给`,
    // A work permit is kept by an employer, never "taken" on a trip: only the verbs of keeping count.
    "\\b(?:hold on to|look after|keeps?|kept|keeping|confiscat\\w*|withh\\w*)\\b(?:\\W+\\w+){0,4}?\\W+work permits?\\b",
    // "they are keeping our documents": the verbs of keeping, said of a third party, with whose papers they are; "took
    // my papers to the embassy" is an errand, "I kept all my documents in the hotel safe" the owner's own care.
    "\\b(?:they|boss|bosses|agents?|agency|employers?|company|recruiters?|sponsors?|madam|guards?|amo|majikan|kafeel)\\b[^.!?]{0,24}?\\b(?:keeping|keeps?|kept|confiscat\\w*|withh\\w*|holding|hold on to)\\b (?:all )?(?:my|our|his|her|their) (?:documents|papers)\\b",
  ].join("|"),
);

/**
 * A passport handed over or kept as an offer's or a process's condition ("HR keeps passports for visa processing"),
 * with no refusal to give it back: the offer check's question, not someone's passport taken now.
 */
/**
 * Taken with a claim ("收走称为他们办理工作证", "took our passports, saying it was for the permit"): a deed told with the
 * taker's excuse, not an offer's terms.
 */
const TAKEN_UNDER_PRETEXT =
  /(?:收走|拿走|没收|扣下|扣了|收了)[^,。!?]{0,6}(?:称|说是|声称|说要|借口)|\b(?:took|taken|confiscated|seized|collected)\b[^.!?]{0,40}\b(?:saying|claiming|on the pretext|under the pretext)\b/;
export function isPassportCondition(canonical: string): boolean {
  if (TAKEN_UNDER_PRETEXT.test(canonical)) return false;
  return (
    ((PASSPORT_CONDITION.test(canonical) || OWNER_KEEPS.test(canonical)) && !PASSPORT_REFUSED.test(canonical)) ||
    (VISA_OFFICE.test(canonical) && VISA_ERRAND.test(canonical) && !CAPTOR.test(canonical)) ||
    (HOTEL_KEEPS.test(canonical) && !HOTEL_REFUSES.test(canonical))
  );
}

/**
 * An embassy, a consulate, a visa centre or a passport office keeping a passport while it issues a visa ("the embassy is keeping my
 * passport for 10 working days"): the process itself, however long, unless an employer or an agent holds it.
 */
const VISA_OFFICE =
  /大使馆|领事馆|签证中心|签证处|办事处|出入境|\b(?:embassy|consulate|vfs|visa (?:cent(?:re|er)|office|section)|immigration office|passport office|kedutaan|konsulat|imigresen|imigrasi)\b/;
const VISA_ERRAND = /签证|\b(?:visas?|process(?:ing|ed)?|stamping|renewal|proses)\b/;

/**
 * A hotel keeping a passport for the stay: at check-in, for the night, for safekeeping at the desk, as a deposit until
 * check-out (押在柜台，退房才还, 放在前台保管).
 * Taken at the desk is how it is kept; only a refusal to give it back makes it an event.
 */
const HOTEL_KEEPS =
  /(?:酒店|饭店|旅馆|宾馆|民宿|前台|柜台)[^,。!?]{0,12}(?:押|入住时|登记时|一晚|一个晚上|过夜|保管|寄存)|押在(?:前台|柜台)|退房(?:才|再|后|时)|\b(?:hotel|hostel|guesthouse|front desk|reception)\b[^.!?]{0,40}\b(?:as (?:a )?deposit|until (?:i |we )?check(?:ed)? ?out|at check-?in|for (?:a|one|the) night|overnight)\b/;
const HOTEL_REFUSES =
  /不还|不给|不肯|拒绝|不让|走不了|\b(?:won't|will not|wouldn't|refuses?|refused|not) (?:give|return|hand)\b|\bcan't leave\b|\bcannot leave\b/;

/**
 * The message says the person is abroad (the compound countries, the Gulf and its cities, Lebanon, Jordan, Iraq,
 * Libya, or having left home: 出国, 离开台湾): pay withheld there is a hold; a wage dispute at home is not.
 */
const ABROAD =
  "缅甸|柬埔寨|老挝|泰国|迪拜|杜拜|马来西亚|新加坡|菲律宾|沙特|中东|阿联酋|科威特|卡塔尔|阿曼|黎巴嫩|约旦|国外|境外|海外|园区|出国|离开(?:台湾|香港|澳门|中国|大陆|家乡|老家|祖国|国内)|\\b(?:abroad|overseas|myanmar|cambodia|laos|thailand|dubai|malaysia|philippines|saudi|kuwait|qatar|oman|bahrain|uae|riyadh|jeddah|dammam|doha|muscat|sharjah|abu dhabi|beirut|lebanon|jordan|amman|iraq|libya)\\b";
const SAYS_ABROAD = `^(?=.*(?:${ABROAD}))`;

/** Pay withheld by an employer, in a message that says the person is abroad. */
const PAY_WITHHELD_ABROAD_WORDS = new RegExp(
  `${SAYS_ABROAD}.*(?:` +
    [
      "(?:工资|薪水|薪资|人工)[^。!?]{0,8}(?:不发|没发|不给|扣着|扣押|扣了|拖欠|没有出|不出)",
      "(?:不发|没发|不给|拖欠|没拿到|拿不到|没领到|领不到)[^。!?]{0,6}(?:工资|薪水|薪资|报酬|薪金)",
      // Docked or kept, done (扣了, 扣住, 扣着): a rule's threat (再迟到就扣工资) is not pay already kept.
      "扣(?:了|住|着|押)[^。!?]{0,4}(?:工资|薪水|薪资|人工|报酬)",
      "\\b(?:withh(?:old|olds|olding|eld)|holding back|held back) (?:\\w+ ){0,2}?(?:salary|salaries|wages?|pay|gaji|sahod)\\b",
      "\\b(?:salary|salaries|wages?|pay|gaji|sahod|sweldo|tankhwah|paisa|paise)\\b(?:\\W+\\w+){0,3}?\\W+(?:nahi de|nahi mil|not (?:paid|given)|unpaid|withheld|tidak dibayar|tak (?:di)?bayar|belum dibayar|hindi (?:binabayaran|ibinibigay))",
      "\\b(?:not paying|haven't paid|hasn't paid|won't pay|hindi binabayaran|walang sahod|tak bayar gaji|tidak membayar gaji)\\b",
      // Singlish and plain English: "3 months never get salary", "no salary for months"
      "\\b(?:never|not|didn't|haven't|hasn't|no) (?:get|got|getting|receive\\w*|see|seen) (?:any |my |his |her |our |their )?(?:salary|salaries|wages?|pay)\\b",
      "\\bno (?:salary|wages?|pay)\\b(?:\\W+\\w+){0,2}?\\W+(?:months?|weeks?)\\b",
    ].join("|") +
    ")",
);
/** Who else "won't pay" abroad (an insurer, a client, a tenant): a claim or a bill, unless wages are named. */
const OTHER_PAYER = /保险|客户|租客|\b(?:insurance|insurer|client|customer|tenant|airline|bank)s?\b/;
const WAGE_WORD = /工资|薪水|薪资|\b(?:salary|salaries|wages?|gaji|sahod|sweldo|tankhwah)\b/;
const PAY_WITHHELD_ABROAD = firstThen(
  PAY_WITHHELD_ABROAD_WORDS,
  (canonical) => !OTHER_PAYER.test(canonical) || WAGE_WORD.test(canonical),
);

/**
 * Unpaid for months abroad ("has not been paid for 8 months"): a hold where an employer, a hold or the wish to come
 * home is named; a teacher asking whether to sue the school has a wage dispute.
 */
const UNPAID_FOR_MONTHS = new RegExp(
  `${SAYS_ABROAD}.*\\b(?:not|never|hasn't|haven't|wasn't|weren't) (?:been )?paid (?:for|in) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:months?|weeks?)\\b`,
);

/**
 * Hinglish refusals in the present progressive ("salary nahi de rahe", "ghar nahi jaane de rahe"): "they are not giving
 * / not letting" says it is happening now to someone in particular, whom Hindi need not name.
 */
const PAY_REFUSED_NOW_HINGLISH = new RegExp(
  `${SAYS_ABROAD}.*\\b(?:salary|tankhwah|paise?|paisa|sahod|pagar)\\b(?:\\W+\\w+){0,2}?\\W+nahi de rah[eai]\\b`,
);
const KEPT_NOW_HINGLISH =
  /\b(?:nahi (?:jaane|jane|aane|nikalne) de rah[eai]|(?:jaane|jane|aane|nikalne) nahi de rah[eai])\b/;

export const COMPOUND_PLACE_NAMES = new RegExp(`${PLACES_ZH}|\\b(?:${PLACES_EN})\\b`);

/** The places, or the compound itself: getting someone home *from* one of these is a rescue. */
const COMPOUND_PLACES = new RegExp(
  `${PLACES_ZH}|园区|诈骗公司|\\b(?:${PLACES_EN}|(?:the |a )?(?:scam )?compounds?|(?:the |a )?scam cent(?:re|er)s?|(?:the |a )?scam (?:company|companies|farms?|hubs?))\\b`,
);
/** An explicit hold: someone held, kept or locked up by someone. */
/** Someone held by someone, said with whom ("holding my brother"): a hold by a person, wherever it is. */
const HELD_BY_SOMEONE = new RegExp(
  `\\b(?:holding|keeping|held|kept|locked up|detain\\w*) (?:us|me|him|her|them|(?:my|our) (?!(?:${DOCUMENT_EN}|documents?|papers|phones?|wallets?|bags?|luggage|money|cash|salary|wages?|things|stuff|belongings|seats?|orders?|tables?|rooms?|bookings?|parcels?|keys?)\\b)\\w+)\\b`,
);
const HOLD_WORD = new RegExp(`扣着|扣押|关着|被扣|被关|${HELD_BY_SOMEONE.source}`);
/**
 * Where someone is held, or who holds them: a compound place, a captor, or people held ("they are holding my brother");
 * HOLD_CONTEXT adds being abroad. Everyday words (no phones at work, not being driven home, days without eating, "I
 * could die here") are a hold only in such a message: the same words about a company rule, a boyfriend or exam week are
 * ordinary life.
 */
const HELD_THERE = new RegExp(
  [
    COMPOUND_PLACES.source,
    "看守|保安|守卫|打手|小黑屋|铁丝网|电网|\\b(?:guards?|captors?|traffickers?|dark rooms?|bilik gelap|kwartong madilim|barbed wire|razor wire|electric fences?)\\b",
    HOLD_WORD.source,
  ].join("|"),
);
const HOLD_CONTEXT = new RegExp(`${ABROAD}|${HELD_THERE.source}`);

/** Hinglish for "is stuck" ("Myanmar mein phasa hai", "fasi hui hai"). */
const STUCK_HINGLISH = /\bph?as(?:a|e|i) (?:hua |hui |hue )?(?:hai|hain|hu|hoon|hun)\b/;

/** Captors left unnamed: "they locked my sister in a building". */
const UNNAMED_CAPTOR = /他们|\bthey\b/;

/** Who holds workers abroad: an employer, an agent, guards, a compound's company. */
const CAPTOR =
  /老板|公司|园区|中介|雇主|主管|看守|保安|守卫|打手|\b(?:boss|bosses|employers?|agents?|agency|company|sponsors?|madam|recruiters?|guards?|captors?|traffickers?|amo|majikan)\b/;
/**
 * Held where they work abroad: a captor named in a message that also says abroad or names a compound, or an explicit
 * hold. A plea, a room, a fee to leave or a withheld meal said without it is a trip, a clinic, a gym or a landlord.
 */
const HELD_ABROAD = {
  test: (canonical: string): boolean =>
    (CAPTOR.test(canonical) && HOLD_CONTEXT.test(canonical)) || HOLD_WORD.test(canonical),
};

/** Kept from their phones by "they", a boss or guards. */
const PHONE_BAN =
  /(?:他们|公司|老板|园区|主管|看守|保安)[^,。!?]{0,4}不(?:让|准|给|许)(?:我|我们|他|她|他们)?(?:用|打|碰|拿|摸)(?:电话|手机)|\b(?:they|the (?:boss|company|guards?|bosses|managers?))\W+(?:don't|do not|doesn't|does not|won't|never) (?:let|allow) (?:us|me|him|her|them) (?:to )?(?:use|have|keep|touch)\b(?:\W+\w+){0,2}?\W+(?:phones?|mobiles?)\b/;
/**
 * A phone rule of a school, a class or a workplace at home (a rule, during work, on the shop floor, for the workers'
 * own safety): ordinary life, where the same ban by "they" anywhere else is a hold.
 */
const EVERYDAY_PHONE_RULE =
  /学校|上课|课堂|考试|规定|上班时|怕(?:我们|我|他们)?被(?:骗|诈骗)|\b(?:at school|in (?:class|school|lessons?|exams?)|exams?|on the (?:floor|line|production line|shop floor)|during (?:work|shifts?|class|lessons?|meetings?)|at work|is (?:that|it|this) (?:legal|allowed))\b/;
/** Parents or a school as the ones who take a phone away ("my parents took my phone", 我妈把我手机没收了). */
const PHONE_TAKER_AT_HOME = new RegExp(`\\b(?:parent|${PARENTS_EN}|teachers?|school)\\b|${PARENTS_ZH}|老师|学校`);
/**
 * A training camp at home (boot camp, national service, 军训, a summer camp): its phone rule and drills are ordinary
 * life; training that ends at a front line abroad is a military lure's.
 */
const TRAINING_CAMP =
  /新兵|军训|训练营|夏令营|\b(?:boot ?camp|basic training|military training|national service|summer camp|training camp)\b/;
const WAR_ABROAD = /前线|战场|俄罗斯|乌克兰|\b(?:front ?lines?|the front|war|russia\w*|ukrain\w*)\b/;
/**
 * Someone taken into a foreign army's war after a job offer (facts.md §1.9: Russia's "army helper" brokers): made to
 * sign or to fight, sent for military training, deployed to the front or a border, a job that was "for the army". Read
 * only beside a war abroad (WAR_ABROAD): national service and an army career at home use the same verbs.
 */
/**
 * Caught after an escape and taken back ("又被抓回园区了", "caught and dragged back to the compound"): held again now. A
 * cat caught and brought home, a thief taken back by the police name no compound.
 */
const TAKEN_BACK_IN = withContext(
  /被[^,。!?]{0,4}(?:抓|押|拖|捉)回|\b(?:caught|captured|dragged|brought|taken|hauled)\b(?: and (?:taken|brought|dragged|hauled))? back (?:to|into|inside)\b/,
  COMPOUND_PLACES,
  /打手|保安|\b(?:guards?|captors?|traffickers?)\b/,
);
const SENT_TO_WAR =
  /\b(?:made|forced|coerced|told|asked|ordered) (?:them|him|her|us|me|(?:my|our|his|her|their) \w+) (?:to )?(?:sign|fight|get ready to fight|be ready to fight)\b|\b(?:deployed|sent|inducted|recruited|enlisted|drafted)\b(?:\W+\w+){0,6}?\W+(?:army|military|front ?lines?|front|war ?zones?|warzone|combat|fight|border)\b|\b(?:job|position|work)\b(?:\W+\w+){0,2}?\W+(?:was|is) (?:for|with) the (?:\w+ )?army\b|\bat the front\b|\barmy (?:helpers?|security)\b|\b(?:helper|security) (?:jobs?|posts?|positions?) (?:in|with) the (?:\w+ )?army\b|\b(?:army|fauj|front) (?:mein|me|pe|par) (?:bhej|bheja|bhej diya|daal)\w*|\bbhej (?:diya|diye|dia)\b[^.!?]{0,30}\b(?:army|fauj|front)\b/;
/**
 * How a foreign army is reached: Russia's army (for the migrants this bot serves, a foreign one) or a job, an offer or a
 * recruiter. Someone who joins their own country's army ("Ukraine's territorial defence") is sent to the front too.
 */
const REACHED_BY_A_JOB =
  /俄罗斯|工作|打工|做工|招聘|应聘|中介|保安|高薪|\b(?:russia\w*|jobs?|work\w*|offer\w*|recruiters?|agents?|agency|agencies|brokers?|helpers?|security|salary)\b/;
const SENT_TO_A_FOREIGN_WAR = firstThen(
  SENT_TO_WAR,
  (canonical) => WAR_ABROAD.test(canonical) && REACHED_BY_A_JOB.test(canonical),
);

/**
 * Wanting to come back home (want to come back home, umuwi, 想回国, 想回家) said with food kept from them or made to
 * suffer ("they barely feed us", "sirang pagkain", 吃不饱, 发霉的饭, "pinahihirapan"), or with plain hunger where the
 * return is from away ("we are hungry… we want to come back home"): the held's plea. A long day's hunger and a wish
 * to go home for dinner are not.
 */
const WANTS_TO_RETURN =
  /\b(?:want|wants|wanted|wanna|need|needs|begging)\b(?: \w+){0,2}? to (?:come|go|get) (?:back )?home\b|\b(?:gusto|gustong)\b(?: \w+){0,3}? (?:umuwi|makauwi)\b|\b(?:ghar|wapas|desh) (?:aana|ana|jaana|jana) (?:hai|he|h|chahte|chahta|chahti)\b|\b(?:nak|mahu|mau|ingin) (?:balik|pulang)\b|想(?:回|返)(?:国|家|来|香港|台湾)/;
const KEPT_HUNGRY =
  /吃不饱|食不饱|没(?:有)?饭吃|(?:发霉|馊|过期|变质)的?(?:饭|菜|食物)|(?:天天|每天|日日)(?:都)?(?:饿|挨饿)|\bbarely (?:eat|feed)\w*|\b(?:not|never) (?:given|getting|fed) (?:any |enough )?(?:food|water|meals?)\b|\bfed (?:only )?once a day\b|\bno food\b|\b(?:sira|sirang|panis|rotten|spoiled|spoilt|expired) (?:na )?(?:pagkain|food|rice)\b|\b(?:pinahihirapan|pinapahirapan|pinahirapan|nagugutom|kelaparan|bhukhe)\b|\bwalang (?:kain|makain|pagkain)\b|\bkhana nahi (?:de|mil)\w*|\b(?:tak|tidak|tdk) (?:di)?(?:beri|bagi|kasi) makan\b/;
const PLAIN_HUNGER = /\bhungry\b|\bstarv\w*|饿/;
/** Home from abroad by the words themselves (回国, umuwi), or from away ("come back home") said with where they are. */
const RETURN_FROM_ABROAD = /\b(?:umuwi|makauwi)\b|回国/;
const RETURN_FROM_AWAY = /\b(?:come|get) back home\b|\breturn home\b/;
/**
 * What makes "away" a hold or a job abroad: held, not let go, a passport, an agency, a place abroad, or "here" beside
 * "come back home" (the writer is away), or a group's own plea ("we are hungry… we want to come back home", stranded
 * workers). A son reported hungry at university wants to come back home too.
 */
const AWAY_HELD_OR_WORKING = new RegExp(
  `${HOLD_CONTEXT.source}|护照|中介|不让|\\b(?:here|passports?|agents?|agency|recruiters?|employers?|won't let|not allowed|not let)\\b|\\bwe (?:are |all )?(?:so |very )?(?:hungry|starving)\\b`,
);
const WANTS_HOME_IN_HUNGER = firstThen(
  WANTS_TO_RETURN,
  (canonical) =>
    KEPT_HUNGRY.test(canonical) ||
    (PLAIN_HUNGER.test(canonical) &&
      (RETURN_FROM_ABROAD.test(canonical) ||
        (RETURN_FROM_AWAY.test(canonical) && AWAY_HELD_OR_WORKING.test(canonical)))),
);

/**
 * Safe reports that sound scripted ("报平安的话术都一模一样", "it sounds scripted, like someone is telling him what to
 * say"): the family's sign that someone beside them dictates the words.
 */
const SCRIPTED_SAFE_REPORT =
  /报平安[^。!?]{0,16}(?:话术|台词|一模一样|同一套|照着(?:念|说)|像(?:在)?背|有人(?:在旁边)?(?:教|让|叫|逼)(?:他|她|他们)?(?:说|讲))|(?:话术|台词|一模一样)[^。!?]{0,10}报平安|\b(?:says|said|tells|told|saying)\b(?: \w+)? (?:he|she|they)(?:'s|'re| is| are| was| were) (?:fine|safe|ok|okay|alright)\b[^.!?]{0,60}\b(?:scripted|a script|same words|reading from|someone (?:is |was )?(?:telling|making|forcing) (?:him|her|them) (?:what )?to say)\b/;

/**
 * Let go only on a target, and never in fact ("业绩达标也不会放你走", "once we hit the target, but they never let anyone
 * go"): a captor's terms.
 */
const NOT_LET_GO_FOR_TARGET =
  /(?:业绩|指标|达标|开单)[^。!?]{0,20}(?:也|都)?(?:不会|不肯|不)(?:放|让)(?:你|人|我|他|她|我们|他们)?(?:走|离开|回国)|\b(?:targets?|quotas?)\b[^.!?]{0,60}\b(?:never|won't|don't|do not|will not) (?:let|allow) (?:anyone|anybody|us|them|me|him|her|people) (?:to )?(?:go|leave)\b/;

/**
 * A fine for changing employers ("轉換雇主就要賠五萬", "换雇主就得赔违约金") with pay refused or a threat: the debt that
 * keeps a migrant worker with an employer or a broker. Asking how to change employers is not.
 */
const FINE_TO_CHANGE_EMPLOYER =
  /(?:转换|换)雇主[^。!?]{0,24}(?:罚金|罚款|赔|解约金|违约金)|(?:罚金|赔偿|解约金|违约金)[^。!?]{0,24}(?:转换|换)雇主|\b(?:change|changing|switch\w*|transfer\w*) (?:my |our |her |his )?(?:employers?|sponsors?|kafeel)\b[^.!?]{0,40}\b(?:fine|penalty|pay (?:back|a)|compensation)\b/;
const PAY_REFUSED_OR_THREAT =
  /不(?:会)?给[^,。!?]{0,6}(?:薪|工资|钱)|(?:薪资|薪水|工资)[^,。!?]{0,6}(?:不给|不发|一分不给|扣)|恐吓|放话|威胁|\b(?:won't|will not|not) (?:pay|give)\b[^.!?]{0,20}\b(?:salary|wages?|pay)\b|\bthreat\w*/;
const KEPT_BY_A_FINE = firstThen(FINE_TO_CHANGE_EMPLOYER, (canonical) => PAY_REFUSED_OR_THREAT.test(canonical));

/**
 * The captors acting on a relative ("the syndicate questioned my son", "诈骗集团的人把我女儿带去另一栋楼"): a relative in
 * their hands. The police questioning my son about a syndicate is not (the captor must be the one who acts).
 */
const CAPTORS_ACT_ON_KIN = new RegExp(
  [
    // What captors do to a person; "contacted", "told" or "has my brother's number" is how a recruiter reaches anyone.
    `\\b(?:syndicates?|traffickers?|captors?|kidnappers?)\\b(?:\\W+\\w+){0,3}?\\W+(?:took|taken|kept|keeps?|keeping|holds?|holding|held|has|have|had|questioned|interrogated|beat|beaten|beating|tortured?|torturing|sold|locked|detained|kidnapped|abducted|moved|transferred)\\b(?:\\W+\\w+){0,2}?\\W+(?:my|our) ${KIN_EN}\\b(?!['’]s)`,
    // 打 is also a call or a card (打了我儿子的电话, 打我儿子的银行卡): not the relative struck.
    `(?:诈骗集团|集团|园区|蛇头|绑匪|人贩子)(?:的人)?[^,。!?]{0,6}(?:审问|拷问|逼问|带走|带去|转走|转到|关|打|押|抓)(?:了)?(?:我的?|我们的?)(?:${KIN_ZH})(?!的?(?:电话|手机|号码|银行卡|卡|账户|账号|微信))`,
    `(?:诈骗集团|集团|园区|蛇头|绑匪|人贩子)(?:的人)?[^,。!?]{0,6}把(?:我的?|我们的?)(?:${KIN_ZH})[^,。!?]{0,4}(?:审问|拷问|带走|带去|带到|转走|转到|关|打|押|卖)`,
  ].join("|"),
);

/** Hoping or praying to be rescued ("we now hope my son will be rescued"): a rescue still pending. */
const HOPES_FOR_RESCUE =
  /\b(?:hope|hopes|hoping|hopeful|pray\w*|waiting|wait)\b(?: \w+){0,3}? (?:that )?(?:we|they|he|she|i|(?:my|our|his|her) \w+) (?:will|would|can|could|may|might) (?:soon )?be (?:rescued|freed|released|saved)\b/;
function isTrainingCampAtHome(canonical: string): boolean {
  return TRAINING_CAMP.test(canonical) && !HOLD_CONTEXT.test(canonical) && !WAR_ABROAD.test(canonical);
}
/** A phone taken under a rule of home, a school, a camp or a workplace: ordinary life, whoever takes it. */
const PHONE_RULE_AT_HOME = {
  test: (canonical: string): boolean =>
    EVERYDAY_PHONE_RULE.test(canonical) || PHONE_TAKER_AT_HOME.test(canonical) || isTrainingCampAtHome(canonical),
};
const PHONE_BAN_HELD = firstThen(PHONE_BAN, (canonical) => !EVERYDAY_PHONE_RULE.test(canonical));

/**
 * A phone taken away ("they took our phones", 手机被收了, "hp disita"): a hold where the message says where or by whom
 * (HOLD_CONTEXT: abroad, a compound, guards); parents, a teacher or a national service camp taking a phone are not.
 */
const PHONE_TAKEN =
  /\b(?:take|took|taken|takes|confiscat\w*|keeps?|kept|grabb?(?:ed|s)?|snatch(?:ed|es)?|smash(?:ed|es)?|broke|destroyed)\b (?:away )?(?:his|her|my|their|our|all (?:the|our|their)|everyone's) (?:phones?|mobiles?|cell ?phones?|smartphones?)\b|\b(?:phones?|mobiles?|cell ?phones?|smartphones?) (?:was|were|got|has been|have been) (?:confiscated|taken away|seized|smashed|destroyed)\b|把[^,。!?]{0,6}手机[^,。!?]{0,2}(?:抢|砸|摔|收|没收|拿走|扣)|\b(?:cellphone|phone|cp) (?:ko|namin|niya|nila) (?:ay )?(?:kinuha|kinumpiska|sinira|binasag)\b|\btook (?:his|her|my|their|our) phone\b|\btook (?:everyone's|all (?:the|our|their)) phones\b|手机(?:也|都|全)?被[^,。!?]{0,4}(?:收|没收|拿走|扣)|被没收手机|\bkinuha (?:(?:nila|niya|po|na) )*(?:ang|yung) (?:cellphone|phone|cp)\b|\b(?:hp|telefon|handphone)(?:-?nya)? (?:disita|diambil|dirampas)\b|没收(?:了)?[^,。!?]{0,6}(?:手机|电话)/;
/**
 * A debt owed to the company, the boss or an agent ("they say I owe the company", 欠公司钱, "utang sa kumpanya"):
 * debt bondage where the message says where or by whom someone is held (HOLD_CONTEXT); a staff loan at home is not.
 */
const DEBT_TO_CAPTOR =
  /欠(?:了)?(?:公司|老板|园区|他们|中介)[^,。!?]{0,8}(?:钱|债|万|千)(?![^,。!?]{0,4}(?:还清了|还完了|已经还|付清了))|欠(?:公司|老板)(?:钱|债)|说(?:我|他|她)欠(?:了)?(?:公司|老板)?(?:钱|债)|\bowes? (?:the company|them|him|her|the boss|the agent)\b|\bin debt to\b|\butang sa (?:kumpanya|amo|agency)\b|\bberhutang\b/;
/** A phone used in secret or borrowed behind someone's back ("im using a friend's phone secretly", 偷偷): hiding from captors. */
const PHONE_IN_SECRET =
  /\bsecret(?:ly)?\b|\bhidden\b|\bsneak\w*|\bon (?:a |my )?(?:friend'?s|borrowed|someone else'?s) phone\b|偷偷|偷用|藏(?:了|着)?(?:一部|一个)?手机|(?:借|用)(?:别人|同事|朋友)的?手机/;
/**
 * A phone rationed by the hour ("手机每天只给用一小时", "phone only allowed 1 hour a day"): captors' rule where the message
 * says where (HOLD_CONTEXT) or is written in secret; a parent's or a school's rule at home is not (PHONE_RULE_AT_HOME).
 */
const PHONE_RATIONED = firstThen(
  /(?:每天|一天|每日)[^,。!?]{0,3}只(?:给|准|让|能|可以|许)(?:我们|我|他们|他|她)?用[^,。!?]{0,3}(?:手机|电话)|(?:手机|电话)[^,。!?]{0,6}只(?:给|准|让|能|可以|许)(?:我们|我|他们|他|她)?用|\b(?:phones?|mobiles?)\b(?:\W+\w+){0,3}?\W+only (?:\w+ ){0,2}?(?:(?:\d+|one|an|half an) (?:hours?|hrs?|minutes?|mins?)|at night|on sundays?|once a (?:day|week))\b|\bonly (?:allowed|let|get|given)\b(?:\W+\w+){0,3}?\W+(?:phones?|mobiles?)\b(?:\W+\w+){0,2}?\W+(?:\d+|one|an|half an) (?:hours?|hrs?|minutes?|mins?)\b/,
  (canonical) =>
    (HOLD_CONTEXT.test(canonical) || PHONE_IN_SECRET.test(canonical)) && !PHONE_RULE_AT_HOME.test(canonical),
);
/** Written in secret ("偷偷发的", "sending this secretly"): someone who may not write freely. */
const WRITTEN_IN_SECRET =
  /偷偷(?:发|打|用|借|拿|上网|联系)|\b(?:secretly|in secret)\b|\bsneak\w* (?:a |this )?(?:message|text|phone|call)\b|\bhiding (?:a|the|my) phone\b/;
/** Asking for help in any words of the mixes ("求助", "帮帮我", "help", "tolong", "madad"). */
const HELP_ASKED = /求助|救|帮(?:帮)?(?:我|我们)|\b(?:help|tolong|tulong|tulungan|madad)\b/;
/** A plea written in secret from a compound place: someone there who may not write freely asks for help. */
const SECRET_PLEA_THERE = firstThen(
  WRITTEN_IN_SECRET,
  (canonical) => COMPOUND_PLACES.test(canonical) && HELP_ASKED.test(canonical) && !PROSPECTIVE.test(canonical),
);
/**
 * The phone taken to silence someone: evidence deleted, told to keep quiet, not let to report ("dinilete nila ang
 * ebidensya", "told me to shut up", 删了证据).
 */
const SILENCED =
  /\bebidensya\b|\bevidence\b|\b(?:ipina-?delete|pina-?delete|dinilete|deleted|erased)\b|\btumahimik\b|\b(?:keep|stay) (?:quiet|silent)\b|\bshut up\b|删(?:除|掉|了)?[^,。!?]{0,2}(?:证据|聊天|记录)|不准(?:说|讲|讲出去|说出去)/;
/**
 * Everyone's phones taken by "they" (佢哋沒收咗我哋全部手提電話, "they took all of our phones"), outside a school's or a
 * workplace's rule (EVERYDAY_PHONE_RULE).
 */
const PHONES_OF_ALL = firstThen(
  /(?:他们|佢哋)[^,。!?]{0,8}(?:全部|所有|大家的)|\bthey\b[^.!?]{0,20}\b(?:all (?:of )?(?:our|the|their)|everyone's|everybody's)\b/,
  (canonical) => !EVERYDAY_PHONE_RULE.test(canonical),
);
/**
 * The phone taken by an employer, an agent, a compound's company or guards (CAPTOR: "公司把手机收了", "the agency took
 * my phone") or somewhere in Southeast Asia, outside a school's, a workplace's or a family's rule.
 */
const PHONE_TAKEN_BY_CAPTOR = firstThen(
  new RegExp(`${CAPTOR.source}|东南亚|\\bsouth ?east asia\\b|\\bkinuha nila\\b|\\bng (?:amo|boss|agency|kumpanya)\\b`),
  (canonical) => !EVERYDAY_PHONE_RULE.test(canonical) && !EVERYDAY_MONITORING.test(canonical),
);
/** The phone taken by "they" (他们把我手机抢走了, "they took my phone"), outside a rule of home, a school or a workplace. */
const PHONE_TAKEN_BY_THEM = firstThen(
  UNNAMED_CAPTOR,
  (canonical) => !PHONE_RULE_AT_HOME.test(canonical) && !EVERYDAY_MONITORING.test(canonical) && !THEFT.test(canonical),
);
/**
 * Phones grabbed now, told as it happens ("抢手机了", "他们在抢大家的手机"): captors at work where no robbery (THEFT), no
 * rule of home or school and no sale (抢购, a flash sale) is said.
 */
const PHONES_GRABBED = firstThen(
  /抢(?:走|了)?(?:我们|大家|我|他|她|他们)?的?手机(?!号)/,
  (canonical) =>
    !THEFT.test(canonical) &&
    !PHONE_RULE_AT_HOME.test(canonical) &&
    !/抢购|秒杀|双十一|双11|优惠|降价|打折|开售|首发|新款|预约|红包|游戏/.test(canonical),
);
/**
 * A debt said of a relative (my son, 我儿子欠公司) or owed to an unnamed "them" (欠他们十万, "we owe them"): a captor's
 * claim; the writer's own loan from an employer or a bank at home is not.
 */
const DEBT_OF_KIN_OR_TO_THEM = {
  test: (canonical: string): boolean =>
    RELATIVE.test(canonical) || /欠(?:了)?他们|\bowes? them\b|\bowed them\b/.test(canonical),
};
/** A loan's everyday purpose ("for the staff loan", "through payroll", 员工贷款, 从工资扣): an employee's debt at home. */
const EVERYDAY_LOAN =
  /\bfor (?:the |my |a )?(?:staff |salary |car |phone |laptop |housing |personal )?(?:loan|advance|laptop|phone|car|uniform|training|course)\b|\b(?:through|from) (?:payroll|my (?:salary|wages|pay))\b|\bsalary (?:loan|advance)\b|\bnotice\b|\b(?:training )?bond\b|培训费|违约金|员工贷款|借支|预支|(?:从)?工资(?:里|中)?(?:扣|还)|分期/;
/** Chats and phones checked by someone ("聊天记录有人查", "they read our messages"): a second hold class beside it. */
const CHATS_CHECKED =
  /(?:聊天记录|手机|消息|信息)[^,。!?]{0,4}(?:有人)?(?:查|检查|监控|监视)|\b(?:check|read|monitor|go through)\w* (?:our|my|his|her|their|everyone's) (?:phones?|messages|chats)\b/;
/** A debt that stands between someone and leaving ("I owe them 3000 before I can go", 还清才能走). */
const DEBT_TO_LEAVE =
  /\b(?:work|stay)\b[^.!?]{0,20}\b(?:until|till)\b[^.!?]{0,15}\b(?:paid|debt)\b|\bwork (?:it|the debt) off\b|\b(?:before|until|till|or else) (?:i|we|he|she|they) (?:can|could|may|are allowed to|is allowed to|am allowed to) (?:go|leave|come home|go home|return)\b|\b(?:can't|cannot|won't let (?:me|us|him|her|them)) (?:go|leave)\b[^.!?]{0,20}\b(?:until|till|unless)\b|(?:才|就)(?:能|可以|让|放|肯)(?:我|他|她|我们|他们)?(?:走|离开|回)/;
/**
 * Someone claims a debt ("man says my son owes them money", "a different boss says she owes them for her flight",
 * "they say we owe them", 公司说我欠他们钱): a captor's claim, not the writer's own loan.
 */
const DEBT_CLAIMED_OF_SOMEONE =
  /\b(?:says?|said|claims?|claimed|told (?:us|me)) (?:that )?(?:(?:my|our) \w+|he|she|they) (?:still )?(?:owes?|owed)\b|说(?:他|她|他们|(?:我|我们)的?(?:儿子|女儿|孩子|老公|老婆|丈夫|弟弟|哥哥|姐姐|妹妹|家人))欠|\b(?:they|(?:the |my |our )?(?:company|boss|agency|agents?|employers?|sponsors?)) (?:say|says|said|claims?|claimed) (?:that )?(?:i|we) (?:still )?(?:owe|owed)\b|(?:他们|公司|老板|中介|园区|主管)[^,。!?]{0,4}说(?:我|我们)欠/;
/** Not sent home: a hold when HOLD_CONTEXT says where or by whom. */
const NOT_SENT_HOME =
  /不(?:肯|愿|愿意)?(?:送|放)(?:我|他|她|我们|他们)?(?:回|返)(?:来|去|国|家|乡|香港|台湾|澳门)|\b(?:tak|tidak|tdk) (?:di)?hantar (?:balik|pulang)\b|\b(?:won't|will not|wouldn't|refus\w* to|don't|dont|dun|do not|doesn't|does not|can't|cannot|not|never)\b(?:\W+\w+)?\W+send (?:back (?:him|her|them|us|me|(?:my|our) \w+)|(?:him|her|them|us|me|(?:my|our) \w+) (?:back|home))\b|\bwon't let (?:my|our) \w+/;

/**
 * Scam work named in the message ("except to call targets", "做不够业绩"): a lift home refused there is a compound's rule,
 * even when no place or captor is named.
 */
const SCAM_WORK =
  /\b(?:tak|tidak|x|hindi|di) (?:cukup|capai|sampai|naka-?)? ?(?:target|quota)\b|\b(?:call|calling|hit|meet|meeting|miss|missed|missing|reach|reached|reaching|achieve|achieved|make|made) (?:the |our |my |their |daily )?(?:targets?|quotas?)\b|业绩|\bscam(?:ming)? (?:people|victims|customers)\b|骗人|诈骗/;

/** Days without food: starvation where someone is held, a busy week or a sick child anywhere else. */
const DAYS_WITHOUT_FOOD =
  /\b(?:not|never|haven't|hasn't|have not|has not|hadn't|had not) (?:been )?(?:eaten|eating|fed)\b(?:\W+\w+){0,2}?\W+(?:for|in) (?:days|weeks|a week|\d+ days|two days|three days)\b|[几两三四五六七八九十\d]+(?:天|日|个星期|个礼拜|周)(?:都)?没(?:有)?(?:吃|食)(?:过)?(?:东西|饭|嘢)?|\b(?:isang|dalawang|tatlong|\d+) (?:araw|linggo|li+nggo)\b(?:\W+\w+){0,3}?\W+(?:walang (?:kain|makain|pagkain)|hindi (?:\w+ )?(?:kumakain|nakakakain|kumain))\b|\b(?:seminggu|\d+ (?:hari|minggu)|dua hari|tiga hari)\b(?:\W+\w+){0,3}?\W+(?:tak|tidak|tdk|belum|x) (?:ada )?makan\b/;
/** A week or more: hunger that long with fear or trauma said is no busy day. */
const A_WEEK_OR_MORE = /星期|礼拜|周|个月|\b(?:weeks?|linggo|li+nggo|minggu|seminggu|months?|buwan|bulan)\b/;
const STARVED_FOR_WEEKS_IN_FEAR = {
  test: (canonical: string): boolean =>
    A_WEEK_OR_MORE.test(canonical) && (DISTRESS.test(canonical) || /\btrauma\w*|创伤/.test(canonical)),
};

/**
 * No contact with the family, said as people say it rather than as "missing" (一直没跟家里联系, Cantonese 冇同屋企聯絡,
 * Taglish "hindi na nagpaparamdam", Hinglish "ghar pe koi baat nahi ki", "hasn't been in touch with us"): the silence of
 * someone gone to work abroad only where the message says so (NO_CONTACT_ABROAD reads it beside ABROAD_CUE or
 * LEFT_FOR_WORK), unless the message says they are well or why they do not call (toldWellOrWhy) or tells of a trip for
 * fun no one lured them on (isTripForFun).
 */
const NO_CONTACT_WITH_FAMILY =
  /(?:没|没有|未|不再)(?:再)?(?:跟|和|同|与|给)(?:家里|家人|家|我们|我|父母|爸妈)(?:人)?(?:联系|联络|打(?:过)?电话|通(?:过)?电话|视频|视讯|报(?:过)?平安|发(?:过)?(?:消息|信息|讯息))|\b(?:hindi|di) na (?:\w+ )?(?:nagpaparamdam|nagparamdam|tumatawag|nagtetext|nagte-text|nagmemessage|nagme-message)\b|\b(?:ghar|family|gharwalon|humse|hum se)\b(?:\W+\w+){0,2}?\W+(?:koi )?(?:baat|call|phone|contact|sampark) nahi (?:ki|kiya|kari|kara|hui|hua)\b|\b(?:hasn't|has not|haven't|have not|hadn't|had not)\b(?:\W+\w+){0,2}?\W+(?:been in touch|contacted|called|spoken to|talked to)\b(?:\W+\w+){0,2}?\W+(?:us|home|the family|his family|her family|their families|anyone at home)\b/;
/** No contact with the family beside a stay abroad or a job away (read at call time: ABROAD_CUE is defined below). */
const NO_CONTACT_ABROAD: Pick<RegExp, "test"> = {
  test: (canonical: string): boolean =>
    NO_CONTACT_WITH_FAMILY.test(canonical) &&
    (HOLD_CONTEXT.test(canonical) || ABROAD_CUE.test(canonical) || LEFT_FOR_WORK.test(canonical)) &&
    !toldWellOrWhy(canonical) &&
    !isTripForFun(canonical),
};
/**
 * A trip for fun (去泰国玩, 到日本游玩) that no one lured them on: a friend or a net friend who invited, took or paid for
 * it (网友约她去泰国玩, 男朋友带她去, 说机票他出) makes it a classic lure, and "not for fun" (不是玩) is none. Read only beside
 * the family's plain "has not called us": silence told as missing (关机, 联系不上, 五天没联系) is alarming on any trip.
 */
const TRIP_FOR_FUN = /游玩|(?<!不是)(?:去|到)(?:(?!不是)[^,。!?]){1,8}玩(?!手机|游戏|命)/;
const TRIP_LURE =
  /网友|网上认识|男朋友|男友|女朋友|女友|对象|(?:约|带|叫|骗|喊)(?:了)?(?:她|他|我|我们|佢)|机票|包吃住|包食宿|报销|请客|\b(?:online|boyfriend|girlfriend|invited|paid for)\b/;
function isTripForFun(canonical: string): boolean {
  return TRIP_FOR_FUN.test(canonical) && !TRIP_LURE.test(canonical);
}
/**
 * Word from or about them that they are well, or the plain reason they do not call: someone saw they are fine (他朋友说他
 * 很好, 报了平安, 过得不错, "he texted that he's ok", Taglish "okay naman siya", Hinglish "theek hai"), they said they are
 * busy (说工作很忙, "busy daw siya", "busy hai"), or a family quarrel (我们吵架了, 嗌交, "we had a big fight"). A wish
 * (希望他平安, "I hope she's ok"), a doubt (不知道他好不好, "not sure if he's fine") or a hold said beside it (HELD_THERE,
 * a scripted safe report) leaves the silence alarming.
 */
function toldWellOrWhy(canonical: string): boolean {
  return (
    (WELL_NOW.test(canonical) || SAYS_WHY_NOT_CALLING.test(canonical)) &&
    !DOUBTS_THEY_ARE_WELL.test(canonical) &&
    !HELD_THERE.test(canonical) &&
    !SCRIPTED_SAFE_REPORT.test(canonical)
  );
}
const SAYS_WHY_NOT_CALLING =
  /(?:说|话|讲)(?:是|佢|他|她)?(?:工作|那边|最近)?(?:很|太|好|比较|特别|非常)?忙|\b(?:busy (?:daw|raw|lang|hai|hoga|hu|hoon)|(?:he|she|they)(?:'s|'re| is| are| has been| have been) (?:just |really |very |too |so )?busy)\b|吵架|吵了架|闹翻|翻脸|嗌交|闹别扭|冷战|\b(?:we|they|he|she|i) (?:had|have had) (?:a |an )?(?:big |huge |bad |terrible |massive )?(?:fight|argument|quarrel|falling[- ]out|row)\b|\b(?:fell|fallen) out\b|\bnag-?away\b|\b(?:bergaduh|gaduh)\b/;
const DOUBTS_THEY_ARE_WELL =
  /希望|保佑|但愿|祈祷|只要|不知(?:道)?[^,。!?]{0,6}(?:好不好|平不平安|是否|是不是|有没有事)|不对劲|奇怪|\b(?:hope|hoping|pray\w*|not sure|no idea|(?:don't|do not|didn't) know)\b(?:\W+\w+){0,2}?\W+(?:if|whether|he|she|they)\b|\b(?:if|whether) (?:he|she|they)(?:'s|'re| is| are)\b|\b(?:pata nahi|ya nahi|tak tahu|tidak tahu)\b|\b(?:hindi|di) (?:\w+ )?alam kung\b/;
const DAYS_WITHOUT_CONTACT =
  /[几两三四五六七八九十\d]+(?:天|日|周|个月)(?:都|也)?没(?:有)?(?:联络|联系|消息|音讯)|\b(?:no (?:contact|word|news)|not heard from (?:him|her|them))\b(?:\W+\w+){0,2}?\W+(?:for|in) (?:days|weeks|\d+ days|two days|three days)\b/;
/**
 * Silence since a last message, told without "missing": "最后一条消息是在妙瓦底，之后再也没回过", "已读不回两周", "last msg
 * from near the border and then nothing", "no news at all", WhatsApp's "one tick only", Taglish "wala pa ring balita",
 * Malay "dah 3 minggu tak contact". Where someone may be held it is someone gone silent; about a partner at home
 * ("男友已读不回") it is a quarrel.
 */
const SILENCE_SINCE = new RegExp(
  [
    "已读不回[^,。!?]{0,4}[几两三四五六七八九十\\d]+(?:天|日|周|个月|礼拜|星期)|[几两三四五六七八九十\\d]+(?:天|日|周|个月|礼拜|星期)[^,。!?]{0,4}已读不回",
    "再也没(?:有)?(?:回|联系|联络|消息|音讯|动静|打(?:过)?电话)|(?:之后|以后)(?:就)?(?:再|一直)?(?:也)?没(?:有)?(?:消息|音讯|动静|回音)",
    // "19 days since my daughter last read my messages": days counted since the last sign of life.
    "\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) (?:days|weeks|months) since (?:he|she|they|(?:my|our) \\w+) (?:last )?(?:read|replied|answered|called|texted|messaged|contacted|wrote|spoke|was online)\\b",
    "\\blast (?:msg|message|text|call|voice (?:note|message)|contact)\\b[^.!?]{0,60}\\b(?:then|since then|after that)\\b\\W+(?:nothing|silence|no (?:reply|word|news))\\b",
    "\\bwala (?:pa )?(?:ring |rin |ding |din )?(?:balita|paramdam)\\b|\\bno (?:news|word) (?:at all|whatsoever|for)\\b|\\b(?:one|single|1) (?:grey |gray )?tick\\b",
    "\\b(?:nobody|no one|no-one) (?:answers|answered|picks up|picked up|is answering|is picking up) (?:his|her|their|(?:my|our) \\w+'s) (?:phone|calls?|mobile)\\b",
    "\\b(?:\\d+|dua|tiga|empat|lima|beberapa) (?:hari|minggu|bulan)\\b[^.!?]{0,12}\\b(?:tak|tidak|tdk|x|gak|nggak|belum|hilang) (?:ada )?(?:contact|kontak|khabar|kabar|berita)\\b",
    "\\b(?:tak|tidak|tdk|x|gak|nggak|belum|hilang) (?:ada )?(?:contact|kontak|khabar|kabar|berita)\\b[^.!?]{0,12}\\b(?:\\d+|dua|tiga|empat|lima|beberapa) (?:hari|minggu|bulan)\\b",
  ].join("|"),
);

/** Asking to be got out, with a life at stake: "get me out of here before I get killed". */
const GET_ME_OUT = /\bget (?:me|us|him|her|them) out of (?:here|there)\b|救(?:我|我们|他|她)出去/;
const LIFE_AT_STAKE = /\bkill\w*|\bdie\b|\bdying\b|\bdead\b|死/;

/** Food kept from people by someone: "they lock the food away", "他们不给饭" is a hold wherever it is. */
const FOOD_KEPT_BY_SOMEONE =
  /\b(?:they|guards?|boss|employer|agency)\b[^.!?]{0,30}\b(?:food|feed\w*|meals?|eat)\b|(?:他们|老板|看守|园区)[^,。!?]{0,8}(?:饭|吃)/;

/**
 * Dying "here", or never getting back alive ("we will never get out of here alive", 活着回不去): a held person's fear where
 * the message says where or by whom they are held, or names no everyday cause (EVERYDAY_FIGURE_OF_DEATH); about the
 * heat, an exam or a queue it is a figure of speech.
 */
const DIE_HERE =
  /死在这(?:里|边|儿)?|活着(?:回|出|离开)不(?:去|来|了)|不能活着(?:回|出|离开)|\balive\b(?<=\b(?:never|not|won't|will not|wouldn't) (?:\w+ )?(?:come|get|go|make it|return) (?:back |home |out )?(?:from here |of here |from this place )?alive)|\b(?:i|we)(?:'ll| will| might| may| am going to| are going to| could)? die (?:here|in here|in this place)\b|\bmamatay (?:na )?(?:ako|kami|kame) dito\b|\b(?:yahan|yaha|yahaan) (?:hi )?mar ja(?:unga|enge|ungi|yenge)\b|\bmati di sini\b/;

const EVERYDAY_FIGURE_OF_DEATH =
  /热|晒|考试|作业|排队|无聊|好笑|笑死|累|尴尬|堵车|加班|辣|冷死|饿死|太美|好美|好吃|幸福|开心|\b(?:heat|hot|sun|exams?|tests?|homework|queues?|lines?|boring|bored|laugh\w*|embarrass\w*|cringe|traffic|tired|meetings?|class|gym|workout|spicy|cold|concert|party|game|funny|beautiful|gorgeous|delicious|happy|amazing|heaven|paradise|view|beach)\b/;
const NO_EVERYDAY_FIGURE_OF_DEATH = { test: (canonical: string): boolean => !EVERYDAY_FIGURE_OF_DEATH.test(canonical) };

/** Waiting for someone to come for them: "if nobody comes", "is anyone coming for us?", "没人来救". */
const WAITING_FOR_RESCUE =
  /\b(?:if|unless) (?:nobody|no one|no-one|someone|somebody) (?:comes|helps)\b|\bis (?:any ?one|anybody|someone|somebody) (?:coming|going to come) (?:for|to get|to save|to help|to rescue) (?:us|me)\b|没(?:有)?人(?:来)?救/;

/**
 * "We can't survive here" while waiting for someone to come ("… is anyone coming for us?"); said of the rent or the heat
 * in Dubai it is a figure of speech, even abroad.
 */
const CANNOT_SURVIVE_HERE =
  /\b(?:i|we)(?:'ll| will)? (?:can't|cannot|won't|will not) survive (?:here|in here|in this place)\b/;

/** Words that are a danger signal only in a message that also says where, by whom or how someone is held. */
function withContext(words: Pick<RegExp, "test">, ...contexts: Pick<RegExp, "test">[]): Pick<RegExp, "test"> {
  const gated = gateRegExp(words);
  const gatedContexts = contexts.map(gateRegExp);
  return {
    test: (canonical: string): boolean =>
      gated.test(canonical) && gatedContexts.some((context) => context.test(canonical)),
  };
}

/**
 * Words rare in a pasted ad (`first`, behind a literal gate), and then the rest of a signal's reading: most ads are
 * ruled out by the gate without reading further. The same answers as `first.test(canonical) && rest(canonical)`.
 */
function firstThen(first: RegExp, rest: (canonical: string) => boolean): Pick<RegExp, "test"> {
  const gated = literalGate(first);
  return { test: (canonical: string): boolean => gated.test(canonical) && rest(canonical) };
}

/** A pattern's own test behind a literal gate (same answers; see literal-gate.ts); other tests as they are. */
function gateRegExp(pattern: Pick<RegExp, "test">): Pick<RegExp, "test"> {
  return pattern instanceof RegExp ? literalGate(pattern) : pattern;
}

/** Fear, tears, begging or wanting to come home: distress said in any words. */
const DISTRESS =
  /害怕|很怕|好怕|好惊|惊死|哭|想(?:回|返)(?:家|来|香港|台湾|澳门)|求求|救救|求救|不是正规|\bscared\b|\bafraid\b|\bterrified\b|\bfrightened\b|\bcry(?:ing)?\b|\bcried\b|\bbegg(?:ed|ing)\b|\bwants? to (?:come|go) (?:home|back)\b|\btulungan\b|\bmatulungan\b|\bmakauwi\b|\b(?:na)?(?:ta)?takot\b|\btakut\b|\bminta tolong\b|\btolong\b|\b(?:save|rescue) (?:us|me|him|her|them)\b|\bdar(?:a|i|e) hu(?:a|i|e)\b|\bghar aana\b|\bnot a real company\b/;
/**
 * Someone who is only thinking of going, or asks about an offer: their fear is about an offer, which the check answers.
 */
const PROSPECTIVE =
  /要去|打算|准备去|叫我去|让我去|想去|应不应该去|该不该去|能不能去|会不会有危险|安全吗|去之前|看看|查一下|是不是骗|靠谱|可靠吗|\bcheck\b|\bverify\b|\blook at\b|\blegit\b|\bis (?:it|this|that) (?:a )?scam\b|\bgoing to go\b|\bwants? to go to\b|\b(?:of|about) going\b|\bbefore (?:i|he|she|we|they) (?:go|leave)\b|\bplanning to\b|\bthinking of\b|\boffered\b|\bshould (?:i|he|she|we)\b|\bis it safe\b|\bbalak\b|\bmau pergi\b|\bjaana chahta\b/;
/** In a compound country, in distress, and not about an offer: someone there needs help now. */
const DISTRESS_THERE = firstThen(
  DISTRESS,
  (canonical) => COMPOUND_PLACES.test(canonical) && !PROSPECTIVE.test(canonical),
);

/**
 * A held person's farewell to the family: "妈，你就当没生过我吧", "别救我了", "你不要帮我" waving the family off, "if I
 * disappear…". Dying *here* (DIE_HERE) is a farewell only where someone is held or waits to be rescued.
 */
const FAREWELL =
  /当(?:作|做)?没(?:有)?(?:生|养)过?(?:我|这个(?:儿子|女儿))|(?:别|不要|不用)(?:再)?(?:救|赎)我|(?:别|不要|不用)(?:再)?帮我(?=[,。!?]|$)|\bif (?:i|we) (?:disappear|go missing|never come back|don't come back)\b|\bdon't (?:try to )?(?:save|rescue) me\b/;

/**
 * A beating told without a subject ("挨打比吃饭还准时", "天天被打"): Chinese drops the pronoun when the speaker means
 * themself, so a statement (not a question) of being beaten names its victim. "被打劫" (robbed) is not a beating.
 */
const SUBJECTLESS_BEATING =
  /^(?!.*(?:吗|呢|？|\?|会不会|是不是|是否|有没有|怎么|如何|为什么|什么|哪))(?=.*(?:挨打|挨揍|被揍|被电(?![话脑视影梯费子邮信商竞池台动器线爆到])|被打(?![劫扰折开断听])))/;
/**
 * Trafficked or forced, told without a subject in the same way ("被骗到柬埔寨以后，每天被逼着打诈骗电话"): taken to a place
 * or made to scam, in a statement. "被骗了" (defrauded online) names no place and no work forced.
 */
const SUBJECTLESS_TRAFFICKED =
  /^(?!.*(?:吗|呢|？|\?|会不会|是不是|是否|有没有|怎么|如何|为什么|什么|哪|如果|万一|避免|防止))(?=.*(?:被(?:人)?(?:骗|卖|拐)(?:到|去|进)|被(?:人)?(?:逼|强迫)(?:着)?(?:去)?(?:打诈骗|骗人|诈骗|做诈骗)))/;

/** "They broke his legs": by whoever holds him where the message says he is held, or for a missed quota; a bar fight is not. */
const THEY_BROKE_BONES = firstThen(
  /\bthey(?: have| had)? (?:broke|broken|smashed) (?:his|her|my|our|their) (?:arms?|legs?|fingers?|hands?|ribs?|nose|teeth|jaw|bones?)\b/,
  (canonical) => HOLD_CONTEXT.test(canonical) || /\b(?:quotas?|targets?)\b|业绩|指标/.test(canonical),
);

/**
 * A beating or a shock for a missed target or quota, said as the compound's rule ("if you don't reach the target, they
 * beat you", "whoever misses the quota gets beaten"). Beating a sales target is the opposite, and names no one beaten.
 */
const BEATEN_FOR_TARGET = firstThen(
  /\b(?:targets?|quotas?)\b/,
  (canonical) =>
    /\b(?:targets?|quotas?)\b[^.!?]{0,40}\b(?:(?:beat|beats|hit|hits|shock|shocks|tortur\w*|electrocut\w*|whip|whips) (?:you|us|them|him|her|me|people|workers|everyone|anyone)|(?:get|gets|got|are|is|were|was|be) (?:\w+ )?(?:beaten|shocked|electrocuted|tortured|whipped))\b/.test(
      canonical,
    ) && !GAME_OR_SCHOOL.test(canonical),
);
/**
 * Singlish "kena beat", "kena whack" (was beaten) where the message says where or by whom someone is held, or names the
 * targets of scam work; a team that "kena beat 3-0" or a child smacked at home is neither.
 */
const KENA_BEATEN = firstThen(
  /\bkena (?:beat|beaten|hit|whack\w*|bash\w*|belasah|hentam|tumbuk|tampar|slap\w*)\b/,
  (canonical) =>
    (HOLD_CONTEXT.test(canonical) || CAPTOR.test(canonical) || SCAM_WORK.test(canonical)) &&
    !GAME_OR_SCHOOL.test(canonical),
);
/** Beatings or shocks faced, suffered or endured ("those who failed to meet quotas faced beatings"), not at a game. */
const BEATINGS_SUFFERED = firstThen(
  /\b(?:faced?|facing|suffer(?:ed|s|ing)?|endur(?:ed|e|es|ing)|subjected to)\b (?:\w+ ){0,2}?(?:beatings|torture|electric shocks|whippings)\b/,
  // Survivors or victims in general testifying is a report about many (as readToldFacts reads GENERAL_SUBJECT).
  (canonical) =>
    !GAME_OR_SCHOOL.test(canonical) &&
    !/\b(?:team|season|matches|election|polls?|market|stocks?)\b/.test(canonical) &&
    !(GENERAL_SUBJECT.test(canonical) && !SPECIFIC_PERSON.test(canonical)),
);
/** Sleep, food or rest refused until a target is met ("if we do not reach the target we are not allowed to sleep"). */
const DENIED_FOR_TARGET = firstThen(
  /\b(?:not|never) (?:allowed|permitted|let) to (?:sleep|eat|rest|drink)\b|不(?:让|准|许|给)(?:我们?|他们?|她们?|人)?(?:睡觉|睡|吃饭|休息)/,
  (canonical) => /\b(?:targets?|quotas?)\b|业绩|指标|kpi/.test(canonical),
);

/**
 * Watched so closely that they cannot talk ("whispering that she is being watched and cannot talk", "she can't talk,
 * someone is next to her").
 */
const WATCHED_SILENCED = firstThen(
  /\bbeing (?:watched|monitored|guarded)\b|\bsomeone (?:was|is) (?:next to|beside|with|listening to|standing over) (?:her|him|them|me|us)\b|\b(?:they(?:'re| are)|someone(?:'s| is)|people are|guards are)(?: always)? (?:watching|listening|monitoring)\b/,
  (canonical) => /\b(?:can't|cannot|couldn't|could not|not allowed to) (?:talk|speak|call)\b|\bwhisper/.test(canonical),
);

/**
 * A message written under the captors' eyes: the family told to take down the missing-person notice or the posts and
 * stop the fuss ("把寻人启事删掉", "把帖子删掉，不要搞舆论了", "take down the post about me, I'm fine here"). Captors silence
 * the appeals that draw the police; a post deleted for a typo says none of this.
 */
const TAKE_DOWN = /删|撤|\b(?:take (?:it |them )?down|taken down|delete|remove|stop (?:sharing|posting))\b/;
const TAKE_DOWN_THE_APPEAL = firstThen(
  /寻人启事|寻人帖|寻人信息|帖子|贴文|帖文|网上的东西|朋友圈|\b(?:missing (?:person )?(?:notices?|posters?|posts?|appeals?)|posts?)\b/,
  (canonical) =>
    TAKE_DOWN.test(canonical) &&
    /寻人|舆论|报警|(?:我|这边)[^,。!?]{0,4}(?:很好|没事|平安)|\b(?:missing|police|about me|i'm fine|i am fine|i'm ok|i am ok|i'm safe|i am safe)\b/.test(
      canonical,
    ),
);

/**
 * Held, told without a subject as a beating is ("现在被关在房间里，门外有人看着"): shut in with someone guarding the door,
 * in a statement that may ask whom to call but not whether it happens. A broken lock, overtime, quarantine or being
 * locked out (关在门外) has no guard; a parent's or a teacher's rule is FAMILY_RULE's.
 */
const SUBJECTLESS_HELD =
  /^(?!.*(?:会不会|是不是|是否|会怎样|会怎么样|为什么|如果|万一|听说|据说|隔离|封控|封校|[关锁]在门外))(?=.*(?:被(?:人)?关(?:在|起来|进)|被(?:人)?锁(?:在|起来)))(?=.*(?:有人(?:看|守|盯)|(?:门外|门口|外面)有人))/;

/**
 * Armed guards outside where the writer is ("我在一栋楼里 外面有保安带枪"): a hold told as a scene, though no door is said
 * to be locked, even asked as "what do I do?". Guards of a bank or a mall (unless abroad or at a compound), the police
 * or soldiers, and "is that normal?" about a resort's guards are not.
 */
/** Police or soldiers: armed men whose presence is no captor's. */
const OFFICIAL_ARMS = /警察|军人|士兵|\b(?:police|soldiers?|army)\b/;
const ARMED_OUTSIDE = firstThen(
  /(?:外面|门外|门口|楼下)[^,。!?]{0,8}(?:保安|守卫|看守|打手|人)[^,。!?]{0,4}(?:带|拿|持)(?:着)?枪|\bguards?\b[^.!?]{0,20}\b(?:guns?|rifles?|weapons?)\b[^.!?]{0,12}\b(?:outside|at the (?:door|gate))\b|\b(?:outside|at the (?:door|gate))\b[^.!?]{0,12}\bguards?\b[^.!?]{0,12}\b(?:guns?|rifles?|weapons?)\b/,
  (canonical) =>
    (!PUBLIC_BUILDING.test(canonical) || HELD_BEYOND_GUARDS.test(canonical)) &&
    !OFFICIAL_ARMS.test(canonical) &&
    !/正常吗|是不是正常|\bis (?:that|this|it) (?:normal|usual|common)\b/.test(canonical),
);

/**
 * Hiding from the ones who hold the writer while they search ("hiding in the toilet, they're looking for me", "我躲在仓库
 * 他们到处找我"; Cantonese 匿喺 folds to 匿在): a hold, though no place or door is named. A game of hide and seek is the
 * everyday frame's.
 */
const HIDING_FROM_CAPTORS = firstThen(
  /\bhiding\b|\bhid(?:e|den)? (?:in|under|behind|inside)\b|躲在|躲起来|躲着|匿在|藏在/,
  (canonical) =>
    /\b(?:they|they're|guards?|boss|bosses|men)\b(?:\W+\w+){0,2}?\W+(?:looking|searching|hunting) for (?:me|us)\b|(?:他们|守卫|看守|打手|老板|保安)[^,。!?]{0,4}(?:找|搜|抓)(?:我|我们)/.test(
      canonical,
    ) && !/捉迷藏|\bhide[- ]and[- ]seek\b/.test(canonical),
);

/**
 * Let go only by bringing in new people ("I can only leave if I find 2 new workers", "要找三个新人来才可以离开"): the
 * compounds' price of release, recruiting replacements. One replacement found before quitting is a notice period, and
 * people found to cover a shift an early night off.
 */
const RELEASE_FOR_RECRUITS_WORDS = new RegExp(
  [
    "(?:找|拉|带|介绍|骗)[^,。!?]{0,3}(?:[两二三四五六七八九十几\\d]+)个(?:新)?(?:人|员工|工人)[^,。!?]{0,6}(?:才|就)(?:能|可以|肯|会)?(?:让|放)?(?:我|我们|他|她)?(?:走|离开|回|出去)",
    "\\b(?:leave|go|go home|be free|free to leave|released?|let (?:me|us) go)\\b[^.!?]{0,20}\\b(?:if|once|when|after|unless)\\b(?:\\W+\\w+){0,2}?\\W+(?:bring|find|recruit|get|replace)\\b(?:\\W+\\w+){0,2}?\\W+(?:\\d+|two|three|four|five|more|new)\\b(?:\\W+\\w+){0,2}?\\W+(?:people|workers|persons|recruits|replacements)\\b",
    "\\b(?:bring|find|recruit|get)\\b (?:in )?(?:\\d+|two|three|four|five) (?:new )?(?:people|workers|persons|recruits)\\b[^.!?]{0,30}\\b(?:to|before|then|so) (?:i|we|he|she)? ?(?:can |could |may )?(?:leave|go|be free|be released)\\b",
  ].join("|"),
);
/** Cover for a shift ("to cover the shift", 替班): leaving early, not let go. */
const SHIFT_COVER = /替班|顶班|换班|\b(?:cover|covering) (?:the |my |a |their )?shifts?\b|\bshift cover\b/;
const RELEASE_FOR_RECRUITS = firstThen(RELEASE_FOR_RECRUITS_WORDS, (canonical) => !SHIFT_COVER.test(canonical));

/**
 * Brought across and told to work for the ones who brought them ("他们把我从越南带过来 说我要给他们干活"): a trafficking told
 * by the writer, who may be a child asking for a parent.
 */
const BROUGHT_TO_WORK_FOR_THEM = firstThen(
  /(?:他们|有人)把(?:我|我们)(?:从[^,。!?]{1,8})?(?:带|运|送|骗|拐|偷渡)(?:过来|到这|来这|过境|过了)|\b(?:they|he|she|someone|somebody|(?:a|some|the|two|three) (?:man|men|guys?|people))\b (?:brought|took|moved|smuggled|carried|drove) (?:me|us) (?:here |over |across )?from\b/,
  (canonical) =>
    /(?:给|帮|替)(?:他们|老板)(?:干活|工作|做事|打工|做工)|\b(?:work|working) for (?:them|him)\b|\bbelong to (?:them|him)\b/.test(
      canonical,
    ),
);

/**
 * Passed to another company for money ("boss will transfer him to other company, they pay the boss for him"): sold on,
 * the resale that compounds practise. A transfer at work with no price is a posting.
 */
const SOLD_ON = firstThen(
  /\b(?:transfer|transferred|transferring|move|moved|moving|send|sent|sending|pass|passed)\b (?:him|her|me|us|them|(?:my|our) \w+) to (?:another|other|a different|a new) (?:company|compound|park|boss|gang|group)\b|(?:转|卖|送)(?:到|去|给)(?:另(?:一|外)(?:个|家)?|别的|其他)(?:公司|园区|老板)/,
  (canonical) =>
    /\bpa(?:y|ys|id|ying)\b[^.!?,]{0,20}\bfor (?:him|her|me|us|them)\b|\b(?:sold|sell|sells|selling|bought|buy|buys|buying) (?:him|her|me|us|them)\b|(?:买|卖)(?:了)?(?:他|她|我|我们|他们)(?![^,。!?]{0,2}(?:东西|衣服|保险|产品))/.test(
      canonical,
    ),
);

/**
 * The perpetrators threaten someone: "they will kill us", "他们说会把他打死", Cantonese "唔做就殺咗佢" as it folds, Hinglish
 * "dhamki … maar denge", Malay "ugut nak bunuh", Taglish "papatayin", "sasaktan daw nila" (they will hurt), a body
 * part to be cut ("they'll cut my fingers", "puputulin daw ang daliri ko").
 */
const THREAT_TO_PERSON =
  /\bif (?:i|we) (?:go|leave|run|escape|quit)\b[^.!?]{0,12}\bthey(?:'ll| will| would)\b(?:\W+\w+){0,2}?\W+(?:find|hurt|kill|go after|come for|visit)\W+(?:(?:my|our) (?:family|families|parents|kids|children|sons?|daughters?|wife|husband|mother|father|mum|mom|dad))\b|\bthey(?:'ll| will| are going to| are gonna| gonna| would)\b(?:\W+\w+){0,2}?\W+(?:kill|beat|hurt|torture|shoot)\W+(?:us|me|him|her|them|(?:my|our|his|her|your|their) (?:family|families|parents|kids|children|sons?|daughters?|wife|husband|mother|father|mum|mom|dad))\b|(?:要|会|就)(?:把|将)(?:我|我们|他|她|他们)(?:打死|弄死|杀了|杀掉|砍|斩|剁)|(?:要|会|就)(?:杀|打死|弄死|砍|斩|剁|割)(?:了|掉|断)?(?:我|我们|他|她|他们)|恐吓(?:他|她|我|我们|他们)|被恐吓|\bdhamk(?:i|iya|a|aa|a rahe|a rahi)\b|\b(?:maar|mar) (?:denge|dalenge|daalenge|dega|dalega|daalega|dengey)\b|\b(?:ugut|mengugut|diugut|ancam|mengancam|diancam)\b|\b(?:nak|mahu|akan|mau) bunuh\b|\bpapatayin\b|\b(?:sasaktan|bubugbugin|bubugbogin|ibebenta|ipagbibili|kukulungin|papahirapan)\b(?:\W+(?:daw|raw|na|po|pa))*\W+nila\b|\b(?:cut|chop)(?:ping|ting)? off (?:his|her|my|our|their|your) (?:fingers?|hands?|ears?|toes?|legs?|arms?)\b|\bthey(?:'ll| will| are going to| are gonna| gonna| would)\b(?:\W+\w+){0,2}?\W+(?:cut|chop)(?: off)? (?:his|her|my|our|their|your) (?:fingers?|hands?|ears?|toes?|legs?|arms?)\b|\b(?:puputulin|puputulan)\b[^.!?]{0,30}\b(?:daliri|kamay|tenga|tainga|paa)\b|\b(?:they|the (?:boss|bosses|company|gang|guards?|captors?|traffickers?|agents?|agency|manager)|threaten\w* to)\b(?:\W+\w+){0,3}?\W+(?:sell|take|harvest|remove)\w* (?:his |her |my |their |our )?(?:organs?|kidneys?)\b(?! stones?)|(?:摘|拆|割|卖)(?:掉|了)?(?:他|她|我|你)?的?(?:器官|肾)/;

/** What is done to whoever runs: "if anyone tries to run they will be shot", "谁跑就打断腿". */
const THREAT_TO_RUNAWAYS =
  /\b(?:anyone|anybody|whoever|those|people) (?:who )?(?:tries|try|tried|trying) to (?:run|escape|leave)\b|(?:谁|哪个)(?:敢)?(?:跑|逃)(?:就|的话)|(?:跑|逃)(?:了|掉|走)?的(?:人)?[^,。!?]{0,4}(?:抓回|抓(?:到|住)就|被抓)|\bbh?aag\w*\b[^.!?]{0,40}\b(?:bech (?:denge|dega|dalenge|daalenge)|maar (?:denge|dalenge|daalenge|dega))\b/;

/**
 * Still there, pleading to be brought home: "nandito pa rin kami… sana mapauwi", "we are still here, please help us get
 * home". Without the plea it is small talk ("still at the office, going home soon").
 */
const STILL_HERE_WANTS_HOME = firstThen(
  /还在这|仍在这|\bstill (?:here|stuck here)\b|\b(?:nandito|andito|narito) pa\b|\bdito pa rin\b|\bmasih di sini\b/,
  (canonical) =>
    /救|帮|求|\bhelp\b|\bplease\b|\bsana\b|\b(?:ma)?tulung\w*|\btolong\b|\b(?:can't|cannot)\b/.test(canonical) &&
    /回家|回国|\b(?:go|come|get \w+|bring \w+|send \w+) (?:home|back home)\b|\b(?:mapauwi|makauwi|maiuwi|pauwiin)\b|\bpulang\b/.test(
      canonical,
    ),
);

/**
 * What captors do and say, whoever they do it to: guards or the compound taking phones ("守卫把大家的手机都收走了",
 * "手机被园区收走了"), a voice on a ransom call forbidding the police ("不准报警").
 */
const CAPTORS_AT_WORK =
  /(?:守卫|看守|打手)[^,。!?]{0,8}(?:没收|收走|拿走|收了)(?![^,。!?]*吗)|(?:手机|电话|护照)(?:也|都|全)?被(?:园区|守卫|看守|打手)(?:的人)?(?:没收|收|拿|扣)(?![^,。!?]*吗)|不准报警|不许报警/;

/** An authority named after a plea, and up to five words before the help asked of it. */
const AUTHORITY =
  "(?:\\W+\\w+){0,3}?\\W+(?:government|embassy|ministry|authorities|consulate|high commission)\\b(?:\\W+\\w+){0,5}?\\W+";
/**
 * Begging or pleading with an authority for help, or asking it for a rescue or a way home ("we are asking the
 * government to help us come home"); asking an embassy to help renew a passport is an errand.
 */
const PLEA_TO_AUTHORITIES = new RegExp(
  `\\b(?:begg?(?:ing)?|plead(?:ing)?(?: with)?|appeal(?:ing)? to|implor\\w*)\\b${AUTHORITY}(?:help|rescue|save|bring|get|free|evacuate|repatriate) (?:us|me|him|her|them)\\b|` +
    `\\b(?:ask(?:ing)?|urg(?:e|ing)|call(?:ing)? on|request(?:ing)?)\\b${AUTHORITY}(?:(?:rescue|save|free|evacuate|repatriate) (?:us|me|him|her|them)\\b|(?:help|bring|get) (?:us|me|him|her|them)(?: to)?(?: come| go| get)? (?:home|back|out)\\b)`,
);

/**
 * Begging to be brought home: "please bring us back home", "please help us to come back home". Help to get home from
 * an airport or a trip, asked without begging, is an errand.
 */
const PLEA_TO_COME_HOME =
  /\b(?:please|pls|plz|kindly|beg\w*)\b[^.!?]{0,30}\b(?:bring|get|fly|take) (?:us|them|him|her) (?:back )?home\b|\b(?:please|pls|plz|kindly|beg\w*)\b[^.!?]{0,12}\bhelp (?:us|them|him|her)\b(?: to)? (?:come|return|get) back (?:home|to (?:our|their|his|her) (?:country|famil(?:y|ies)))\b/;

/**
 * People kept in a room or building: "20 girls kept in the agency office", "they keep us inside the warehouse", "they
 * locked my sister in a building".
 */
const KEPT_INSIDE = new RegExp(
  "\\b(?:girls|boys|women|men|people|workers|maids|we|us|them)\\b(?:\\W+\\w+){0,2}?\\W+(?:kept|locked|confined) (?:in|inside)\\b|" +
    "\\b(?:kept|keep|keeps|keeping|locked|lock|locks|confined|confine)\\b " +
    `(?:us|them|him|her|me|(?:my|our|his|her|their) ${KIN_EN}) (?:in|inside) (?:the |an? |their |his |her |our )?` +
    "(?:agency|office|house|room|building|compound|camp|warehouse|dormitory|dorm|hostel|basement|container)s?\\b",
);

/** Money an employer or agent demands before someone may leave: "my employer says I must pay 3000 dirham to leave". */
const PAY_TO_LEAVE =
  /\b(?:employer|agent|agency|boss|company|sponsor|madam|recruiter|they)\b[^.!?]{0,30}\b(?:pay|paid|give)\b[^.!?]{0,30}\bto (?:leave|go home|be released|be let go|get out|be free)\b/;

/**
 * Hinglish "(someone) ko maara / peeta / maarte hai" (hit, beat, beats every day): a person as its object ("mere dost ko
 * maara", "usko peeta"); a
 * goal or a mosquito "maara" is not a beating.
 */
const BEATEN_HINGLISH = new RegExp(
  `\\b(?:(?:${MIXED_RELATIVES}|sab|logon|ladk\\w+) ko|usko|unko|mujhko|mujhe|humko|humein|hume|inko|tujhe|tumhe|sabko)\\b` +
    "(?:\\W+\\w+){0,2}?\\W+(?:maara|maari|maare|mara|mari|maarte|maarta|maarti|marte|peeta|peeti|pita|piti|peete|peette)\\b",
);

/**
 * Harm told as a report with its doer and whom it is done to ("she … continuous beatings by the sponsor",
 * "mistreatment by her employers every day", "tortured by the guards"): someone in particular is harmed by whoever
 * holds them.
 */
const HARMED_BY_CAPTOR =
  /\b(?:she|he|they|we|(?:my|our) \w+)\b[^.!?]{0,40}\b(?:beat(?:s|en|ings?)?|mistreat\w*|maltreat\w*|abus(?:e|es|ed|ing)|tortur\w*)\b(?:\W+\w+){0,3}?\W+by (?:the |his |her |their |my |our )?(?:sponsors?|employers?|madam|boss(?:es)?|agents?|agency|captors?|guards?|traffickers?)\b/;

/** Food withheld by whoever holds them: "the company is not giving us food", "they stopped feeding us". */
const FOOD_WITHHELD =
  /\b(?:they|company|employer|boss|agency|agent|guards?|madam|sponsor)\b[^.!?]{0,20}\b(?:not|never|don't|doesn't|won't|isn't|aren't|stopped|refus\w* to)\b (?:giving|give|gives|feeding|feed) (?:us|them|him|her|me)\b(?: any)? (?:food|water|meals?|rice)\b/;

/**
 * Singlish and Malay "kena" (got …-ed): "kena lock up", "kena detain", "kena culik". Held where the message says where
 * or by whom; at home it is an arrest or a bike clamped.
 */
const KENA_HELD = /\bkena (?:lock(?:ed)?(?: up)?|detain\w*|kidnap\w*|trap(?:ped)?|culik|kurung|sekap)\b/;

/**
 * Not let home until a debt is paid, in Taglish ("hindi ako makakauwi hangga't di ko nababayaran"): debt bondage, where
 * the same words about a hospital bill are a bill (BILL_TO_LEAVE).
 */
const HOME_ONLY_WHEN_PAID =
  /\b(?:hindi|di)\b[^.!?]{0,20}\b(?:maka(?:ka)?|naka(?:ka)?)?(?:uwi|alis|labas)\w*\b[^.!?]{0,20}\bhangga'?t\b[^.!?]{0,20}\b(?:bayad|nababayaran|mabayaran|babayaran|magbayad)\b/;

/**
 * A fee to go home, in Taglish ("pag umuwi ako magbabayad ako ng 150k", "kung uuwi daw ako babayaran ko ang 3000"):
 * held where the message also names an employer or agency abroad (HELD_ABROAD); a debt or a bill at home is not.
 */
const PAY_TO_GO_HOME_TAGLISH =
  /\b(?:pag|kapag|kung|bago)\b(?:\W+\w+){0,2}?\W+(?:umuwi|uuwi|makauwi|makakauwi)\b[^.!?]{0,40}\b(?:magbabayad|magbayad|babayaran|bayaran)\b/;

/** Made to scam: "they force us to scam people". */
const FORCED =
  "\\b(?:they|the (?:boss|bosses|company|guards?|managers?))\\W+(?:force|forces|forced|make|makes|made)\\W+(?:us|me|him|her|them) (?:to )?";
const FORCED_TO_SCAM = new RegExp(`${FORCED}(?:\\w+ ){0,2}?(?:scams?|defraud|fraud|frauds)\\b`);
/** Made to cheat or deceive: scam work where they are held abroad ("they make him cheat people online in Cambodia"). */
const FORCED_TO_DECEIVE = new RegExp(`${FORCED}(?:cheat|con|deceive)\\b`);

/** Cannot get out (没法出来, as 出唔返嚟 folds): a hold where the message says where or by whom, not at a toilet door. */
const CANNOT_GET_OUT = /没法出来/;

/** Work promised or done: what a job offer abroad is about, where a holiday promise is not. */
const WORK = /工作|上班|打工|客服|\b(?:jobs?|work|working)\b/;

/** In trouble in a compound country: "we are in trouble in Myanmar". */
const IN_TROUBLE_THERE = firstThen(
  /\b(?:am|are|is|was|were|'m|'re|'s) in (?:big |serious |deep )?trouble\b/,
  (canonical) => COMPOUND_PLACES.test(canonical),
);

/**
 * Promised one thing, and now in a compound country: "we were promised jobs in Thailand but now we are in Myanmar",
 * "说好去泰国上班，现在人在缅甸".
 */
const PROMISED_BUT_THERE = {
  test: (canonical: string): boolean =>
    (/\b(?:promised|told|offered|supposed to)\b[^.!?]{0,60}\b(?:but|instead)\b(?:\W+\w+){0,2}?\W+(?:we|i|he|she|they)(?:'re|'m|'s| are| am| is| were| was| ended up)\b[^.!?]{0,12}\b(?:in|at)\b/.test(
      canonical,
    ) ||
      /说(?:好|是)?[^,。!?]{0,12}(?:去|到)[^,。!?]{0,10}[,，]?(?:结果|现在|却|但)[^,。!?]{0,6}(?:在|到了)/.test(
        canonical,
      )) &&
    COMPOUND_PLACES.test(canonical),
};

/** Taken across a river into a compound country ("they took us across the river at night, now we are in Myanmar"). */
const TAKEN_ACROSS_THE_RIVER = firstThen(
  /\b(?:took|brought|moved|drove|smuggled)\b (?:us|me|him|her|them)\b(?:\W+\w+){0,2}?\W+(?:across|over) (?:the )?river\b|(?:带|送|运)(?:我们|我|他|她|他们)?(?:过河|渡河|坐船过)/,
  (canonical) => COMPOUND_PLACES.test(canonical),
);

/**
 * Money asked of the writer or the family where someone is held ("they want us to send 5000 before he can leave"). The
 * same words alone are a romance or parcel scam ("he keeps asking me for money"), which JobSafe does not cover.
 */
const MONEY_FOR_RELEASE = firstThen(
  /\b(?:asking|asked|demanding|demanded|wants?) (?:us|me|my family|the family|our family) (?:for|to pay|to send)\b/,
  (canonical) =>
    COMPOUND_PLACES.test(canonical) ||
    /\b(?:release|let (?:him|her|them|me|us) go|free (?:him|her|them|me|us)|leave|come home|go home|come back)\b/.test(
      canonical,
    ),
);

/**
 * A life set against money, as a condition ("pay 10000 usdt if you want him alive", "…or you will never see him alive
 * again", 想要你儿子活命就转钱, 要他平安回来就准备五十万): a ransom call. A wish ("I just want to see my son alive again, the
 * surgery costs…", 只要他平安回来就好) sets no condition, and 想要他平安回来就给领事馆打电话 asks no money.
 */
const ALIVE_FOR_MONEY = firstThen(
  new RegExp(
    [
      "\\bif (?:you|u|we|they|the family)\\b[^.!?]{0,15}\\bwants?\\b[^.!?]{0,25}\\balive\\b",
      `\\bnever see (?:him|her|them|(?:your|ur|our|my|his|her) ${KIN_EN}) alive\\b`,
      `(?<!只)(?:想|要)(?:要|想)?(?:你|你们)?的?(?:他|她|人|(?:${KIN_ZH}))(?:活着|活命|平安)(?:回来|回家)?[^。!?]{0,4}(?:转|汇|打|交|给|付|准备|过数|拿)[^。!?]{0,6}(?:钱|万|千|美金|美元|usdt|\\bu\\b)`,
    ].join("|"),
  ),
  (canonical) => /\b(?:pay|send|transfer|wire|usdt|money|dollars?|crypto)\b|[$¥]|钱|万|转账|汇款/.test(canonical),
);

/**
 * Let go only once a sum is paid ("says he can only go after paying 8000 usd compensation"), said of an employer
 * that holds a passport or asks "compensation": debt bondage. A school trip "only after paying" is neither.
 */
const PASSPORT_OR_DEBT = new RegExp(`\\b(?:${DOCUMENT_EN}|compensation|penalty|debt)\\b`);
const LEAVE_ONLY_AFTER_PAYING = firstThen(
  /\b(?:can|could|may|will) only (?:go|leave|come home|go home|come back|return|be released|get out)\b[^.!?]{0,12}\b(?:after|if|once|when)\b[^.!?]{0,24}\b(?:pay|pays|paying|paid)\b/,
  (canonical) => CAPTOR.test(canonical) && PASSPORT_OR_DEBT.test(canonical),
);

/**
 * A ransom asked without the word: money, then a person let go or brought back ("交多少钱才能让我儿子回来", "给三万块就放他
 * 回家", "how much do we have to pay to get him back"). Money to get a thing back (a car, a deposit) is not.
 */
/** The family pays a sum ("we pay them 3000 dollars"), not a fare ("pay 50 for the bus"). */
const PAY_A_SUM =
  "(?:we|you|i|the family|his family|her family) (?:pay|send|transfer|give)\\b(?![^.!?]{0,20}\\bfor (?:the |his |her |their |a |an )?(?:tickets?|bus|flights?|fares?|trains?|taxi|ride|petrol|fuel)\\b)(?: them| him| her| the boss)? (?:\\$|usd|us\\$|rm|rmb|the money|money|\\d)";
const PAY_FOR_RETURN = new RegExp(
  [
    `(?:钱|万|块|元|千)[^,。!?]{0,10}(?:才|就)(?:能|可以|会|肯)?(?:放|让)(?:他|她|人|我们|他们|[^,。!?]{0,3}(?:${KIN_ZH}))[^,。!?]{0,3}(?:回来|回家|回国|出来|离开)`,
    `\\bpay\\b(?:\\W+\\w+){0,4}?\\W+to get (?:him|her|them|(?:my|our|his|her|their) ${KIN_EN}) (?:back|out|home|released|freed)\\b`,
    // Singlish and plain English: "must pay 10k then can release him", "send the money before they free my son".
    "\\b(?:pay|send|transfer|give)\\b(?:\\W+\\w+){0,4}?\\W+(?:then|before|only then|then only)\\W+(?:(?:can|will|they|he|she|we|only)\\W+){0,2}" +
      `(?:release|free|let go(?: of)?) (?:him|her|them|me|us|(?:my|our|his|her|their) ${KIN_EN})\\b`,
    // "he can come home if we pay 5000", "if we pay 20k usd she can go back": a sum for the way home, not a fare.
    `\\b(?:he|she|they|i|we|(?:my|our|his|her) ${KIN_EN}) (?:can|could|will|may) (?:come|go|get) (?:home|back)\\b[^.!?]{0,10}?\\b(?:if|once|when|after|as soon as) ${PAY_A_SUM}`,
    // 交五千他就可以回家, 给五万块我儿子就能回来: not a fine, a deposit, fees or a fare, nor home for dinner or the New Year
    `(?:交|付|给|打|转|汇)(?!了?我(?!们))(?![^。!?]{0,12}(?:罚款|押金|学费|房租|车费|机票|路费|票钱))[^,。!?]{0,6}(?:钱|万|块|元|千|美金|美元|u)[^。!?]{0,6}(?:他|她|${KIN_ZH})[^,。!?]{0,3}(?:就|才)(?:能|可以|会)?(?:回来|回家|回国|出来|离开)(?!吃饭|过年|过节|睡觉)`,
    `\\b(?:if|once|when|after|as soon as) ${PAY_A_SUM}[^.!?]{0,20}?\\b(?:he|she|they|(?:my|our|his|her) ${KIN_EN}) (?:can|could|will|may) (?:come|go|get) (?:home|back)\\b`,
  ].join("|"),
);

/**
 * Kept from leaving by guards, captors or a ship's captain ("armed men prevented my cousin from getting off the ship",
 * "the guards kept them from leaving the compound"): a hold. A boss who stops someone leaving early at home is not.
 */
const KEPT_FROM_LEAVING_WORDS =
  "\\b(?:prevent\\w*|stop(?:ped|s)?|kept|keeps?|barr(?:ed|ing)|block\\w*|forb[ai]d\\w*) (?:us|them|him|her|me|the (?:crew|workers|men|women|girls|boys)|(?:my|our|his|her|their) \\w+) from (?:leaving|getting off|going ashore|going home|coming home|escaping|quitting|going out|returning)\\b";
/** The same words taken out before PREVENTION is read: "prevented them from leaving" is no warning. */
const KEPT_FROM_LEAVING_ALL = new RegExp(KEPT_FROM_LEAVING_WORDS, "g");
const KEPT_FROM_LEAVING_ONE = new RegExp(KEPT_FROM_LEAVING_WORDS);
const GUARDED_FROM_LEAVING = firstThen(
  / from (?:leaving|getting off|going|coming home|escaping|quitting|returning)\b/,
  (canonical) =>
    KEPT_FROM_LEAVING_ONE.test(canonical) &&
    (HOLD_CONTEXT.test(canonical) || /\b(?:armed|gunmen|captain|crew|ship|boat|vessel|shore)\b/.test(canonical)),
);

/**
 * Left or kept on a boat ("my brother was left on the boat", "stuck on a fishing vessel", 被留在渔船上): fishing crews are
 * held at sea as workers are in compounds. A ferry, a cruise, a trip or an engine failure is not a hold.
 */
const ON_A_BOAT =
  /\b(?:was|were|is|are|been|got|still|being) (?:left|stuck|trapped|stranded|kept|held) (?:behind )?(?:on|aboard|in) (?:the |a |that |this |an? )?(?:fishing )?(?:boats?|ships?|vessels?|trawlers?)\b|(?:留|困|扣|关)在(?:那条|这条)?(?:渔)?船上/;
// Each signal runs whole on a short message (literal-gate.ts): a boat's or a ship's name is looked for first.
const KEPT_ON_A_BOAT = firstThen(
  /船上|\b(?:boat|ship|vessel|trawler)/,
  (canonical) =>
    ON_A_BOAT.test(canonical) &&
    !ON_A_TRIP.test(canonical) &&
    !TRAVEL_DISRUPTION.test(canonical) &&
    !/渡轮|游轮|邮轮|游船|引擎|发动机|\b(?:ferry|cruise|sunset|yacht|engine|motor|broke down|tour)\b/.test(canonical),
);

/**
 * A relative's release asked for ("I want them to release my son", "please free my daughter", 求求你们放了我儿子): someone
 * holds them. A hospital's discharge, the police or a court (an arrest at home) are not captors.
 */
const ARREST_AT_HOME = /警|法院|拘留|\b(?:police|arrest\w*|court|charged|custody|judge)\b/;
const RELEASE_OF_KIN_WORDS = new RegExp(
  `\\b(?:release|free|let go of) (?:my|our) ${KIN_EN}\\b(?!'s)|(?:放了|放过|释放)(?:我|我们)的?(?:${KIN_ZH})`,
);
const RELEASE_OF_KIN = firstThen(
  /\b(?:release|free|let go of) (?:my|our) |(?:放了|放过|释放)我/,
  (canonical) =>
    RELEASE_OF_KIN_WORDS.test(canonical) &&
    !BILL_TO_LEAVE.test(canonical) &&
    !POLICE_HOLD.test(canonical) &&
    !ARREST_AT_HOME.test(canonical),
);
/**
 * The family told to raise a sum (要我们筹八万令吉, "叫我哋凑钱"): a ransom call relayed, unless the money is for a wedding,
 * a hospital, a house or a business.
 */
const TOLD_TO_RAISE =
  /(?:要求|要|叫|让|逼)(?:我们|我|家人|家里|家属|父母|亲属|亲友|他们)[^,。!?]{0,6}(?:筹|凑)(?!备|办|划|建)/;
const FAMILY_TOLD_TO_RAISE = firstThen(
  /筹|凑/,
  (canonical) =>
    TOLD_TO_RAISE.test(canonical) &&
    !BILL_TO_LEAVE.test(canonical) &&
    !/婚礼|酒席|聚会|学费|医药费|手术|看病|住院|首付|买房|装修|创业|生意|彩礼|份子/.test(canonical),
);

/**
 * Victims as a class, told as a report ("several victims also testified that…", "被骗人员中,有的…有的…"): news about
 * others, unless the writer or someone of theirs is named too (a relative, I, we, he, she).
 */
const VICTIMS_REPORTED =
  /\bvictims\b(?:\W+\w+){0,2}?\W+(?:revealed|testified|told (?:police|the court|investigators|reporters)|recounted|described|reported)\b|(?:被骗|受害|被害)(?:人员|者|人)中[^。!?]{0,12}有的/;
/**
 * A report about many ("most of the victims", 很多都是, 这些受害者, 大多都是): news about people in general, unless the
 * writer or someone of theirs is among them (read with THEIR_OWN and WRITER_IN_IT).
 */
const IN_GENERAL_REPORT =
  /大多(?:都)?是|很多都是|多数(?:都)?是|(?:这些|那些)(?:被害人|受害者|受害人|被骗者|家庭)|\b(?:many|most) (?:of (?:them|the (?:victims|workers|people))|victims|workers|appeals)\b/;
/**
 * News read or heard about many ("I read that many Nepalis were…", "I saw on the news that hundreds of…", 新闻说很多…,
 * 我看到报道说很多…): the writer is its reader, not one it happened to.
 */
const NEWS_FRAME =
  /\b(?:i|we) (?:just |recently |also )?(?:read|saw|heard|watched|came across)\b|\bi'?ve (?:read|seen|heard)\b|\b(?:on|in) the news\b|我?(?:看到|看了|读到|刷到)?(?:新闻|报道|报导|网上)上?(?:说|称|讲)?|我?听(?:人)?说|据说/;
const NEWS_FRAME_WORDS = new RegExp(NEWS_FRAME.source, "g");
const MANY_PEOPLE =
  /\b(?:many|hundreds of|thousands of|dozens of|scores of|lots of|a lot of)\b|很多|许多|不少|大批|大量|数百|数千|上百|上千|几百|几千|好多/;
function isReportAboutMany(canonical: string): boolean {
  return (
    (IN_GENERAL_REPORT.test(canonical) || (NEWS_FRAME.test(canonical) && MANY_PEOPLE.test(canonical))) &&
    !SOMEONE_OF_THEIRS.test(canonical) &&
    !WRITER_IN_IT.test(canonical.replace(NEWS_FRAME_WORDS, " "))
  );
}
/**
 * The writer's own relative or friend, named as theirs ("my sister", 我儿子, 我的朋友): a person, not an ad's reader. So
 * code-mixed chat names them too: Hinglish puts the possessive first ("mera cousin", "meri behen"), Taglish and Malay
 * after it ("pinsan ko", "anak namin", "abang saya").
 */
const THEIR_OWN = new RegExp(
  `\\bmy ${KIN_EN}\\b|我(?:的|们的|哋)?(?:${KIN_ZH})|\\b(?:mera|meri|mere) (?:${HINDI_RELATIVES}|${KIN_EN})\\b|\\b(?:${TAGALOG_RELATIVES}) (?:ko|namin)\\b|\\b(?:${MALAY_FAMILY}) (?:saya|aku|kami)\\b|\\b(?:kawan|teman) (?:saya|aku)\\b`,
);

/**
 * Anyone of the writer's named among the many, however: "our boy", a bare 老公 or 阿仔, "my kuya", a Malay "abang".
 * Looser than THEIR_OWN on purpose (silencing a parent is the costly mistake, answering a news report the cheap one),
 * but not the report's own collective words (家人, 孩子: "the victims' families").
 */
const SOMEONE_OF_THEIRS = new RegExp(
  `${THEIR_OWN.source}|\\b(?:${KIN_EN}|${MIXED_RELATIVES})\\b|儿子|女儿|老公|老婆|丈夫|妻子|弟弟|哥哥|姐姐|妹妹|个仔|个女|阿仔|阿女|老豆|\\bour\\b`,
);

/**
 * Whether a message names someone of the writer's own: then a passport kept or distress is told of a person, even in
 * a text that reads like an offer ("my sister work in cambodia casino, manager not give passport back").
 */
export function namesTheirOwn(canonical: string): boolean {
  return THEIR_OWN.test(canonical);
}

const NAMES_SOMEONE_OF_THEIRS = new RegExp(
  `我|你|他(?!们)|她(?!们)|${KIN_ZH}|\\b(?:i|me|my|we|us|our|you|your|he|him|his|she|her|${KIN_EN})\\b`,
);

/** Advice against paying ransoms ("我不鼓励受害者家人支付赎金", "we do not encourage families to pay"): a policy, not a call. */
const ADVICE_AGAINST_PAYING =
  /(?:不鼓励|不建议|不提倡)[^,。!?]{0,12}(?:支付|交|付|给)|\b(?:we|i) (?:do not|don't) (?:encourage|advise|recommend)\b/;

/**
 * A passport already given back ("forced the agency to return my passport", "I got my passport back"): the hold is
 * over; "never returned" or "haven't got it back" is not.
 */
const PASSPORT_GIVEN_BACK =
  /(?<!\b(?:never|not|n't|yet to be)\s)\b(?:returned|gave back|got back)\b(?:\W+\w+){0,2}?\W+(?:my|his|her|our|their) passports?\b|\bforced (?:\w+ ){1,2}to (?:return|give back) (?:my|his|her|our|their) passports?\b|(?<!\b(?:never|not|n't)\s)\bgot (?:my|his|her|our|their) passports? back\b|护照(?:已经)?(?:拿回来了|要回来了|还给我了)|\b(?:got|gave) (?:it|them) back\b|\b(?:made|forced|got) (?:the |my |his |her |their )?\w+ (?:to )?(?:give|hand) (?:it|them|(?:my|his|her|our|their) passports?) back\b/;

/** A bill, a fee or bail paid to leave a hospital, a school, a car park or a jail: a payment, not a ransom. */
const BILL_TO_LEAVE =
  /医院|诊所|学校|老师|停车场|保释|监狱|\b(?:hospital|ospital|clinic|school|teacher|parking|bail|jail|prison|bills?)\b/;

/**
 * A fee asked for a job ("the agent wants 2 lakh for a job in Dubai", "for the Dubai visa", Hinglish "visa ke liye",
 * "中介要三万服务费"), or a recruiter's price for a country ("the dalal is asking 4 lakh taka for Cambodia"): what the
 * check weighs in an offer, not a ransom. Money for someone's release or return is ransom whatever else it is called.
 */
const JOB_FEE =
  /中介费|服务费|手续费|押金|\bdeposits?\b|报名费|培训费|体检费|签证费|\bfor (?:a|the|this|that|my|his|her)(?: [\w-]+){0,2} (?:job|visa|position|work permit|placement)\b|\b(?:visa|job|naukri|kaam|permit)\b(?: \w+)? ke (?:liye|liya|lie)\b|\b(?:placement|processing|recruitment|agency|service|visa|registration|training|medical|deployment) fees?\b|\bto (?:register|apply|process (?:my|the|his|her) (?:papers|documents|visa))\b|\b(?:agents?|agency|dalals?|brokers?|recruiters?|middlem[ae]n)\b[^.!?]{0,20}\b(?:asking|asks|asked|wants?|wanted|charg\w*|demand\w*)\b[^.!?]{0,30}\bfor (?!(?:my|our|his|her|their|him|them|me|us|the release|release)\b)[a-z]+/;
/**
 * The destination a recruiter's price is for ("4 lakh taka for Cambodia", "for a job in Myanmar", "三万去柬埔寨工作"): where
 * the job is offered, not where someone is held. Someone of theirs there ("for my son in Cambodia") is not a destination.
 */
const FEE_DESTINATION = new RegExp(
  `\\bfor (?!(?:my|our|his|her|their|him|them|me|us)\\b)(?:an? |the )?(?:[\\w-]+ ){0,3}?(?:(?:jobs?|work|visa) )?(?:in |at |to )?(?:${PLACES_EN})\\b|去(?:${PLACES_ZH})(?:工作|打工|上班|做工)?`,
  "g",
);
const RELEASE =
  /赎|放人|放(?:我|他|她|我们|他们)|回来|回国|回家|\b(?:ransom|release\w*|free (?:him|her|them|me|us)|let (?:him|her|them|me|us) go|come home|go home|come back)\b|\b(?:before|so|until|then) (?:he|she|they|i|we|you) (?:can|could|may|is allowed to|are allowed to) (?:leave|go|come|return)\b|\blet (?:him|her|them|me|us) (?:leave|out)\b|\blet (?:my|our|his|her|their) \w+ (?:go|leave|out)\b|\b(?:pakawalan|palayain|makauwi|pauwiin|lepas|dilepaskan|chhod\w*)\b/;

/**
 * Something happened to someone (出事了, Cantonese 出咗事 as it folds, "something bad happened to him", Taglish "may
 * nangyari kay…", Malay "sesuatu berlaku kepada…", Hinglish "kuch ho gaya"): said of a person abroad or where captors
 * are (HOLD_CONTEXT), the family's alarm; of a project or a computer at home, nothing for JobSafe.
 */
const SOMETHING_HAPPENED = new RegExp(
  `(?:${KIN_ZH}|他|她)[^。!?]{0,20}(?:出了事|出事了)|` +
    "(?<!\\bif )\\bsomething (?:bad |terrible |serious |awful )?(?:has )?happen(?:ed|s)? to (?:him|her|them|me|us|(?:my|our) \\w+)\\b|" +
    "\\bmay (?:masamang )?nangyari (?:daw |raw |po )?(?:kay|kina|sa)\\b|\\b(?:sesuatu|something) (?:telah |sudah |dah )?(?:terjadi|berlaku|jadi) (?:pada|kepada|kat|ke atas)\\b|\\bkuch (?:ho gaya|ho gayi|hua hai)\\b",
);
/**
 * "出事了" and a call for the police in one breath ("出事了，快报警"): an alarm, whoever it is about; but a road accident,
 * a fire or a scene in the street or downstairs ("楼下车祸出事了，快报警") is for the police at hand, unless a person of
 * the writer's is named or the message says where someone is held.
 */
const ALARM_WORDS = /出(?:了)?事了[^。!?]{0,3}[,，。!！]?\s*(?:快|赶紧|帮(?:我|忙))?报警/;
const EVERYDAY_ACCIDENT = /车祸|交通事故|撞车|撞人|追尾|着火|火灾|失火|楼下|隔壁|街上|路上|马路|路口/;
const KIN_IN_TROUBLE = new RegExp(`(?:${KIN_ZH}|他|她)[^。!?]{0,8}出(?:了)?事`);
const ALARM_CALL_POLICE = firstThen(
  ALARM_WORDS,
  (canonical) => !EVERYDAY_ACCIDENT.test(canonical) || HOLD_CONTEXT.test(canonical) || KIN_IN_TROUBLE.test(canonical),
);

/**
 * A threat tied to going to the police or telling anyone ("if we go to police they will find our family", "敢报警就把你
 * 女儿卖了", Malay "kalau lapor polis mereka bunuh dia"): captors silencing a family. "If you call the police they will
 * come in ten minutes" names no harm.
 */
const THREAT_IF_REPORTED = new RegExp(
  [
    "\\bif (?:we|you|i|he|she|anyone|anybody|(?:my|our|his|her) \\w+)\\b (?:go(?:es)? to|call(?:s)?|tell(?:s)?|report(?:s)?(?: (?:it|this|them|him|her))?(?: to)?|contact(?:s)?|inform(?:s)?) (?:the )?(?:police|cops|embassy|authorities|anyone|anybody|media)\\b[^.!?]{0,40}\\b(?:they|he|she|the boss)(?:'ll| will| would| are going to| gonna)\\W+(?:kill|hurt|beat|find|harm|sell|shoot|punish|go after|come after|torture|do something to)\\b",
    "报警(?:的话)?(?:就|会|我们就|他们就)[^,。!?]{0,8}(?:杀|打|撕票|卖|弄死|砍|剁|找|对付|害)",
    "\\b(?:kalau|jika|kalo|klu)\\b[^.!?]{0,20}\\b(?:lapor|report|buat laporan|bagitahu)\\b[^.!?]{0,20}\\b(?:polis|polisi|police)\\b[^.!?]{0,40}\\b(?:bunuh|pukul|cederakan|apa-apakan|jual)\\b",
    "\\b(?:pag|kapag|kung)\\b[^.!?]{0,20}\\b(?:nagsumbong|magsumbong|nag-?report|tumawag)\\b[^.!?]{0,20}\\b(?:pulis|police)\\b[^.!?]{0,40}\\b(?:papatayin|sasaktan|bubugbugin|ibebenta)\\b",
  ].join("|"),
);

/**
 * Armed guards where the doors are locked on people ("they lock the doors at night and there's guards with guns
 * outside"): a hold told as a scene, when people are locked in, or doors locked where no public building is named or
 * the message says where someone is held. A bank's, an office's or a mall's armed guards lock no one in.
 */
const ARMED_GUARDS =
  /\barmed (?:guards?|men)\b|\bguards?\b[^.!?]{0,12}\b(?:with|carry(?:ing)?|have|has|holding) (?:guns?|rifles?|weapons?|pistols?|batons?|tasers?)\b|(?:拿|持|带)(?:着)?枪|(?:保安|守卫|看守|打手)[^,。!?]{0,3}有枪/;
const LOCKED_DOORS =
  /\block(?:s|ed|ing)? (?:the |our |us |them |me |all the |every )?(?:doors?|gates?|dorm\w*|rooms?|buildings?|us|them|me|in|up)\b|锁(?:门|着|住|上)/;
/** Locked on people: people the object (lock us in), or the dorm or room where they sleep; a building's doors are not. */
const LOCKED_ON_PEOPLE =
  /\block(?:s|ed|ing)? (?:us|them|me|him|her|everyone|everybody|people|(?:the )?workers)\b|\block(?:s|ed|ing)? (?:the |our |their |all the |every )?(?:dorm\w*|rooms?)\b|\b(?:are|were|is|was|am|get|got|being|kept) locked (?:in|up)\b|锁(?:住|着)?(?:我|我们|他|她|他们|人)|把(?:我|我们|他|她|他们|人)[^,。!?]{0,4}锁|(?:宿舍|房间)[^,。!?]{0,4}锁/;
/** Where someone is held, said other than by the guards themselves: abroad, a compound, a hold. */
const HELD_BEYOND_GUARDS = new RegExp(`${ABROAD}|${COMPOUND_PLACES.source}|${HOLD_WORD.source}`);
/** A public or working building whose doors close for the night: an office, a mall, a bank, a school. */
const PUBLIC_BUILDING =
  /商场|银行|办公楼|写字楼|学校|医院|酒店|\b(?:office|offices|mall|bank|shops?|stores?|school|hospital|hotel|airport|museum|embassy|supermarket|building)\b/;
const ARMED_HOLD = firstThen(
  ARMED_GUARDS,
  (canonical) =>
    LOCKED_ON_PEOPLE.test(canonical) ||
    (LOCKED_DOORS.test(canonical) && (HELD_BEYOND_GUARDS.test(canonical) || !PUBLIC_BUILDING.test(canonical))),
);

/** How to get out or away, asked by the writer ("how do we get out", "怎样逃出去"). */
const ASKS_HOW_TO_GET_OUT =
  /\bhow (?:do|can|could|should|would) (?:i|we) (?:ever )?(?:get out|escape|leave|run|break out)\b|(?:怎么|怎样|如何)(?:才能|才可以|可以|能)?(?:逃|跑|出去|离开)/;
/**
 * Armed guards and the writer asking how to get out ("the guards have rifles, how do we get out?"): a hold told by the
 * way out it asks for, wherever the guards stand. The police, soldiers and "is that normal?" are ARMED_OUTSIDE's too.
 */
const ARMED_GUARDS_ASKS_OUT = firstThen(
  ARMED_GUARDS,
  (canonical) =>
    ASKS_HOW_TO_GET_OUT.test(canonical) &&
    (!PUBLIC_BUILDING.test(canonical) || HELD_BEYOND_GUARDS.test(canonical)) &&
    !OFFICIAL_ARMS.test(canonical),
);

/** Taken somewhere by whoever holds them: to scam work, or away by the bosses abroad. */
const TAKEN_TO =
  /\b(?:they|the (?:agents?|agency|boss(?:es)?|company|driver|recruiters?|men)|he|she)\b (?:brought|took|drove|sent|moved|transferred) (?:me|us|him|her|them|(?:my|our) \w+) (?:to|into)\b/;
const TAKEN_AWAY =
  /\b(?:took|taken|dragged|carried) (?:him|her|them|(?:my|our|his|her) \w+) (?:away|somewhere|off somewhere)\b|被(?:人)?带走/;

/**
 * "They are holding my son" with money asked: a hostage; "the nurse is holding my son" is not, and names no money.
 */
const HOLDING_KIN = new RegExp(
  `\\b(?:they|he|she|someone|people|men)(?:'re| are| is|'s)? (?:holding|keeping) (?:my|our|his|her) ${KIN_EN}\\b`,
);
/** A raid or a rescue at the compound: whoever is "still there" after it was left behind. */
const RAID_OR_RESCUE = /突袭|清查|查封|打击|解救|救出|\b(?:raid\w*|crackdown|cracked down|rescue\w*)\b/;
/**
 * A relative still there after a raid or a rescue at the compound ("police raided the compound but my son is still
 * there", "he wasn't among those freed", "警察突袭了园区，但我儿子还在那边"); still at a nightclub or a hotel after a raid or an
 * alarm is not.
 */
const KIN_STILL_THERE = firstThen(
  new RegExp(
    `\\b(?:he|she|they|(?:my|our|his|her) ${KIN_EN}) (?:wasn't|was not|weren't|were not|isn't|is not) (?:among (?:the |those )?(?:\\w+ )?)?(?:freed|released|rescued)\\b|` +
      `\\b(?:he|she|they|(?:my|our|his|her) ${KIN_EN})(?:'s|'re| is| are| was| were) still (?:there|inside|in there|in (?:the |that )?(?:compound|building|camp)|in (?:${PLACES_EN}))\\b|(?:${KIN_ZH})[^,。!?]{0,2}(?:还|仍然|仍|依然)(?:留)?在(?:里面|那里|那边|园区|${PLACES_ZH})`,
  ),
  (canonical) => RAID_OR_RESCUE.test(canonical) && COMPOUND_PLACES.test(canonical) && RELATIVE.test(canonical),
);
/**
 * "They are holding him" after a relative was named ("my son hasn't got home, they are holding him in myawaddy"): held
 * where the message is set abroad or at a compound; a seat, a busy week or a hospital is not ("holding him a seat").
 */
const HOLDING_THEM = firstThen(
  /\b(?:they|someone|people|men|the (?:boss|company|agents?|guards?))(?:'re| are| is|'s)? (?:still )?(?:holding|keeping) (?:him|her|them)(?=\s*(?:$|[.,!?;…]|(?:in|at|inside|there|captive|hostage|prisoner|locked|and|but|until|till)\b))/,
  (canonical) =>
    RELATIVE.test(canonical) &&
    (SET_ABROAD.test(canonical) || COMPOUND_PLACES.test(canonical)) &&
    !BILL_TO_LEAVE.test(canonical),
);
/**
 * 他们扣着他, 人被他们扣着 where the message is set abroad or at a compound ("我儿子在柬埔寨，他们一直扣着他"): held; his pay or
 * a parcel kept (扣着他的工资) and the police (被警察扣着) are not this.
 */
/**
 * "They have my brother in cambodia and want money", "they won't give him back": a hostage where money is asked and the
 * message is set abroad or at a compound; a bike not given back or a team's fees at home are not.
 */
const HAVE_KIN_FOR_MONEY = firstThen(
  new RegExp(`\\b(?:they|someone|people|men)(?:'ve| have)? (?:got|have) (?:my|our|his|her) ${KIN_EN}\\b(?!'s)`),
  (canonical) => MONEY_ASKED.test(canonical) && (SET_ABROAD.test(canonical) || COMPOUND_PLACES.test(canonical)),
);
const WONT_GIVE_BACK = firstThen(
  new RegExp(
    `\\b(?:won't|will not|wouldn't|refus\\w* to|don't|do not|never) (?:give|send|hand) (?:him|her|them|(?:my|our|his|her) ${KIN_EN}) back\\b`,
  ),
  (canonical) => RELATIVE.test(canonical) && (SET_ABROAD.test(canonical) || COMPOUND_PLACES.test(canonical)),
);
const HOLDING_THEM_ZH = firstThen(
  new RegExp(
    `(?:他们|老板|公司|园区|中介|雇主|对方)[^,。!?]{0,2}扣着(?:他|她|人|我们|${KIN_ZH})(?!的)|(?:他|她|人|${KIN_ZH})[^,。!?]{0,2}被(?:他们|老板|公司|园区|中介|雇主|对方)?扣着(?!的)`,
  ),
  (canonical) => SET_ABROAD.test(canonical) || COMPOUND_PLACES.test(canonical),
);
const MONEY_ASKED =
  /\b(?:want|wants|wanted|demand\w*|ask(?:s|ed|ing)?(?: for)?) (?:\w+ )?(?:money|cash|payment|dollars|usd|\$\s?\d+|\d+k?)\b|要钱|要赎/;

/**
 * "I'll be killed", "会被打死" as a fear of one's captors ("if they find something, I'll be killed"):
 * where "they", an employer or a manager is named, or someone is abroad or held. Being late for work is a figure of
 * speech.
 */
const WILL_BE_KILLED = firstThen(
  /\b(?:i|we|he|she|they)(?:'ll| will| would| could| might| may| am going to| are going to| is going to| am gonna| is gonna)? (?:be|get) killed\b|(?:会|就|要)被(?:他们|人)?(?:杀|打死|弄死|杀掉|砍死)/,
  (canonical) => !/\blate\b|迟到/.test(canonical),
);
const MANAGER = /主管|经理|\bmanagers?\b/;

/**
 * A relative in danger over there ("我弟弟在那边会很危险", Taglish "nasa panganib", Malay "dalam bahaya", Hinglish "khatre
 * mein"); whether it is dangerous to go is the offer check's question (PROSPECTIVE, "…危险吗").
 */
const IN_DANGER_THERE = new RegExp(
  `(?:${KIN_ZH}|他|她)[^,。!?]{0,4}在(?:那边|那里|${PLACES_ZH}|国外|境外|海外|园区)[^,。!?]{0,8}危险(?!吗|不|么)|` +
    "\\b(?:nasa panganib|nanganganib|dalam bahaya|khatre mein)\\b",
);
const KIN_IN_DANGER_THERE = firstThen(IN_DANGER_THERE, (canonical) => !PROSPECTIVE.test(canonical));

/** Not letting a relative come back ("他们不让我妹回来", "老板不让我老公回国"): a hold where captors are named. */
const NOT_LETTING_KIN_BACK = new RegExp(
  `不(?:让|准|许|给|放)(?:我|他|她|我们|他们)?的?(?:${KIN_ZH})(?:回|走|离开|出来|出去)`,
);

/**
 * Physical punishment for missing a quota ("if we did not reach the target they made us run laps in the sun", "做不够
 * 业绩就罚跑"): a compound's rule. A coach's laps at training are sport.
 */
const PUNISHED_FOR_QUOTA = firstThen(
  /\b(?:made|make|makes|forced|force|forces) (?:us|me|him|her|them) (?:to )?(?:run|stand|kneel|squat|crawl|do (?:\d+ )?(?:squats|push-?ups|sit-?ups|laps))\b|罚(?:站|跪|蹲|跑)|体罚/,
  (canonical) =>
    SCAM_WORK.test(canonical) &&
    !GAME_OR_SCHOOL.test(canonical) &&
    !/\b(?:coach|training|practice|gym)\b|教练|训练/.test(canonical),
);

/**
 * Fearing for one's life where captors, an employer or a place abroad are named ("I fear for my life. They are
 * watching me all the time."); Taglish "takot ako para sa buhay ko", Malay "nyawa saya dalam bahaya".
 */
const FEAR_FOR_OWN_LIFE =
  /\b(?:fear|afraid|scared|worried|terrified) for (?:my|our) li(?:fe|ves)\b|\b(?:my|our) li(?:fe|ves) (?:is|are) (?:in danger|at risk|under threat)\b|\bpara sa buhay (?:ko|namin)\b|\bnyawa (?:saya|kami|aku) (?:dalam bahaya|terancam)\b|怕没命|性命(?:难保|不保|堪忧)/;

/**
 * Watched all the time, or phones and chats checked, by captors ("they are watching me all the time", "they check our
 * phones") where the message says where or by whom someone is held (HOLD_CONTEXT): a hold; a school's or a workplace's
 * phone rule (EVERYDAY_PHONE_RULE), compliance on work laptops or strict parents are not.
 */
const WATCHED_ALWAYS = firstThen(
  /\b(?:they|guards?|the (?:boss|bosses|company|managers?)|men|people)(?:'re| are| were| is)? (?:watching|monitoring|following) (?:me|us|him|her|them|everyone|everything (?:we|i) do)\b(?:\W+\w+){0,2}?\W+(?:all the time|24\/7|24 hours|day and night|every (?:minute|second|moment)|always)\b|\b(?:they|guards?|the (?:boss|bosses|company|managers?))\W+(?:check|read|monitor|go through)\w* (?:our|my|his|her|their|everyone's) (?:phones?|messages|chats)\b/,
  (canonical) =>
    HOLD_CONTEXT.test(canonical) && !EVERYDAY_PHONE_RULE.test(canonical) && !EVERYDAY_MONITORING.test(canonical),
);

/** Watching that is a workplace's compliance or a family's strictness, not captors'. */
const EVERYDAY_MONITORING = new RegExp(
  `合规|公司电脑|父母|爸妈|\\b(?:compliance|work (?:laptops?|computers?|phones?|accounts?|emails?)|company (?:laptops?|computers?|phones?|devices?)|it (?:department|policy)|security policy|(?:my|our) (?:${PARENTS_EN})|strict parents)\\b`,
);

/** A door or a gate guarded where someone is afraid or captors are named ("men were guarding the door"). */
const GUARDING_THE_WAY_OUT =
  /\bguard(?:ing|ed|s)? (?:the |our |my |every |each )?(?:doors?|gates?|exits?|rooms?|buildings?|dorm\w*|compound)\b|(?:守|看守|把守)(?:着)?(?:门|门口|大门|出口)/;

/** Silence on a holiday (at the beach, sightseeing) with no work, captor or compound named: a traveller offline. */
const ON_HOLIDAY =
  /旅游|旅行|度假|\b(?:on (?:holiday|vacation)|holidaying|vacationing|bakasyon|bercuti|liburan|at the beach|sightseeing|backpacking|honeymoon)\b/;
function isSilenceOnHoliday(canonical: string): boolean {
  return ON_HOLIDAY.test(canonical) && !WORK.test(canonical) && !HELD_THERE.test(canonical) && !CAPTOR.test(canonical);
}

/**
 * Money first, then let go ("they said I had to pay 15,000 dollars compensation before they would let me go home"): a
 * ransom by another name; a bill paid before a hospital lets someone out is a bill (BILL_TO_LEAVE).
 */
const PAY_BEFORE_LET_GO = firstThen(
  /\b(?:pay|paid|send|give)\b[^.!?]{0,40}\b(?:before|then|so that|until) (?:they|he|she|the \w+) (?:would |will |can |could )?(?:let|allow) (?:me|us|him|her|them|(?:my|our) \w+) (?:to )?(?:go|leave|out|go home|come home|return)\b/,
  (canonical) => !BILL_TO_LEAVE.test(canonical),
);

/**
 * Wanting to go home and told to pay ("他哭着说想回家，但是老板说要赔钱", "要走的话公司让我们交违约金"): the price of leaving
 * set by whoever holds them.
 */
const PAY_TO_GO_HOME_ZH =
  /(?:回家|回国|回来|离开|走)[^。!?]{0,12}(?:老板|公司|中介|园区|他们|雇主)[^,。!?]{0,6}(?:要|得|必须|让)(?:我|他|她|我们|他们)?(?:赔|交|付)(?:钱|违约金|赔偿)|(?:老板|公司|中介|园区|他们|雇主)[^。!?]{0,6}(?:回家|回国|回来|离开)[^。!?]{0,4}(?:可以|行)?[^。!?]{0,2}(?:先|要|得|必须)(?:交|赔|付)[^,。!?]{0,4}(?:钱|违约金|赔偿)/;

/**
 * Treated like a slave, where someone is abroad or held or is kept from rest, sleep, food or leaving ("she is treated
 * like a slave and is not allowed to rest"). A long week at an office at home is a complaint.
 */
const TREATED_LIKE_SLAVES =
  /\btreat(?:s|ed|ing)? (?:us|me|him|her|them)? ?like (?:a )?(?:slaves?|animals|prisoners?|dogs)\b|当(?:成)?奴隶|像奴隶一样|\bparang (?:alipin|hayop)\b|\bmacam (?:hamba|abdi)\b/;
const KEPT_FROM_REST =
  /\bnot (?:allowed|permitted|let) to (?:rest|sleep|eat|leave|go out|sit)\b|不(?:让|准|给)(?:我|他|她|我们|他们)?(?:休息|睡觉|吃饭|出门)/;

/**
 * Shut in a room as a punishment ("they put me in a small room without light for a week"): a room, dark, without food
 * or light, or after refusing; a room for an interview or for forms at an embassy, however long, is not.
 */
const SHUT_IN_A_ROOM = firstThen(
  /\b(?:put|threw|throw|locked|kept|shut) (?:me|us|him|her|them) (?:in|into) (?:a |the )?(?:(?:small|tiny|dark|locked|windowless) )*(?:room|cell|box|cage|container|basement)\b/,
  (canonical) =>
    /\bdark\b|\bwithout (?:light|food|water|windows)\b|\bpunish|\brefus/.test(canonical) &&
    !GAME_OR_SCHOOL.test(canonical),
);
/**
 * 关小黑屋 (shut in the dark room), a compound's punishment, when food is withheld or it is abroad; a forum's ban goes by
 * the same words ("被关小黑屋了，禁言三天").
 */
const DARK_ROOM = withContext(
  /(?:关|锁|扔)(?:进|在|到)?小黑屋/,
  /(?:没|不)(?:给|让)?(?:饭|吃|水|喝)|饿(?:了)?[一两三四五六七八九十几\d]+天|挨打|被打|电击|水牢/,
  new RegExp(ABROAD),
);
/**
 * Kept from daylight ("I have not seen sunlight in weeks", "the windows are covered"): a hold told by its walls; not
 * the weather, night shifts or exam season spent studying indoors.
 */
const NO_DAYLIGHT_WORDS =
  /\b(?:not|never|haven't|hasn't|have not|has not) (?:seen|see) (?:the )?(?:sun|sunlight|daylight)\b|\b(?:the )?windows (?:are|were) (?:all )?(?:covered|barred|sealed|blacked out|boarded up)\b|没(?:有)?见过(?:太阳|阳光)|见不到(?:太阳|阳光)/;
const NO_DAYLIGHT = firstThen(
  NO_DAYLIGHT_WORDS,
  (canonical) =>
    !/天气|下雨|夜班|考试|复习|期末|论文|\b(?:weather|rain\w*|winter|night shifts?|cloud\w*|grey|gray|exams?|finals|revision|revising|studying|study|thesis|dissertation|semester)\b/.test(
      canonical,
    ),
);
/**
 * Cold water poured on people who fall asleep at work: a punishment, like a beating. (Not 泼冷水, which is discouraging
 * someone, nor Songkran's 泼水.) Only where someone works or is held: water poured in play at a festival is fun.
 */
const WATER_POURED = /\bpour\w* (?:cold |ice |icy )?water (?:on|over) (?:us|me|him|her|them)\b/;
const SLEEP_AT_WORK = /\b(?:at|on) (?:the |our |my |his |her |their )?(?:desks?|computers?|shifts?)\b/;
/**
 * What happens to whoever talks ("anyone who talks to the police will disappear"): the captors' rule, like the one for
 * runaways.
 */
const THREAT_TO_INFORMERS =
  /\b(?:anyone|anybody|whoever|those|people) (?:who )?(?:talks?|speaks?|goes|go|reports?|complains?|tells?)\b[^.!?]{0,20}\b(?:police|embassy|authorities|outside|family)\b[^.!?]{0,20}\b(?:will|would|gets?|is|are) (?:disappear|die|be killed|be punished|be sold|be beaten|killed|beaten|sold)\b|(?:谁|哪个)(?:敢)?(?:报警|说出去|告诉)(?:就|的话)/;

/**
 * Money, "or else" someone stays there or comes to harm ("send 200,000 pesos or my sister will stay there forever",
 * "不给钱就永远别想回来"): a ransom said as its threat.
 */
/**
 * Held or kept until the family pays ("they are holding my brother until we pay his debt", "she is being kept at the
 * compound until they pay 6,000 dollars"): a ransom. An order, a seat or luggage kept until a bill is paid names no person.
 */
const HELD_UNTIL_PAID = firstThen(
  new RegExp(
    `\\b(?:(?:holding|keeping|detaining) (?:him|her|them|us|me|(?:my|our|his|her|their) ${KIN_EN})|(?:he|she|they|we|i|${KIN_EN})(?:'s|'re| is| are| was| were| has been| have been)? (?:being )?(?:held|kept|detained))\\b(?:\\W+\\w+){0,5}?\\W+(?:until|till|unless) (?:we|i|they|you|the family|(?:his|her|their|my|our) (?:family|parents)) (?:can )?(?:pay|send|transfer|wire|give)\\b`,
  ),
  (canonical) => !BILL_TO_LEAVE.test(canonical),
);
/** Money for a relative's life or return: "send 8000 dollars or you will never see your daughter again". */
const NEVER_SEE_AGAIN = new RegExp(
  `\\b(?:send|pay|transfer)\\b[^.!?]{0,40}\\bor (?:else )?you(?:'ll| will)? never see (?:him|her|them|(?:your|ur) ${KIN_EN}) again\\b`,
);
const PAY_OR_ELSE =
  /\b(?:send|pay|transfer|give)\b[^.!?]{0,40}\bor (?:else )?(?:he|she|they|(?:my|our|his|her) \w+)(?:'ll| will| would| is going to)? (?:stay (?:there )?forever|never (?:come|go|get) (?:back|home|out)|never be (?:released|freed|seen again)|be sold|die|be killed|be hurt)\b|\b(?:send|pay|transfer|give)\b[^.!?]{0,40}\bor (?:else )?(?:he|she|they|the \w+) (?:won't|will not|wouldn't|would not|will never|never) (?:let (?:him|her|them|(?:my|our|his|her|their) \w+) (?:go|leave|out|come home|go home)|release|free|return|send back)\b|不(?:给|交|打|转)钱[^,。!?]{0,6}(?:永远|别想|休想|再也)(?:都)?(?:别想)?(?:回|出|走|见)|(?:要钱|赎金|要[\d一二三四五六七八九十几两百千万]+)[^。!?]{0,12}不(?:给|交)就?(?:永远|别想|休想|再也)(?:都)?(?:别想)?见/;

/**
 * Held, told in any of the users' words: locked up, guarded, threatened, forced, not let out or home, sold on.
 */
const HELD_TOLD = new RegExp(
  `${String.raw`被关(?:在|起|押|住|进|了)|被押(?:在|着|住)|\bkidnappers?\b|押着(?:我|他|她|我们|他们)|\benslaved\b|\bas (?:slaves|hostages)\b|\b(?:i|we) (?:have no idea|don't know|do not know|dont know) where (?:i|we) (?:am|are)(?: now| right now)?(?=\s*(?:$|[.,!?;]|and\b|but\b))|不知道(?:自己|我|我们)(?:现在)?(?:在|到了)(?:哪|什么地方)|\b(?:we|i)(?:'re| are| am|'m)(?: all| like| basically| now)? (?:prisoners?|captives?|hostages?)\b|受到[^,。!?]{0,4}监视|\bbandi\b|\b(?:can't|cannot|not allowed to) (?:call|contact|message) (?:anyone|anybody|home|our family|my family)\b|关在|关住|关起来|锁在|锁住(?:我|他|她)|被锁|\b(?:ayaw|hindi) (?:\w+ ){0,3}(?:payagan|pinapayagan|pinayagan)g?\b(?:\W+\w+){0,2}?\W+(?:umuwi|makauwi|lumabas|umalis)\b|(?:出不来|出不去|回不去|走不出去)(?!的话)|还在里面|\bstill (?:inside|in there|trapped)\b|(?<!(?:快递|包裹|货物|货|行李|钱|车)被?)(?:扣在|扣住|被扣下)(?!海关)|困住|禁锢|被威胁|威胁(?:他|她|我|我们|他们)|被(?:人)?看管|\bmade to (?:scam|work|cheat|call)\b|\btook (?:everyone's|all (?:the|our|their)) passports\b|\bwatched (?:all day|24|every)\w*\b|把守|持枪|(?:逼|迫)(?:着)?(?:他|她|我|我们|他们)(?:做|干|骗|拍|写|借|还|交|打电话|录)|(?:还清|还完|付清|赔完|交清|还够)[^,。!?]{0,4}(?:才|就)(?:能|可以|肯|让|放)?(?:走|离开|回|放)|\blet (?:us|me|him|her|them) (?:out|leave|go)\b(?:\W+\w+){0,2}?\W+(?:country|compound|place)\b|(?:被|有人)看守|\bguards? (?:are|were|watch|won't|don't|take|took|beat|hit)\b|\bunder guard\b|\bin danger\b|\bthreaten(?:ed|ing|s)? to (?:kill|hurt|sell|beat)\b|\bthreaten(?:ed|ing|s)? to (?:send|move|transfer|lock up|take) (?:me|us|him|her|them|(?:my|our|his|her) \w+) (?:to|away|into)\b|\b(?:ayaw|hindi) (?:\w+ )?pakawalan\b|\bband kar(?:ke|kar)\b|被(?:人)?看着|\b(?:they|guards?|someone|somebody|people|the (?:boss|bosses|managers?|guards?))\b (?:\w+ )?(?:follow|follows|followed|watch|watches|watched|escort\w*|monitor\w*) (?:us|me|him|her|them)\b[^.!?]{0,30}\b(?:toilets?|bathrooms?|restrooms?|loo|showers?)\b|\b(?:we|i|they|he|she)(?:'re| are| am|'m| is| was| were)? (?:\w+ )?(?:watched|followed|escorted|monitored|guarded)\b[^.!?]{0,30}\b(?:toilets?|bathrooms?|restrooms?|loo|showers?)\b|(?:24小时|二十四小时|日夜)(?:有人)?(?:看着|盯着|监视)|不能(?:自由)?(?:出入|外出|出门|离开|回国)|不准(?:出门|外出|离开|回国|回来)|\b(?:tak|tidak|tdk|x) (?:bagi|kasi|izinkan|benarkan|dibenarkan|diizinkan) (?:\w+ )?(?:balik|pulang|keluar)\b|\bzabardasti\b|\b(?:wapas|ghar) nahi aa(?:ne)? (?:pa|de)\w*\b|\bband kamre\b|\b(?:pinagbabantaan|tinatakot|ginigipit)\b|\bthreaten(?:ed|ing)? (?:him|her|me|us|them)\b|\bamong (?:those|the (?:people|workers|men|women|ones|group|foreigners)) (?:who (?:were|are) )?(?:still )?(?:held|detained|trapped|kidnapped|locked up|taken)\b|被(?:关|押|扣|困|抓)(?:起来|走)?的(?:那|这)?(?:批|群|些|几个)人|小黑屋|水牢|被(?:人)?逼(?:着)?(?:去)?(?:做|干|骗|打|搞|当)|逼(?:着)?(?:他|她|我|我们|他们)(?:做|干|骗)|强迫(?:他|她|我|我们|他们)|被监视|被抓(?:去|走|了)|\bforced to (?:scam|work|do|make|call|chat)\b|\bforced to (?:\w+ ){1,2}?(?:scams?|fraud|frauds|cheat\w*)\b|\btook (?:his|her|my|their|our) passport\b|\b(?:help|helping) (?:him|her|me|us|them) (?:escape|get out)\b|\btrying to escape\b|\b(?:ikinulong|kinulong|nakakulong|nakatali|nakakadena|nakagapos|tinatakot|hindi makalabas)\b|\bphas (?:gaya|gayi|gaye|gye)\b|\bfas(?:a|e|i)? (?:gaya|gayi|gaye|hua|hue)\b|\bbandhak\b|\b(?:kaid|qaid) (?:mein|me|kar|karke|hain|hai|hu|hoon)\b|\bband kar (?:diya|diye|rakha|rakhe)\b|\b(?:yahan|yaha|yahaan) se nikal\w*\b|\b(?:hindi|ayaw) (?:\w+ )?(?:pinapalabas|pinalalabas|palabasin)\b|\b(?:terperangkap|disekap|diculik|dipaksa|kena paksa|ditawan)\b|\bdebt bondage\b|\bhindi (?:pina)?pa(?:pa)?uwi\w*\b|\bayaw (?:\w+ ){0,2}pauwiin\b|\bhindi (?:\w+ )?(?:maka)?(?:uwi|alis|labas)\w*\b|\b(?:jaane|jane|aane|nikalne) nahi (?:de|dete|dena)\w*\b|\bkena tahan\b|\bditahan\b|\bdikurung\b|\b(?:tak|tidak|tdk) (?:boleh|bisa|dapat) (?:keluar|balik|pulang)\b|\b(?:don't|dont|dun|do not|doesn't|does not|not|never) let(?:ting)? (?:me|him|her|us|them) (?:leave|go|out)\b|\b(?:can't|cannot|couldn't) go (?:out|outside|home|anywhere)\b|\b(?:no one|nobody|no-one) (?:is allowed to|can) (?:leave|go out|get out)\b|\blike (?:a )?(?:prison|jail|slave camp)\b|\b(?:put|kept|locked|thrown) behind bars\b|\b(?:handcuff\w*|chain\w*|tie|ties|tied|lock\w*) (?:us|me|him|her|them)\b(?:\W+\w+){0,2}?\W+(?:up|in|into|inside)\b|\bhandcuff(?:s|ed)? (?:us|me|him|her|them)\b|\block\w* (?:us|me|him|her|them) (?:here|in here|there|in there)\b|等(?:待)?(?:人来)?救援(?!队)|等(?:着)?(?:人)?来救|(?:有|找|没有?|等)机会[^,。!?]{0,4}(?:逃跑|逃出|逃走)|\bwait(?:ing)? (?:to be rescued|for (?:a )?rescue)\b|\b(?:kept|held|detained|confined) against (?:his|her|their|my|our) will\b|\b(?:holding|keeping|detaining) (?:me|us|him|her|them|(?:my|our) \w+) (?:here |there )?against (?:his|her|their|my|our) will\b|\b(?:video|photo|picture|pic|clip|footage)s? of (?:him|her|them|us|me|(?:my|our|his|her|their) \w+)\b(?:\W+\w+){0,2}?\W+(?:tied|chained|handcuffed|gagged|bound|bleeding)\b|\btied (?:up )?to (?:a |the )?(?:chair|bed|pole|post|tree|pipe)s?\b|\b(?:in|into) (?:cages?|dark rooms?)\b|\bsold to (?:another|a new|other)\b|走不了|逃不出|逃不掉|跑不掉|跑不了|回不来|回不了|不(?:让|准|许|给)(?:我|他|她|我们|他们|人)?(?:走|离开|回|出门|出去|外出)|不放(?:人|我|他|她)|被控制|限制(?:了)?(?:人身)?(?:自由|行动)|在[^,。!?]{0,8}园区|\b(?:is|are|was|were|am|still|been) held\b|\bstuck (?:in|at|inside|there|somewhere)\b|\blocked (?:up|in)\b|\bdetained\b|\bimprisoned\b|\b(?:can't|cannot|couldn't|unable to|unable) (?:leave|escape|get out|go home|come home|come back|return)\b|\b(?:can't|cannot|couldn't|unable to) (?:go|get) back(?: home| to (?:my|our|his|her|their) (?:country|family|home))?(?=\s*$|\s*[.,!?;]|\s+(?:and|but|now|anymore|ever)\b)|\b(?:don't|do not|doesn't|does not|not) allow(?:ed)? (?:me|him|her|us|them) to (?:leave|go|come)\b|\bnot allowed to leave\b|\bbantay[- ]sarado\b|\bnasa loob pa (?:rin|din)\b|想(?:回|返|走|离开)[^。!?]{0,10}(?:不给|不让|不准|不放)(?:(?:我|他|她|我们|他们)?(?:走|回|离开|出去)|(?=[,。!?]|$))|\b(?:not|never) allowed to (?:go|get|step) (?:out|outside|home|anywhere)\b|\b(?:not|nobody|no one|no-one)\b[^.!?]{0,16}\ballowed to (?:have|keep) (?:a |any |our |my |their )?(?:phones?|mobiles?)\b|\b(?:won't|will not|wouldn't|refus\w* to|don't|do not|doesn't|does not) (?:release|free|let go of) (?:me|him|her|us|them)\b|\bin (?:a|the) (?:scam )?(?:compound|scam (?:cent(?:re|er)|hub|farm))\b|\bwon't let (?:my|our) \w+ (?:leave|go home|come home|come back|out)\b|(?:他们|老板|中介|园区|雇主|公司)[^,。!?]{0,4}不(?:肯|愿|愿意)(?:送|放)(?:我|他|她|我们|他们)?(?:回|返)(?:来|去|国|家|乡|香港|台湾|澳门)|(?:园区|看守|守卫|打手)[^,。!?]{0,4}不(?:让|准|给|许)(?:我|我们|他|她|他们)?(?:用|打|碰|拿|摸)(?:电话|手机)|\bthe guards?\W+(?:don't|do not|won't|never) (?:let|allow) (?:us|me|him|her|them) (?:to )?(?:use|have|keep|touch)\b(?:\W+\w+){0,2}?\W+(?:phones?|mobiles?)\b|\b(?:they|agency|agent|employer|boss|company|sponsor)\b[^.!?]{0,20}\b(?:won't|will not|wouldn't|refus\w* to|don't|dont|dun|do not|doesn't|does not|can't|cannot|never)\b(?:\W+\w+)?\W+send (?:him|her|them|us|me|(?:my|our) \w+) (?:back|home)\b|\b(?:won't|will not|wouldn't|refus\w* to|don't|dont|dun|do not|doesn't|does not|can't|cannot|not|never)\b(?:\W+\w+)?\W+send back (?:him|her|them|us|me|(?:my|our) (?:sons?|daughters?|child|children|kids?|brothers?|sisters?|husband|wife|mother|mom|mum|father|dad|cousins?|friends?|nephews?|nieces?|family))\b|\bwapas nahi bhej\w*\b`}|${WATCHED_AT_THE_TOILET}`,
);

/** Sold, resold, lured or moved against their will to a place or another company, in the users' words. */
const TRAFFICKED_TOLD =
  /(?:就|会|要|便)卖(?:了|掉)(?:我|他|她)(?:们)?(?!的)|被[^,。!?]{0,6}?(?:骗|卖|拐|带|拉|送|运|弄)了?(?:去|到|进|往|过)|(?:把|将)(?:我|我们|他|她|他们|她们|[^,。!?]{0,3}?(?:弟|哥|姐|姊|妹|儿子|女儿|孩子|老公|老婆|男友|女友|朋友))(?:们)?(?:骗|拐|卖|呃)(?:了|咗)?(?:到|去|过|进)|(?<![想要])偷渡(?:到|去|进|入|过)(?:了)?(?:缅|柬|老挝|泰)|\b(?:was|were|been|got|being) (?:taken|moved|driven|smuggled|brought|transported)\b[^.!?]{0,60}?\b(?:via|through|by|using|on|along) (?:an? |the )?(?:illegal|secret|hidden|jungle|river|mountain|forest) (?:routes?|paths?|roads?|ways?|entrances?|crossings?|tracks?)\b|被(?:人)?(?:转)?卖|给(?:人|公司|老板|园区|他们|中介)(?:转)?卖(?:了|掉)?(?:去|到|给|进)|被拐|卖猪仔|卖(?:去|到|给)|卖(?:我|我们|他|她|他们)(?:去|到|给)|把(?:我|我们|他|她|他们)卖(?:掉|了)|转卖|\bdijual\b|\bkena jual\b|\bsold (?:him|them|me|us|her)\b(?=\W*(?:$|to\b|for\b|off\b|into\b|again\b|as\b|[.,!?]))|\bsold (?:my|his|her|our|their) (?:sons?|daughters?|child|children|kids?|brothers?|sisters?|husband|wife|cousins?|friends?|nephews?|nieces?|boyfriend|girlfriend)\b|\bterjual\b|\b(?:will|would|going to|gonna) sell (?:her|him|them|me|us)\b|\b(?:sell|selling) (?:him|her|me|us|them) (?:to|off)\b|\b(?:ibinenta|binenta|binebenta|ibinebenta)\b(?:\W+(?:daw|raw|na|po|nila|ulit))*\W+(?:sila|kami|siya|ako|si|ang (?:kapatid|anak|asawa|pinsan))\b|\bbech (?:diya|diye|dia)\b|\bresold\b|\bfor resale\b|\b(?:was|were|been|got|being|is|are) (?:sold|resold|bought)\b(?! out)|\btrafficked\b|\b(?:was|were|been|got) (?:taken|moved|driven|smuggled|sold|brought)\b(?:\W+\w+){0,2}?\W+(?:to|across|into|over)\b|\btricked into (?:going|coming|travelling|traveling)\b|\b(?:took|brought|moved|drove|smuggled)\b (?:us|me|him|her|them)\b(?:\W+\w+){0,2}?\W+(?:across|over) (?:the )?border\b|\blured (?:to|into)\b|\b(?:moving|move|moved|transferr\w*|sending|sent) (?:us|them|him|her|me|everyone|everybody|all of us)\b(?:\W+\w+){0,2}?\W+(?:to|into) (?:another|a new|other|a different) (?:compound|park|building|boss)\b|(?:转|转移|送)(?:到|去)(?:别的|另一个|其他|下一个)(?:园区|集团|诈骗公司)|\b(?:sent|transferr\w*|passed|handed|moved)\b(?:\W+on)? to (?:another|a new|other|a different|a second|a third|a fourth|the next) (?:syndicates?|compounds?|gangs?|scam (?:compan(?:y|ies)|cent(?:re|er)s?|hubs?|parks?))\b/;

/**
 * Not let go ("they won't let him", "won't let us leave", "won't allow me to call home"). A bank that "won't let me
 * withdraw", a gym that "won't let me cancel", an airline that "won't let us board" deny an errand, no one's freedom.
 */
const WONT_LET_GO_WORDS =
  /\bwon't (?:let|allow) (?:me|him|her|us|them)\b(?!\s+(?:to\s+)?(?:withdraw|cancel|unsubscribe|refund|log ?in|sign ?in|access|board|park|check ?in|exchange|upgrade|downgrade|renew|install|download|book|reserve|skip|join|enrol|enroll|borrow)\b)|\bwon't allow it\b/;
/** A job left or a day off refused ("won't let me quit", "won't let me take leave"): a labour question where no hold is told. */
const JOB_EXIT_REFUSED =
  /\bwon't (?:let|allow) (?:me|him|her|us|them) (?:to )?(?:quit|resign|retire|take (?:\w+ )?(?:leave|days? off|time off|holidays?|vacation))\b/;
const WONT_LET_GO = firstThen(
  WONT_LET_GO_WORDS,
  (canonical) => !JOB_EXIT_REFUSED.test(canonical) || HOLD_CONTEXT.test(canonical),
);

/** Taglish "(someone) ay binenta sa ibang kumpanya": sold on to another company, the subject told before the verb. */
const SOLD_ON_TAGALOG =
  /\b(?:ibinenta|binenta|binebenta|ibinebenta|ipinagbili|ipinagbibili)\b(?:\W+(?:daw|raw|na|po|nila|ulit|ng \w+))*\W+sa (?:ibang|isang) (?:kumpanya|kompanya|company|compound|grupo|amo|boss|sindikato|scam\w*)\b/;
/**
 * Hinglish sold on ("dusri company ko bechne wale hain", "kisi aur company ko bech denge"): another company as the buyer;
 * a car "bechne wale hain" is a sale.
 */
const SOLD_ON_HINGLISH =
  /\b(?:kisi aur|dusri|doosri|dusre|doosre)\b (?:company|compound|gang|boss)\b (?:ko|mein)\b[^.!?]{0,12}\bbech\w*|\bbech(?:ne wale|ne wali|denge|dega|degi|dalenge|diya|di)\b[^.!?]{0,8}\b(?:kisi aur|dusri|doosri|dusre|doosre) (?:company|compound|gang|boss)\b/;
/**
 * Hinglish beatings told as a habit there, with no object ("wahan roz maarte hain", "bol raha tha ki maarte hain", "wo
 * log peette hain"); "chakkar maarte hain" (going round) has its noun before the verb.
 */
const BEATEN_THERE_HINGLISH =
  /\b(?:roz|rozana|wahan|waha|wo log|woh log|vo log|ki)\s+(?:(?:roz|bahut|sabko|humein|hume|usko|unko)\s+)?(?:maarte|peette|peete|pitai karte) (?:hain|hai|he)\b/;

/** Beaten, tortured, starved or punished, told in any of the users' words (被电 is a shock; 被电信诈骗 is a fraud). */
const BEATEN_TOLD =
  /挨打|被打|被人打|被殴打|被(?:[^\s,，。!?！？]{1,4})?(?:骂|罚|踢)(?:和|同|及|又|还)(?:打|揍)|殴打|被揍|打到(?:我|他|她)|挨揍|打得|被折磨|\bbinu(?:g)?bog\b|\bdisiksa\b|\bmaar[- ]?pee?t\b|\bpee?t(?:te|ta|ti) (?:hai|hain|he)\b|\btorture (?:kar|ho)\w*\b|打断(?:[^,。!?]{0,3})(?:脚|腿|手)|(?:会|就|要|经常|常常|天天|每天|每日|正在|在)(?:都)?打(?:人|我|他|她|我们|他们)(?![^,。!?]{0,3}(?:电话|手机|微信|视频|游戏|的))(?![^,。!?]*吗)(?!.*(?:电话|游戏|比分|比赛|上线|[\d一二三四五六七八九十]比[\d一二三四五六七八九十]))|被虐待|虐待|折磨|电击|电棍|被(?:人)?电(?![话脑视影梯费子邮信商竞池台动器线爆到])|被人揍|体罚|打伤|俾人打|日日打|天天打|\bkena (?:pukul|dera)\b|\bdipukul\w*\b|\bbinubugbog\b|\bsinasaktan\b|\b(?:pinaparusahan|pinarurusahan|pinarusahan)\b|\bsinaktan\b|\bmaar (?:rahe|raha|diya|te)\b|\bpeet(?:a|e)? rahe\b|\bpitai\b|\bbeaten\b(?![^.!?]*(?:\b\d+ ?[-–:] ?\d+\b|\b(?:match|game|games|score|league|tournament|final|points|goals?)\b))|\bthrash(?:ed|ing)\b|\bbeat(?:s|ing)? (?:up )?(?:me|him|her|us|them|people|workers|anyone|those|whoever|two|three|four|five|several|\d+|(?:a |the |my |our |his |her |one )?(?:guy|man|woman|girl|boy|worker|colleague|coworker|someone|somebody|everyone|everybody)|(?:my|our|his|her|their) (?:sons?|daughters?|brothers?|sisters?|husband|wife|friends?|cousins?|nephews?|nieces?|kids?|children))\b(?![^.!?]*(?:\b\d+ ?[-–:] ?\d+\b|\b(?:match|game|games|score|league|tournament|final|points|goals?|chess|cards|poker|race|tennis|badminton)\b))|(?:不|没)[^,。!?]{0,8}就(?:要|会)?(?:被)?(?:打|揍|电|关|罚(?:站|跪|蹲))|\belectrocut\w*|\b(?:shock(?:ed|s|ing)?|zapp?(?:ed|ing)?|hit|hits|beat|beats|beating) (?:me|him|her|us|them|people|workers|(?:my|our|his|her|their) \w+)\b(?:\W+\w+){0,2}? with (?:a |an |the )?(?:tasers?|stun guns?|electric\w*|batons?|cattle prods?|prods?|wires?|cables?)\b|\btas(?:ered|ed|ing)\b|抓(?:回来|回去|到)(?:就|还|要|会)?(?:打|揍|电|关)(?!针|疫苗|电话|游戏|球|卡)|\btortur|\belectric shock|\babused\b|\b(?:hit|hits|hitting|hurt|hurts|hurting|kick|kicks|kicked|slap|slaps|slapped|punch|punches|punched) (?:me|him|her|us|them)\b|\bstarv\w* (?:us|them|me|him|her|people)\b|不给(?:我们|他们|他|她|我)?(?:饭|吃的|吃饭|水)|吃不饱|被罚(?:站|跪|蹲)|\bpunish(?:es|ed|ing)? (?:us|me|him|her|them)\b|\b(?:was|were|got|get|gets|been|being|are|is) (?:slapped|punched|whipped|caned|flogged|kicked(?! out| off))\b|\bhit with (?:sticks?|pipes?|batons?|belts?|rods?)\b|\b(?:forced|made) to do (?:\w+ )?(?:squats|push-?ups|sit-?ups)\b|\bhindi (?:\w+ )?(?:pinapakain|pinakain|pinapakaen)\b|\bno food\b(?:\W+\w+){0,3}?\W+no (?:water|sleep)\b|\b(?:not|never) (?:even )?(?:given|getting|fed|allowed) (?:any )?(?:food|water|to eat)\b(?! (?:sweets|snacks|candy|chocolate|junk|fast food|sugar|before|after|in (?:class|the))\b)|\bkhana (?:bhi )?nahi (?:dete|de rahe|mil(?:a|i|ta|ti|raha|rahi))\b|\b(?:subject\w*|put) (?:me|him|her|us|them) (?:to|through)\b[^.!?]{0,40}\babuse\b|\b(?:suffer\w*|endur\w*|victims? of)\b[^.!?]{0,20}\b(?:physical|sexual|verbal) abuse\b|\b(?:abuse|abuses|abusing|mistreat\w*|maltreat\w*) (?:me|him|her|us|them)\b|\b(?:minamaltrato|minaltrato|inaabuso|inabuso|didera|dianiaya)\b|\b(?:tak|tidak|tdk) (?:di)?beri makan\b|\b(?:they|the (?:boss|company|guards?|agents?))\W+(?:don't|do not|doesn't|does not|won't|never|stopped) (?:feed|feeding) (?:us|me|him|her|them)\b/;

/**
 * Wanting to come home but unable, said with the verb left out ("he wants to come home but can't", "想回家回不了"):
 * the hold is what the sentence does not say.
 */
const WANTS_HOME_BUT_CANNOT =
  /\b(?:want|wants|wanted) to (?:go|come|get) (?:back|home)(?: home)?\b[^.!?]{0,12}\bbut (?:they|the (?:boss|company|agent|agency|employer|madam|sponsor|manager))\b[^.!?]{0,12}\b(?:say|says|said|tell|tells|told)\b[^.!?]{0,20}\b(?:must|have to|has to|need to|needs to)\b[^.!?]{0,20}\b(?:years?|months?|repay|pay)\b|想回(?:家|国|台湾|香港|澳门|去|来)[^。!?]{0,12}(?:说|讲)(?:必须|要|得)(?:先)?(?:干|做|待|工作|呆)满[一二两三四五六七八九十\d]+(?:年|个月|月)|\b(?:wants?|wanted|trying|tried|begging) to (?:come|go|get) (?:back )?home\b[^.!?]{0,12}\bbut (?:he |she |they |i |we )?(?:can't|cannot|couldn't|isn't allowed|is not allowed|aren't allowed|are not allowed)(?=\s*(?:$|[.,!?;]|and\b|now\b))|想回(?:家|国|来)[^,。!?]{0,4}(?:回不了|回不去|回不来)/;

/**
 * A missing person's appeal about someone of the writer's own ("我儿子叫…19岁…有人见过他吗?", "Has anyone seen my son?"):
 * someone gone without word; a thing asked about ("见过我儿子的书包吗", "seen my keys") is not.
 */
const SEEN_ONLY_TODAY = /\b(?:today|tonight|this (?:morning|afternoon|evening)|just now)\b|今天|今晚|刚才|刚刚/;
const SEEN_APPEAL = firstThen(
  new RegExp(
    `(?:有(?:没有)?人|有谁|谁|大家)(?:有)?(?:见过|看到过|看见过|见到过)(?:我(?:的|家)?)?(?:${KIN_ZH}|他|她)(?:吗|嘛|么|没有|[?？]|$)|\\b(?:has|have|did) (?:anyone|anybody|someone|any of you) (?:seen|heard from|met) (?:my|our) ${KIN_EN}\\b(?!'s)`,
  ),
  (canonical) => RELATIVE.test(canonical) && !SEEN_ONLY_TODAY.test(canonical),
);

interface SignalPattern {
  reason: DangerReason;
  pattern: Pick<RegExp, "test">;
  /** Signals that general questions also use need a named victim. */
  needsVictim: boolean;
  /** Signals about an event: void under hearsay or prevention framing, or once the person is back. */
  event: boolean;
}

/**
 * Ordered by what the emergency answer must address first: a ransom call, then a held passport, then someone gone
 * silent, then someone held, beaten or moved. The first signal that applies decides the reason.
 */
const SIGNALS: readonly SignalPattern[] = [
  {
    reason: "ransom",
    pattern:
      /赎金|撕票|(?:赔付|(?:交|付|给|赔|还)钱)才(?:能|可以|肯)?(?:脱身|放人|离开|回来|回国|走)|才能脱身|(?:要求|让|叫|逼)(?:家人|家里|家属|父母|亲属)[^,。!?]{0,6}(?:筹|凑)|\bif (?:i|we|you|the family) (?:don't|do not|can't|cannot) (?:send|pay)\b[^.!?]{0,40}\b(?:(?:he|she)(?:'ll| will| would)|(?:we|they)(?:'ll| will| would)(?: \w+)? (?:kill|hurt|beat|sell|shoot))\b|赎人|赎回|赎身|赎(?:我|他|她)|(?<!不)放人|赔偿金|赔钱才|要(?:我们|家里|家人)(?:打|交|赔|转|汇)钱|\bdemand(?:ing|s|ed)? money\b|\bpay (?:a )?(?:fine|penalty|compensation) (?:to|before|for)\b|不交钱就|不给钱就|不打钱就|再不交|让(?:我们|家里|家人)(?:打|转|汇|交)钱|\bhumihingi (?:sila )?ng pera\b|\bpara (?:pakawalan|palayain|pauwiin)\b|\b(?:magbayad|bayaran|magbigay)\b[^.!?]{0,30}\bpara (?:makauwi|makalabas)\b|\btubusin\b|(?<!明码)标价|\btebusan\b|\bminta\b(?:\W+\w+){0,2}?\W+(?:rm|usd|rp|\$|\d)|\bbaru (?:lepas|dilepas|bebas)\b|\bpaise? maang|\bpaisa maang|\bchhod(?:ne|enge|ega)? ke (?:liye|badle)\b|\b(?:lakh|paise?|paisa|rupees?|rs|\d+k?)\b[^.!?]{0,30}\b(?:tabhi|tab hi|tab|phir|uske baad)\b(?:\W+\w+){0,1}?\W+(?:chhod(?:enge|ega|egi|te|ta|ein)|(?:ghar|wapas) (?:ja|jaa|aa|jaane|bhej)\w*|jaane (?:denge|dega|de)\w*)\b|\b(?:lakh|paise?|paisa|rupees?|rs|\d+k?)\b[^.!?]{0,30}\b(?:warna|varna|nahi toh|nahi to|nahin toh)\b[^.!?]{0,40}\b(?:nahi chhod\w*|maar (?:denge|dalenge|daalenge|dega)|bech (?:denge|dega))|\bhinihingan ng pera\b|才(?:肯|能|会)?放(?:他|她|我|人)|交钱[^,。!?]{0,6}(?:放|回来|走)|赔钱才|(?:找|向)(?:亲友|家人|家里|亲戚)[^,。!?]{0,4}(?:还钱|要钱|借钱|赔钱)|替(?:我|他|她)赔|\bransom(?!ware)|\b(?:buy|pay for) (?:his|her|their|my|our) freedom\b|\b(?:demand\w*|asking|asked|wants?|wanted)\b[^.!?]{0,50}\bfor (?:the |his |her |their )?release\b|\b(?:pay|paid|paying)\b(?:\W+\w+){0,4}?\W+(?:to|for)\W+(?:release|free|let)\b|\b(?:release|free)\b(?:\W+\w+){0,2}?\W+(?:if|once|after|when)\b(?:\W+\w+){0,3}?\W+(?:pay|paid)\b|\b(?:asking|demanding|demands?|want|wants)\b(?:\W+\w+){0,2}?\W+(?:\$|usd|us\$|rm|rmb|\d[\d,.]*\s?(?:k\b|000|lakhs?|crores?|usd|dollars?|pesos?|rupees?|baht|ringgit|yuan|rmb|rm\b|ksh|shillings?))/,
    needsVictim: false,
    event: false,
  },
  { reason: "ransom", pattern: MONEY_FOR_RELEASE, needsVictim: false, event: false },
  { reason: "ransom", pattern: FAMILY_TOLD_TO_RAISE, needsVictim: false, event: false },
  {
    reason: "ransom",
    pattern: firstThen(PAY_FOR_RETURN, (canonical) => !BILL_TO_LEAVE.test(canonical)),
    needsVictim: false,
    event: false,
  },
  { reason: "ransom", pattern: withContext(PAY_TO_LEAVE, HELD_ABROAD), needsVictim: true, event: false },
  { reason: "ransom", pattern: ALIVE_FOR_MONEY, needsVictim: false, event: false },
  { reason: "ransom", pattern: LEAVE_ONLY_AFTER_PAYING, needsVictim: true, event: false },
  { reason: "ransom", pattern: withContext(PAY_TO_GO_HOME_TAGLISH, HELD_ABROAD), needsVictim: true, event: false },
  { reason: "passport", pattern: PASSPORT_RETAINED, needsVictim: false, event: false },
  // Pay kept by an employer abroad ("salary nahi de rahe", "gaji tidak dibayar 3 bulan"): the same hold as a passport.
  { reason: "passport", pattern: PAY_WITHHELD_ABROAD, needsVictim: true, event: false },
  {
    reason: "passport",
    pattern: withContext(UNPAID_FOR_MONTHS, CAPTOR, HOLD_WORD, DISTRESS),
    needsVictim: true,
    event: false,
  },
  { reason: "passport", pattern: PAY_REFUSED_NOW_HINGLISH, needsVictim: false, event: true },
  { reason: "silent", pattern: SEEN_APPEAL, needsVictim: false, event: false },
  {
    reason: "silent",
    pattern:
      /失联|失踪|人间蒸发|失去联系|联系不上|联络不上|联系不到|联络不到|找不[到回](?:人|他|她)|打不通(?:他|她)|下落不明|不知去向|音讯全无|杳无音讯|(?:手机|电话)[^,。!?]{0,6}(?:关机|打不通|停机|没(?:有)?人(?:接|听))|一直关机|\blost (?:contact|touch)\b|\bhaven't heard\b|\bhave not heard\b|\bhasn't been heard\b|\bno (?:news|word) (?:from|of)\b|(?<!\b(?:i|we|i've|we've|i have|we have) )\b(?:went|gone|has gone|go) (?:silent|quiet|offline|missing|dark)\b|(?<!\b(?:i|we) )\b(?:has|have|had) (?:\w+ )?been out of (?:contact|touch)\b|\b(?:is|are|been) missing\b|\bdisappeared\b|\bvanished\b(?<=\b(?:he|she|they|(?:my|our|his|her) \w+) (?:has |have |had |just )?vanished)(?! from (?:social media|facebook|instagram|tiktok|the (?:internet|group|chat)))|\b(?:can't|cannot|unable to|couldn't) (?:reach|contact|get hold of)\b|\b(?:uncontactable|unreachable)\b|\b(?:phone|line|number)\b(?:\W+\w+){0,3}?\W+(?:off|offline|dead|unreachable)\b/,
    needsVictim: false,
    event: false,
  },
  {
    reason: "silent",
    pattern:
      /没(?:有)?(?:(?:他|她|他们|她们|我的?(?:儿子|女儿|孩子|弟弟|哥哥|姐姐|妹妹|老公|老婆|丈夫|妻子|先生|太太|爸爸|妈妈|家人|朋友|男友|女友))的)?(?:任何)?(?:消息|音讯|回音|回复|回消息|回信息|回讯息|讯息)|(?:什么|啥)(?:都|也)不回|(?:找出|找到|查出|打听|知道|寻找|寻)[^,。!?]{0,8}下落|没(?:有)?(?:他|她|人)?的?下落|最后一次[^,。!?]{0,8}(?:联系|联络|通话|视频|视讯|通电话|讲电话|收到|line|微信|消息|讯息)|\b(?:his|her|their) whereabouts\b|不回(?:我|我们)?(?:消息|信息|讯息|微信|电话|whatsapp|wechat)|\b(?:koi )?reply nahi\b|\b(?:contact|sampark|baat) nahi ho (?:raha|rahi|pa)\w*\b|\bswitch(?:ed)? off\b|\b(?:gayab|laapata|lapata)\b|\b(?:nawawala|hindi makontak|di makontak)\b|\b(?:kuch|koi) (?:pata|khabar|khbr|news|sampark) nahi\w*\b|不见了|\b(?:phone|call) nahi (?:utha|uthata|uthati|lag)\w*\b|\bbaat nahi ho\w*\b|\b(?:di|hindi) na (?:sumasagot|nagrereply|nagre-reply|ma-?contact)\b|\b(?:di|hindi)\b(?:\W+\w+){0,2}?\W+(?:makontak|ma-?contact|matawagan)\b|\bwalang balita\b|\bphone (?:band|bandh|off)\b|\bphone\b(?:\W+\w+){0,3}?\W+(?:band|bandh) (?:hai|he|h|aa raha|aata)\b|\bsenyap\b|\b(?:tak|tidak|tdk) (?:dapat|bisa|boleh) (?:di)?hubungi\b|\bhilang kontak\b|\bputus hubungan\b|\b(?:tak|tidak) (?:jawab|balas|menjawab|membalas)\b|\bno (?:reply|news) since\b|\blast seen\b|\blast (?:online|active)\b[^.!?]{0,30}\b(?:weeks?|months?|days?) ago\b|\blast (?:online|active|seen) (?:on|in) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bsince then,? nothing(?=\s*(?:$|[.!?]))|\b(?:stopped|stop|not|isn't|aren't|hasn't|haven't) (?:answering|replying|responding|answered|replied|responded|called)\b|\bno (?:reply|response|answer)\b|\bnever (?:reply|replies|replied|answer|answers|answered|call|calls|called)\b|\b(?:nobody|no one|no-one) knows where\b|\b(?:nobody|no one|no-one) has (?:seen|heard from)\b|\bhas(?:n't| not) been seen\b|\b(?:don't|do not|doesn't) know where (?:he|she|they) (?:is|are)\b|不知道(?:他|她|人)(?:在|去了?)哪|是生是死|生死未卜|生死不明|\b(?:find|locate|trace|reach)\b (?:him|her|them|(?:my|our) \w+)\b(?:\W+\w+){0,3}?\W+(?:in vain|to no avail|without (?:success|luck)|with no (?:luck|success))\b|\b(?:can't|cannot|couldn't|could not|unable to) (?:find|locate|trace) (?:him|her)\b(?!\s+(?:a|an|any|some|the|work|jobs?)\b)|\b(?:hindi|di) (?:na )?(?:namin |nila )?(?:mahanap|matagpuan)\b|\b(?:tidak|tak|tdk) dapat (?:di)?kesan\b|凶多吉少|(?:怕|担心|恐怕)(?:他|她|人)(?:已经)?出事了|\bfear for (?:his|her|their) (?:life|lives|safety)\b|\b(?:afraid|scared|worried|fear) (?:that )?something (?:bad |terrible )?(?:has |may have |might have )?happened to (?:him|her|them)\b|\b(?:his|her|their) li(?:fe|ves)\b[^.!?]{0,40}\b(?:in danger|at risk|for the worse)\b/,
    needsVictim: true,
    event: false,
  },
  { reason: "silent", pattern: withContext(DAYS_WITHOUT_CONTACT, HOLD_CONTEXT), needsVictim: true, event: false },
  { reason: "silent", pattern: NO_CONTACT_ABROAD, needsVictim: true, event: false },
  { reason: "silent", pattern: withContext(SILENCE_SINCE, HOLD_CONTEXT), needsVictim: true, event: false },
  {
    reason: "held",
    pattern: new RegExp(
      [
        "身陷|被困|困在|解救|营救|救出|救(?:他|她|我)(?:出|返|回)|救回来|非法拘禁|被(?:人|他们|她们|对方|歹徒|蛇头)?(?:禁锢|囚禁|绑架|绑|软禁|拘禁|扣押|挟持)|被(?:人)?禁(?:了|住|起)(?![言赛足烟酒播号])",
        `(?:怎么|如何|怎样|想|能不能|能否|才能)[^,。!?]{0,4}(?:从|在)(?:${PLACES_ZH}|园区|诈骗公司)[^,。!?]{0,8}(?:回来|回国|出来|逃出)`,
        "\\btrapped\\b|\\bkidnapp(?!ers?\\b)|\\babduct|\\bhostage\\b|\\bheld (?:captive|prisoner|against)\\b|\\bbeing held\\b|\\brescu(?:e|ing)\\b",
        `\\b(?:get|bring|getting|bringing)\\b(?:\\W+\\w+){0,2}?\\W+(?:home|back|out|rescued|freed)\\b(?:\\W+\\w+){0,2}?\\W+(?:from|of)\\W+(?:${PLACES_EN}|(?:the |a )?(?:scam )?compounds?|(?:the |a )?scam cent(?:re|er)s?)`,
      ].join("|"),
    ),
    needsVictim: false,
    event: true,
  },
  {
    reason: "held",
    pattern: HELD_TOLD,
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: WONT_LET_GO, needsVictim: true, event: true },
  { reason: "held", pattern: WANTS_HOME_BUT_CANNOT, needsVictim: true, event: true },
  {
    reason: "beaten",
    pattern: BEATEN_TOLD,
    needsVictim: true,
    event: true,
  },
  // A phone taken or a debt to the company: a hold only where the message says where or by whom (HOLD_CONTEXT).
  {
    reason: "held",
    pattern: withContext(
      PHONE_TAKEN,
      HOLD_CONTEXT,
      PHONE_IN_SECRET,
      CHATS_CHECKED,
      SILENCED,
      PHONES_OF_ALL,
      PHONE_TAKEN_BY_CAPTOR,
      PHONE_TAKEN_BY_THEM,
    ),
    needsVictim: true,
    event: true,
  },
  {
    reason: "held",
    pattern: withContext(DEBT_TO_CAPTOR, HOLD_CONTEXT, DEBT_TO_LEAVE, DEBT_CLAIMED_OF_SOMEONE, DEBT_OF_KIN_OR_TO_THEM),
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: PHONES_GRABBED, needsVictim: false, event: true },
  { reason: "held", pattern: TAKE_DOWN_THE_APPEAL, needsVictim: false, event: true },
  { reason: "beaten", pattern: SUBJECTLESS_BEATING, needsVictim: false, event: true },
  { reason: "trafficked", pattern: SUBJECTLESS_TRAFFICKED, needsVictim: false, event: true },
  { reason: "held", pattern: SUBJECTLESS_HELD, needsVictim: false, event: true },
  { reason: "held", pattern: ARMED_OUTSIDE, needsVictim: false, event: true },
  { reason: "held", pattern: ARMED_GUARDS_ASKS_OUT, needsVictim: false, event: true },
  { reason: "held", pattern: HIDING_FROM_CAPTORS, needsVictim: true, event: true },
  { reason: "held", pattern: RELEASE_FOR_RECRUITS, needsVictim: true, event: true },
  { reason: "trafficked", pattern: BROUGHT_TO_WORK_FOR_THEM, needsVictim: true, event: true },
  { reason: "held", pattern: SOLD_ON, needsVictim: true, event: true },
  { reason: "trafficked", pattern: SOLD_ON_TAGALOG, needsVictim: true, event: true },
  { reason: "trafficked", pattern: SOLD_ON_HINGLISH, needsVictim: true, event: true },
  { reason: "beaten", pattern: DENIED_FOR_TARGET, needsVictim: true, event: true },
  { reason: "beaten", pattern: BEATEN_FOR_TARGET, needsVictim: true, event: true },
  { reason: "beaten", pattern: KENA_BEATEN, needsVictim: false, event: true },
  { reason: "beaten", pattern: BEATINGS_SUFFERED, needsVictim: false, event: true },
  { reason: "beaten", pattern: THEY_BROKE_BONES, needsVictim: true, event: true },
  { reason: "held", pattern: WATCHED_SILENCED, needsVictim: true, event: true },
  { reason: "beaten", pattern: HARMED_BY_CAPTOR, needsVictim: true, event: true },
  { reason: "beaten", pattern: BEATEN_HINGLISH, needsVictim: true, event: true },
  { reason: "beaten", pattern: BEATEN_THERE_HINGLISH, needsVictim: false, event: true },
  { reason: "held", pattern: THREAT_TO_PERSON, needsVictim: true, event: true },
  { reason: "held", pattern: FORCED_TO_SCAM, needsVictim: true, event: true },
  { reason: "held", pattern: SENT_TO_A_FOREIGN_WAR, needsVictim: true, event: true },
  { reason: "held", pattern: TAKEN_BACK_IN, needsVictim: true, event: true },
  // The plea names its people by the wish itself ("gusto na nilang umuwi", "we want to come back home").
  { reason: "distress", pattern: WANTS_HOME_IN_HUNGER, needsVictim: false, event: true },
  { reason: "held", pattern: SCRIPTED_SAFE_REPORT, needsVictim: true, event: true },
  { reason: "held", pattern: NOT_LET_GO_FOR_TARGET, needsVictim: true, event: true },
  { reason: "held", pattern: KEPT_BY_A_FINE, needsVictim: true, event: true },
  { reason: "held", pattern: HOPES_FOR_RESCUE, needsVictim: true, event: true },
  { reason: "held", pattern: CAPTORS_ACT_ON_KIN, needsVictim: true, event: true },
  { reason: "held", pattern: withContext(FORCED_TO_DECEIVE, HELD_ABROAD), needsVictim: true, event: true },
  // Hinglish "phasa hai" (is stuck) is traffic or a meeting at home; in a compound country or where guards are, held.
  { reason: "held", pattern: withContext(STUCK_HINGLISH, HELD_THERE), needsVictim: false, event: false },
  // Kept inside a building by "they" in a compound country or where guards are: held, though no employer is named.
  {
    reason: "held",
    pattern: withContext(KEPT_INSIDE, HELD_ABROAD, {
      test: (text) => HELD_THERE.test(text) && UNNAMED_CAPTOR.test(text),
    }),
    needsVictim: true,
    event: true,
  },
  { reason: "beaten", pattern: withContext(FOOD_WITHHELD, HELD_ABROAD), needsVictim: true, event: true },
  { reason: "held", pattern: withContext(CANNOT_GET_OUT, HOLD_CONTEXT), needsVictim: true, event: true },
  { reason: "held", pattern: KEPT_NOW_HINGLISH, needsVictim: false, event: true },
  { reason: "held", pattern: withContext(KENA_HELD, HOLD_CONTEXT), needsVictim: true, event: true },
  {
    reason: "held",
    pattern: firstThen(HOME_ONLY_WHEN_PAID, (canonical) => !BILL_TO_LEAVE.test(canonical)),
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: THREAT_TO_RUNAWAYS, needsVictim: false, event: true },
  { reason: "held", pattern: STILL_HERE_WANTS_HOME, needsVictim: true, event: true },
  { reason: "held", pattern: CAPTORS_AT_WORK, needsVictim: false, event: true },
  { reason: "held", pattern: PHONE_BAN_HELD, needsVictim: true, event: true },
  { reason: "held", pattern: PHONE_RATIONED, needsVictim: true, event: true },
  { reason: "held", pattern: SECRET_PLEA_THERE, needsVictim: false, event: true },
  {
    reason: "held",
    pattern: withContext(NOT_SENT_HOME, HOLD_CONTEXT, SCAM_WORK),
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: withContext(GET_ME_OUT, LIFE_AT_STAKE), needsVictim: true, event: true },
  {
    reason: "beaten",
    pattern: withContext(DAYS_WITHOUT_FOOD, HOLD_CONTEXT, FOOD_KEPT_BY_SOMEONE, STARVED_FOR_WEEKS_IN_FEAR),
    needsVictim: true,
    event: true,
  },
  { reason: "distress", pattern: DISTRESS_THERE, needsVictim: true, event: true },
  { reason: "distress", pattern: PLEA_TO_AUTHORITIES, needsVictim: true, event: true },
  { reason: "distress", pattern: withContext(PLEA_TO_COME_HOME, HELD_ABROAD), needsVictim: true, event: true },
  { reason: "distress", pattern: withContext(IN_TROUBLE_THERE, CAPTOR), needsVictim: true, event: true },
  { reason: "distress", pattern: FAREWELL, needsVictim: true, event: true },
  {
    reason: "distress",
    pattern: withContext(DIE_HERE, HOLD_CONTEXT, DISTRESS, WAITING_FOR_RESCUE, NO_EVERYDAY_FIGURE_OF_DEATH),
    needsVictim: true,
    event: true,
  },
  { reason: "distress", pattern: withContext(CANNOT_SURVIVE_HERE, WAITING_FOR_RESCUE), needsVictim: true, event: true },
  { reason: "distress", pattern: withContext(SOMETHING_HAPPENED, HOLD_CONTEXT), needsVictim: true, event: true },
  { reason: "distress", pattern: ALARM_CALL_POLICE, needsVictim: false, event: true },
  { reason: "distress", pattern: KIN_IN_DANGER_THERE, needsVictim: true, event: true },
  { reason: "held", pattern: THREAT_IF_REPORTED, needsVictim: true, event: true },
  { reason: "held", pattern: ARMED_HOLD, needsVictim: false, event: true },
  { reason: "ransom", pattern: PAY_OR_ELSE, needsVictim: false, event: false },
  { reason: "ransom", pattern: HELD_UNTIL_PAID, needsVictim: true, event: false },
  { reason: "ransom", pattern: NEVER_SEE_AGAIN, needsVictim: false, event: false },
  { reason: "held", pattern: SHUT_IN_A_ROOM, needsVictim: true, event: true },
  { reason: "held", pattern: DARK_ROOM, needsVictim: false, event: true },
  { reason: "held", pattern: NO_DAYLIGHT, needsVictim: true, event: true },
  {
    reason: "beaten",
    pattern: withContext(WATER_POURED, HOLD_CONTEXT, CAPTOR, WORK, SLEEP_AT_WORK),
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: THREAT_TO_INFORMERS, needsVictim: false, event: true },
  { reason: "ransom", pattern: PAY_BEFORE_LET_GO, needsVictim: true, event: false },
  { reason: "ransom", pattern: PAY_TO_GO_HOME_ZH, needsVictim: true, event: false },
  {
    reason: "beaten",
    pattern: withContext(TREATED_LIKE_SLAVES, HOLD_CONTEXT, KEPT_FROM_REST),
    needsVictim: true,
    event: true,
  },
  { reason: "beaten", pattern: PUNISHED_FOR_QUOTA, needsVictim: true, event: true },
  {
    reason: "distress",
    pattern: withContext(FEAR_FOR_OWN_LIFE, HOLD_CONTEXT, UNNAMED_CAPTOR, CAPTOR),
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: WATCHED_ALWAYS, needsVictim: true, event: true },
  {
    reason: "held",
    pattern: withContext(GUARDING_THE_WAY_OUT, DISTRESS, HOLD_WORD, UNNAMED_CAPTOR),
    needsVictim: true,
    event: true,
  },
  {
    reason: "held",
    pattern: withContext(WILL_BE_KILLED, HOLD_CONTEXT, UNNAMED_CAPTOR, CAPTOR, MANAGER),
    needsVictim: true,
    event: true,
  },
  { reason: "held", pattern: withContext(HOLDING_KIN, MONEY_ASKED, RELEASE), needsVictim: true, event: true },
  { reason: "held", pattern: HOLDING_THEM, needsVictim: true, event: true },
  { reason: "held", pattern: HOLDING_THEM_ZH, needsVictim: true, event: true },
  { reason: "ransom", pattern: HAVE_KIN_FOR_MONEY, needsVictim: true, event: false },
  { reason: "held", pattern: WONT_GIVE_BACK, needsVictim: true, event: true },
  { reason: "held", pattern: KIN_STILL_THERE, needsVictim: true, event: true },
  { reason: "held", pattern: RELEASE_OF_KIN, needsVictim: true, event: true },
  { reason: "held", pattern: KEPT_ON_A_BOAT, needsVictim: true, event: true },
  { reason: "held", pattern: GUARDED_FROM_LEAVING, needsVictim: false, event: true },
  { reason: "held", pattern: withContext(TAKEN_AWAY, HELD_ABROAD), needsVictim: true, event: true },
  {
    reason: "held",
    pattern: withContext(NOT_LETTING_KIN_BACK, HOLD_CONTEXT, CAPTOR, UNNAMED_CAPTOR),
    needsVictim: true,
    event: true,
  },
  { reason: "trafficked", pattern: withContext(TAKEN_TO, SCAM_WORK, COMPOUND_PLACES), needsVictim: true, event: true },
  { reason: "trafficked", pattern: TAKEN_ACROSS_THE_RIVER, needsVictim: true, event: true },
  { reason: "trafficked", pattern: withContext(PROMISED_BUT_THERE, CAPTOR, WORK), needsVictim: true, event: true },
  {
    reason: "trafficked",
    pattern: TRAFFICKED_TOLD,
    needsVictim: true,
    event: true,
  },
];

/** The signals' patterns in the same order, each read first for the literals its phrases need (same answers). */
const GATED_PATTERNS = SIGNALS.map((signal) => gateRegExp(signal.pattern));

/** The last text read by `signalsIn` and the signals whose words it uses. */
let lastRead: { canonical: string; signals: readonly SignalPattern[] } | undefined;

/**
 * The signals whose words `canonical` uses, in order. The danger check and the domain gate (`namesDanger`) both ask
 * for one message, and these patterns are the costliest reading of a pasted ad: they run once per text. The cache
 * holds the last text only, and answers only for that exact text.
 */
function signalsIn(canonical: string): readonly SignalPattern[] {
  if (lastRead?.canonical !== canonical)
    lastRead = { canonical, signals: SIGNALS.filter((_, i) => GATED_PATTERNS[i]!.test(canonical)) };
  return lastRead.signals;
}

/**
 * Who recruits for work abroad, as people name them (中介, 劳务公司, 人力公司, agent, manpower): one list for the danger
 * reader's money takers and for the matcher's questions about a recruiter (match.ts: reporting one, trusting one).
 */
export const RECRUITER_HAN = "中介|仲介|劳务公司|劳务|人力公司|职介|介绍人|招工";
export const RECRUITER_EN = "agents?|agency|agencies|recruiters?|brokers?|manpower";
export const NAMES_A_RECRUITER = new RegExp(`${RECRUITER_HAN}|\\b(?:${RECRUITER_EN})\\b`);
/**
 * The one who vanished took money: a seller, a shop, an agent, a landlord, a broker, an app or a scammer "disappeared" or
 * "跑路了". A fraud
 * to report, not a person gone silent, unless a relative is named too.
 */
const MONEY_TAKER_GONE =
  /(?:卖家|商家|店家|网店|中介|房东|骗子|经纪|理财|平台)[^,。!?]{0,6}(?:失联|失踪|跑路|不见了|消失|人间蒸发)|\b(?:sellers?|shops?|stores?|websites?|merchants?|vendors?|agents?|agency|agencies|landlords?|scammers?|buyers?|(?:stock ?)?brokers?|advis[eo]rs?|traders?|apps?|platforms?|exchanges?)\b(?:\W+\w+){0,6}?\W+(?:disappeared|vanished|went missing|is missing|gone missing|went silent|unreachable|uncontactable)\b/;
/**
 * An agent or a recruiter paid ("中介收了我三万", "交了两万中介费", "paid the agent", "the recruiter took my money"): when
 * the one who then cannot be reached is the taker, it is a fraud to report, not someone gone silent abroad.
 */
const MONEY_TAKER_PAID = new RegExp(
  [
    `(?:${RECRUITER_HAN}|经纪|蛇头|\\bagent\\b)[^,。!?]{0,6}(?:收了|收咗|拿了|骗了|骗走|卷了|卷走)`,
    "(?:交了|给了|付了|俾咗|畀咗)[^,。!?]{0,10}(?:中介费|介绍费|服务费|手续费|押金|定金|订金)",
    "(?:交给|付给|转给|给)了?[^,。!?]{0,4}(?:中介|仲介)",
    `\\b(?:paid|gave|sent|transferred)\\b(?:\\W+\\w+){0,3}?\\W+(?:the |an |my |our |this |that )?(?:${RECRUITER_EN}|consultants?)\\b`,
    `\\b(?:${RECRUITER_EN})\\b(?:\\W+\\w+){0,3}?\\W+(?:took|collected|received|got|charged)\\b(?:\\W+\\w+){0,2}?\\W+(?:money|fees?|payment|\\d[\\d,.]*|lakhs?)`,
  ].join("|"),
);
/** A money taker gone (MONEY_TAKER_GONE, MONEY_TAKER_PAID) with no relative named: the silence is the fraud's. */
function isMoneyTakerGone(canonical: string): boolean {
  return (MONEY_TAKER_GONE.test(canonical) || MONEY_TAKER_PAID.test(canonical)) && !RELATIVE.test(canonical);
}
/** Calls unanswered, a phone off, blocked, run off with it: how a taker who has the money stops answering. */
const STOPPED_ANSWERING =
  /打不通|关机|拉黑|不接|不回|联系不上|联络不上|找不到(?:人|他)|搵唔到|跑路|卷款|不见了|消失|\b(?:not (?:picking up|answering|replying)|(?:phone|number) (?:is )?(?:off|switched off)|switch(?:ed)? off|blocked (?:me|us)|no reply|not reachable|unreachable|disappeared|vanished|ran (?:off|away))\b/;
/**
 * An agent or a recruiter who took the money and no longer answers, with no relative named ("中介收了我三万，现在联系不上",
 * "paid the agent 2 lakh, now his phone is off"): a fraud to report, not someone gone silent abroad.
 */
export function isAgentGoneWithMoney(typed: string): boolean {
  const canonical = forDangerReading(typed);
  return isMoneyTakerGone(canonical) && STOPPED_ANSWERING.test(canonical);
}

/**
 * A negation typed without its apostrophe ("cant contact", "wont let him", "dont"), as in quick phone messages: read
 * as the apostrophe form the patterns spell. "can not" is "cannot".
 */
const MISSING_APOSTROPHE = /\b(can|won|don|didn|doesn|isn|aren|wasn|weren|haven|hasn|hadn|couldn|wouldn|shouldn)t\b/g;

/** A thing held "hostage" (a draft, a deposit, the wifi password): a figure, unless it is a person of theirs. */
const THING_HOSTAGE = new RegExp(
  `\\b(?:holding|holds|held|keeping|keeps|kept) (?:my|our|the|his|her|their) (?!(?:${KIN_EN})\\b)[\\w-]+(?: [\\w-]+)? hostage\\b`,
);
/**
 * Stuck in a meeting, a relationship, on the motorway or in a lift, in Chinese and Cantonese (𨋢, 困咗喺), or on a task
 * (被这道题困住, 被這個案子困住): a place or a person that holds is no task.
 */
const STUCK_IN_DAILY_LIFE_ZH =
  /被(?:这|那)(?:个|道|篇|份|件|段|本|次)(?![^,。!?]{0,6}(?:园区|公司|地方|房|屋|楼|国|老板|人))[^,。!?]{1,6}?困住|(?:被)?困(?:在|咗喺|喺)(?:这段|感情|婚姻|关系|会议|会上|会里|高速|路上|车上|车里|桥上|隧道|图书馆)[^,。!?]{0,8}(?:,\s*(?:出不来|出不去|走不了|回不了家?))?|(?:困|关|卡)(?:咗|了)?(?:在|喺)?(?:𨋢|升降机)[^,。!?]{0,8}|(?:在|喺)(?:𨋢|升降机|电梯)(?:度|里|入面|里面|内)?(?:困|关|卡)[^,。!?]{0,8}|(?:𨋢|升降机|电梯)(?:坏咗|坏了|故障|停咗|停了)[^。!?]{0,16}/;
/** Taglish "na-stuck … sa elevator", "naipit sa traffic": a delay. */
const STUCK_IN_DAILY_LIFE_TAGLISH =
  /\b(?:na-?stuck|naipit|na-?trap(?:ped)?)\b(?:\W+\w+){0,3}?\W+(?:elevator|lift|traffic|trapik|edsa)\b/;
/** Taglish similes ("parang nakakulong ako sa trabaho", "para kaming nakakulong sa oven"): a feeling, said as one. */
const CONFINED_LIKE_TAGLISH =
  /\b(?:parang|para (?:kaming|akong|kami|ako|siyang|silang))\W+(?:\w+\W+){0,2}?(?:nakakulong|nakatali|kinulong|preso|bilanggo)\b(?:\W+(?:ako|kami|siya|sila|lang))*(?:\W+sa\W+(?:\w+\W+)?\w+)?/;
/** A thing sold ("把车卖给了另一家公司", "把我的旧手机卖了"): a sale, where 把 names no person ("把你女儿卖了" does). */
const THING_SOLD_ZH = new RegExp(
  `把(?![^,。!?把]{0,6}?(?:(?:我|你|他|她)(?!的)|人|${KIN_ZH}))[^,。!?把]{1,6}?卖(?:给|掉|了|去|到)`,
);
/** Stuck in a small town with no work (困在这个小城市里，找不到工作): prospects, not a hold. */
const STUCK_IN_A_TOWN_ZH =
  /困在(?:这个|这座)?(?:小)?(?:城市|小城|小镇|县城|村子?|老家)(?:里)?[^。!?]{0,12}(?:找不到工作|没前途|没意思|没发展|发展不了|赚不到钱)/;
/** Pulled into a group chat (被拉进群): a chat, not someone taken somewhere. */
const PULLED_INTO_A_CHAT = /被(?:[^,。!?]{0,4})?拉(?:进|入|到)[^,。!?]{0,4}(?:群|群聊|频道|聊天室)/;
/**
 * Stuck in traffic, at an airport, in a meeting or a lift, held up at work, locked out, unable to get out of bed or
 * debt: a delay of daily life, not
 * someone held. Figures of speech too: an exam that "is torture" or "is killing me", a fake bag someone "got sold",
 * feeling "trapped" in a job (what holds someone is read from the rest: "we feel trapped, they took our passports"), a
 * cat stuck on a roof or up a tree.
 */
const DELAYS_AND_FIGURES =
  /\bstuck (?:in|at|on) (?:the |a |an |my |our |his |her )?(?:\w+ )?(?:airports?|immigration|customs|passport control|security|check-?in|counters?|traffic|jams?|mrt|lrt|subway|metro|meetings?|queues?|lines?|lifts?|elevators?|trains?|bus|buses|flights?|layovers?|transit|snow|rain|storms?|work|office|school)\b|\bstuck (?:on|with) (?:this|that|the|a|an|my|our) (?:\w+ )?(?:bugs?|problems?|questions?|projects?|reports?|essays?|thesis|assignments?|homework|levels?|tasks?|chapters?|puzzles?|issues?|code|math|maths|exercises?)\b|\bheld up (?:at|in|by) (?:the |a )?(?:work|office|traffic|meetings?)\b|\bget out of (?:the |my |his |her |our |their |this |that |a )?(?:bed|debt|rut|comfort zones?|habit)\b|\blocked (?:me |us |him |her |them )?out\b|\blocked (?:myself|himself|herself|themselves|ourselves) (?:in|out)\b|锁在门外|关在门外|把自己(?:反)?(?:锁|关)[^,。!?]{0,12}|(?:感觉|觉得)(?:自己)?(?:好像)?(?:被)?困住了?|(?:被)?困住的感觉|(?:困|关|卡)在电梯[^,。!?]{0,8}|电梯(?:坏了|故障|停了)[^。!?]{0,16}|\b(?:is|was|it'?s) (?:pure |such |absolute |real )?torture\b|\bsold (?:me |us |him |her )?(?:a |an )?(?:fake|counterfeit|used|broken)\b|\b(?:feel|feels|feeling|felt)\b(?: (?:so|really|kind of|kinda|like i'm|totally|completely|a bit))? (?:trapped|stuck|imprisoned)\b|\b(?:is|are) killing me\b|\bstuck (?:on|up|in|under|behind|inside) (?:the |a |an |my |our |that )?(?:roof|rooftop|tree|ceiling|chimney|drain|pipe|fence|wall|window|sofa|couch|bed|wardrobe|mud|sand|sink)\b|(?:卡|困)在(?:树|屋顶|房顶|墙|沙发|床)(?:上|下|里)?|走不了[^,。!?]{0,4}(?:路|远|楼梯|几步)/;
const DOCUMENT_WORD = new RegExp(`${DOCUMENT}|\\b(?:${DOCUMENT_EN})\\b`, "g");
const HAN = /\p{Script=Han}/u;
/** A copy's document read as a plain file, in the script it was written in. */
const asFile = (word: string): string => (HAN.test(word) ? "文件" : "file");
/**
 * Sports, shopping and money idioms that borrow danger's words: a match or a game lost (被打爆, 被电爆), an investment
 * redeemed (赎回理财产品, 基金赎回), a parcel held by customs (快递被海关扣住了), "trapped in traffic", someone who "beat me to
 * it", goods "sold out", travel paid "for free" (not "to free" someone). A ransom, a hold or a beating of a person is read
 * from the rest.
 */
const GAME_SHOP_AND_MONEY_IDIOMS =
  /(?:比赛|球赛|[篮足排网羽棒垒]球|乒乓|游戏|打机|排位|对面|对手)[^。!?]{0,12}被(?:人|对面|对手)?(?:打|电)爆了?|(?:理财|基金|产品|保单|保险|债券|股票|存款|定期|份额|国债)[^,。!?]{0,6}赎回|赎回[^,。!?]{0,6}(?:理财|基金|产品|保单|保险|债券|股票|存款|定期|份额|国债)|(?:快递|包裹|货物|货|行李|邮件|邮包)[^,。!?]{0,8}被?海关扣(?:住|下|押|留)?了?|\btrapped in (?:the |a )?(?:traffic|traffic jams?|jams?|rush hour)\b|\bbeat (?:me|us|him|her|them) to it\b|\bsold out\b|\bfor free\b(?! (?:him|her|them|me|us|my|our|his|their)\b)/;
/** Every delay and figure of speech above, taken out of the text in one pass. */
const DAILY_HOLDUP = new RegExp(
  [
    DELAYS_AND_FIGURES.source,
    GAME_SHOP_AND_MONEY_IDIOMS.source,
    THING_HOSTAGE.source,
    STUCK_IN_DAILY_LIFE_ZH.source,
    STUCK_IN_DAILY_LIFE_TAGLISH.source,
    CONFINED_LIKE_TAGLISH.source,
    THING_SOLD_ZH.source,
    STUCK_IN_A_TOWN_ZH.source,
    PULLED_INTO_A_CHAT.source,
  ].join("|"),
  "g",
);

/**
 * Everyday delays taken out ("stuck in traffic", an old parent who "走不了太多路"), so that the held patterns read only the
 * rest of the message.
 */
const replaceDailyHoldups = gatedReplacer(DAILY_HOLDUP);
export function withoutDailyHoldups(canonical: string): string {
  return replaceDailyHoldups(canonical, " ");
}

/**
 * Chat shorthand and the commonest dropped letters of quick phone messages ("they r holding my son n want money", "my
 * bro is trapd plz hlp"), read as the words the patterns spell. Only forms with no other reading in a message: "r",
 * "n" and "u" alone between words.
 */
const SHORTHAND: Readonly<Record<string, string>> = {
  r: "are",
  n: "and",
  u: "you",
  ur: "your",
  pls: "please",
  plz: "please",
  hlp: "help",
  trapd: "trapped",
  traped: "trapped",
  lockd: "locked",
  kidnaped: "kidnapped",
  msgd: "messaged",
  coz: "because",
  cuz: "because",
  bcoz: "because",
  bcos: "because",
  ppl: "people",
  theres: "there's",
};
// Whole words only, letters of any script included: the "n" of Vietnamese "bán" is no shorthand.
const SHORTHAND_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(SHORTHAND).join("|")})(?![\\p{L}\\p{N}'&/-])`,
  "gu",
);

const CAN_NOT = /\bcan not\b/g;
// Each replacement runs only on a message holding its words: most hold none of them.
const replaceShorthand = gatedReplacer(SHORTHAND_WORD);
const replaceMissingApostrophe = gatedReplacer(MISSING_APOSTROPHE);
const replaceCanNot = gatedReplacer(CAN_NOT);
/** Readings kept: the message's and its reading's own, for a few messages read in turn. */
const DANGER_READINGS_KEPT = 8;
const dangerReadings = new Map<string, string>();

/**
 * The text as the danger patterns read it: shorthand spelt out, a document's copy read as a file, apostrophes restored,
 * everyday delays and an offer's terms taken out.
 */
function forDangerReading(canonical: string): string {
  let reading = dangerReadings.get(canonical);
  if (reading !== undefined) return reading;
  reading = withoutOfferTerms(
    withoutDailyHoldups(
      replaceCanNot(
        replaceMissingApostrophe(
          replaceDocumentCopies(
            replaceShorthand(canonical, (word) => SHORTHAND[word] ?? word),
            (copy) => copy.replace(DOCUMENT_WORD, asFile),
          ),
          "$1't",
        ),
        "cannot",
      ),
    ),
  );
  // The readers of one message each ask for its reading (a question reaches a dozen of them, with the message and
  // with its reading): kept for the message being read, not made again per reader.
  if (dangerReadings.size >= DANGER_READINGS_KEPT) dangerReadings.clear();
  dangerReadings.set(canonical, reading);
  return reading;
}

/**
 * Kept late at work: leaving "before 8pm", until the report or the inventory is done, overtime ("OT", 加班, lembur). A
 * boss who will not let someone leave the office is a labour complaint unless the message says where or by whom
 * someone is held (HOLD_CONTEXT).
 */
const LATE_AT_WORK =
  /\b(?:until|till|unless) (?:the|my|our|this|that|all the) (?:report|task|inventory|stocktake|project|audit|files?|orders?)\b|\bhangga'?t (?:hindi|di) (?:pa )?tapos\b|(?:做完|干完|弄完|做晒|搞掂)(?:才|先|再)|\b(?:go home|leave|knock off|clock out|balik) early\b|\b(?:leave|go home|go|get off|clock out)\b(?:\W+\w+){0,3}?\W+(?:before|until|till|til) (?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)?|midnight|late|the shift ends)\b|\bovertime\b|\bot\b|加班|\blembur\b/;

/**
 * Quarantine (a hotel, a ward, 14 days, guards at its door) or a lockdown (Malaysia's MCO, the Philippines' ECQ, 封控):
 * kept in by health rules, not held, unless the message names a compound or says someone is held or locked up by
 * someone (HOLD_WORD).
 */
const QUARANTINE = /隔离|\bquarantin\w*/;
/** A lockdown shuts in a whole city or estate ("整个小区被关了两个月"): its 被关 is the rule's unless a captor is named. */
const LOCKDOWN = /封控|封城|封楼|封小区|静默管理|\b(?:lockdowns?|locked down|mco|pkp|ecq|circuit breaker)\b/;
/**
 * Silence that is no one gone missing: hours or a day ("hasn't messaged today", "since last night", 今天还没回, "aaj reply
 * nahi"), on a business
 * trip, or an old friend or classmate lost touch with over the years. Someone of theirs abroad or held (HOLD_CONTEXT)
 * who goes silent is still danger.
 */
const SILENT_ONLY_TODAY_OR_LONG_AGO =
  /(?:n't|\bnot|\bno|\bnever)\s+(?:\w+\s+){0,3}?(?:today|all day|this morning|tonight|since (?:this morning|last night|yesterday|lunch|noon))\b|\b(?:aaj|kal (?:raat )?se)\b(?:\W+\w+){0,4}?\W+(?:reply|jawab|call|phone)\b|\b(?:tak|tidak|x|di|hindi)\b(?:\W+\w+){0,3}?\W+(?:hari ini|hari ni|harini|pagi tadi|kanina|ngayong araw)\b|今天(?:还|都|一直|经常|老是|整天)?(?:没|没有|不)(?:回(?![来家国])|联系|打|发|消息|讯息|信息|接|理)|(?:一整天|整天|今早|今晚|昨晚|昨天)(?:开始|起|到现在)?(?:都|也|一直)?(?:没|没有|不)(?:回(?![来家国])|联系|接|理)|出差|\bon (?:a )?business(?: trip)?\b|\bbusiness trip\b|老同学|以前的同学|老朋友|旧同事|以前的同事|多年|\bold (?:school |college |university |high school )?(?:friends?|classmates?|schoolmates?|colleagues?|neighbou?rs?|flames?)\b|\bformer (?:classmates?|colleagues?|schoolmates?|coworkers?)\b|\blong-?lost\b|\b(?:many|so many|\d+) years\b/;
/**
 * A plain reason someone does not answer (a flat battery, no signal, at home, downstairs, asleep, at mahjong, at a sleepover, in
 * class, gaming, after a quarrel): no one gone silent, unless the message says they are abroad or held (HOLD_CONTEXT).
 */
const EVERYDAY_SILENCE =
  /(?:只是|只系|其实|就是)[^,。!?]{0,4}(?:在)?忙|\b(?:i'm|i am|i was|im) (?:just |only |really |too )?busy\b|\b(?:probably|maybe|prob|must be) (?:just |really |very )?busy\b|\bbusy with\b|可能(?:在)?忙|(?:一|两|几|半)个(?:多)?小时|几分钟|\bfor (?:an|one|two|a couple of|a few|[1-9]) hours?\b|\bfor (?:a few |\d+ )?minutes?\b|\b(?:an|one|[1-9]) hours?\b(?! ago)|没(?:有)?电|手机坏|在家|楼下|睡着|在睡|睡了|麻将|上课|开会|没(?:有)?信号|(?:打|玩)游戏|打机|吵架|吵了架|闹别扭|冷战|\bbattery\b|\bphone\b[^.!?]{0,16}\b(?:probably|maybe|must be|likely)\b (?:\w+ )?dead\b|\bforg[eo]t\w* to charge\b|\bat home\b|\basleep\b|\b(?:sleeping|napping|mahjong)\b|\bsleepover\b|\bin (?:class|a meeting)\b|\b(?:busy lang|siguro busy|sibuk kerja|busy hoga|busy hai)\b|\bno (?:signal|reception|coverage|wi-?fi|internet)\b|\b(?:walang|tiada|tak ada|gak ada) (?:signal|line|internet)\b|\b(?:gaming(?! (?:compan(?:y|ies)|firms?|platforms?|sites?|business\w*|operations?|hubs?))|playing (?:games|video games|online games))\b|\b(?:studying|revising|reviewing for|boards|board exams?|bar exams?|licensure exams?|exams?|overtime)\b|\bon (?:the |our |a )?group ?chat\b|备考|复习|准备考试|考试|加班|群(?:组|聊)?里|\b(?:after|since) (?:our|a|the|we had a|an|my) (?:fight|argument|quarrel|row)\b|\b(?:after|since) (?:we|i|they) (?:argued|fought|quarrell?ed|had a fight)\b|\b(?:nag-?away|bergaduh|gaduh)\b/;
/**
 * Military service, whose camps take recruits' phones ("doing his national service", "在当兵"): a phone taken and the
 * silence after it with their reason given, unless the message names a war abroad (WAR_ABROAD) or a hold.
 */
const MILITARY_SERVICE =
  /当兵|服兵役|兵役|新兵|军训|\b(?:national service|military service|boot camp|basic training|conscript\w*|in the army|army training|bmt|nsf|tekong|plkn|sergeant|encik|book(?:ed)? (?:in|out))\b/;
function isInMilitaryService(canonical: string): boolean {
  return MILITARY_SERVICE.test(canonical) && !WAR_ABROAD.test(canonical) && !HOLD_CONTEXT.test(canonical);
}
/** No leave from work to go home for a holiday: an employee's complaint, not someone held. */
const NO_LEAVE =
  /请不到假|不批假|没有假期|没假|不能请(?:长)?假|\b(?:walang leave|no leave|can'?t get leave|tiada cuti|tak dapat cuti|tak bagi cuti|leave nahi (?:de|di|mil|hai)\w*|no (?:vacation|holidays?|days off) (?:until|till|for|before))\b/;
/** A holiday people go home for, and the work terms that decide whether they can. */
const HOME_HOLIDAY =
  /春节|过年|新年|中秋|圣诞|年假|\b(?:eid|raya|hari raya|lebaran|christmas|xmas|pasko|diwali|holi|new year|tet|songkran|vacation|holidays?)\b/;
/** Leave as a noun of work terms (annual, sick or home leave, take leave, on leave), not the verb "leave". */
const WORK_TERMS =
  /合同|合约|假期|请假|批假|放假|休假|\b(?:contract|kontrak|cuti|kontrata|(?:annual|sick|home|maternity|unpaid|paid) leave|(?:take|took|taking|takes|on|no|any|get|got) leave)\b/;
/** The trip home a job's terms decide: going home or back for the holiday. */
const GOING_HOME =
  /回家|回国|回乡|回来|回去|返乡|返屋企|\b(?:home|go back|come back|makauwi|umuwi|uwi|pulang|balik|ghar)\b/;
/**
 * Signs of a hold that no holiday rule explains: a lock, a guard or a watch at the door, a debt to pay off, a threat.
 */
const HOLD_SIGNS =
  /锁|关(?:起来|着|在)|有人看着|看守|守着|欠|还钱|还清|威胁|恐吓|\b(?:lock\w*|guard\w*|watched|debts?|owes?|owed|pay (?:it |them |him )?back|paid back|threat\w*|kill|beat\w*)\b/;
/**
 * Kept from a trip home by the terms of a job: no leave, or a contract, named with the holiday it is for, and said of
 * going home; a lock, a guard, a debt or a threat in the same message is a hold all the same.
 */
const LEAVE_FOR_HOLIDAY = {
  test: (canonical: string): boolean =>
    (NO_LEAVE.test(canonical) || (HOME_HOLIDAY.test(canonical) && WORK_TERMS.test(canonical))) &&
    GOING_HOME.test(canonical) &&
    !HOLD_SIGNS.test(canonical),
};
/** A fare too dear or a duty at work: why someone cannot get home for a holiday, said of an ordinary job or trip. */
const FARE_OR_DUTY =
  /机票[^,。!?]{0,4}贵|票[^,。!?]{0,2}(?:太贵|买不到|卖完)|买不到票|没(?:买到)?票|值班|\b(?:tickets?|flights?|fares?) (?:are|is|were|was) (?:too |so )?(?:expensive|sold out|dear)\b|\bcan't afford (?:the |a )?(?:ticket|flight|fare)\b|\bon duty\b/;
/** Those whose say at home keeps someone in: kin, a partner, a teacher or a doctor (FAMILY_RULE). */
const FAMILY_SAY_EN = `wife|husband|${PARENTS_EN}|girlfriend|boyfriend|gf|bf|partner|teacher|doctor|nurse|hospital|school`;
const FAMILY_SAY_ZH = `${PARENTS_ZH}|老婆|老公|妻子|丈夫|家里|家人|奶奶|爷爷|外婆|老师|学校`;
/**
 * Taking away or hiding a belonging, and the belongings a parent or a teacher takes from a child (a phone, a laptop,
 * keys, pocket money). Not a passport or an ID, and not a spouse's or a partner's doing: papers taken by a husband are
 * how a bride trafficked abroad is kept.
 */
const TAKES_EN =
  "took|takes|take|taken|confiscated|confiscates|hid|hides|hidden|grabbed|kept|keeps|keep|locked up|locks up";
const TAKES_ZH = "收|没收|拿走|攞走|藏|锁";
const BELONGINGS_EN = "phones?|mobiles?|laptops?|computers?|ipads?|tablets?|keys?|pocket money|allowance";
const BELONGINGS_ZH = "手机|电话|电脑|平板|钥匙|零花钱";
/** A parent, a grandparent or a teacher: who takes a child's things at home. */
const ELDERS_EN = `${PARENTS_EN}|grandma|grandpa|teacher|school`;
const ELDERS_ZH = `老妈|老爸|阿妈|阿爸|老豆|${PARENTS_ZH}|家里|家人|奶奶|爷爷|外婆|外公|老师|学校`;
/**
 * A spouse's, a parent's, a teacher's or a doctor's say ("老婆不让我回家", "老师不准我回家", "医生不准他走", "my wife won't
 * let me go out"): a house rule, no captor. The kin word is the subject at the start of its clause, so a family named
 * as the one seized ("他们抓了我妈妈不让她回家") is no rule of theirs; a captor named anywhere in the message ends it.
 */
const FAMILY_RULE = new RegExp(
  [
    `(?:^|[,。!?;:\\s])(?:我|我们|我的|我们的)?(?:${FAMILY_SAY_ZH}|医生|医院|护士)(?:都|也|就|说|还)?不(?:让|准|许|给)`,
    `被(?:我|我的)?(?:${PARENTS_ZH}|家里|家人|老婆|老公|老师)(?:给)?(?:关|锁)`,
    // The writer punishes a child: the writer keeps them in, no one holds the writer's own.
    "被我(?:罚|关|锁|禁足)",
    `\\b(?:my|the) (?:${FAMILY_SAY_EN})\\b (?:won't|doesn't|does not|will not|don't|do not|never) (?:let|allow)\\b`,
    `\\b(?:my|the) (?:${PARENTS_EN}|teacher) (?:locked|locks|grounded|grounds) (?:me|us|him|her|them)\\b`,
    // A child's things taken first ("my parents took my phone and won't let me go out", 我妈把我手机收了，不让我出门).
    `(?:^|[,.;!?]\\s*|\\b(?:my|the) )(?:${ELDERS_EN})\\b(?: (?:has|have|had|just|also))? (?:${TAKES_EN})(?: away)? (?:my|our|his|her) (?:${BELONGINGS_EN})(?: away)?,? (?:and|&|so|then) (?:now |also |still |even )?(?:won't|wont|doesn't|doesnt|does not|will not|don't|dont|do not|never|refuses? to) (?:let|allow)\\b`,
    `(?:^|[,。!?;:\\s])(?:我|我们|我的|我们的)?(?:${ELDERS_ZH})(?:都|也|就|又)?(?:把(?:我|我们)(?:的|部|个|嘅)?(?:${BELONGINGS_ZH})(?:给)?(?:${TAKES_ZH})(?:起来|走)?(?:了|咗)?|(?:${TAKES_ZH})(?:起来|走)?(?:了|咗)?(?:我|我们|我哋)(?:的|部|个|嘅)?(?:${BELONGINGS_ZH}))[,，]?(?:还|也|又|就|并且|而且|仲)?(?:不(?:让|准|许|给)|唔(?:俾|畀|准|比))`,
  ].join("|"),
);

/**
 * A house or school rule and what it waits for: grounded (禁足), revision and exams, homework, a chore, a school term, a
 * curfew at the hostel ("locked in my room till the exams are done", "不写完不许出来", "tak bagi keluar sebab result
 * exam"), and the results a parent is feared over (挂科, 被当, failed a class). Said with no compound, captor or place
 * abroad, the hold words are a teenager's. (Not a dormitory or its curfew: compounds keep workers in dormitories; a
 * gate shut at an hour is GATE_SHUT_AT_AN_HOUR.)
 */
const HOUSE_OR_SCHOOL_RULE =
  /禁足|考试|考完|期末|期中|高考|中考|会考|复习|温书|作业|功课|写完|做晒|补习|卷子|成绩|挂科|不及格|被当|考砸|考差|\b(?:grounded|grades|report cards?|flunk\w*|fail(?:ed|ing)? (?:a |the |my |his |her )?(?:exams?|tests?|class|subject|course|module)|revision|revising|exams?|finals|midterms|homework|assignments?|coursework|thesis|school term|term ends|end of (?:the )?term|semester|boarding school|clean (?:my|the|his|her|our) room|chores|ujian|peperiksaan|periksa|spm|upsr|kerja sekolah|pagsusulit|nilai|rapor|raport)\b/;
/**
 * Kept from a trip by whoever says no ("won't let me go to Phuket with my friends", "不让我跟同学去泰国玩"): someone at home
 * not let go, which is no one held; a captor or a compound named is (checked in isEverydayHold).
 */
const KEPT_FROM_A_TRIP =
  /\b(?:won't|doesn't|does not|will not|don't|do not|never) (?:let|allow) (?:me|us|him|her|them) (?:to )?go\b(?! (?:home|back|out of|free)\b)[^.!?]{0,40}\b(?:with (?:my |his |her |our |their )?(?:friends|classmates|mates|buddies|cousins|gf|bf|girlfriend|boyfriend|class)|for (?:the |a |our |my )?(?:school |long |summer )?(?:holidays?|vacation|trip|weekend|party|concert|break)|on (?:a |the |our )?(?:trip|holiday|vacation|tour))\b|不(?:让|准|许|给)(?:我|我们|他|她)(?:跟|和|同)?[^,。!?]{0,8}去[^,。!?]{0,10}(?:玩|旅游|旅行|度假|过夜|聚会|演唱会)/;
/**
 * A hostel's or a dorm's gate shut at an hour ("the hostel closes its gate at 11", "宿舍十一点锁门", Hinglish "10 baje ke
 * baad gate band"): a curfew, where no
 * captor is named (a compound's gate is shut at all hours). Not let out after an hour ("宿舍十一点以后不让出去") is the same.
 */
const GATE_SHUT_AT_AN_HOUR =
  /\b(?:closes?|shuts?|locks?|closing|shutting|locking|closed|shut|locked)\b(?:\W+\w+){0,3}?\W+(?:at|after|from) (?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?|midnight|ten|eleven|twelve)\b|门禁|(?:\d{1,2}|十一|十二|十|九)点(?:钟|半)?(?:就)?(?:关门|锁门|关闸|熄灯)|(?:\d{1,2}|十一|十二|十|九)点(?:钟|半)?(?:以后|之后|后)[^,。!?]{0,2}不(?:让|准|许|能)(?:出去|出门|外出)|\bnot (?:allowed|let) (?:to go )?out after (?:\d{1,2}|midnight|ten|eleven)\b|\b(?:\d{1,2}|nau|das|gyarah|barah) baje (?:ke )?(?:baad|bad)\b/;
/** A wedding or a blind date someone is roped into ("被抓去当伴郎了，跑不掉"): a social duty, not a seizure. */
const SOCIAL_DUTY = /伴郎|伴娘|婚礼|喜酒|相亲|\b(?:best man|bridesmaid|groomsman|blind date)\b/;
/**
 * A hospital stay: kept in for treatment until a fever drops or a doctor discharges ("医院不让我爸出院", "naka-confine sa
 * ospital", "stuck in the ICU in Dubai"). Abroad too, a ward is no captor's; a guard or a captor named is. Being kept
 * from a hospital ("won't let him see a doctor") is no stay, and neither is a beating that put someone there
 * ("打到住院，还要我回去工作").
 */
const HOSPITAL_STAY =
  /住院|出院|在医院|病房|重症|\b(?:in (?:the |a )?(?:hospital|ward|icu|clinic)|hospitali[sz]ed|intensive care|discharg\w*|naka-?confine|sa ospital)\b/;
/** A beating by someone ("被他们打到住院", "beaten by the guards"): what put someone in a ward is then the danger. */
const BEATEN_BY_SOMEONE =
  /被[^,。!?]{0,6}打|打(?:到|得)(?:住院|进医院|入院|骨折|重伤|半死)|打伤|\b(?:beaten|beat (?:me|us|him|her|them)|assaulted|tortured)\b/;

/**
 * "Sold" as betrayed: a boss or a friend who blamed the writer or told on them ("老闆把我賣了，說是我的錯", "kena jual
 * dengan kawan, dia bagitau bos"). No place, captor or price: a quarrel at work.
 */
const SOLD_WORD = /卖|\b(?:jual|sold|sell|selling)\b/;
const BLAMED_OR_TOLD_ON =
  /甩锅|背锅|(?:把|将)锅|(?:说|话|讲)(?:是|係|系)?(?:我|他|她)的错|啲错|出卖|告状|小报告|\b(?:bagitau|bagi tahu|beritahu|blamed?|told on|ratted|snitched|under the bus)\b/;
function isSoldOutByBlame(canonical: string): boolean {
  return SOLD_WORD.test(canonical) && BLAMED_OR_TOLD_ON.test(canonical) && !HOLD_CONTEXT.test(canonical);
}

/**
 * Reasons of daily life for not getting out or away, with no one keeping anyone: a broken lock or key, children to mind,
 * boredom at home, a visa being extended, a thief ("the lock is broken", "钥匙断在锁里", "stuck babysitting", "walang
 * magawa", "until her visa extension is approved", "a pickpocket took my passport").
 */
/** A home's breakdown (the air conditioner broken, a power cut): "stuck in here, dying of heat" is the weather's. */
const HOME_BREAKDOWN =
  /(?:冷气|空调|暖气|热水器|风扇)[^,。!?]{0,3}(?:坏|故障)|停电|停水|\b(?:aircon|air-?con|air conditioning|a\/c|heater|fan)\b (?:\w+ )?(?:broke|broken|died|dead|not working|stopped working)\b|\bpower (?:cut|outage)\b|\b(?:blackout|brownout)\b/;
const BROKEN_LOCK =
  /钥匙断|锁坏|门坏|\b(?:lock (?:is |was )?(?:broken|stuck|jammed)|broken lock|door (?:is |was |got )?(?:stuck|jammed)|key (?:broke|snapped|is stuck)|pintu rosak|kunci rosak|sira ang (?:lock|pinto|kandado))\b/;
const CHILDREN_TO_MIND =
  /带孩子|看孩子|照顾(?:孩子|小孩|老人)|\b(?:babysit\w*|the kids are sick|sick kids?|taking care of (?:my|the) (?:kids|baby|children))\b/;
/** Kept awake by home life ("my baby won't let me sleep", 邻居吵得不让我睡): tiredness, no one held. */
const KEPT_AWAKE_AT_HOME =
  /\b(?:baby|babies|toddler|kids?|newborn|neighbou?rs?|dogs?|puppy|cats?|roommates?|flatmates?|snoring|husband|wife|partner|cough|pain|heat|mosquito\w*|noise)\b[^.!?]{0,30}\bwon'?t let (?:me|us) (?:sleep|rest|nap)\b|(?:宝宝|孩子|小孩|邻居|狗|猫|室友|老公|老婆|蚊子|咳嗽)[^,。!?]{0,6}不让(?:我|我们)?睡/;
/**
 * Trapped or stuck in a day's ordinary places and pastimes (a meeting, a lecture, traffic, a lift, a queue, a game's
 * level: "trapped in a boring meeting", 被困在这一关, 卡关): the words of a hold, and nobody holds anyone.
 */
const EVERYDAY_TRAP =
  /\b(?:trapped|stuck)\b[^.!?]{0,16}\b(?:in|at|on|inside)\b[^.!?]{0,24}\b(?:meetings?|zoom|teams call|calls?|lectures?|class(?:es)?|lessons?|seminars?|webinars?|traffic|jams?|lifts?|elevators?|levels?|games?|boss fights?|queues?|exams?|homework|assignments?)\b|(?:困|卡)[^,。!?]{0,8}(?:会议|会上|开会|课|讲座|堵车|塞车|车流|车阵|电梯|升降机|关卡|游戏|排队|考试|作业)|(?:会议|开会|上课|讲座|堵车|塞车|电梯|升降机|关卡|游戏|排队)[^,。!?]{0,8}(?:困|卡)|被困在第[^,。!?]{1,4}关|卡关/;
/**
 * Trapped in a day's ordinary place or pastime, read before the daily holdups are taken out of the text ("stuck in
 * traffic, someone save me"): no one holds anyone, unless a place abroad, a compound, a captor or "they" are named.
 */
export function isEverydayTrap(typed: string): boolean {
  return (
    EVERYDAY_TRAP.test(typed) &&
    !SET_ABROAD.test(typed) &&
    !COMPOUND_PLACES.test(typed) &&
    !COMPOUND_PLACE_NAMES.test(typed) &&
    !CAPTOR.test(typed) &&
    !UNNAMED_CAPTOR.test(typed)
  );
}
const BOREDOM = /无聊|好闷|闷死|\b(?:bored|boring|nothing to do|walang magawa|bosan|bosen)\b/;
const PAPERS_PENDING =
  /签证(?:延期|续签|还没下来)|\b(?:visa (?:extension|renewal)|until (?:the |her |his |my |our )?(?:visa|permit|papers?) (?:is |are )?(?:approved|ready|renewed|extended))\b/;
const THIEF = /小偷|被偷|偷走|扒手|抢劫|\b(?:pickpocket\w*|thie(?:f|ves)|stolen|stole|robbed|snatch\w*)\b/;
/** A prison's visiting or bail rules (not "like a prison" or "jail jaisa", a compound's simile). */
const PRISON_VISIT =
  /(?:监狱|看守所|拘留所)[^。!?]{0,20}(?:探视|探监|保释)|(?:探视|探监|保释)[^。!?]{0,20}(?:监狱|看守所|拘留所)|\b(?:prison|jail)\b[^.!?]{0,40}\b(?:visit\w*|bail)\b|\b(?:visit\w*|bail)\b[^.!?]{0,40}\b(?:prison|jail)\b/;

/** Unnamed captors who seize or shut someone in ("他们抓了我妈妈", "被他们关起来"): no family's rule then. */
const CAPTORS_SEIZE = /他们[^,。!?]{0,2}(?:抓|关|扣|绑|押)|被(?:他们|人)(?:抓|关|扣|绑|押)/;

/**
 * Not home for a holiday because of the job's leave or contract (unless a compound, guards or a hold are named: a
 * migrant worker abroad says it of an ordinary job), or kept in by the family, a teacher or a doctor at home: what a
 * held pattern then reads ("can't come home", "hindi makauwi", "不让我回家") has an everyday reason.
 */
function isEverydayHold(canonical: string): boolean {
  return (
    ((LEAVE_FOR_HOLIDAY.test(canonical) || FARE_OR_DUTY.test(canonical)) &&
      !HELD_THERE.test(canonical) &&
      !HOLD_SIGNS.test(canonical)) ||
    (QUARANTINE.test(canonical) &&
      !COMPOUND_PLACES.test(canonical) &&
      !HOLD_WORD.test(canonical) &&
      !PHONE_TAKEN.test(canonical)) ||
    (LOCKDOWN.test(canonical) &&
      !COMPOUND_PLACES.test(canonical) &&
      !HELD_BY_SOMEONE.test(canonical) &&
      !CAPTOR.test(canonical) &&
      !CAPTORS_SEIZE.test(canonical)) ||
    ((KEPT_FROM_A_TRIP.test(canonical) || GATE_SHUT_AT_AN_HOUR.test(canonical)) &&
      !HELD_THERE.test(canonical) &&
      !CAPTOR.test(canonical) &&
      !UNNAMED_CAPTOR.test(canonical)) ||
    ((FAMILY_RULE.test(canonical) || HOUSE_OR_SCHOOL_RULE.test(canonical) || SOCIAL_DUTY.test(canonical)) &&
      !HOLD_CONTEXT.test(canonical) &&
      !CAPTOR.test(canonical) &&
      !CAPTORS_SEIZE.test(canonical)) ||
    (HOSPITAL_STAY.test(canonical) &&
      !HELD_THERE.test(canonical) &&
      !CAPTOR.test(canonical) &&
      !BEATEN_BY_SOMEONE.test(canonical)) ||
    ((BROKEN_LOCK.test(canonical) ||
      HOME_BREAKDOWN.test(canonical) ||
      CHILDREN_TO_MIND.test(canonical) ||
      KEPT_AWAKE_AT_HOME.test(canonical) ||
      BOREDOM.test(canonical) ||
      THIEF.test(canonical) ||
      PRISON_VISIT.test(canonical)) &&
      !HOLD_CONTEXT.test(canonical) &&
      !CAPTOR.test(canonical) &&
      !UNNAMED_CAPTOR.test(canonical)) ||
    // A family's warning about a trip abroad is a worry, whatever place it names.
    FAMILY_WARNS_OF_SALE.test(canonical) ||
    // A visa extension abroad is paperwork; a captor or a compound named is not.
    (PAPERS_PENDING.test(canonical) && !HELD_THERE.test(canonical) && !CAPTOR.test(canonical))
  );
}

/**
 * The message gives an everyday reason for words that sound like danger: a passport handed over as an offer's
 * condition, no leave for a holiday or a family's rule (isEverydayHold), a traveller offline on holiday, or, with
 * nothing said of being abroad or held, a flat battery or a sleepover, or overtime. The matcher then answers an
 * emergency entry reached by its words without the contacts first.
 */
/**
 * Only words of silence, said of someone at home (silenceMayBeDanger) or of a seller, a broker or an app gone with the
 * money (MONEY_TAKER_GONE): a worry or a fraud, not someone gone silent abroad.
 */
function isSilenceNoOneHeld(canonical: string): boolean {
  const signals = signalsIn(canonical);
  return (
    signals.length > 0 &&
    signals.every((signal) => signal.reason === "silent") &&
    (!silenceMayBeDanger(canonical) || isMoneyTakerGone(canonical))
  );
}

/** Parents, grandparents and guardians, who may keep a child's papers at home. */
const FAMILY_KEEPERS_EN = `${PARENTS_EN}|grand(?:ma|mother|pa|father|parents)|granny|gran|nana|ah ma|ah mah|ah kong|lola|lolo|nanay|tatay|nani|dadi|mummy|papa|amma|appa|nenek|atuk|guardians?`;
const FAMILY_KEEPERS_ZH = `${PARENTS_ZH}|阿爸|阿妈|妈咪|爹地|奶奶|外婆|爷爷|外公|阿嬷|阿公|家长|监护人`;
/**
 * A passport kept at home by the family ("my dad keeps my passport in his drawer", "奶奶把我的护照锁起来"): a family's
 * care or quarrel, not a captor's hold, unless the message names somewhere abroad, a compound or an employer.
 */
const FAMILY_KEEPS_PAPERS = new RegExp(
  [
    `\\b(?:my|our) (?:${FAMILY_KEEPERS_EN})\\b(?:\\W+\\w+){0,3}?\\W+(?:keeps?|kept|keeping|holds?|holding|held|has|have|had|took|takes?|hid|hides?|hiding|locked|locks?|stores?|stored|put)\\b(?:\\W+\\w+){0,3}?\\W+(?:${DOCUMENT_EN})\\b`,
    `\\b(?:${DOCUMENT_EN})\\b(?:\\W+\\w+){0,4}?\\W+(?:with|by) (?:my|our) (?:${FAMILY_KEEPERS_EN})\\b`,
    `(?:${FAMILY_KEEPERS_ZH})(?:都|也|一直)?(?:把|将|拿了|收了|藏了|锁了|收埋|收起|收好|藏起|拿走)[^,。!?]{0,6}(?:${DOCUMENT})`,
    // Hinglish: "mummy ne mera passport rakh liya".
    `\\b(?:${FAMILY_KEEPERS_EN}|maa|ammi|abbu|pitaji|mumma)\\b ne\\b(?:\\W+\\w+){0,2}?\\W+(?:${DOCUMENT_EN})\\b`,
    `(?:${DOCUMENT})[^,。!?]{0,6}(?:在|被|给)(?:我)?(?:${FAMILY_KEEPERS_ZH})`,
  ].join("|"),
);
/**
 * A family's warning that the writer would be sold or trafficked abroad ("阿妈成日话我出国会被卖猪仔", "my mom keeps saying
 * I'll get sold if I work abroad"): a worry about a trip, not a sale. A captor's threat ("他们说我会被卖") is no family's.
 */
const FAMILY_WARNS_OF_SALE = new RegExp(
  [
    `(?:${FAMILY_KEEPERS_ZH}|家人|家里|亲戚)[^,。!?]{0,6}(?:说|话|讲|觉得|以为|担心|怕)[^,。!?]{0,10}会被(?:卖|骗|拐)`,
    `\\b(?:${FAMILY_KEEPERS_EN}|family|relatives)\\b[^.!?]{0,30}\\b(?:says?|saying|said|thinks?|worried|afraid|warns?|warned)\\b[^.!?]{0,20}\\b(?:i|you)(?:'ll| will| would|'d)? (?:get|be) (?:sold|trafficked|kidnapped)\\b`,
  ].join("|"),
);
/** A phone taken by a parent or a teacher ("mummy ne phone le liya", "手机被我妈收了"): the silence after it is theirs. */
const PHONE_KEPT_AT_HOME = new RegExp(
  [
    `\\b(?:${FAMILY_KEEPERS_EN}|teacher)\\b ne\\b(?:\\W+\\w+)?\\W+phone (?:le|rakh|chheen|chhin|jabt)\\w*\\b`,
    `\\bphone\\b\\W+(?:${FAMILY_KEEPERS_EN}|teacher)\\b ne (?:le|rakh|chheen|chhin|jabt)\\w*\\b`,
    `\\b(?:${FAMILY_KEEPERS_EN}|teachers?)\\b (?:took|confiscated|kept) (?:my|his|her|our) phones?\\b`,
    `手机被(?:我)?(?:${FAMILY_KEEPERS_ZH}|老师|班主任)`,
  ].join("|"),
);

/** A phone kept by a parent, or taken under a school's, an exam's or a camp's rule, by no "they". */
function isPhoneKeptByEverydayRule(canonical: string): boolean {
  return (
    PHONE_KEPT_AT_HOME.test(canonical) ||
    (PHONE_TAKEN.test(canonical) && PHONE_RULE_AT_HOME.test(canonical) && !UNNAMED_CAPTOR.test(canonical))
  );
}

/**
 * Who keeps a traveller's passport for a while in the ordinary course of things: a hotel, hostel or guesthouse at
 * check-in, a landlord, a scooter or car hire, a visa centre.
 */
export const TRAVEL_PASSPORT_KEEPER = literalGate(
  /酒店|饭店|宾馆|旅馆|民宿|前台|柜台|房东|租车|租摩托|签证中心|\b(?:hotels?|hostels?|guest ?houses?|front desk|reception|check-?in|checkout|landlord|(?:bike|scooter|motorbike|car) (?:rental|hire)|rent(?:al|ing)? (?:a )?(?:bike|scooter|motorbike|car)|visa (?:centre|center|office))\b/,
);

/**
 * A traveller's passport left at a hotel's desk or a hire shop ("guesthouse reception wants to hold my passport till
 * checkout"): no one held, unless a job, a captor or a hold is told too ("the hotel where they sent us for the job").
 */
function isPassportWithTravelKeeper(canonical: string): boolean {
  return (
    TRAVEL_PASSPORT_KEEPER.test(canonical) &&
    !KEEPER_HOLDS_IT.test(canonical) &&
    !WORK.test(canonical) &&
    !CAPTOR.test(canonical) &&
    !HELD_THERE.test(canonical)
  );
}
/** A keeper who will not give it back, or only against money or a debt paid: a hold, whoever keeps it. */
export const KEEPER_HOLDS_IT =
  /不还|不给|不(?:肯|愿意?)还|拒绝(?:归)?还|不让(?:走|离开)|还清|还钱|赎|\b(?:won'?t|will not|wouldn'?t|refus\w*(?: to)?|not) (?:give|giving|return|returning|hand|handing) (?:it |them )?(?:back|over)?|until (?:i|we) pay|pay (?:off )?(?:the |my |our )?(?:debt|money|fine)|won'?t let (?:me|us) (?:go|leave)\b/;

/**
 * A parent or grandparent who hits or threatens to hit ("我妈说我不听话就打我", "my dad beats me when I fail a test"): a
 * home's discipline, not a captor's, where no place abroad and no "they" are named ("my mom says they beat my brother in
 * the compound" is a relative's news).
 */
const PARENT_HITS = new RegExp(
  `(?:${FAMILY_KEEPERS_ZH})[^,。!?]{0,10}(?:打|揍)|\\b(?:${FAMILY_KEEPERS_EN})\\b[^.!?]{0,24}\\b(?:hit|hits|hitting|beat|beats|beating|spank\\w*|slap\\w*|whip\\w*|kill)\\b`,
);
function isParentsDiscipline(canonical: string): boolean {
  return PARENT_HITS.test(canonical) && !HOLD_CONTEXT.test(canonical) && !UNNAMED_CAPTOR.test(canonical);
}
function isFamilyKeepingPapers(canonical: string): boolean {
  return FAMILY_KEEPS_PAPERS.test(canonical) && !HOLD_CONTEXT.test(canonical) && !CAPTOR.test(canonical);
}

/** A passport that was kept and is back (PASSPORT_GIVEN_BACK), with nothing else of danger told: the hold is over. */
function isPassportBack(canonical: string): boolean {
  const signals = signalsIn(canonical);
  return signals.every((signal) => signal.reason === "passport") && PASSPORT_GIVEN_BACK.test(canonical);
}

/**
 * Kept in for an everyday reason (exam week, a house rule, a hospital stay, a lockdown, leave for a holiday): "救命" said
 * of it is an exclamation, not a plea for someone held.
 */
export function isKeptInForEverydayReason(typed: string): boolean {
  return isEverydayHold(forDangerReading(typed));
}

export function givesEverydayReason(typed: string): boolean {
  const canonical = forDangerReading(typed);
  return (
    isPassportCondition(canonical) ||
    isEverydayHold(canonical) ||
    isSilenceOnHoliday(canonical) ||
    asksWhenSilenceWorries(canonical) ||
    ((EVERYDAY_SILENCE.test(canonical) ||
      isPhoneKeptByEverydayRule(canonical) ||
      SILENT_ONLY_TODAY_OR_LONG_AGO.test(canonical) ||
      LATE_AT_WORK.test(canonical)) &&
      !HOLD_CONTEXT.test(canonical)) ||
    asksWhetherItWill(canonical) ||
    asksWhatIsAllowed(canonical) ||
    isSilenceNoOneHeld(canonical) ||
    isPassportBack(canonical) ||
    isFamilyKeepingPapers(canonical) ||
    isSupposedBeforeSigning(canonical) ||
    asksAboutPunishmentOnReturn(canonical) ||
    isInMilitaryService(canonical) ||
    isSoldOutByBlame(canonical)
  );
}

/**
 * A service that cannot be reached ("can't reach customer service of my bank", "cannot contact the embassy hotline"):
 * an errand, not a person gone silent, unless a relative is named too.
 */
const SERVICE =
  "(?:customer service|customer care|support|help ?desk|hotline|bank|office|shop|store|seller|website|company|embassy|consulate|landlord|airline|insurance|insurer|school|university)";
const SERVICE_UNREACHABLE = new RegExp(
  `\\b(?:(?:can't|cannot|unable to|couldn't) (?:reach|contact|get hold of|get through to)|no (?:news|word|reply|response|communication|contact|answer) from) (?:the |my |our |their |his |her )?(?:\\w+ )?${SERVICE}\\b`,
);

/**
 * Danger reasons that an offer's own wording raises ("hand your passport to HR", "don't be afraid"): in an offer they
 * are conditions the verdict flags, unless an event is told beside them.
 */
export const OFFER_CONDITION_REASONS: ReadonlySet<DangerReason | undefined> = new Set<DangerReason>([
  "passport",
  "distress",
]);

/**
 * Someone beaten or moved against their will now, or shut in (locked up, confined, kidnapped: SHUT_IN): answered before
 * a passport told beside it. Not let go home for want of the passport ("扣起我本護照唔俾我走") is the passport's answer.
 */
const HOLD_NOW_REASONS: ReadonlySet<DangerReason> = new Set<DangerReason>(["beaten", "trafficked"]);
const SHUT_IN =
  /关(?:在|起|着|住|进)|锁(?:在|着|起|住)|禁锢|囚禁|软禁|绑架|小黑屋|\b(?:locked (?:up|in|inside)|lock(?:s|ed|ing)? (?:me|us|him|her|them)|detained|imprisoned|kidnapp\w*|abduct\w*|held (?:captive|hostage|prisoner)|chained|handcuff\w*|confined|captives?)\b/;

/**
 * A question whether something will happen if the writer goes ("will they take my passport if I work in Dubai?",
 * 是不是会被扣护照, 会不会): asked, not told, when nothing is told as already done (TOLD_ALREADY).
 */
const ASKS_WHETHER_IT_WILL =
  /\b(?:will|would|do|does) (?:they|the (?:employers?|company|companies|boss|agency|agents?|sponsors?)|employers?|companies|agencies)\b[^.!?]{0,40}\b(?:if|when) (?:i|we)\b|\b(?:if|when) (?:i|we)\b[^.!?]{0,40}\b(?:will|would|do|does) (?:they|the (?:employers?|company|boss|agency|agents?|sponsors?))\b|(?:如果|要是|去|到)[^,。!?]{0,12}(?:是不是会|会不会|是否会)/;
const TOLD_ALREADY =
  /了|已经|现在|这里|这边|我在|我们在|(?<![会要])被|\b(?:took|taken|kept|confiscated|seized|held|holding|keeping|has|have|had|did|was|were|still|am|are|is|i'm|we're|now|here)\b/;
/** A grave harm or an escape in such a question ("will they kill me if I escape?"): a held person's fear, not a plan. */
const GRAVE_OR_ESCAPE = new RegExp(`\\b(?:${GRAVE_HARM}|hit|sell|escape|run away|run)\\b|打|杀|卖|逃|跑`);
function asksWhetherItWill(canonical: string): boolean {
  return (
    ASKS_WHETHER_IT_WILL.test(canonical) &&
    !TOLD_ALREADY.test(canonical) &&
    !RELATIVE.test(canonical) &&
    !GRAVE_OR_ESCAPE.test(canonical)
  );
}

/**
 * Whether an employer may keep a passport, asked as a rule ("can my employer keep my passport?", "公司扣留員工護照合法
 * 嗎?", "what to do if my boss takes my passport"): the passport answer
 * without the contacts, unless the message tells it as done (taken, kept now, made to sign: PASSPORT_KEPT_NOW).
 */
const ASKS_WHAT_IS_ALLOWED = new RegExp(
  `${ABOUT_THE_LAW.source}|正常吗|是正常的吗|是不是正常|正不正常|\\bcan (?:my|an?|the|your|someone|anyone) (?:employer|company|boss|agency|agent|sponsor|madam|recruiter|hr)s?\\b|(?:老板|公司|雇主|中介|单位|用人单位)(?:可以|可不可以|能不能|能否|有没有权|有权)|\\bis it (?:ok|okay|normal|allowed)\\b|\\b(?:boleh (?:ke|tak|ka|gak|nggak|kah)|bolehkah|pwede (?:ba|bang)|puwede (?:ba|bang))\\b|\\bdo (?:i|we) (?:have the right|get) to keep\\b|\\blegality\\b|\\bwhat (?:to do|should i do|can i do|do i do) (?:if|when)\\b`,
);
const PASSPORT_WORD = new RegExp(`${DOCUMENT}|\\b(?:${DOCUMENT_EN})\\b`);
const PASSPORT_KEPT_NOW =
  /了|已经|现在|一直|说|\b(?:dah|sudah|telah|kinuha|kinumpiska|hawak|took|taken|kept|confiscated|seized|withheld|made|forced|sign|signed|asked|told|now|still|already|(?:is|are|has been|have been) (?:keeping|holding))\b/;
function asksWhatIsAllowed(canonical: string): boolean {
  return (
    PASSPORT_WORD.test(canonical) &&
    ASKS_WHAT_IS_ALLOWED.test(canonical) &&
    !PASSPORT_KEPT_NOW.test(canonical) &&
    !PASSPORT_REFUSED.test(canonical) &&
    !RELATIVE.test(canonical)
  );
}

/**
 * Where silence is alarming (issue 12: "gone silent abroad"): the person is abroad, in a compound or under captors, or
 * went away for a job ("去缅甸打工后", "after going to Cambodia for a job"). Where none of this is said, a relative gone
 * silent is still read as danger (a family's first words rarely say where), but a partner or someone working or
 * studying at home (在上海上班: abroad would have been said) is no one JobSafe's contacts can help.
 */
const LEFT_FOR_WORK =
  /(?:去|到|出)[^,。!?]{0,8}(?:打工|工作|上班|做工|干活|做客服)|\b(?:went|gone|going|left|moved|flew|travell?ed)\b[^.!?]{0,30}\b(?:for|to) (?:a |the |his |her |their )?(?:jobs?|work)\b|\b(?:job|work) (?:offer|contract) (?:abroad|overseas|in)\b|\bnagtatrabaho\b|\bkerja di\b/;
const SILENT_AT_HOME =
  /男朋友|女朋友|男友|女友|对象|前任|网友|\b(?:boyfriend|girlfriend|bf|gf|ex|crush|date)\b|在[^,。!?]{1,6}(?:上班|工作|打工|上学|读书)/;
function silenceMayBeDanger(canonical: string): boolean {
  return (
    HOLD_CONTEXT.test(canonical) ||
    ABROAD_CUE.test(canonical) ||
    LEFT_FOR_WORK.test(canonical) ||
    !SILENT_AT_HOME.test(canonical)
  );
}

/**
 * How long a silence should worry a family, asked in general ("how many days before we should worry if someone
 * overseas stops replying?", "在国外的家人多久没联络要开始担心"), of someone abroad or away for work: the lost-contact answer
 * without the contacts, unless the message tells of someone silent now (already, since, for days).
 */
const ASKS_WHEN_SILENCE_WORRIES =
  /\bhow (?:long|many (?:days|weeks|hours))\b[^.!?]{0,80}\b(?:before|until|till|too long|is (?:normal|ok|okay))\b|\bwhen (?:should|do|does|must|would|is it time for) (?:we|i|you|a family|families|parents|people|one)\b[^.!?]{0,20}\b(?:worry|worried|concerned|panic|report)\b|(?:多久|多长时间|几天)[^,。!?]{0,12}(?:担心|着急|报警|不正常|不对劲|有问题|算失联)/;
const SILENT_NOW =
  /已经|已|现在|目前|这几天|\b(?:already|now|since|currently|hasn't|haven't|has not|have not|didn't|did not|for (?:\d+|two|three|four|five|six|seven|a few|several) (?:days|weeks|months))\b/;
export function asksWhenSilenceWorries(canonical: string): boolean {
  return (
    ASKS_WHEN_SILENCE_WORRIES.test(canonical) &&
    (ABROAD_CUE.test(canonical) || LEFT_FOR_WORK.test(canonical)) &&
    !SILENT_NOW.test(canonical) &&
    !HELD_THERE.test(canonical)
  );
}

/** Reads danger signals in canonical text (`normalizeText(...).text`). */
export function detectDangerInCanonical(typed: string): DangerSignal {
  const canonical = forDangerReading(typed);
  // How the message frames a signal is read only once one fires: most messages (every pasted ad) have none.
  let framing: SignalFraming | undefined;
  let condition: DangerReason | undefined;
  for (const signal of signalsIn(canonical)) {
    if (signal.reason === "passport" && THEFT.test(canonical)) continue;
    if (signal.reason === "silent" && isMoneyTakerGone(canonical)) continue;
    if (
      signal.reason === "silent" &&
      (EVERYDAY_SILENCE.test(canonical) || isPhoneKeptByEverydayRule(canonical)) &&
      !HOLD_CONTEXT.test(canonical)
    )
      continue;
    if (signal.reason === "silent" && SILENT_ONLY_TODAY_OR_LONG_AGO.test(canonical) && !HOLD_CONTEXT.test(canonical))
      continue;
    if (signal.reason === "silent" && isSilenceOnHoliday(canonical)) continue;
    if (signal.reason === "silent" && asksWhenSilenceWorries(canonical)) continue;
    // A phone taken in camp and the silence after it are the service's rule, not a captor's.
    if ((signal.reason === "silent" || signal.reason === "held") && isInMilitaryService(canonical)) continue;
    if (signal.reason === "silent" && !silenceMayBeDanger(canonical)) continue;
    if (signal.reason === "silent" && SERVICE_UNREACHABLE.test(canonical) && !RELATIVE.test(canonical)) continue;
    if (
      (signal.reason === "held" || signal.reason === "ransom") &&
      LATE_AT_WORK.test(canonical) &&
      !HOLD_CONTEXT.test(canonical)
    )
      continue;
    if (
      (signal.reason === "held" || signal.reason === "distress") &&
      (isEverydayHold(canonical) || isEverydayTrap(typed))
    )
      continue;
    if ((signal.reason === "beaten" || signal.reason === "held") && isParentsDiscipline(canonical)) continue;
    if ((signal.reason === "held" || signal.reason === "distress") && isDetainedByTheLaw(canonical)) continue;
    if (signal.reason === "trafficked" && isSoldOutByBlame(canonical)) continue;
    if (signal.reason === "trafficked" && FAMILY_WARNS_OF_SALE.test(canonical)) continue;
    if (
      signal.reason === "ransom" &&
      JOB_FEE.test(canonical) &&
      !RELEASE.test(canonical) &&
      !HELD_THERE.test(canonical.replace(FEE_DESTINATION, " "))
    )
      continue;
    if (signal.reason === "passport" && isPassportCondition(canonical)) continue;
    if (signal.reason === "passport" && (asksWhetherItWill(canonical) || asksWhatIsAllowed(canonical))) continue;
    if (signal.reason === "passport" && PASSPORT_GIVEN_BACK.test(canonical)) continue;
    if (signal.reason === "passport" && isSupposedBeforeSigning(canonical)) continue;
    // "I overstayed because they kept my passport, will I be jailed at home?": the passport is the story behind the
    // question, unless it is still kept (asksAboutPunishmentOnReturn reads STILL_THERE and a hold now).
    if (signal.reason === "passport" && asksAboutPunishmentOnReturn(canonical)) continue;
    if ((signal.reason === "passport" || signal.reason === "held") && isFamilyKeepingPapers(canonical)) continue;
    if (signal.reason === "passport" && isPassportWithTravelKeeper(canonical)) continue;
    if (signal.reason === "ransom" && ADVICE_AGAINST_PAYING.test(canonical)) continue;
    if (PREVENTION.test(withoutRestraints(canonical))) continue;
    if (VICTIMS_REPORTED.test(canonical) && !NAMES_SOMEONE_OF_THEIRS.test(canonical)) continue;
    if (isReportAboutMany(canonical)) continue;
    // News pasted about others ("read this: police rescued 200 victims…", 新闻说…): no one of the writer's.
    if (STORY_OR_REPORT.test(canonical) && !NAMES_SOMEONE_OF_THEIRS.test(canonical)) continue;
    // A landlord keeping a deposit at home is a tenant's dispute; a landlord who locks people in or beats them is not.
    if (
      signal.reason !== "beaten" &&
      !LOCKED_IN.test(canonical) &&
      LANDLORD.test(canonical) &&
      !SET_ABROAD.test(canonical) &&
      !COMPOUND_PLACE_NAMES.test(canonical)
    )
      continue;
    if (isEverydayFrame(canonical)) continue;
    framing ??= readFraming(canonical);
    if (signal.event && (framing.framedAsQuestion || framing.alreadySafe)) continue;
    // Freed after a ransom was paid, home after a passport was kept: the ransom or the passport is history.
    if ((signal.reason === "ransom" || signal.reason === "passport") && framing.alreadySafe) continue;
    if (framing.aboutTheLaw) continue;
    if (signal.needsVictim && !(signal.reason === "silent" ? framing.aboutSomeoneElse : framing.hasVictim)) continue;
    // A passport kept can be an offer's condition: read on for an event told beside it (held, unpaid, not let home).
    if (OFFER_CONDITION_REASONS.has(signal.reason)) {
      condition ??= signal.reason;
      continue;
    }
    // Held, beaten or moved now beside a passport kept: the passport is one of the hold's facts, and the hold's answer
    // (call now, the contacts first) leads.
    if (condition && (HOLD_NOW_REASONS.has(signal.reason) || (signal.reason === "held" && SHUT_IN.test(canonical))))
      return { danger: true, reason: signal.reason, event: condition };
    return condition
      ? { danger: true, reason: condition, event: signal.reason }
      : { danger: true, reason: signal.reason };
  }
  // A passport already taken or refused back ("护照被拿走了", "my passport was taken by my employer") is told, not an
  // offer's condition: an event even in a message that reads like an offer.
  if (condition === "passport" && PASSPORT_REFUSED.test(canonical) && !isPassportCondition(canonical))
    return { danger: true, reason: condition, event: condition };
  if (condition) return { danger: true, reason: condition };
  // Distress said on a cancelled flight, in a film or as a joke is the frame's, as for the signals above. A score, a
  // recruiter's words or no word of distress at all rule the route out before the frame is read (the same answers):
  // most pasted ads stop there.
  // A score or a timetable and a recruiter's words rule both routes out (mayTellDistress, mayTellFacts), read once.
  if (GAME_OR_SCHOOL.test(canonical) || RECRUITING.test(canonical)) return { danger: false };
  const mayWeigh = ANY_DISTRESS.test(canonical);
  const mayTell = !isOfferTerms(canonical) && ANY_TOLD_FACT.test(canonical);
  if (!mayWeigh && !mayTell) return { danger: false };
  // Everyday frames (a joke, a film, a pet, a storm) are read once a route has something to say.
  if (mayWeigh) {
    if (isEverydayFrame(canonical) || asksWhenSilenceWorries(canonical)) return { danger: false };
    const weighed = readWeighedCues(canonical);
    if (weighed.danger || !mayTell) return weighed;
  }
  const told = readToldFacts(canonical);
  return told.danger && (mayWeigh || !isEverydayFrame(canonical)) ? told : { danger: false };
}

/**
 * Whether someone will be punished once back ("will she go to prison when she gets home?", "回国以后会不会坐牢", "wapas
 * aayega to case hoga kya"): a question about afterwards. Being forced or trafficked ("was forced to scam", "被骗去柬埔寨")
 * is the story behind it, unless the message says they are still held (STILL_THERE, KIN_HELD_NOW) or tells a beating,
 * a ransom or silence (TOLD_AS_NEWS).
 */
const ASKS_PUNISHED_ON_RETURN = new RegExp(
  [
    `^(?=.*\\b(?:come back|comes back|coming back|comes? home|coming home|gets? (?:back|home)|got (?:back|home) from|go(?:es|ing)? (?:back|home)|return\\w*|back home|is back|are back|wapas|pag-?uwi|umuwi|uuwi|bumalik|balik|pulang)\\b)(?=.*(?:\\b(?:will|would|could|can|does|do|might)\\b(?:\\W+\\w+){0,3}?\\W+(?:be |get )?(?:jailed|arrested|punished|charged|prosecuted|imprisoned|banned|blacklisted|sent to (?:jail|prison)|go to (?:jail|prison)|face (?:charges|jail|prison))\\b|\\b(?:scared|afraid|fears?|worried)\\b(?:\\W+\\w+){0,6}?\\W+(?:get|be|being|getting) (?:arrested|jailed|charged|prosecuted)\\b|\\b(?:will|would|could|might) (?:the )?(?:police|cops|authorities|government)\\b(?:\\W+\\w+){0,2}?\\W+(?:arrest|jail|charge|prosecute|punish|detain)\\w*|\\bcase (?:hoga|hota|banega|lagega)\\b|\\bjail (?:hogi|hoga|jayega|jaega)\\b|\\b(?:makukulong|huhulihin|ikukulong|kakasuhan|ditangkap|dipenjara|didakwa)\\b))`,
    "^(?=.*(?:回国|回来|回到|返回|回去|遣返|回(?:台湾|香港|澳门|大陆|国内|老家|家)))(?=.*(?:会不会|会|要不要)(?:被)?(?:坐牢|判刑|抓|处罚|追究|拘留|起诉|留案底)|.*(?:坐牢|判刑|被抓|处罚|追究|拘留|案底)(?:吗|嘛|么)|.*怕[^,。!?]{0,8}(?:被)?(?:抓|坐牢|判刑|追究|处罚))",
  ].join("|"),
);
const PRESENT_HOLD = /\b(?:is|are|am) (?:now |still |being )*(?:held|locked|detained|trapped)\b|(?:现在|正在)(?:还)?被/;
/** A beating, a ransom or silence told beside the question: news of now, not the story behind it. */
const TOLD_AS_NEWS: ReadonlySet<DangerReason> = new Set(["beaten", "ransom", "silent"]);
export function asksAboutPunishmentOnReturn(canonical: string): boolean {
  return (
    ASKS_PUNISHED_ON_RETURN.test(canonical) &&
    !STILL_THERE.test(canonical) &&
    !KIN_HELD_NOW.test(canonical) &&
    !PRESENT_HOLD.test(canonical) &&
    !signalsIn(canonical).some((signal) => TOLD_AS_NEWS.has(signal.reason))
  );
}

interface SignalFraming {
  framedAsQuestion: boolean;
  /** A general question about what the law allows, with no one named it happened to. */
  aboutTheLaw: boolean;
  alreadySafe: boolean;
  hasVictim: boolean;
  aboutSomeoneElse: boolean;
}

function readFraming(canonical: string): SignalFraming {
  const withoutHearsay = canonical.replace(HEARSAY, " ");
  const hasVictim = VICTIM.test(withoutHearsay);
  return {
    framedAsQuestion:
      (withoutHearsay !== canonical && !RELATIVE.test(withoutHearsay)) ||
      asksInGeneral(canonical) ||
      asksAboutPunishmentOnReturn(canonical) ||
      PREVENTION.test(withoutRestraints(canonical)),
    // "your employer made you sign…" is the writer's own case told in the second person.
    aboutTheLaw: !hasVictim && !SECOND_PERSON.test(withoutHearsay) && ABOUT_THE_LAW.test(canonical),
    // One person home safe says nothing of another who begs for help in the same message.
    alreadySafe:
      ALREADY_SAFE.test(canonical) &&
      !STILL_THERE.test(canonical) &&
      !KIN_HELD_NOW.test(canonical) &&
      !isPleaForHelp(canonical),
    hasVictim,
    aboutSomeoneElse: OTHER_PERSON.test(withoutHearsay),
  };
}

/**
 * Someone already back or free, and no one else still held or pleading ("just got back from the compound", 已经回国了):
 * what to do afterwards.
 */
export function isBackAlready(typed: string): boolean {
  const canonical = forDangerReading(typed);
  return HOME_AGAIN.test(canonical) && readFraming(canonical).alreadySafe;
}
/** Home again, said of someone ("got back from the compound", "came home last week", 已经回国了): not rescued in general. */
const HOME_AGAIN = new RegExp(
  `\\b(?:got|gotten|came|made it|flew|flown) (?:back |home )+(?:from\\b[^.!?]{0,30}\\b(?:compounds?|camps?|abroad|overseas|${PLACES_EN})\\b|safely\\b|last (?:week|month|year)\\b|now\\b|already\\b)|\\b(?:is|are) (?:back home|home now|home safe)\\b|已经回(?:国|来|家|到)|(?<![要想备算快没能])回(?:来|国|家)了|刚(?:刚)?从[^,。!?]{0,10}回(?:来|国|到)|回到(?:台湾|香港|澳门|大陆|国内|老家|家乡|家)`,
);

/**
 * Whether the message uses the words of any danger signal or pleads for help, however it frames them (a question,
 * hearsay, someone already back): it is then about someone held, missing or in danger, which JobSafe covers.
 */
export function namesDanger(typed: string): boolean {
  const canonical = forDangerReading(typed);
  // A debt to the company or a phone taken is danger only with context, but words of one, unless a loan's everyday
  // purpose or a school's or workplace's rule is said, are still about a hold for the matcher.
  return (
    signalsIn(canonical).length > 0 ||
    isPleaForHelp(canonical) ||
    (DEBT_TO_CAPTOR.test(canonical) && !EVERYDAY_LOAN.test(canonical)) ||
    (PHONE_TAKEN.test(canonical) && !PHONE_RULE_AT_HOME.test(canonical) && !asksWhetherItWill(canonical))
  );
}

/**
 * The person is back or free, says they are well, and no one else is still held or pleading ("my cousin escaped last
 * year and is doing fine now"): what to do afterwards, not the contacts first. Escaped and hiding is still danger.
 */
export function isSafeAndWell(typed: string): boolean {
  const canonical = forDangerReading(typed);
  return WELL_NOW.test(canonical) && readFraming(canonical).alreadySafe;
}
/**
 * Well, as people say it of themselves or of someone (平安, 挺好, 一切都好, 过得不错, 佢好好, "he's ok", "okay naman siya", "theek
 * hai"); pay or a place said to be good (工资很好, 那边待遇不错) and "not well" (不太好) are not.
 */
const WELL_NOW = new RegExp(
  [
    "(?<!没(?:有)?[^,。!?]{0,6}报)平安",
    "没事了|安全了",
    "(?<!工资|薪水|薪资|待遇|条件|收入|福利|环境|前景|机会|不|不是|不太)(?:挺好|很好|不错|几好)",
    "一切(?:都|也)?(?:很|挺)?(?:好|安好|正常|顺利)",
    "过得(?:很|挺|几|还|都|也)?(?:好|不错|可以|开心)",
    "(?:他|她|佢|人)(?:都|也)?(?:好好|几好)(?![工干做读学说想照休吃])",
    "\\b(?:doing (?:fine|well|ok|okay|better)|(?:is|are|am) (?:fine|safe|ok|okay|well) now|safe and sound|back home (?:now|safely))\\b",
    "\\b(?:he|she|they)(?:'s|'re| is| are| was| were| looks?| seems?)(?: doing)? (?:fine|ok|okay|alright|all right|well|happy|safe|good|great)\\b",
    "\\b(?:ok|okay|ayos|maayos|mabuti)(?: lang)? naman\\b|\\b(?:ok|okay|ayos) lang (?:siya|sya|sila)\\b|\\b(?:theek|thik|sab theek) (?:hai|hain|thak)\\b|\\bbaik-? ?baik\\b",
  ].join("|"),
);

/**
 * News or a report about others, with no one of the writer's named ("the kidnapping case in the news was so scary"):
 * where no danger was read from its facts, an emergency entry its words reach is answered without the contacts.
 */
export function isNewsAboutOthers(typed: string): boolean {
  const canonical = forDangerReading(typed);
  return NEWS.test(canonical) && !NAMES_SOMEONE_OF_THEIRS.test(canonical);
}
/** The news named as such: an article, a report, a documentary (not "recruited", which a relative's story says too). */
const NEWS =
  /新闻|报道|纪录片|记者|\b(?:in the news|on the news|news (?:report|article|story)|newspaper|documentary|article)\b/;

/** The danger signal of a message, read once for the matcher and the router. */
export const dangerOf: Reader<DangerSignal> = (read) => detectDangerInCanonical(read.canonical);

/**
 * Tells whether a message says that someone is in danger now, and why; any language, any script.
 * Used before Q&A matching so that such messages get the emergency answer first.
 */
export function detectDanger(text: string | ReadText): DangerSignal {
  return ReadText.of(text).derive(dangerOf);
}

/**
 * A passport, ID, wallet or phone lost or stolen (on a holiday, in a taxi), with no one keeping it from its owner: a
 * consular or police errand outside JobSafe's scope, not a sign of trafficking.
 */
const BELONGINGS = new RegExp(
  `${DOCUMENT}|钱包|财物|金钱|现金|行李|手机|\\b(?:${DOCUMENT_EN}|wallets?|purses?|money|cash|luggage|bags?|phones?)\\b`,
);

export function isLostBelongings(canonical: string): boolean {
  return (
    BELONGINGS.test(canonical) && THEFT.test(canonical) && !PASSPORT_RETAINED.test(canonical.replace(THEFT_WORDS, " "))
  );
}

/** A message that only greets, thanks or chats ("hi po! good morning", "thanks a lot!", "👍", "谢谢你"): never an entry. */
const SMALL_TALK =
  /^(?:[\s.,!?~:;'"()…。、]|\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\b(?:hi|hello|hey|good|morning|afternoon|evening|night|po|ok|okay|thanks|thank you|thx|ty|tq|so much|very much|a lot|noted|bye|lol|haha|test|yo|sup)\b|你好|您好|哈喽|哈囉|早上好|晚上好|早安|晚安|谢谢你|谢谢您|谢谢|多谢你|多谢|收到|好的|拜拜|嗨|在吗|在不在|哈哈|呵呵)+$/u;

export function isSmallTalk(canonical: string): boolean {
  // Emoji and stickers' text fold to nothing: a 👍 is a nod.
  const trimmed = canonical.trim();
  return trimmed === "" || SMALL_TALK.test(trimmed);
}

/**
 * An urgent plea: someone begging to be saved ("救救他", "求求你们帮帮她", "please save my son", "we are dying"). It
 * says a life is at stake whatever else the message is about.
 */
const URGENT_PLEA =
  /救命|救救|求救|求求(?:你们|你|您|大家)(?:帮|救)|\bbachao\b|\btulungan (?:niyo|nyo|mo|n'yo) (?:kami|ako|siya)\b|\btolong (?:selamatkan|bantu|kami)\b|\bsos\b|\b(?:save|rescue) (?:us|me|(?:my|our) (?:son|daughter|child|children|kids?|brother|sister|husband|wife|mother|mom|mum|father|dad|family|cousin|nephew|niece|friend)s?)\b|\bwe are dying\b/;

/**
 * A message that is nothing but a call for help, in any of the users' languages ("help!!", "i need help pls", "求助",
 * "幫幫我", "帮助", "tolong", "saklolo", "madad karo"): it says nothing else to answer, and "not what JobSafe covers" or
 * an entry its one word reaches would be the worst reply to someone who may be in danger.
 */
const CALL_FOR_HELP =
  /^(?:(?:please|pls|plz|urgent|sos)\s+)?(?:(?:(?:i|we) )?(?:really |urgently )?need (?:your |some |urgent )?help|help|帮帮(?:我们|我|忙)|请帮帮(?:我们|我)|求助|求帮助|帮助(?:我们|我)?|(?:我|我们)?(?:需要|要)(?:帮助|帮忙)|tolong(?: saya| kami| bantu)?|saklolo|tulong|tulungan (?:mo|nyo|niyo) (?:ako|kami)|madad(?: karo| chahiye| kijiye)?|bachao)(?:\s*(?:me|us|please|pls|plz|now|asap|urgently|po|lah|la|ah|yaar|吧|啊|呀))*[\s.!?~。！？…]*$/;

/**
 * A bare plea for help ("I don't know what to do", "救命"): emergency contacts are the safest first answer. "Help me"
 * is a plea said alone or with "please", "now", "someone"; before a verb or "with" it asks a favour ("help me water the
 * plants").
 */
const PLEA = new RegExp(
  `${URGENT_PLEA.source}|不知道(?:该|应该)?怎么办|怎么办才好|\\bhelp me\\b(?=\\s*(?:$|[.,!?;:…]|(?:please|pls|plz|now|asap|someone|somebody|anyone|sir|madam|po|guys|god)\\b))|\\bplease help\\b|\\b(?:i|we) (?:don't|do not) know what to do\\b|\\bwhat (?:am i|are we) (?:going to|gonna|supposed to) do\\b`,
);

/**
 * Whether the message is a plea for help. A plea is not itself a danger signal (people also say "I don't know what
 * to do" about a visa form); the matcher routes it to the emergency answer only when no topic matches.
 */
export function isPleaForHelp(canonical: string): boolean {
  return GATED_PLEA.test(canonical) || isUrgentPlea(canonical);
}

const GATED_PLEA = literalGate(PLEA);

/**
 * "救下我" / "救一下我" is also what people say about an Excel formula or a broken computer: a plea only with fear or a
 * place where someone is held.
 */
const CASUAL_SAVE_ME = /救(?:下|吓|一下)(?:我|我们|他|她|他们)/;
const CASUAL_PLEA = withContext(CASUAL_SAVE_ME, DISTRESS, HOLD_CONTEXT);
const GATED_URGENT_PLEA = literalGate(URGENT_PLEA);

/** Whether the message begs for someone to be saved (see `URGENT_PLEA`): never turned away as off-topic. */
export function isUrgentPlea(canonical: string): boolean {
  return GATED_URGENT_PLEA.test(canonical) || CASUAL_PLEA.test(canonical) || CALL_FOR_HELP.test(canonical.trim());
}

/** Escaping, running away: what a held person speaks of even when no other word of danger is in the message. */
const ESCAPE = /\bescap\w*|\brun away\b|逃/;

/**
 * Whether anything in the message sounds like someone in trouble: a danger signal's words however framed, a plea,
 * distress in any words (fear, tears, wanting to come home, a weak cue of src/content/distress-cues.ts) or escaping.
 * "My daughter is working in Dubai and loves her job" shares its words with an emergency entry but says none of this:
 * the matcher then answers that entry without the contacts first.
 */
export function soundsAlarming(typed: string): boolean {
  const canonical = forDangerReading(typed);
  return (
    namesDanger(canonical) ||
    isPleaForHelp(canonical) ||
    ANY_DISTRESS.test(canonical) ||
    DISTRESS.test(canonical) ||
    ESCAPE.test(canonical)
  );
}

/**
 * The second route (issue 12): weak cues that together say someone is in danger now, in wording no phrase pattern
 * knows. A window of two sentences must name a person of the writer's own (the writer, a relative or friend), a
 * situation and distress (src/content/distress-cues.ts), weighed. A situation scores 2 abroad, in a compound or "here"
 * (where the writer is), 1 under an employer or unnamed captors ("they", the building); distress adds its classes'
 * weights (harm 3; threats, ransom, a hold, pay or a phone kept abroad, silence 2; being stuck, hunger, a plea, fear
 * 1). A window says danger at 4 with distress of 2 or more: abroad, one strong class or two weak ones; under an
 * employer, harm done, or a hold and a plea. Framing is read as the phrase patterns read it (readFraming, PREVENTION,
 * givesEverydayReason, isLostBelongings), plus the stories, reports, advice, plans and jokes this route must not read.
 */
function cueSource({ han, latin }: CueClass): string {
  const parts = [...han];
  if (latin.length > 0) parts.push(`\\b(?:${latin.join("|")})\\b`);
  return parts.join("|");
}
const cueRegExp = (...classes: CueClass[]): RegExp => new RegExp(classes.map(cueSource).join("|"));

const WRITER_CUE = cueRegExp(cues.WRITER);
const CLOSE_CUE = new RegExp(`${RELATIVE.source}|${cueSource(cues.MORE_RELATIVES)}`);
const THIRD_PERSON_CUE = cueRegExp(cues.THIRD_PERSON);
const ABROAD_CUE = new RegExp(`${ABROAD}|${COMPOUND_PLACES.source}|${cueSource(cues.ABROAD_MORE)}`);
const EMPLOYER_CUE = cueRegExp(cues.EMPLOYER);
const HERE_CUE = cueRegExp(cues.HERE_OR_THERE);
const CAPTORS_CUE = cueRegExp(cues.UNNAMED_CAPTORS);

/** Each distress class, with the bit it sets in a sentence's reading; negatable ones are read match by match. */
const DISTRESS_CLASSES = [
  cues.HARM,
  cues.THREAT,
  cues.RANSOM,
  cues.RESTRAINED,
  cues.STUCK,
  cues.DEPRIVED,
  cues.HUNGRY,
  cues.SILENT,
  cues.NEED,
  cues.FEAR,
] as const;
const bitOf = (distress: (typeof DISTRESS_CLASSES)[number]): number => 1 << DISTRESS_CLASSES.indexOf(distress);
const HARM = bitOf(cues.HARM);
const THREAT = bitOf(cues.THREAT);
const RANSOM = bitOf(cues.RANSOM);
const RESTRAINED = bitOf(cues.RESTRAINED);
const STUCK = bitOf(cues.STUCK);
const DEPRIVED = bitOf(cues.DEPRIVED);
const HUNGRY = bitOf(cues.HUNGRY);
const SILENT = bitOf(cues.SILENT);
const NEED = bitOf(cues.NEED);
const FEAR = bitOf(cues.FEAR);
const DISTRESS_CUES = DISTRESS_CLASSES.map((c) => new RegExp(cueSource(c), c.negatable ? "g" : ""));
// Gated: most messages lack every cue's words, and then the expression (about 2 MB of machine code once compiled) is
// neither run nor compiled; a message with a few cues runs only their phrases.
const ANY_DISTRESS = literalGate(new RegExp(DISTRESS_CLASSES.map(cueSource).join("|")));
/** Classes a travel mishap also has (stuck, scared, hungry, asking for help): they count only off a trip. */
const WEAK_CLASSES = STUCK | NEED | FEAR | HUNGRY;

/** A negation just before a cue: "not beaten", "no one hit me", "don't be afraid", "不怕", "没被打". */
const NEGATED_BEFORE =
  /(?:\b(?:not|never|no|nobody|don't|didn't|doesn't|won't|wasn't|weren't|isn't|aren't|hindi|huwag|wag|tidak|tak|bukan|jangan|nahi|nahin|mat)\b(?:\s+\w+)?|\bno need to(?: be)?|[不没未别](?:有|会|要|用|再|曾|必)?)[\s,.'"…-]*$/;

/** Cues after "what if", "如果", "kung sakali"… to the end of the sentence: a hypothetical, not an event. */
const HYPOTHETICAL =
  /\bwhat if\b|\bwhat (?:should|do|can|would|will|happens)\b[^.!?]{0,24}\bif\b|\bwhat happens (?:if|when)\b|\bin case\b|\bsuppose\b|\bif ever\b|如果|万一|假如|要是|假设|\bpaano kung\b|\bkung sakali\b|\b(?:bagaimana|macam mana|gimana) kalau\b|\bseandainya\b|\bjika\b[^.!?]*$/;
/**
 * A kept passport supposed ("if", "假如") and asked before signing ("asking before I sign", "我还没签合同"): a question
 * about the terms, no event.
 */
const SUPPOSED = /\b(?:if|suppose|supposing|hypothetically)\b|如果|假如|万一|要是|假设/;
const NOT_YET_SIGNED =
  /还没签|未签|签(?:约|合同)?之前|\b(?:before (?:i|we) sign|before signing|haven'?t signed|have not signed|not (?:yet )?signed)\b/;
function isSupposedBeforeSigning(canonical: string): boolean {
  return SUPPOSED.test(canonical) && NOT_YET_SIGNED.test(canonical);
}
/** Long ago, unless the sentence says it is still so now. */
const LONG_AGO =
  /\b(?:years? ago|long ago|decades? ago|back in (?:19|20)\d\d|in (?:19|20)\d\d|when i was (?:young|a kid|little))\b|多年前|几年前|\d+年前|那年|当年|小时候/;
const NOW =
  /现在|还在|仍在|依然在|目前|\b(?:now|currently|ngayon|sekarang|masih|abhi)\b|\bstill (?:there|here|held|in|inside|stuck|trapped|missing|locked)\b/;
/** A story or a report about others: a film, a drama, a news article, a court's words. */
const STORY_OR_REPORT =
  /电影|电视剧|剧情|小说|纪录片|游戏里|游戏中|新闻(?:报道|说)|报道(?:说|称)|据(?:报道|警方|新闻)|日讯|记者|\b(?:read this|news says|(?:saw|seen|read|heard) (?:it|this|that|about it) (?:on|in) the news|on the news|police rescued|rescued \d+|\d+ victims|movie|film|drama|tv series|episode|novel|documentary|(?:news|newspaper) (?:report|article|story)|in the news|according to|the (?:police|court|verdict|report|ministry) (?:said|says)|in the game|video game|victims (?:were|are)|migrants (?:were|are)|recruited|declined to be named|subsequently)\b/;
/** Held by the police (an arrest, a detention at an airport): a consular matter, not captors. */
const POLICE_HOLD =
  /(?:警方|警察|公安|移民局)[^,。!?]{0,6}(?:扣留|拘留|逮捕|抓)|签证(?:过期|逾期)|\b(?:arrested|police custody|(?:detained|held|handcuffed|cuffed) by (?:the )?(?:police|cops|immigration|authorities)|overst(?:ay|ayed|aying))\b/;
/**
 * Held by the law at home: a detention centre or a police station (看守所, 拘留所, 派出所), a criminal detention (刑拘), an
 * arrest for a crime ("因为诈骗被抓", "arrested for fraud", "in police custody"). Not captors, unless the message says
 * abroad, a compound or a captor beside it (isDetainedByTheLaw).
 */
const DETAINED_BY_THE_LAW =
  /看守所|拘留所|派出所|戒毒所|刑拘|刑事拘留|行政拘留|被(?:警察|公安|警方|法院)[^,。!?]{0,4}(?:抓|带走|拘|逮捕|判)|(?:因为?|涉嫌)[^,。!?]{0,8}(?:诈骗|盗窃|偷窃|偷东西|贩毒|吸毒|赌博|打架|斗殴|酒驾|醉驾|抢劫|洗钱|帮信|犯罪|违法)[^,。!?]{0,4}被(?:抓|捕|拘|判)|\b(?:police custody|arrested (?:for|on)|police station|remanded)\b/;
const DETAINED_BY_THE_LAW_WORDS = new RegExp(DETAINED_BY_THE_LAW.source, "g");
function isDetainedByTheLaw(canonical: string): boolean {
  if (!DETAINED_BY_THE_LAW.test(canonical)) return false;
  // 看守所 holds 看守 (a guard): the detention's own words are no captor's.
  const rest = canonical.replace(DETAINED_BY_THE_LAW_WORDS, " ");
  return (
    !SET_ABROAD.test(rest) && !COMPOUND_PLACES.test(rest) && !COMPOUND_PLACE_NAMES.test(rest) && !CAPTOR.test(rest)
  );
}
/** Advice to others ("we advise workers…", "切勿…"): a warning, not an event. */
const ADVICE =
  /\b(?:we|i) (?:advise|recommend|urge|encourage|remind)\b|\btips?\b|\bmake sure\b|\byou should\b|\bnever (?:hand|give|pay|let|accept|sign)\b|建议|提醒|切勿|谨防|警惕/;
/** Someone still weighing an offer or a departure: the check's question, not someone held. */
const PLANNING =
  /(?<!说)要去|打算|准备去|想去|应不应该去|该不该去|能不能去|去之前|靠谱|是不是骗|\b(?:going to go|wants? to go (?:to|there|abroad)|planning to|thinking of going|before (?:i|he|she|we|they) (?:go|leave)|offered|legit|is (?:it|this|that) (?:a )?scam|verify|balak|mau pergi|jaana chahta)\b/;
/** A trip (a holiday, a flight, an airport): stuck, scared or asking for help there is a travel mishap. */
const ON_A_TRIP = new RegExp(
  `${HOLIDAY_WORDS}|出差|航班|机场|\\b(?:business trip|tour|flights?|airport|bercuti|bakasyon|lapangan terbang|penerbangan|bandara|paliparan)\\b`,
);
/** Out of the place already ("he fled the compound", "已经逃出"): ALREADY_SAFE's plain past, in more words. */
const FLED =
  /\b(?:fled|ran away from|was released|were released|has been released|have been released)\b|逃了出来|逃出了|已经逃/;
/** A joke ("lol", "哈哈"): "the boss will kill me, lol" is a figure of speech. */
const JOKING = /\b(?:lol|lmao|rofl|haha\w*|hehe\w*|jk)\b|哈哈|呵呵|嘻嘻|开玩笑/;
const SET_ABROAD = new RegExp(ABROAD);
const PET = /猫|狗|宠物|鹦鹉|\b(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pets?|parrots?|aso|pusa|kucing|anjing)\b/;
/**
 * A history lesson or book ("历史课讲到猪仔贸易", "the coolie trade"): people sold long ago, not now. 卖猪仔 alone is today's
 * word for selling someone to a compound.
 */
const HISTORY =
  /历史(?:课|上|书|课本|老师)|史上|猪仔(?:贸易|华工|馆)|\b(?:history (?:class|lesson|book|teacher)|in history|historically|coolie (?:trade|labou?r))\b/;
/** A film, a series, a novel or a game: its hostages are no one's relative. */
const FICTION =
  /电影|电视剧|剧情|小说|游戏里|游戏中|这一幕|那一幕|\b(?:movie|film|drama|tv series|episode|novel|video game|in the game|the scene (?:where|when|in which|with))\b/;
/**
 * A film, a series or a game watched or told about, a novel or a podcast read or heard ("watched a film about a guy
 * trapped in a compound", "看了一部讲园区的电影", "the podcast I listened to was about…"): its plot, wherever it is set,
 * unless a relative of the writer's is in the message too. A film named only as a likeness ("held in Cambodia, like in
 * a film") is not watched.
 */
const WATCHED_FICTION =
  /\b(?:read(?:ing)?|listen(?:ed|ing)? to|finish(?:ed|ing)?) (?:a|the|this|that|an) (?:\w+ )?(?:novel|book|memoir|podcast|audiobook)\b|\b(?:novel|book|memoir|podcast|audiobook) (?:about|where|on)\b|\bthe (?:novel|book|memoir|podcast|audiobook) (?:i|we) (?:read|heard|listened to)\b|(?:看了|看完|读了|读完|听了|听完)[^,。!?]{0,8}(?:小说|播客|有声书)|\b(?:watch(?:ed|ing)?|saw|seen|see) (?:a|the|this|that|an) (?:\w+ )?(?:film|movie|documentary|doc|docu\w*|series|drama|show)\b|\b(?:film|movie|documentary|doc|drama|series|show|game) (?:about|on|where)\b|(?:看了|看完|看过)[^,。!?]{0,8}(?:电影|剧|纪录片|戏|《)|(?:电影|电视剧|纪录片)[^,。!?]{0,4}(?:讲|说的是|关于)/;
/** Stuck by the weather or a cancelled flight: a traveller's trouble, not captors. */
const TRAVEL_DISRUPTION = new RegExp(
  `${FLIGHT_DISRUPTED}|台风|暴雪|大雪|暴雨|封城|\\b(?:typhoon|snowstorm|storm|blizzard|weather|lockdown|penerbangan dibatalkan)\\b`,
);
/** A computer held for ransom ("勒索病毒", "ransomware", files encrypted): no person is. */
const COMPUTER_RANSOM =
  /勒索病毒|勒索软件|(?:文件|电脑|资料|服务器)[^,。!?]{0,4}(?:被)?加密|\b(?:ransomware|encrypt(?:ed|s)?|decrypt\w*|crypto ?locker|malware|unlock (?:the |our |my )?(?:files|computers?|data|servers?))\b/;
/**
 * Kept in by a school: after class, after school ("the teacher kept us in the room after class"). Not "teacher" alone:
 * an English teacher's job abroad is a lure's.
 */
const SCHOOL_KEPT_IN = /\b(?:after class|after school|homeroom|classroom)\b|留堂|放学后|下课后|班主任|补课/;

/**
 * A story being written or a game being played ("writing a novel where the hero is trafficked", "escape room: players
 * are held captive", "主角被骗去园区", 剧本杀): its captives are characters.
 */
const WRITTEN_OR_PLAYED =
  /密室逃脱|剧本杀|主角|(?:写|构思)[^,。!?]{0,4}(?:小说|故事|剧本)|\b(?:escape rooms?|murder mystery|protagonist|main character|(?:writing|write|wrote|drafting) (?:a |my |the )?(?:novel|story|book|screenplay|script|short story)|my (?:novel|screenplay|short story)|tabletop|larp)\b/;

/** A part in a play or a rehearsal ("playing a hostage negotiator in the school play", 演人质). */
const ACTING =
  /话剧|排练|演(?:一个|个)?(?:人质|绑匪|受害者)|\b(?:school play|musical|rehearsals?|drama club|plays? (?:a|the) (?:role|part)|playing (?:a|the) (?:role|part|\w+ (?:negotiator|hostage|kidnapper|captive|prisoner|victim)))\b/;
/** Grandparents and old times: a family memory of a war or of their childhood. */
const GRANDPARENT =
  /外公|外婆|爷爷|奶奶|阿公|阿嬷|祖父|祖母|\b(?:grand(?:pa|ma|father|mother|parents)|granny|lolo|lola|dadi|nani|atuk|nenek|kakek)\b/;
const OLD_TIMES =
  /战争|抗战|二战|解放前|旧社会|小时候|\b(?:in|during) the (?:war|(?:19|20)\d0s)\b|\bas a (?:child|boy|girl)\b/;

/** Inside a video game ("游戏里", "in the game", "my character"). */
const IN_A_GAME =
  /游戏里|游戏中|游戏角色|\b(?:in the game|in-game|in game|video game|my character|my avatar|minecraft|roblox|gta)\b/;

/**
 * Words that sound like danger said in an everyday frame: a joke, a film's plot, a pet, a traveller stuck by the weather —
 * unless the message is set abroad or names a hold ("my son is held in Cambodia, like in a film").
 */
export function isEverydayFrame(canonical: string): boolean {
  if (WATCHED_FICTION.test(canonical)) return !RELATIVE.test(canonical);
  // A child who plays a hostage in the school play, a grandfather kidnapped in the war: a part, a memory.
  if (ACTING.test(canonical)) return !SET_ABROAD.test(canonical) && !COMPOUND_PLACE_NAMES.test(canonical);
  if (GRANDPARENT.test(canonical) && OLD_TIMES.test(canonical)) return !NOW.test(canonical);
  // Unless set abroad or about someone of the writer's: "my son is held in Myawaddy, they want bitcoin" is a ransom.
  if (COMPUTER_RANSOM.test(canonical) || SCHOOL_KEPT_IN.test(canonical))
    return !SET_ABROAD.test(canonical) && !COMPOUND_PLACE_NAMES.test(canonical) && !RELATIVE.test(canonical);
  // A prison in a video game holds a character: its hold words are the game's, unless set abroad or about kin.
  // A friend who traps the writer in Minecraft "lol" is a player.
  if (IN_A_GAME.test(canonical))
    return (
      !SET_ABROAD.test(canonical) &&
      !COMPOUND_PLACE_NAMES.test(canonical) &&
      (!RELATIVE.test(canonical) || JOKING.test(canonical))
    );
  if (WRITTEN_OR_PLAYED.test(canonical)) return !RELATIVE.test(canonical);
  // "My boss is holding me hostage lol": the hold is the joke's own words; a place abroad, a compound or guards are not.
  if (JOKING.test(canonical)) return !HOLD_CONTEXT.test(canonical.replace(HELD_BY_SOMEONE, " "));
  if (FICTION.test(canonical)) return !HOLD_CONTEXT.test(canonical);
  if (HISTORY.test(canonical)) return !NOW.test(canonical) && !RELATIVE.test(canonical);
  // A cat on a roof or a dog shut in: no one held, unless set abroad or about someone of the writer's.
  if (PET.test(canonical)) return !SET_ABROAD.test(canonical) && !RELATIVE.test(canonical);
  // Stuck at the office in a typhoon: the company is where, not who holds; a hold, a seizure or a captor abroad is not.
  return (
    TRAVEL_DISRUPTION.test(canonical) &&
    !COMPOUND_PLACE_NAMES.test(canonical) &&
    !HOLD_WORD.test(canonical) &&
    !CAPTORS_SEIZE.test(canonical) &&
    !(CAPTOR.test(canonical) && SET_ABROAD.test(canonical))
  );
}
/** A game, a match or a school: "they beat us 3-0", bullies and teachers are not captors. */
const GAME_OR_SCHOOL =
  /\b\d+ ?[-–:] ?\d+\b|\b(?:match|game|games|score|league|tournament|chess|football|basketball|school|classmates?|bull(?:y|ies|ied)|teachers?)\b|比分|比赛|游戏|上线|打机|学校|同学|老师|[一二三四五六七八九十\d]比[一二三四五六七八九十\d]/;
/** A recruiter's own words (本公司, 直招, "we are hiring"): an offer, which the check judges. */
const RECRUITING =
  /本公司|我司|直招|招聘|诚聘|\b(?:we are hiring|now hiring|vacanc(?:y|ies)|apply now|job description|requirements|qualifications)\b/;
/** A remedy at law for unpaid wages (suing, a labour office): a wage dispute, not someone held. */
const LEGAL_REMEDY =
  /\b(?:sue|lawsuit|small claims|labou?r (?:court|tribunal|department|office))\b|仲裁|起诉|劳动局|劳动监察/;

/** The people and situations a sentence names, each a bit above the distress classes' bits. */
const CONTEXT_CUES = [WRITER_CUE, CLOSE_CUE, THIRD_PERSON_CUE, ABROAD_CUE, EMPLOYER_CUE, HERE_CUE, CAPTORS_CUE];
const contextBit = (cue: RegExp): number => 1 << (16 + CONTEXT_CUES.indexOf(cue));
const WRITER_BIT = contextBit(WRITER_CUE);
const CLOSE_BIT = contextBit(CLOSE_CUE);
const THIRD_BIT = contextBit(THIRD_PERSON_CUE);
const ABROAD_BIT = contextBit(ABROAD_CUE);
const EMPLOYER_BIT = contextBit(EMPLOYER_CUE);
const HERE_BIT = contextBit(HERE_CUE);
const CAPTORS_BIT = contextBit(CAPTORS_CUE);
/** Harm, threats, a hold or a ransom: what no everyday reason (overtime, a flat battery) explains away. */
const STRONG_HARM = HARM | THREAT | RESTRAINED | RANSOM;

/**
 * A place's rule said as a condition ("如果完不成业绩就不给饭吃", "要是拒绝就打我们"): the punishment is told, not
 * supposed, so the words after it are read.
 */
const RULE_IF_REFUSED =
  /^(?:如果|要是|万一|假如)(?:我们|我|他们|他|她|你们|你|谁|有人)?(?:不听话|不听|不从|不干|不做|拒绝|反抗|完不成|没完成|达不到|没达标|不达标|做不到|不开单|开不了单|逃跑|想跑)/;
/** A sentence without its supposition ("what if…", "如果…" to the end), unless that is a place's rule. */
function withoutSupposition(sentence: string): string {
  const hypothetical = HYPOTHETICAL.exec(sentence);
  if (!hypothetical || RULE_IF_REFUSED.test(sentence.slice(hypothetical.index))) return sentence;
  return sentence.slice(0, hypothetical.index);
}

function readSentence(sentence: string): number {
  const text = withoutSupposition(sentence);
  if (LONG_AGO.test(text) && !NOW.test(text)) return 0;
  let bits = 0;
  DISTRESS_CLASSES.forEach((distress, i) => {
    const cue = DISTRESS_CUES[i]!;
    if (!distress.negatable) {
      if (cue.test(text)) bits |= 1 << i;
      return;
    }
    cue.lastIndex = 0;
    for (let found = cue.exec(text); found; found = cue.exec(text)) {
      if (!NEGATED_BEFORE.test(text.slice(Math.max(0, found.index - 24), found.index))) {
        bits |= 1 << i;
        break;
      }
      if (found[0] === "") cue.lastIndex++;
    }
  });
  return bits === 0 ? 0 : bits | readContext(text);
}

/** The people and places of a sentence (read for a sentence with distress words and for its neighbours). */
function readContext(sentence: string): number {
  let bits = 0;
  CONTEXT_CUES.forEach((cue, i) => {
    if (cue.test(sentence)) bits |= 1 << (16 + i);
  });
  return bits;
}

/** The reason of the strongest class a window has, in the order the emergency answer must address them. */
function reasonOf(bits: number): DangerReason {
  if (bits & RANSOM) return "ransom";
  if (bits & (RESTRAINED | THREAT)) return "held";
  if (bits & HARM) return "beaten";
  if (bits & SILENT) return "silent";
  if (bits & DEPRIVED) return "passport";
  return "distress";
}

/** Whether a window's cues add up: a person of the writer's own, a situation and enough distress. */
function windowSaysDanger(
  bits: number,
  namesOwn: boolean,
  onTrip: boolean,
  everydayReason: () => boolean,
  abroadInMessage: () => boolean,
): boolean {
  if (!(bits & STRONG_HARM) && everydayReason()) return false;
  // "He"/"she" is someone of the writer's own where the message names the writer or a relative, or where harm is done
  // to them (a family's words about a son: "they beat him with a spade"); reports were set aside before.
  const ownPerson =
    (bits & (WRITER_BIT | CLOSE_BIT)) !== 0 || ((namesOwn || (bits & HARM) !== 0) && (bits & THIRD_BIT) !== 0);
  if (!ownPerson) return false;
  const abroad = (bits & ABROAD_BIT) !== 0;
  // "Here" weighs as a place abroad only when the message names one ("we are in Myawaddy… they beat us here"); said
  // at home ("my manager here threatened to fire me") it is no more than an employer.
  const situation =
    abroad || (bits & HERE_BIT && abroadInMessage()) ? 2 : bits & (HERE_BIT | EMPLOYER_BIT | CAPTORS_BIT) ? 1 : 0;
  if (situation === 0) return false;
  const distressBits = onTrip ? bits & ~WEAK_CLASSES : bits;
  let distress = 0;
  DISTRESS_CLASSES.forEach((c, i) => {
    const bit = 1 << i;
    if (!(distressBits & bit)) return;
    // Silence is alarming about someone else; pay or a phone kept weighs less with no place abroad.
    if (bit === SILENT && !(bits & (CLOSE_BIT | THIRD_BIT))) return;
    distress += bit === DEPRIVED && !abroad ? 1 : c.weight;
  });
  return distress >= 2 && situation + distress >= 4;
}

const SENTENCE_END = /[.!?。\n;…]+/;
/** A landlord's threat or lock-out abroad is a tenant's dispute, not captors. */
/** Locked in a room: what no tenant's dispute explains. */
const LOCKED_IN = /锁在|锁起|关在|\block(?:ed)? (?:us|me|him|her|them)\b/;
const LANDLORD = /房东|\b(?:landlord|landlady|kasero|tuan rumah)\b/;

export function readDistressCues(canonical: string): DangerSignal {
  return mayTellDistress(canonical) ? readWeighedCues(canonical) : { danger: false };
}

/**
 * Whether the second route can answer at all: a score or a timetable (9:00-18:00) and a recruiter's words rule it out
 * as the frames of readWeighedCues do, and a message with no word of distress has nothing to weigh. Read first, they
 * spare most pasted ads the costliest reading, of every cue (the same answers in another order).
 */
function mayTellDistress(canonical: string): boolean {
  return !GAME_OR_SCHOOL.test(canonical) && !RECRUITING.test(canonical) && ANY_DISTRESS.test(canonical);
}

/** readDistressCues past its first exits (mayTellDistress): the frames, then the cues weighed sentence by sentence. */
function readWeighedCues(canonical: string): DangerSignal {
  if (
    PREVENTION.test(withoutRestraints(canonical)) ||
    STORY_OR_REPORT.test(canonical) ||
    ADVICE.test(canonical) ||
    POLICE_HOLD.test(canonical) ||
    LEGAL_REMEDY.test(canonical) ||
    JOKING.test(canonical) ||
    ADVICE_AGAINST_PAYING.test(canonical) ||
    PASSPORT_GIVEN_BACK.test(canonical) ||
    PLANNING.test(canonical) ||
    LANDLORD.test(canonical) ||
    isTrainingCampAtHome(canonical) ||
    isEverydayHold(canonical) ||
    isSoldOutByBlame(canonical) ||
    (VICTIMS_REPORTED.test(canonical) && !NAMES_SOMEONE_OF_THEIRS.test(canonical)) ||
    isReportAboutMany(canonical) ||
    isLostBelongings(canonical)
  )
    return { danger: false };
  const framing = readFraming(canonical);
  if (framing.framedAsQuestion || framing.alreadySafe || framing.aboutTheLaw || FLED.test(canonical))
    return { danger: false };
  const everydaySilence =
    EVERYDAY_SILENCE.test(canonical) ||
    SERVICE_UNREACHABLE.test(canonical) ||
    MONEY_TAKER_GONE.test(canonical) ||
    isMoneyTakerGone(canonical) ||
    isSilenceOnHoliday(canonical);
  const sentences = canonical.split(SENTENCE_END).filter((sentence) => sentence.trim() !== "");
  const distressOf = sentences.map(readSentence);
  // Most messages that reach here (a pasted ad with a word such as "help") have no sentence of distress: the rest,
  // the everyday reasons and each sentence's people and places, is read only for a window that needs it.
  if (distressOf.every((bits) => bits === 0)) return { danger: false };
  const namesOwn = WRITER_CUE.test(canonical) || CLOSE_CUE.test(canonical);
  const onTrip = ON_A_TRIP.test(canonical);
  let everydayReason: boolean | undefined;
  const givesReason = (): boolean => (everydayReason ??= givesEverydayReason(canonical));
  const contextOf: number[] = [];
  const context = (k: number): number => (contextOf[k] ??= distressOf[k] || readContext(sentences[k]!));
  let abroadInMessage: boolean | undefined;
  const saysAbroad = (): boolean => (abroadInMessage ??= sentences.some((_, k) => (context(k) & ABROAD_BIT) !== 0));
  for (let i = 0; i < sentences.length; i++) {
    if (distressOf[i] === 0) continue;
    const neighbours = [i > 0 ? i - 1 : -1, i + 1 < sentences.length ? i + 1 : -1];
    for (const j of neighbours) {
      let bits = distressOf[i]! | (j < 0 ? 0 : context(j));
      if (everydaySilence) bits &= ~SILENT;
      if (windowSaysDanger(bits, namesOwn, onTrip, givesReason, saysAbroad))
        return { danger: true, reason: reasonOf(bits) };
    }
  }
  return { danger: false };
}

/**
 * The third route (issue 12): the facts of a hold told in ordinary words, as news quotes, court records and relatives
 * tell them (third person, past tense), with no danger word the phrase patterns know: confinement ("not allowed to go
 * out", "the gates were guarded"), forced work ("made to work 17 hours", "had to meet targets"), a debt to the company,
 * phones taken, being sold or moved to another company, threats, money asked to let someone go, silence since
 * arriving. A fact class alone is ordinary life (a curfew, a boss, a transfer, a quiet daughter); a person with a hold
 * class where it happens (abroad, a compound, a boat, captors), two hold classes, or a hold with forced work is not.
 */
/** Chained, handcuffed or tied fast ("naka posas", 被铐在床上): a body held, which no everyday rule does. */
const TOLD_BOUND = /\b(?:chained|handcuffed|shackled|posas|nakaposas|pinosasan|nakagapos)\b|被铐|铐(?:在|着|住)|手铐/;
const TOLD_CONFINED = new RegExp(
  [
    "\\b(?:not|never|n't|no longer) (?:be )?(?:allowed|permitted|free) (?:to )?(?:leave|go out|go outside|go home|out|step out|quit|stop|return)\\b",
    "\\b(?:cannot|can't|could not|couldn't|unable to) (?:leave|go out|go outside|step out|get out|escape)\\b",
    "\\b(?:prevent\\w*|stopped|barred|kept) (?:us|me|him|her|them|the \\w+) from (?:leaving|going|quitting|escaping|returning|coming)\\b",
    "\\b(?:refus\\w*|won't|wouldn't|will not|would not|don't|do not|didn't|did not|doesn't|does not) (?:to )?let (?:us|me|him|her|them|the \\w+) (?:go|leave|out|quit|resign|stop|return|come|travel)\\b",
    "\\b(?:could|can|may|would) (?:only )?(?:leave|go home|go out|return home|come home)\\b(?: \\w+){0,3}? only (?:when|if|once|until)\\b|\\b(?:could|can|may|would) only (?:leave|go home|go out|return home|come home) (?:when|if|once|until)\\b",
    "\\bonly allowed to (?:call|contact|speak|talk|go out|leave)\\b|\\bnot allowed to (?:contact|call|speak to|talk to)\\b|\\bkept (?:in|inside) (?:a|the|one) (?:room|cell|house|building|cage|container)\\b",
    "\\bheld (?:captive|hostage|prisoner|against (?:his|her|their|my|our) will)\\b",
    "\\b(?:is|are|was|were|been) (?:\\w+ )?(?:being )?(?:held|detained|confined|imprisoned|chained|handcuffed|locked (?:up|in))\\b",
    TOLD_BOUND.source,
    "\\bkept (?:inside|locked)\\b|\\bkeeps? (?:everyone|everybody|us|them|the workers) (?:inside|locked (?:in|up))\\b|\\bhostages?\\b|\\bhands? (?:\\w+ ){0,2}?tied\\b|\\btied up\\b",
    "不(?:让|准|许|给|允许)(?:他|她|他们|她们|我|我们|人|孩子)?(?:出门|出去|出来|出街|离开|走|回|上岸|下船|外出|辞职)",
    "不(?:想|肯|愿意?|会)放(?:工人|人|他|她|你|我|我们|他们|你们)?走|(?:被|遭)[^,。!?]{1,6}?(?:软禁|囚禁|拘禁|监禁|关起来|锁起来)|不得(?:上岸|离开|外出|出门)|出不来|回不来|出不去|(?:被|遭)(?:关|扣|押|困|拘禁|囚禁|监禁|软禁|留置|控制|锁)|限制(?:人身)?自由|没能被允许出",
  ].join("|"),
);
/** "Prevented them from leaving": a restraint, which PREVENTION's "prevent" must not read as a warning. */
const KEPT_FROM_LEAVING =
  /\bprevent\w* (?:us|me|him|her|them|the \w+) from (?:leaving|going|quitting|escaping|returning|coming)\b/g;
/** The text without its restraints (KEPT_FROM_LEAVING, KEPT_FROM_LEAVING_ALL), for PREVENTION to read. */
function withoutRestraints(canonical: string): string {
  // Both need " from ": most texts are returned as they are, unscanned.
  return canonical.includes(" from ")
    ? canonical.replace(KEPT_FROM_LEAVING, " ").replace(KEPT_FROM_LEAVING_ALL, " ")
    : canonical;
}
/** Guards, armed men or watchers where someone is: a captor at the door. */
const TOLD_GUARDED =
  /\bguarded\b|\barmed (?:men|guards|individuals)\b|\bmen with guns\b|\bunder (?:surveillance|guard)\b|\bbeing (?:watched|monitored)\b|\bguards? (?:at|outside|by|on) the (?:doors?|gates?|exits?)\b|(?:保安|看守|守卫|持枪|武装)[^,。!?]{0,8}(?:把守|看管|看着|守着|守在)|严格看管|有人(?:看着|守着|监视)|身边有人|被(?:人)?(?:监视|监控)/;
const TOLD_PHONE_TAKEN =
  /\b(?:phones?|smartphones?|mobiles?|sim cards?)\b[^.!?]{0,30}\b(?:confiscated|taken|seized|smashed|took)\b|\b(?:confiscat\w*|took|taken|seiz\w*|kept|smash\w*) (?:away )?(?:all )?(?:of )?(?:our|their|his|her|my|the) (?:\w+ ){0,3}?(?:phones?|smartphones?|mobiles?|sim cards?|belongings)\b|\b(?:wi-?fi|mobile access|internet access)\b[^.!?]{0,16}\bcut off\b|(?:手机|电话卡|手机卡|sim卡)[^,。!?]{0,4}(?:被)?(?:拿走|收走|收了|没收|抢|扣)|(?:拿走|收走|收了|没收|抢走|扣了|收埋)[^,。!?]{0,6}(?:手机|电话)|偷藏[^,。!?]{0,4}(?:电话卡|手机)|偷偷(?:用|借)[^,。!?]{0,6}手机/;
/** Sold, or moved by someone to another company: said of a person (passive or an object), not of a job change. */
const TOLD_SOLD =
  /\b(?:he|she|they|we|i|workers|men|women|boys|girls|son|daughter|brother|sister|husband|wife|nephew|niece|cousin|trio|victim)\b(?: \w+){0,4}? (?:was|were|been|being|got|is|are) (?:\w+ )?["“]?(?:sold|resold|re-sold)\b|\b(?:sold|resold|sell|selling) (?:me|him|her|us|them|the (?:workers|men|women|boys|girls|victim))\b|\bsell(?:ing)? (?:\w+ ){0,2}?off\b|\bsell(?:s|ing)? people\b|\b(?:send|move|sell|transfer) (?:me|him|her|us|them) (?:to )?(?:someplace|somewhere|another)\b|\blabou?r had been (?:purchased|bought|sold)\b|转卖|被卖|卖(?:到|给)(?:了)?(?:另|别|其他|园区|公司|缅|柬|老挝)|出售(?=[^,。!?]{0,8}(?:一手交|人))|购入|卖猪仔|(?:被|把(?:他|她|我|他们|人))卖(?:到|去|给)/;
/** Moved by someone to another company or compound: a hold where it happens abroad or for a missed target. */
const TOLD_MOVED =
  /\b(?:was|were|been|being|got|is|are) (?:\w+ ){0,3}?(?:moved|transferred|passed|sold) (?:\w+ ){0,3}?between (?:\w+ )?(?:compounds|companies|camps|syndicates|parks|scam (?:centres|centers|companies))\b|被(?:转|换|卖)(?:了)?(?:好)?[一二两三四五六七八九十几\d]+(?:个|次|家)[^,。!?]{0,2}(?:园区|公司|集团|老板)|\b(?:moved|transferred|passed) (?:me|him|her|us|them|the \w+)\b(?: \w+){0,3}? (?:to|between) (?:another|other|different|a different|a third|the next|a new)\b(?! (?:branch|office|team|department|role|project|position|site|city|school|class|room|seat|desk|flat|apartment|house|hotel|shift)\b)|\b(?:was|were|been|being|got|is|are) (?:again )?(?:moved|transferred|passed) (?:\w+ ){0,2}?(?:to|between) (?:another|other|different|a different|a second|a third|the next)\b(?! (?:branch|office|team|department|role|project|position|site|city|school|class|room|seat|desk|flat|apartment|house|hotel|shift)\b)|被转(?:到|去|给)(?:了)?(?:另|别|其他)/;
const TOLD_THREAT =
  /\bthreat\w*\b(?! (?:to )?(?:fire|sack|dismiss|quit|resign|leave|sue|terminate|report|cut|call|stop|end|close|cancel|break))|\bvowed to (?:kill|hurt|harm|beat)\b|\bthey (?:\w+ ){0,2}?(?:would|will|'d|'ll) (?:kill|hurt|harm|beat|torture|go after|come for) (?:him|her|them|us|me)\b|\bthey (?:\w+ ){0,2}?(?:would|will|'d|'ll) (?:find|hurt|harm|go after|come for|visit) (?:his|her|their|my|our|your) (?:family|families|parents|mother|father|mum|mom|dad|wife|husband|children|kids|home|village)\b|\btortur\w*\b|\b(?:tried|try|trying|attempted|attempting) to (?:run|escape|flee|get away)\b[^.!?]{0,40}\b(?:beaten|beat|electrocut\w*|shocked|whipped|chained)\b|\b(?:beat|beaten|electrocut\w*|shocked|whipped|chained)\b[^.!?]{0,40}\b(?:tried|try|trying|attempted|attempting) to (?:run|escape|flee|get away)\b|威胁|恐吓|弄死|(?:拒绝|不从|反抗|不肯|不干)[^。!?]{0,10}(?:暴打|毒打|挨打|被打|打一顿|一顿打|被电|电击)|(?:就|会)会?被(?:毒)?打|找(?:他|她|你|我)?(?:的)?(?:家人|家里|老家)|(?:去|到)(?:他|她|我|你)?(?:的)?老家/;
/**
 * A threat to life, body or family, as opposed to a threat to fire, fine, dump or complain ("老板威胁说要开除我", "my
 * boss threatened to dock my pay"): only the grave one tells of a captor.
 */
const GRAVE_THREAT = new RegExp(
  `\\b(?:${GRAVE_HARM}|electrocut\\w*|shocked|whipped|go after|come for|family|families|parents|village)\\b|弄死|打死|杀|被(?:毒)?打|暴打|毒打|挨打|打(?:我|他|她|你)|家人|家里|老家|父母|砍|卖(?:掉|了)`,
);
/** Money owed to a lender, a friend or an app: its collector's threats are no hold where nothing is abroad. */
const OWED = /欠|还钱|催收|网贷|贷款|借钱|\b(?:owe[sd]?|loans?|debt collectors?|lenders?)\b/;
/** Food, water or sleep kept from them ("denied food", "deprived us of sleep", 不给饭吃): what no employer does. */
const TOLD_STARVED =
  /\bcut\w* (?:our|my|his|her|their) (?:food|meals?|rations?|water)\b|扣(?:我们|我|他们|他|她们|她)?的?(?:饭|伙食|口粮)|\bnot (?:given|allowed) (?:any )?(?:food|to eat|to sleep|to rest)\b|\b(?:won't|will not|wouldn't|would not|don't|do not|doesn't|does not|didn't|did not|never) (?:give|feed) (?:us|me|him|her|them)(?: any| enough)? (?:food|meals?|rice|water)\b|\bno food\b|\bfed (?:only )?once a day\b|\bdenied (?:us |me |him |her |them )?(?:any )?(?:food|water|meals?|sleep|rest)\b|\bdepriv\w* (?:us |me |him |her |them |people |the \w+ )?of (?:food|water|meals?|sleep|rest)\b|不给(?:饭|吃|睡)|不(?:给|让)(?:我们|我|他们|他|她们|她)?(?:吃饭|食饭|饭|睡觉?)|不准(?:睡|吃|休息)/;
/** Food, sleep or rest kept from them, or punishment: what is done to whoever is held. */
const TOLD_DEPRIVED = new RegExp(`${TOLD_STARVED.source}|\\bpunish(?:ed|ment|es)\\b|被罚(?!款|钱|了?\\d)|体罚|罚站`);
const TOLD_SILENT =
  /\b(?:has|have|had)(?:n't| not| never) been (?:heard from|seen|contacted|reached)\b|\b(?:nobody|no one|no-one) (?:has|have|had) (?:heard|been able to (?:reach|contact))\b|\blost (?:contact|touch) with\b|\b(?:has|have|had)(?:n't| not| never) (?:been able to )?(?:heard|contact\w*|reach\w*|spoke\w*|been in (?:touch|contact))\b|\bheard nothing\b|\bout of (?:contact|touch)\b|\b(?:went|gone|been) silent\b|\blast (?:time )?(?:they |we |she |he |i )?(?:heard from|contacted|spoke)\b|\bnobody has been able to reach\b|\b(?:unreachable|uncontactable)\b|\bcalls? (?:went|go|have gone) unanswered\b|失联|联系不上|联络不上|音讯全无|再无音讯|杳无音讯|没有(?:任何)?(?:消息|音讯)|再无回复|再无接通|再也没有?(?:联系|消息)|没(?:有)?再(?:联系|联络)|没(?:有)?(?:联系|联络)过/;
const TOLD_DEBT =
  /\bowe[sd]? (?:\w+ ){0,3}?(?:money|\$|\d|dollars|fees?|costs?|debts?|wages|salary)|\bowe[sd]? (?:the )?(?:company|employer|agency|agent|boss|recruiter)\b(?! (?:\w+ )?(?:notice|apology|explanation|favou?r))|\bwork off\b|\bin debt\b|\bdebts?\b|\bpay (?:off|back)\b|\brepay\w*\b|欠(?:了)?(?:公司|老板|他们|中介|钱|款|债)|欠[^,。!?]{0,8}(?:机票|路费|饭钱|伙食费|住宿费|中介费|招聘费)|欠款|还清|还掉|赔付|违约金|赎身/;
/** Money named or asked for, and release: together a ransom wherever captors or a place abroad are named. */
const TOLD_MONEY =
  /\$\s?\d|\b\d[\d,.]*\s?(?:k|dollars?|usd|rm|ringgit|baht|pesos?|rupees?|ksh|shillings?|yuan|rmb|euros?)\b|\b(?:usd|rm|ksh|php)\s?\d|\b(?:money|ransom|paid|pay|payment|fees?|hundreds?|thousands?|lakhs?|millions?)\b|[\d一二三四五六七八九十两几百千万]+(?:万|千)?(?:元|块|美元|美金|令吉|泰铢)|[\d一二三四五六七八九十两几]+万|赎金|交钱|给钱|付钱|筹(?:集|钱)/;
const TOLD_RELEASE =
  /\blet (?:him|her|them|us|me|my \w+) (?:go|leave|out|come home|return)\b|\breleas(?:e|ed|ing)\b|\bfree (?:him|her|them|us)\b|放人|放(?:他|她|我|我们|他们)(?:回|走|出)|释放|才(?:能|可以|肯)(?:走|回|离开|脱身|放)|脱身|送到口岸/;
const TOLD_DEMAND =
  /\b(?:ask\w*|demand\w*|want\w*|wanted|call\w*) (?:for |him |her |them |us )?(?:\S+ ){0,3}?(?:\$|\d|money|dollars|usd|ransom)|要(?:求)?(?:家人|家里)?[^,。!?]{0,4}(?:筹|交|付|拿|给)|索要|张口就要|一手交钱一手交人/;
/** Forced work: made or forced to work, 12 hours a day or more, a target or quota to meet. */
const TOLD_FORCED =
  /\b(?:forced|made|coerced|compelled|ordered) to (?:work|keep working|scam|sign|stand|call|chat|cheat)\b|\bforced (?:labou?r|into)\b|被要求(?:每天)?(?:工作|上班|干活)|(?:强迫|被迫|被逼|逼)(?:他|她|我|你|我们|他们|她们)?(?:每天)?[^,。!?]{0,3}(?:工作|上班|干活|诈骗|骗人|打字|聊天|签|站)/;
const TOLD_LONG_HOURS =
  /\bwork\w* (?:\w+ ){0,3}?(?:until|till|to) (?:midnight|dawn|[1-5] ?am)\b|(?:工作|上班|干活)到(?:凌晨|半夜|深夜)|没日没夜|\b(?:work\w*|shifts?) (?:for |of )?(?:up to |over |more than |at least |about |around )?(?:1[2-9]|2\d|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty)(?:\s?[-–]\s?\d+)? hours?\b|(?:工作|上班|干活|返工|做)[^,。!?]{0,4}(?:超过)?(?:1[2-9]|十[二三四五六七八九]|二十)(?:个)?多?(?:小时|钟)/;
const TOLD_QUOTA =
  /\b(?:targets?|quotas?)\b|\b(?:did not|didn't|do not|don't|could not|couldn't|fail(?:ed|s)? to) (?:make|earn|bring in) (?:enough |any )?(?:money|sales)\b|\bfail(?:ed|s)? to deliver\b|业绩|指标|达标|开单|完不成|没(?:有)?完成(?:任务|指标)?/;
/** ABROAD_MORE's places without its captors (guards, syndicates), which TOLD_CAPTOR reads as who holds someone. */
const CAPTOR_CUE = /看守|打手|guard|captor|kidnapper|trafficker|syndicate/;
const PLACES_MORE: CueClass = {
  han: cues.ABROAD_MORE.han.filter((cue) => !CAPTOR_CUE.test(cue)),
  latin: cues.ABROAD_MORE.latin.filter((cue) => !CAPTOR_CUE.test(cue)),
};
/** Where a hold happens: abroad, a compound, a camp, a boat, an army. */
const TOLD_PLACE = new RegExp(
  `${ABROAD}|${COMPOUND_PLACES.source}|${cueSource(PLACES_MORE)}|\\b(?:thai|bangkok|russia\\w*|israel|army|front ?lines?|boats?|vessels?|ship|at sea|camps?|border)\\b|渔船|船上|边境|口岸|泰国|俄罗斯`,
);
/** Who holds someone: an employer, an agent, captors, a syndicate, a captain. */
const TOLD_CAPTOR = new RegExp(
  `${CAPTOR.source}|\\b(?:syndicates?|gangs?|captain|gunmen|bosses)\\b|\\bthey (?:\\w+ )?(?:took|take|kept|keep|confiscated|seized|refused|refuse|would not|wouldn't|won't|did not let|didn't let|locked|lock|moved|sold|(?:will not|do not|don't|did not|didn't) (?:let|give|allow|pay|feed|return))\\b|蛇头|对方|有人打电话|他们[^,。!?]{0,4}(?:把|不让|不准|收|拿|扣)|\\bthey (?:\\w+ )?cut (?:our|my|his|her|their) (?:food|meals?|rations?|pay|salary|wages)\\b`,
);
/** A worker named by the work ("一名外劳", "the maid"): someone in particular the facts are told of. */
const WORKER_PERSON = /外劳|外佣|[菲印]佣|女佣|移工|看护工|渔工|\b(?:maid|domestic worker|fisherman)\b/;
/** Someone it happens to: VICTIM's people, "they" and "them", the workers, a named age. */
const TOLD_PERSON = new RegExp(
  `${VICTIM.source}|\\b(?:they|them|their)\\b|\\bthe (?:boys|girls|men|women|workers|individuals|victim|trio|pair|youths?)\\b|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of) (?:\\w+ )?[a-z]+(?:ans|ese|is|nos|nas)\\b|\\b\\d+-year-old\\b|\\d+岁|他们|她们|孩子们|工人|${WORKER_PERSON.source}|被(?:关|扣|押|困|拘禁|囚禁|监禁|软禁|留置|控制|锁|卖|转卖)`,
);
/** People named by "they" or as a group ("the men", "the workers"): others the facts are told of. */
const THIRD_PLURAL = /\b(?:they|them|their)\b|\bthe (?:boys|girls|men|women|workers|trio|pair)\b|他们|她们/;
/** Arrived where they went: silence since then is silence abroad. */
const TOLD_ARRIVED = /\b(?:arriv\w*|landed|joined|reached|left for|flew to)\b|到了|抵达|到达/;
/**
 * People in general as the subject ("victims", "migrant workers", "many", 受害者): a report about them, unless someone
 * in particular is named too (he, she, I, we, a relative, a counted group, an age).
 */
const GENERAL_SUBJECT =
  /\b(?:victims|survivors|migrants|migrant workers|foreign workers|many|most|some|others|people|trafficked persons)\b|受害者|受害人|被害人|被骗者|很多人|不少人|许多人|大批|大量/;
const SPECIFIC_PERSON = new RegExp(
  `\\b(?:he|him|his|she|her|i|me|my|we|us|our)\\b|我|他(?!们)|她(?!们)|${RELATIVE.source}|${COUNTED_PEOPLE}|\\b(?:\\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\\w+ )?[a-z]+(?:ans|ese|is|nos|nas)\\b|\\b\\d+-year-old\\b|\\d+岁`,
);
/** An offer's terms (pay, a salary, hours said to "you"): the work classes are its conditions, which the check reads. */
const OFFER_TERMS = /\bpays?\b|\bsalary\b|\bper month\b|\bmonthly\b|\byou (?:will )?work\b|工资|月薪|底薪|包吃住|提成/;
/** An offer's own wording: recruiting, pay, board and travel paid. */
const OFFER_WORDING = new RegExp(
  `${RECRUITING.source}|${OFFER_TERMS.source}|包(?:吃|住|机票)|机票(?:报销|公司出)|供(?:食宿|吃住)|\\b(?:free (?:flights?|tickets?|housing|accommodation|board)|visa (?:provided|sponsored))\\b`,
);
/** A contract's time frame: the first months, the contract or probation period, from the first day of work. */
const TERM_PERIOD =
  /(?:前|头)[一二两三四五六七八九十\d]+(?:个)?(?:月|年|周|星期|礼拜)|合同期|合约期|试用期|培训期|入职(?:后|起)|[一二两三\d]+年内|期满(?:前|之前)|\b(?:first|initial) (?:\d+|one|two|three|four|five|six|twelve) (?:months?|weeks?|years?)\b|\bduring (?:the|your) (?:contract|probation|training)\b|\bprobation(?:ary)? period\b/;
const CLAUSE = /[^,.!?;。\n]+/g;
/**
 * An offer's restraints bound to its terms ("前三个月不能回国", "you cannot return home in the first 3 months"): a
 * condition the check flags, not someone held now. Each such clause of a pasted offer is taken out; a hold told beside
 * it ("现在一年了还不让我走") is read as before.
 */
function withoutOfferTerms(text: string): string {
  if (!TERM_PERIOD.test(text) || !OFFER_WORDING.test(text)) return text;
  // Only an offer's own words, said to its reader or recruiting: the writer's pay withheld or a call for help beside a
  // contract period ("合同期内不让走，工资三个月没发") tells the hold itself.
  if (!(RECRUITING.test(text) || SECOND_PERSON.test(text)) || TOLD_NOW_NOT_OFFERED.test(text)) return text;
  return text.replace(CLAUSE, (clause) => (TERM_PERIOD.test(clause) ? " " : clause));
}
/** Pay withheld, a plea or "I want to go home": the writer's situation, not an offer's terms. */
const TOLD_NOW_NOT_OFFERED =
  /没发|不发|没给|拖欠|扣(?:了|着)?(?:工资|薪)|怎么办|救|帮帮|想回家|想回国|\b(?:not paid|unpaid|no salary|haven'?t (?:been )?paid|help|please|want to go home|rescue)\b/;
/** An offer's terms said to its reader ("you work 12 hours, salary 2000"). */
const isOfferTerms = (canonical: string): boolean => OFFER_TERMS.test(canonical) && SECOND_PERSON.test(canonical);
/** Already over: rescued, freed, flown home, reunited (ALREADY_SAFE's forms and more of a news report's). */
const TOLD_RESOLVED =
  /\b(?:rescued|repatriated|reunited|freed|flew (?:back|home)|flown (?:back|home)|brought (?:back |home )|(?:is|are|was|were) (?:home|back) (?:now|safely)|returned (?:home|safely)|(?:is|are|was|were|got|came|been) back home|(?:has|have|had) (?:since )?returned|returned to (?:his|her|their|the) (?:home|country|families|family)|made it (?:back|home)|deported|(?:after|following) (?:his|her|their) (?:release|return|rescue|escape)|now (?:safe|free|back)|safe(?:ly)? (?:home|back)|let (?:him|her|them) go and)\b|获救|获释|被解救|团聚|重获自由|平安(?:回|返|抵)|遣返|(?:回国|回来|逃出来|脱身)(?:之)?后/;
/** A court's or an authority's finding about victims in general: a record, not a call for help. */
const OFFICIAL_REPORT =
  /\bcourt\b|\bverdict\b|\bprosecut\w*|\btestif\w*|\bjudg(?:e|ment)\b|\bthe (?:report|ministry|police|authorities|study|survey) (?:said|says|found|stated|heard)\b|\baccording to (?:the )?(?:police|prosecutors?|court|ministry|officials?|authorities|report|department|embassy|un|ngos?)\b|法院|判决|裁定|查明|检方|检察|起诉书|据(?:报道|警方|了解|悉)|警方(?:表示|称|通报)/;
/** Numbers at scale and estimates ("thousands are held", "an estimated 100,000"): a report about many, not someone. */
const AT_SCALE =
  /\b(?:thousands|hundreds|tens of thousands|an estimated|estimated|estimates?)\b|\b\d{1,3},\d{3} (?:\w+ )?(?:people|persons|victims|workers|nationals|foreigners|[a-z]+(?:ans|ese|is))\b|成千上万|数以万计|\d+万(?:人|名)|(?:据)?估计/;
/** An offer's or a contract's own words: its conditions are the check's to flag, not an event now. */
const OFFER_TEXT = /\b(?:job offer|vacanc(?:y|ies)|hiring|applicants?|candidates?)\b|招聘|合同期|应聘/;
/** Everyday restrictions: a curfew, a lockdown, quarantine, exams, a hospital stay. */
const EVERYDAY_RESTRICTION =
  /\b(?:curfew|lockdown|locked down|quarantin\w*|isolation|covid|pandemic|grounded|exams?|restrictions)\b|封控|隔离|疫情|门禁|考试/;
const TOLD_HOLD_CLASSES = [
  TOLD_CONFINED,
  TOLD_GUARDED,
  TOLD_PHONE_TAKEN,
  TOLD_SOLD,
  TOLD_THREAT,
  TOLD_SILENT,
  TOLD_DEBT,
  TOLD_DEPRIVED,
] as const;
/** Any class a rule of the third route needs, gated like ANY_DISTRESS (its machine code is about 1 MB). */
const ANY_TOLD_FACT = literalGate(
  new RegExp([...TOLD_HOLD_CLASSES, TOLD_MOVED, TOLD_RELEASE, TOLD_FORCED].map((pattern) => pattern.source).join("|")),
);

/** A sentence with its closing mark kept, so that a question can be told from a statement. */
const TOLD_SENTENCE = /(?<=[.!?。\n;…？！]+)/;
/** A question ("会被关吗?", "是不是会被转卖", "is a person … punished when they come back?"): asked, not told. */
const ASKS =
  /[?？]\s*$|(?:吗|嘛|么)\s*[?？。.]?\s*$|^\s*(?:is|are|do|does|did|can|could|will|would|should)\b|是不是(?:会|要|都|真的)|会不会|是否会|有没有可能/;
/** The classes a text tells and whether they add up (readToldFacts's rules), before who and how are read. */
function addUpToldFacts(told: string, canonical: string): DangerReason | undefined {
  // A threat is said as a condition ("if he runs, they will find his family"): read in the whole message.
  const holds = TOLD_HOLD_CLASSES.filter((pattern) => pattern.test(pattern === TOLD_THREAT ? canonical : told));
  const forced = TOLD_FORCED.test(told);
  const moved = TOLD_MOVED.test(told);
  const release = TOLD_RELEASE.test(told);
  // Every rule below needs one of these: most texts that reach here stop.
  if (holds.length === 0 && !forced && !moved && !release) return undefined;
  const silent = holds.includes(TOLD_SILENT);
  const held = holds.length - Number(silent);
  const place = TOLD_PLACE.test(canonical);
  const captor = TOLD_CAPTOR.test(canonical) || TOLD_GUARDED.test(told);
  // Someone else of the writer's (his, her, a relative): the writer's own word is read with WRITER_IN_IT.
  const someoneElse = OTHER_PERSON.test(canonical) || THIRD_PLURAL.test(canonical) || WORKER_PERSON.test(canonical);
  const ownPerson = someoneElse || WRITER_IN_IT.test(canonical);
  const work = isOfferTerms(canonical)
    ? 0
    : Number(forced) + Number(TOLD_LONG_HOURS.test(told)) + Number(TOLD_QUOTA.test(told));
  const ransom = release && TOLD_MONEY.test(told) && (TOLD_DEMAND.test(told) || place || captor);
  // A grave threat weighs as a sale, unless it is a collector's over money owed with nothing abroad (a loan app, a
  // friend's debt); a threat to fire or to complain is no more than a second class beside another (review).
  const threat = holds.includes(TOLD_THREAT);
  const graveThreat = threat && GRAVE_THREAT.test(canonical);
  const owed = OWED.test(canonical);
  const sold = holds.includes(TOLD_SOLD) || (graveThreat && (place || !owed));
  const debtCollector = holds.length === 2 && threat && (holds.includes(TOLD_DEBT) || owed || !graveThreat);
  const danger =
    ransom ||
    // Gone silent: since arriving or for weeks, where they went or of someone else's.
    (silent && someoneElse && (place || TOLD_ARRIVED.test(told) || A_WEEK_OR_MORE.test(told))) ||
    (holds.length >= 2 && (place || captor || (ownPerson && !debtCollector))) ||
    (held >= 1 && place) ||
    (held >= 1 && (forced || (work >= 1 && someoneElse) || (captor && (work >= 1 || someoneElse)))) ||
    // Starved for a missed target ("we were denied food if we failed to deliver"), or bound: told of their own.
    (ownPerson && ((work >= 1 && TOLD_STARVED.test(told)) || TOLD_BOUND.test(told))) ||
    (sold && (captor || ownPerson)) ||
    (forced && (place || work >= 2)) ||
    (moved && (place || work >= 1));
  if (!danger) return undefined;
  if (ransom) return "ransom";
  if (held === 0) return "silent";
  return "held";
}

/**
 * The facts of a hold told in ordinary words (see TOLD_CONFINED and its neighbours). detectDangerInCanonical reads first
 * what every rule here needs (ANY_TOLD_FACT) and what rules it out (a game, a school, a recruiter, an offer's terms).
 */
function readToldFacts(canonical: string): DangerSignal {
  // The whole text first (most that reach here add up to nothing), then sentence by sentence.
  if (!addUpToldFacts(canonical, canonical)) return { danger: false };
  // What the cue route reads sentence by sentence: a hypothetical's words and a sentence about long ago are left out.
  const told = canonical
    .split(TOLD_SENTENCE)
    .filter((sentence) => !ASKS.test(sentence))
    .map((sentence) => {
      const text = withoutSupposition(sentence);
      return LONG_AGO.test(text) && !NOW.test(text) ? "" : text;
    })
    .join(". ");
  const reason = addUpToldFacts(told, canonical);
  if (!reason) return { danger: false };
  // Silence told with word that they are well or why they do not call, as for the rules' own (NO_CONTACT_ABROAD).
  if (reason === "silent" && toldWellOrWhy(canonical)) return { danger: false };
  // Then who it is told of and how: read only for the few texts whose facts add up (most ads' do not).
  if (!TOLD_PERSON.test(told)) return { danger: false };
  if (
    PREVENTION.test(withoutRestraints(canonical)) ||
    ADVICE.test(canonical) ||
    POLICE_HOLD.test(canonical) ||
    LEGAL_REMEDY.test(canonical) ||
    EVERYDAY_MONITORING.test(canonical) ||
    JOKING.test(canonical) ||
    ADVICE_AGAINST_PAYING.test(canonical) ||
    PASSPORT_GIVEN_BACK.test(canonical) ||
    PLANNING.test(canonical) ||
    LANDLORD.test(canonical) ||
    EVERYDAY_RESTRICTION.test(canonical) ||
    isTrainingCampAtHome(canonical) ||
    (GENERAL_SUBJECT.test(canonical) && !SPECIFIC_PERSON.test(canonical)) ||
    isReportAboutMany(canonical) ||
    ((AT_SCALE.test(canonical) || OFFER_TEXT.test(canonical) || isOfferTerms(canonical)) &&
      !THEIR_OWN.test(canonical)) ||
    BILL_TO_LEAVE.test(canonical) ||
    isLostBelongings(canonical) ||
    givesEverydayReason(canonical) ||
    ((OFFICIAL_REPORT.test(canonical) ||
      (VICTIMS_REPORTED.test(canonical) && !NAMES_SOMEONE_OF_THEIRS.test(canonical))) &&
      !THEIR_OWN.test(canonical)) ||
    ((TOLD_RESOLVED.test(canonical) || FLED.test(canonical)) && !STILL_THERE.test(canonical))
  )
    return { danger: false };
  const framing = readFraming(canonical);
  if (framing.framedAsQuestion || framing.alreadySafe || framing.aboutTheLaw) return { danger: false };
  return { danger: true, reason };
}
