/**
 * The weak cues of distress (issue 12, "Danger first, always"): words that alone say little, and together say that
 * someone is in danger now. src/qa/danger.ts reads them as a second route beside its phrase patterns: a person
 * concerned, a situation abroad or under an employer, and distress, within a window of two sentences.
 *
 * Each class is data: regular-expression fragments over the canonical text (Simplified Chinese, lower case,
 * Cantonese folded to standard written Chinese by src/text/cantonese.ts). `han` fragments are read as they are;
 * `latin` fragments are read as whole words. `weight` is what a class adds to a window's distress; `negatable`
 * classes are void after a negation ("not beaten", "不怕", "don't be afraid").
 *
 * Where the words come from: the wording of held people's and relatives' messages quoted in news and NGO reports
 * (eval/README.md lists the outlets), the code-mixed styles issue 12 names (Cantonese, Taiwan usage, Singlish,
 * Taglish, Hinglish, Malay and Indonesian), and the common inflections of each word in those languages (Tagalog
 * verb aspects, Malay di- passives, Hindi progressive forms). The relatives and the compound places themselves are
 * danger.ts's lists (KIN_ZH, KIN_EN, MIXED_RELATIVES, PLACES_ZH, PLACES_EN, ABROAD), which this reading reuses.
 * EMPLOYER and THIRD_PERSON overlap danger.ts's CAPTOR and OTHER_PERSON but are not the same lists (a manager or a
 * kafeel is an employer, not yet a captor): merging them would change what the phrase patterns read.
 */

export interface CueClass {
  han: readonly string[];
  latin: readonly string[];
}

export interface DistressClass extends CueClass {
  /**
   * 3: harm done, danger even under an employer at home; 2: danger with a person abroad; 1: needs a second class (a
   * plea, fear, hunger, being stuck).
   */
  weight: 1 | 2 | 3;
  negatable: boolean;
}

/** The writer: I, we, and their forms in Chinese (阮 is Taiwanese "we"), Tagalog, Malay, Indonesian and Hindi. */
export const WRITER: CueClass = {
  han: ["我", "俺", "咱", "阮", "本人"],
  latin: [
    "i",
    "i'm",
    "im",
    "i've",
    "me",
    "myself",
    "we",
    "we're",
    "us",
    "our",
    "ako",
    "ko",
    "kami",
    "kame",
    "namin",
    "amin",
    "akin",
    "saya",
    "aku",
    "gue",
    "gw",
    "mujhe",
    "mera",
    "meri",
    "mere",
    "hum",
    "humko",
    "humein",
    "hume",
    "hamara",
    "hamari",
    "hamare",
    "humara",
    "humari",
    "hoon",
    "hun",
    // Vietnamese with or without accents (tôi, tui) and Bengali in Latin letters (ami, amar, amra): Banglish
    "toi",
    "tôi",
    "tui",
    "ami",
    "amar",
    "amra",
    "amader",
  ],
};

/** Relatives as families write them beyond danger.ts's KIN lists: Cantonese and Taiwanese forms, 闺女, 媳妇. */
export const MORE_RELATIVES: CueClass = {
  han: ["阿妈", "阿爸", "老窦", "阿兄", "阿姐", "后生", "囝", "闺女", "媳妇", "女婿", "兄弟", "姐妹", "室友"],
  // Vietnamese without accents (em trai, con gái) and Bengali (chele, meye)
  latin: [
    "em trai",
    "anh trai",
    "em gai",
    "em gái",
    "chi gai",
    "chị gái",
    "con trai",
    "con gai",
    "con gái",
    "chele",
    "meye",
  ],
};

/**
 * Someone named only by a pronoun ("he can't leave"): one of the person's own only where the message names the
 * writer or a relative too. "他们/they" are most often the captors, so they do not count.
 */
export const THIRD_PERSON: CueClass = {
  han: ["他(?!们)", "她(?!们)"],
  latin: ["he", "he's", "him", "his", "she", "she's", "her", "siya", "sya", "niya", "dia", "usko", "uska", "uski"],
};

/**
 * Abroad, beyond danger.ts's compound places and Gulf list: the countries and cities migrant workers go to, the border,
 * and captors (guards, syndicates), who say where someone is as plainly as a place.
 */
export const ABROAD_MORE: CueClass = {
  han: [
    // Crying to go back to Hong Kong, Taiwan or the country ("喊住話想返香港" as it folds): away from home, not on the way.
    "(?<!不)(?:想|要|好想|只想)(?:回|返)(?:国|香港|台湾|澳门|大陆|内地|中国)",
    "外国",
    "异国",
    "曼谷",
    "越南",
    "印尼",
    "新加坡",
    "日本",
    "韩国",
    "俄罗斯",
    "中东",
    "阿联酋",
    "巴林",
    "伊拉克",
    "利比亚",
    "非洲",
    "园区",
    "诈骗公司",
    "电诈",
    "骗子公司",
    "诈骗集团",
    "边境",
    "看守",
    "打手",
    "(?:骗|带|卖|拐|送)(?:了)?(?:到|来|过来)(?:这里|这边|这儿|那边|那里)",
    "战场",
    "前线",
    "乌克兰",
    // among people whose language they do not speak ("语言又不通"): away from home
    "语言(?:又|也|都)?不通",
  ],
  latin: [
    "bangkok",
    "pattaya",
    "vietnam",
    "singapore",
    "hong kong",
    "taiwan",
    "japan",
    "korea",
    "russia",
    "israel",
    "middle east",
    "gulf",
    "foreign country",
    "another country",
    "ibang bansa",
    "luar negara",
    "luar negeri",
    "negara orang",
    "compounds?",
    "border",
    "syndicates?",
    "traffickers?",
    "captors?",
    "kidnappers?",
    "guards?",
    "camps?",
    "scam (?:compan(?:y|ies)|cent(?:re|er)s?|hubs?|farms?|parks?)",
    // a foreign army's front ("their army", "the war zone"), not a national service at home
    "(?:russian|their|a foreign) army",
    "war ?zone",
    "front ?lines?",
    "battlefield",
    "ukraine",
    // crossed over: "across the river", as the Moei river to Myawaddy
    "across the (?:river|border)",
    // among people whose language they do not speak
    "(?:don't|do not|can't|cannot) speak the (?:local )?language",
    // brought or lured to where they are now: "we were brought here in the name of jobs", "被骗到这里"
    "(?:was|were|got|been|being) (?:brought|taken|sent|trafficked|lured|smuggled|sold) (?:here|over here|over there)",
    // Vietnamese without accents
    "campuchia",
    "cam pu chia",
  ],
};

/** Who holds workers: an employer, agent, boss or company, in each language. Weaker than a place abroad. */
export const EMPLOYER: CueClass = {
  han: ["老板", "公司", "中介", "雇主", "主管", "组长", "蛇头"],
  latin: [
    "employers?",
    "boss(?:es)?",
    "agency",
    "agents?",
    "recruiters?",
    "sponsors?",
    "kafeel",
    "madam",
    "company",
    "manager",
    "amo",
    "kumpanya",
    "majikan",
    "syarikat",
    "perusahaan",
    "ejen",
    "agen",
    "tauke",
    "towkay",
  ],
};

/**
 * Captors left unnamed: "they", as held people write it ("they beat him", "dem neva pay me", "diorang minta RM140k",
 * "wo log"), or the building or room people are kept in. Weak, like an employer: parents and teachers are "they" too.
 */
export const UNNAMED_CAPTORS: CueClass = {
  han: ["他们", "对方", "宿舍", "大院", "院子", "房间里"],
  latin: [
    "they",
    "them",
    "dem",
    "diorang",
    "dorang",
    "mereka",
    "sila",
    "nila",
    "wo log",
    "unhone",
    // where people are kept: a building, a room, a cell
    "(?:the|this|a) (?:building|room|dorm(?:itory)?|cell|warehouse|basement)",
  ],
};

/** "Here", "over there": the writer is where it happens, or a family speaks of the place a relative is. */
export const HERE_OR_THERE: CueClass = {
  han: ["这里", "这边", "这儿", "那边", "那里"],
  latin: [
    "here",
    "over there",
    "nandito",
    "andito",
    "narito",
    "this place",
    "dito",
    "rito",
    "di sini",
    "kat sini",
    "yahan",
    "yaha",
    "yahaan",
    "idhar",
  ],
};

/** Harm done and sale: what is done to a held person. */
export const HARM: DistressClass = {
  weight: 3,
  negatable: true,
  han: [
    "被打",
    "挨打",
    "被人打",
    "打(?:我|他|她|人)(?:们)?(?![^,。!?]{0,8}(?:电话|游戏|工|车|算|开|卡|球|字))",
    "被揍",
    "殴打",
    "打伤",
    "打死",
    "打断",
    "被电",
    "电击",
    "电棍",
    "虐待",
    "折磨",
    "体罚",
    "罚站",
    "罚跪",
    "小黑屋",
    "水牢",
    "强奸",
    "性侵",
    "被(?:人)?(?:转)?卖",
    "卖(?:了)?(?:我|他|她)(?:们)?(?:去|到|给)",
    "把(?:我|他|她|[^,。!?]{0,3}(?:弟|哥|姐|妹|儿子|女儿|孩子|老公|老婆))卖",
    "转卖",
    "予人拍",
  ],
  latin: [
    "beat(?:s|ing)? (?:me|us|him|her|them)",
    "beaten",
    "beatings?",
    "(?:hit|hits|hitting|slap\\w*|punch\\w*|kick(?:s|ed|ing)?|whip\\w*) (?:me|us|him|her|them)(?! (?:up|back)\\b)",
    "hurt(?:s|ing)? (?:me|us|him|her|them)",
    "tortur\\w*",
    // Bones broken by the guards or the bosses ("the guards broke his arm"), the doer right before the verb: a fall, a
    // match or "they told me he broke his leg" names no such doer.
    "(?:guards?|boss(?:es)?|boss's men|captors?|managers?|traffickers?)(?: have| had)? (?:broke|broken|smashed) (?:his|her|my|our|their) (?:arms?|legs?|fingers?|hands?|ribs?|nose|teeth|jaw|bones?)",
    "mistreat\\w*",
    "maltreat\\w*",
    "(?:was|were|is|are|being|been|get|gets|got) abused",
    "(?:sent|transferred|moved) to (?:another|a (?:new|second|third)) (?:syndicate|compound|camp)",
    "abus(?:e|ed|es|ing) (?:me|us|him|her|them)",
    "electrocut\\w*",
    "electric shocks?",
    "tased",
    "rap(?:e|ed|ing)",
    "(?:was|were|been|got|being|is|are|get) (?:sold|resold)(?! (?:products?|goods|items?|out|as)\\b)",
    "resold",
    "sold (?:me|us|him|her|them)(?! (?:a|an|the|some|my|our|products?|goods)\\b)",
    "sold to (?:another|a new|other|a different)",
    "sell (?:me|us|him|her|them)",
    "kena (?:hit|beat|whack|slap|punch|kick|pukul|jual|sold)",
    "binugbog",
    "binubog",
    "binubugbog",
    "sinasaktan",
    "sinaktan",
    "sinampal",
    "sinasampal",
    "pinapalo",
    "pinalo",
    "sinipa",
    "ginahasa",
    "minamaltrato",
    "inaabuso",
    // made to suffer (pahirapan: pinapahirapan, pinahihirapan, pinahirapan)
    "pina(?:pa)?(?:hi)?hirapan",
    "(?:ibinenta|binenta|binebenta) (?:\\w+ ){0,2}(?:sila|kami|siya|ako)",
    "dipukul\\w*",
    "pukul (?:dia|aku|saya|kami|kita|mereka)",
    "kena pukul",
    "dibelasah",
    "disiksa",
    "diseksa",
    "didera",
    "dianiaya",
    "ditampar",
    "dibunuh",
    "dijual",
    "diperkosa",
    "dirogol",
    "maara",
    "maart[aei]",
    "maar (?:rahe|raha|diya|denge|dalenge)",
    "peet\\w*",
    "pitai",
    "current (?:lagate|lagaya|lagaye|dete|diya)\\w*",
    "bech (?:diya|diye|denge|dega)",
    // Vietnamese without accents: sold (bị bán), beaten (bị đánh)
    "bi ban",
    "bị bán",
    "bi danh",
    "bị đánh",
  ],
};

/** Threats, coercion, a life in danger: said of idle bosses too ("he'll kill me if I'm late"), so weaker than harm. */
export const THREAT: DistressClass = {
  weight: 2,
  negatable: true,
  han: [
    "威胁",
    "恐吓",
    "要杀",
    "杀(?:了|掉|死)",
    "杀(?:我|他|她)",
    "砍(?:手|手指|我|他|她)",
    "被逼",
    // Not overtime or a weekend shift at work: 老板逼我们加班 is a labour dispute.
    "逼(?:我|他|她)(?!们?(?:加班|返工|返周六|周末上班))",
    "强迫(?!我?们?(?:加班|返工|周末上班))",
    "生命危险",
    "被(?:人)?(?:骗|带|拉|送)(?:了)?(?:到|去|过)",
    "强行(?:带走|带到|带去|拉走|关|押|扣)",
  ],
  latin: [
    // Not a job or pay threatened ("threatened to fire me"): a boss's threat at work.
    "threaten\\w*(?! to (?:fire|sack|dismiss|cut|deduct|report|evict|quit|leave))",
    "death threats?",
    "kill(?:ed)? (?:me|us|him|her|them)",
    "(?:gonna|going to|will|would|could|might) (?:kill|shoot|hurt|beat)",
    "in danger",
    "forced to",
    "forced into",
    "forcefully",
    "forcibly",
    "forc(?:e|es|ed|ing) (?:me|us|him|her|them)(?! to (?:work (?:overtime|weekends?|late|nights?)|wear|attend))",
    "tricked into",
    "lured (?:to|into)",
    "deceived (?:to|into)",
    "trafficked",
    "tinatakot",
    "pinagbabantaan",
    "papatayin",
    "diancam",
    "diugut",
    "(?:nak|mahu|akan|mau) bunuh",
    "dipaksa",
    "dhamk\\w*",
  ],
};

/** Ransom: money for a person's freedom. Read apart from harm so that the answer is the ransom entry. */
export const RANSOM: DistressClass = {
  weight: 2,
  negatable: false,
  han: [
    "赎金",
    // 赎身(费): the price of one's own freedom, what captors ask of a held worker or the family.
    "赎身",
    "赎人",
    "赎回",
    "赎(?:我|他|她)",
    "(?:钱|万|块|元|美金|美元|u)[^,。!?]{0,4}(?:才|就)(?:肯|会)?放(?:人|他|她|我)",
  ],
  latin: [
    "ransom",
    "tebusan",
    "tubusin",
    "baru (?:lepas|dilepas|bebas)",
    "buy (?:his|her|their|my|our) freedom",
    // Vietnamese without accents: "đòi 5000 đô mới thả" (release only for money), tiền chuộc (ransom)
    "moi tha",
    "mới thả",
    "tien chuoc",
    "tiền chuộc",
  ],
};

/** Kept by someone: not allowed, not let go, locked, confined. */
export const RESTRAINED: DistressClass = {
  weight: 2,
  negatable: true,
  han: [
    "不(?:让|准|许|给)(?:我|我们|他|她|他们|人)?(?:走|回|离开|出去|出门|出街|外出)",
    "不放(?:我|他|她|人)",
    "关(?:着|起来|在)",
    "被关",
    "锁(?:着|在)",
    "被锁",
    "看着我们",
    "监视",
    "被控制",
    "限制(?:了)?(?:人身)?自由",
    "扣留",
    "软禁",
    "禁锢",
    "被困",
    "困住",
    "被禁",
    "持枪",
    "拿枪",
    "把守",
    "不(?:想|肯|愿|愿意)放(?:我|他|她|人|工人)(?:们)?(?:走|回)",
  ],
  latin: [
    "(?:not|never) (?:allowed|permitted) to (?:leave|go|go out|go home|come home|return|call|use)",
    // Not leave or a day off refused ("the contract doesn't let me take leave"): a job's terms.
    "(?:won't|will not|don't|do not|doesn't|does not|didn't|never|refus\\w* to) (?:let|allow) (?:me|us|him|her|them)(?! (?:to )?(?:take|have|get|use) (?:any |a |my |our |annual |home )?(?:leave|holidays?|vacations?|days? off|breaks?|time off)\\b)",
    "locked (?:in|up|inside)",
    // Kept behind a fence, a wall or wire ("they keep him behind a fence with dogs"): people, not a car or a garden.
    "(?:keep|keeps|kept|keeping|hold|holds|held|holding|lock\\w*) (?:me|us|him|her|them) behind (?:a |the |high |barbed )*(?:fences?|walls?|bars|wire|gates?)",
    "lock(?:s|ing)? (?:me|us|him|her|them)",
    "kept (?:inside|locked|prisoner|captive|against)",
    "keep(?:s|ing)? (?:me|us|him|her|them) (?:inside|locked|prisoner)",
    "confined",
    "held (?:captive|hostage|against|prisoner)",
    "being held",
    "hostages?",
    "captives?",
    "kidnap\\w*",
    // Not a figure of speech ("a prisoner of my own schedule").
    "prisoners?(?! of\\b)",
    "like (?:a )?(?:prison|jail|slave camp)",
    "slave camp",
    "(?:held|kept) by force",
    "against (?:my|our|his|her|their) will",
    // "we can leave only after a year", "they can only leave after paying"; not an office's "after 5pm"
    "(?:can|could|will) (?:only )?leave only after (?:a |an |one |two |three |six |\\d+ )?(?:years?|months?|paying|the contract)",
    "(?:can|could) only (?:leave|go home) after (?:a |an |one |two |three |six |\\d+ )?(?:years?|months?|paying|the contract)",
    // the way home refused: no ticket home, no exit visa
    "(?:won't|will not|wouldn't|would not|refus\\w* to|never) (?:give|buy|book|pay for|sign|release) (?:me |us |him |her |you |them )?(?:a |an |the |my |our |his |her |their |your )?(?:(?:air |plane )?tickets? (?:home|back|to go)|flights? (?:home|back)|exit visas?|release (?:papers?|letters?))",
    // "I was a slave there", not "a slave to my phone" or "of the system"
    "(?:was|were|am|are|is|been|being) (?:a |their |his |her )?slaves?(?! (?:to|of)\\b)",
    "(?:is|was) (?:a )?(?:prison|jail) (?:to|for) (?:me|us|him|her|them)",
    "(?:is|are|was|were|being|been) held(?! (?:up|back|on|in (?:traffic|a meeting)))",
    "holding (?:my|our|his|her) (?!salary|pay|wages?|deposit)\\w+",
    "detained",
    "abduct\\w*",
    "(?:hindi|di|ayaw) (?:\\w+ )?(?:pinapauwi|pinauuwi|pinapayagan|pinayagan|pinapalabas|pauwiin|palabasin|pakawalan)",
    "nakakulong",
    "kinulong",
    "ikinulong",
    "bawal (?:lumabas|umuwi|umalis)",
    // padlocked in (pinapadlockan, naka-padlock)
    "(?:pinapa|pina|naka-?)padlock\\w*",
    "(?:tak|tidak|tdk|x) (?:di)?(?:bagi|kasi|izinkan|benarkan|dibenarkan|diizinkan|dibolehkan) (?:\\w+ )?(?:balik|pulang|keluar)",
    "dikurung",
    "kena tahan",
    "disekap",
    "ditahan",
    "dikunci",
    "(?:jaane|jane|aane|nikalne) nahi (?:de|dete|dena)\\w*",
    "nahi (?:jaane|jane) de\\w*",
    "band kar\\w*",
    "qaid",
    "kaid",
    "bandhak",
    // Banglish: "ferot ashte dicche na" (not letting him come back)
    "(?:ashte|aste|asha|jete|fire aste|ferot aste|berote) (?:dey|dei|dicche|dise|dibe|dilo) na",
  ],
};

/** Unable to leave or get home, said without who keeps them: weaker, since a cancelled flight says it too. */
export const STUCK: DistressClass = {
  weight: 1,
  negatable: false,
  han: [
    "出不来",
    "出不去",
    "回不来",
    "回不去",
    "回不了",
    "走不了",
    "走不掉",
    "跑不掉",
    "逃不",
    "不能(?:回|走|离开|出去)",
    "没办法回",
    "哪(?:里|儿)(?:都|也)去不了",
    "不能乱跑",
    "到处都是(?:保安|守卫|看守|打手)",
    // stranded (滞留, 流落) or left behind by whoever brought them (中介跑路了, 被丢在)
    "滞留",
    "流落",
    "被(?:丢|扔|抛)(?:在|下)",
    "(?:中介|老板|蛇头|雇主)[^,。!?]{0,4}(?:跑了|跑路|跑掉|不见了|消失了)",
  ],
  latin: [
    "(?:can't|cannot|couldn't|unable to) (?:leave|go home|come home|come back|go back|get out|escape|return|go out|go outside|go anywhere)",
    "stuck",
    "trapped",
    "no way (?:out|home)",
    "(?:hindi|di) (?:\\w+ )?(?:makauwi|makalabas|makaalis|makatakas)",
    "stranded",
    "(?:tak|tidak|tdk|x|gak|nggak) (?:boleh|bisa|dapat) (?:balik|pulang|keluar|lari)",
    "terperangkap",
    "terkandas",
    "ph?as(?:a|e|i|) (?:gaya|gayi|gaye|hai|hain|hua|hui|hue)",
    "nahi (?:ja|aa) (?:sakte|sakta|sakti|pa rahe)",
    // watched on every side: "guards everywhere" (weak alone: a mall has guards too)
    "guards? (?:everywhere|all around|around us|at (?:the|every) (?:door|gate|exit)s?)",
    "no(?:where| place) to go",
    // left behind by whoever brought them: "the agency abandoned us", "our agent has run away"
    "abandoned (?:us|me|him|her|them)",
    "(?:agents?|agency|employers?|boss|recruiters?|sponsors?) (?:has |have |had )?(?:run away|ran away|fled|absconded|vanished)",
    // taken elsewhere: "they moved us in a van", "they took us somewhere else" (weak alone: a taxi does it too)
    "(?:moved|took|taken|transferred|brought|drove) (?:us|me|him|her|them) (?:\\w+ ){0,4}?(?:in a van|somewhere else|to another (?:compound|camp))",
  ],
};

/** Pay, phone or passport kept by whoever employs them: danger abroad, a dispute at home (weight 1 there). */
export const DEPRIVED: DistressClass = {
  weight: 2,
  negatable: false,
  han: [
    "(?:工资|薪水|薪资|报酬|薪金)[^,。!?]{0,6}(?:不给|不发|没发|没给|拿不到|没拿到|没领到|领不到|拖欠|扣了|扣着|没有|都没)",
    "(?:不给|不发|没发|没给|拿不到|没拿到|拖欠)(?:我们?|他|她)?(?:的)?(?:应有的|应得的)?(?:工资|薪水|薪资|报酬)",
    "(?:手机|电话|护照|证件|身份证)[^,。!?]{0,6}(?:被收|收走|收了|没收|拿走|被拿|被扣|扣了|扣着|不还)",
    "(?:收走|没收|拿走|扣了|扣着)(?:了)?(?:我们?|他|她)?的?(?:手机|电话|护照|证件)",
    // with a measure word or Cantonese between (收咗佢部電話 as it folds, 拿了他本护照)
    "(?:收|拿|扣|没收|抢)(?:走|了|埋)?(?:我们|我|他们|他|她们|她)(?:的|部|本|个|只)(?:手机|电话|护照|证件)",
    // not a cent of pay (一分钱都没拿到, 錢一分都沒拿到)
    "(?:钱|工资|薪水)?一分(?:钱)?(?:都|也)没(?:拿到|给|发|有|领到)",
  ],
  latin: [
    "(?:not|never|haven't|hasn't|have not|has not|wasn't|weren't) (?:been |being |even )?paid",
    "(?:not paying|doesn't pay|does not pay|don't pay|won't pay|never paid|never pay|neva pay|hasn't paid|haven't paid) (?:me|us|him|her|them|am)",
    "unpaid",
    "no (?:salary|pay|wages?)",
    "(?:salary|salaries|pay|wages?) (?:not|never) (?:paid|given|received)",
    "withh\\w* (?:my|our|his|her|their) (?:salary|pay|wages?)",
    "never (?:give|gave|get|got) (?:us |me |him |her |them |any |my |our |his |her )?(?:salary|pay|wages?)",
    "(?:took|take|taken|takes|confiscat\\w*|seiz\\w*) (?:away )?(?:my|our|his|her|their|all (?:our|the)|everyone's) (?:phones?|mobiles?|passports?|documents?)",
    "(?:phones?|mobiles?|passports?|documents?) (?:were |was |got |is |are |has been |have been )?(?:taken|confiscated|seized|withheld|held by|kept by)",
    "walang (?:sahod|sweldo)",
    "(?:hindi|di) (?:\\w+ )?(?:binabayaran|pinapasahod|sumasahod|nasasahod|pinasahod)",
    "kinuha (?:\\w+ ){0,4}?(?:cellphone|phone|cp|pasaporte|passport)",
    "kinumpiska",
    "gaji (?:\\w+ ){0,2}(?:tak|tidak|tdk|belum|x) (?:di)?bayar",
    "(?:tak|tidak|belum) (?:di)?bayar gaji",
    "(?:tak|tidak) dapat gaji",
    "tiada gaji",
    "(?:hp|telefon|handphone|phone|paspor|pasport)(?:-?nya| saya| kami)? (?:di)?(?:sita|ambil|rampas)",
    "(?:salary|tankhwah|paisa|paise|pagar) (?:\\w+ ){0,2}nahi (?:de|di|mil|mila|mili|diya)\\w*",
    "(?:phone|passport|mobile) (?:\\w+ ){0,2}(?:le liya|le liye|chheen\\w*|cheen\\w*|rakh liya)",
    // Banglish: "company passport rekhe dise" (kept the passport), "beton dey na" (pays no salary)
    "passport (?:\\w+ ){0,2}rekhe (?:dise|diyeche|dilo|dicche)",
    "(?:beton|betan|taka|salary) (?:\\w+ ){0,2}(?:dey|dei|dicche|dise) na",
  ],
};

/** Hunger, food withheld: a hold where someone is abroad, a busy week anywhere else (always needs a second class). */
export const HUNGRY: DistressClass = {
  weight: 1,
  negatable: false,
  han: [
    "没(?:有)?饭(?:吃|食)",
    "吃不饱",
    "不给(?:我们?|他|她)?(?:饭|吃)",
    "饿肚子",
    "挨饿",
    "没(?:有)?东西吃",
    "没吃的",
    // food cut as a punishment (扣饭, 扣我们的伙食)
    "扣(?:我们|我|他们|他|她们|她)?的?(?:饭|伙食|口粮)",
  ],
  latin: [
    "no food",
    "(?:not|never) (?:given|getting|fed) (?:any |enough )?(?:food|water|meals?)",
    "nothing to eat",
    "starv\\w*",
    "barely eat\\w*",
    "(?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not|didn't|did not|never) (?:give|feed) (?:us|me|him|her|them)(?: any)?(?: food| meals?)?",
    // hungry, not "hungry for success" or "hungry to learn": ambition, unless a time follows ("hungry for days")
    "hungry(?! (?:for|to) (?!(?:\\d+|a|an|one|two|three|four|five|six|seven|several|many|days?|hours?|weeks?|months?)\\b))",
    "cut\\w* (?:our|my|his|her|their) (?:food|meals?|rations?)",
    "walang (?:kain|makain|pagkain)",
    "(?:hindi|di) (?:\\w+ )?(?:pinapakain|pinakain)",
    "(?:hindi|di) (?:\\w+ ){0,2}(?:makakain|makakakain|kumakain)",
    "nagugutom",
    "(?:tak|tidak|tiada|gak|nggak) (?:ada )?makan(?:an)?",
    "kelaparan",
    "khana nahi (?:de|mil)\\w*",
    "bhukhe",
  ],
};

/** Someone of the writer's gone silent: no reply, unreachable, missing. */
export const SILENT: DistressClass = {
  weight: 2,
  negatable: false,
  han: [
    "失联",
    "联系不上",
    "联络不上",
    "联系不到",
    "找不到(?:他|她|人)",
    "没(?:有)?(?:任何)?(?:他的|她的)?(?:消息|音讯)",
    "再无(?:音讯|消息|回复|联系)",
    "不回(?:消息|信息|微信|电话)",
    "没回(?:消息|信息|微信|我)",
    "打不通",
    "关机",
    "失踪",
    "下落不明",
    "失去联系",
    "没(?:有)?(?:联络|联系)(?!方式)",
  ],
  latin: [
    "(?:can't|cannot|couldn't|unable to) (?:reach|contact|get hold of|get through to)",
    "lost (?:contact|touch)",
    "no (?:reply|response|news|word|contact)",
    "not (?:replying|answering|responding)",
    "(?:hasn't|haven't|has not|have not|stopped) (?:replied|replying|answered|answering|responded|responding|called|texted|messaged|heard)",
    "(?:is|are|went|gone|been|now) missing",
    "missing (?:since|for)",
    "unreachable",
    "uncontactable",
    "went (?:silent|quiet|dark|offline)",
    "disappeared",
    "one tick",
    "(?:hindi|di) (?:\\w+ )?(?:ma-?contact|makontak|sumasagot|nagrereply|nagre-reply|matawagan)",
    "walang balita",
    "nawawala",
    "(?:tak|tidak|tdk|x) (?:dapat|bisa|boleh) (?:di)?hubungi",
    "hilang (?:kontak|hubungan)",
    "(?:tak|tidak|tiada) (?:ada )?(?:khabar|kabar|berita)",
    "(?:phone|call) nahi (?:utha|lag)\\w*",
    "contact nahi",
    "reply nahi",
    "phone (?:band|bandh)",
    "last seen",
    "senyap",
    "baat nahi ho\\w*",
    "laapata",
    "lapata",
    "gayab",
    // "last message said… nothing since", "no word since"
    "nothing since",
    "(?:no|not a) (?:word|message|reply|call) since",
    // no communication, contact or word from him or her (since): the nouns of contact
    "(?:no|not any|not had any|not a) (?:communication|contact|word|news|messages?|calls?)(?: at all)? from (?:him|her|them)",
    "heard nothing",
    "hadn't heard",
    // Vietnamese without accents: mất liên lạc, không liên lạc được
    "mat lien lac",
    "mất liên lạc",
    "khong lien lac",
    "không liên lạc",
  ],
};

/** A plea: help, rescue, save us. Weak alone: people ask help with a visa form too. */
export const NEED: DistressClass = {
  weight: 1,
  negatable: false,
  han: [
    "救命",
    "救救",
    "救(?:我|他|她)",
    "求救",
    "求助",
    "求求",
    "帮帮",
    "解救",
    "营救",
    // a plea to be passed on: 求扩散, 帮忙转发
    "(?:求|帮忙|拜托|请)(?:帮忙)?(?:扩散|转发)",
  ],
  latin: [
    // "help me book a seat", "help us with the form", "need help finding a job" ask a favour, and a "help desk" or
    // "help centre" is a job or a service…
    // …nor the writer asking how to help someone ("how do I help her?"): a plea is for the person in trouble.
    "(?<!how (?:do|can|should|could) (?:i|we) )help(?![ -]?(?:desk|cent(?:er|re)|line)s?\\b)(?!(?: (?:me|us|him|her|them))? (?:to )?(?:(?:with|find|look|search|book|fill|apply|extend|renew|check|understand|choose|translate|buy|pick|plan|prepare)\\w*|writ\\w*|get a)\\b)",
    "rescue",
    "save (?:me|us|him|her|them|my|our)",
    "sos",
    "(?:ma)?tulungan",
    "tulong",
    "saklolo",
    "sagipin",
    "iligtas",
    "tolong",
    "bantu",
    "selamatkan",
    "bachao",
    "madad",
    "(?:any ?one|anybody|someone|somebody) coming (?:for|to get|to save|to help) (?:us|me)",
    // a plea to be passed on: "spread this message", "please share my post"
    "spread (?:this|the|my|our) (?:message|word|news|post|video)",
    "please (?:share|forward|spread) (?:this|my|our) (?:message|post|video|story)",
  ],
};

/** Fear, tears, despair. Weak alone: people are scared of exams and cry at films. */
export const FEAR: DistressClass = {
  weight: 1,
  negatable: true,
  han: ["害怕", "好怕", "很怕", "怕死", "好惊", "惊死", "吓死", "吓坏", "恐惧", "哭", "绝望"],
  latin: [
    // "scared of flying" is a fear of something, not of someone
    "scared(?! of \\w+ing\\b)",
    "afraid(?! (?:that|so|not|i|we)\\b| of \\w+ing\\b)",
    "terrified(?! of \\w+ing\\b)",
    "frightened",
    "fear(?:s|ful)?",
    "panic\\w*",
    "cry(?:ing)?",
    "cried",
    "tears",
    "desperate",
    "helpless",
    "trauma\\w*",
    "takot",
    "natatakot",
    "umiiyak",
    "takut",
    "ketakutan",
    "menangis",
    "nangis",
    "dar (?:lag|rahe|raha|rahi)\\w*",
    "darr",
    // told in a hurry, as someone watched writes: "cant talk long" (weak alone: a meeting says it too)
    "(?:can't|cannot) talk (?:long|much|for long|freely)",
    // despair for one's life (weak alone: a heat wave or the rent says it too)
    "(?:can't|cannot|won't|will not|may not|might not) survive(?! (?:without|on|the|this|a|another|winter|summer|exams?)\\b)",
  ],
};
