/**
 * Is a message about what JobSafe answers (issue 12: "the bot answers only when a message is about our domain")?
 * JobSafe covers overseas job scams and illegal recruitment, trafficking into scam compounds, and help for someone
 * held abroad. Retrieval alone cannot tell: a question about a visa, a construction site's pay or a political exile's
 * return shares words with the entries ("签证", "人工", "回国… 追究") without being about any of this. A message is in
 * the domain when it names one of these families (read on the canonical text: Simplified, lower-case, Cantonese
 * folded):
 * - a scam, fraud, trafficking or compound word (骗, 诈, 卖猪仔, 园区, scam, fake, trafficked, compound);
 * - a compound country or hot spot (缅甸, 妙瓦底, cambodia, myawaddy);
 * - someone held, missing, ransomed or rescued (被困, 失联, 赎金, trapped, rescue, held);
 * - a passport or pay kept by an employer (护照 + 老板/公司, passport + employer);
 * - overseas recruitment itself (中介, 劳务, recruiter, recruitment agency, placement fee, OFW);
 * - work abroad: a job word together with an abroad word (工作 + 国外, job + Dubai).
 * A second reader, `asksAboutAnOffer`, tells a question that weighs a job abroad ("这个靠谱不", "is it legit",
 * "aman gak ya", "係咪真㗎") from other questions, whatever words of the offer it repeats.
 */
import { FLIGHT_DISRUPTED, HOLIDAY_WORDS } from "../content/trips.ts";
import { literalGate } from "../text/literal-gate.ts";
import {
  COMPOUND_PLACE_NAMES,
  KEEPER_HOLDS_IT,
  namesDanger,
  TRAVEL_PASSPORT_KEEPER,
  withoutDailyHoldups,
} from "./danger.ts";

// Every pattern below is behind a literal gate (text/literal-gate.ts): the same answers, and on a pasted ad only the
// phrases whose words it has are run.

/**
 * Trafficking and the compound trade's own words, and work that is illegal where it is done: JobSafe's domain whatever
 * else the message says.
 */
const SCAM_TRADE = literalGate(
  /拐卖|拐|卖猪仔|猪仔|人口贩|贩卖人口|园区|菠菜|博彩|杀猪盘|黑工|跑分|偷渡|蛇头|人蛇|背(?:一次|一趟|趟)?货|带货员|转卖|卖(?:去|到|给|了|掉)|违法工作|偷越(?:国|边|过境|出境|入境)|非法(?:工作|务工|滞留|入境|出境|越境|进入)|\b(?:usdt|traffick\w*|smuggl\w*|compounds?|slave\w*|slavery|enslav\w*|lure[ds]?|luring|pig[- ]butcher\w*)\b|\b(?:scam|fraud) (?:cent(?:re|er)s?|compounds?|farms?|hubs?|factor(?:y|ies)|dens?|parks?)\b|\bforced (?:in)?to (?:do |commit )?(?:online )?(?:scam|fraud|cheat)\w*/,
);
/**
 * Fraud in general words: shared with the scams JobSafe does not cover (a fake online shop, a caller posing as the
 * police, a romance or investment scam), so they are the domain only with work or a place abroad.
 */
const FRAUD = literalGate(
  /骗|诈|洗钱|传销|\b(?:scam\w*|fraud\w*|fake|bogus|legit\w*|genuine|duped|cheat\w*|red flags?|penipuan|tipu|ditipu|modus|peke|illegal(?:ly)?)\b/,
);
/** Scam, fraud and trafficking words, the slang of the compound trade, and work that is illegal where it is done. */
const SCAM = { test: (canonical: string): boolean => SCAM_TRADE.test(canonical) || FRAUD.test(canonical) };

/** Compound countries and hot spots (facts.md §1.9, §3.2) and the border crossings to them. */
const COMPOUND_PLACE = literalGate(COMPOUND_PLACE_NAMES);

/**
 * Someone held, missing, ransomed, beaten, rescued or sent home, beyond the danger signals' own words (`namesDanger`):
 * the emergency side of the domain, kept in the dormitory or refused their notice included. Read without everyday
 * delays ("stuck in traffic", `withoutDailyHoldups`).
 */
const HELD = literalGate(
  /不(?:让|准|许)(?:我们|我|他们|他|她|人)?(?:出(?:宿舍|门|去)|外出|辞职)|\b(?:won't|will not|wouldn't) let (?:me|us|him|her|them) (?:resign|quit)\b|被困|困在|困住|自救|被关|关起来|禁锢|扣押|软禁|绑架|失联|失踪|赎|赔付|解救|营救|救出|逃出|逃回|出不来|回不来|走不了|被打|挨打|电击|小黑屋|遣返|\b(?:being kept|trapped|held|hostage|captiv\w*|kidnap\w*|abduct\w*|detain\w*|ransom|rescu\w*|escap\w*|missing|stranded|stuck|beaten|torture\w*|electrocut\w*|repatriat\w*|deport\w*|rape[ds]?|coerc\w*|mapauwi|makauwi|maiuwi|pauwiin)\b/,
);

/** The embassy, the consulate and the emergency help they give abroad: whom a family calls. A hotline number counts
 * where it is dialled ("打1868", "(852) 1868"), not as a year ("founded in 1868"). */
const CONSULAR = literalGate(
  /急难|驻外|大使馆|使馆|领事|领馆|外交部|入境处(?:协助|求助)?[^,。!?]{0,2}1868|(?:\(?852\)?|\b(?:call|dial|ring|hotline)\b|打|拨|致电|热线|电话)[^,。!?\d]{0,6}1868(?!\d)|(?<![\d.,])12308(?!\d)|0800-?085-?095|\b(?:embass\w*|consulat\w*|consular|mea|dfa|kbri|wisma putra|foreign ministry)\b/,
);

/**
 * A passport or work permit taken, kept or handed over, or pay and savings kept by an employer: the family of "my
 * employer took my passport" (in the Gulf, the sponsor or kafeel is the employer; majikan in Malay, amo in Tagalog). A passport lost on a holiday or
 * renewed abroad names neither.
 */
const DOCUMENT_KEPT = literalGate(
  /^(?=.*(?:护照|证件|工作证|\b(?:passports?|pasaporte|paspor|pasport|work permits?)\b))(?=.*(?:扣|压|收走|收了|没收|拿走|保管|上交|交(?:给|上|出|到)|老板|雇主|单位|\b(?:took|taken|take|takes|confiscat\w*|keep\w*|kept|hold\w*|held|retain\w*|hand\w* (?:it |them )?over|surrender\w*|withh\w*|employer|boss|company|agency|agent|sponsors?|kafeel|kafil|kafala|majikan|syarikat|simpan|pegang|tahan|menahan|ditahan|amo|hawak\w*|itago|kunin|kinuha|kinumpiska)\b))/,
);
const PAY_KEPT = literalGate(
  /^(?=.*(?:薪|工资|储蓄|存款|\b(?:salary|salaries|savings|wages?)\b))(?=.*(?:没收|扣留|扣押|雇主|\b(?:withh\w*|confiscat\w*|employer|keeps|kept|keeping)\b))/,
);

/**
 * The lure's promise: pay with no experience or degree, or for easy work such as typing or chatting ("冇經驗又畀咁多人工", "no
 * experience, $3000").
 */
const EASY_PAY = literalGate(
  /^(?!.*(?:在家|\b(?:at|from) home\b))(?=.*(?:没有?经验|无经验|免经验|零经验|不需要?经验|不用经验|不要学历|学历不限|不限学历|无需学历|不需要?学历|不用面试|免面试|无需面试|不需要?面试|轻松|打字|聊天|\b(?:no (?:experience|skills?|degree|interviews?)|without (?:any |an )?(?:experience|interviews?)|easy (?:work|job|money)|typing|data entry|chatting)\b))(?=.*(?:薪|工资|月入|日结|月结|一个月|[0-9一二两三四五六七八九十]万|钱|高|\b(?:pay\w*|salary|dollars?|usd|\$|earn\w*|a month)\b))/,
);

/** Returning home and being punished or sought by the police for it: the question of the forced scammer and the family
 * ("回来会不会坐牢", "公安会不会找我麻烦"). A police station alone (派出所) is left out: a passport lost at home goes there too. */
const RETURN_PUNISHED = literalGate(
  /^(?=.*(?:回国|回到|回来|返回|回去|遣返|回(?:香港|台湾|澳门|大陆|内地|老家)|\b(?:come back|came back|go back|going back|return\w*|back home|get home|balik|pulang|(?:pag-?)?uwi|umuwi|wapas)\b))(?=.*(?:坐牢|判刑|处罚|自首|投案|拘留|被抓|抓起来|会抓(?!紧)|抓(?:我|他|她|人)|被关|被拉|(?:警察|差人)[^,。!?]{0,6}拉|关多久|追究|犯罪|案底|警察|公安|检察院|起诉|找(?:我|他|她)?麻烦|报备|限制出境|出不了国|\b(?:police|jail\w*|prison|arrest\w*|charged|punish\w*|prosecut\w*|criminal record|exit ban|travel ban|case (?:hoga|hota|hogi|hoti|chalega|lagega|banega|ho sakta)|tangkap|ditangkap|penjara|dipenjara|kulong|makukulong|ikukulong|huhulihin)\b))/,
);

/** Someone back who will not talk, has nightmares or changed: the family's question after the return. */
const AFTER_RETURN = literalGate(
  /^(?=.*(?:回来|回国|回到家|回家(?:以后|之后|后)|\b(?:came back|come back|returned|back home|since (?:he|she) got back|(?:he's|she's|he is|she is) (?:back |now )?home|wapas (?:aa|aaya|aayi|aaye|aa gaya|aa gayi|aa gaye|aa chuka)|(?:is |ay )?(?:back|bumalik|nakauwi|umuwi) (?:from|galing|na)|sudah (?:pulang|balik)|dah balik)\b))(?=.*(?:噩梦|恶梦|发梦|不愿(?:意)?(?:说|讲|提)|不肯(?:说|讲|提)|不说话|不讲|创伤|失眠|睡不着|\b(?:nightmares?|won't (?:\w+ )*talk|doesn't talk|will not talk|trauma\w*|withdrawn|can't sleep|so nahi (?:pata|paata|pati|paati|sakta|sakti)|neend nahi|baat nahi kar\w*|ayaw (?:niyang |nyang |na )?(?:magkwento|magsalita|mag-?usap)|hindi (?:makatulog|nagsasalita)|bangungot|tak (?:mahu|nak) (?:cakap|bercakap)|tidak mau (?:bicara|cerita)|mimpi buruk|susah tidur)\b))/,
);

/**
 * Help for someone back home, asked without a word of trauma ("回来以后有没有地方可以帮他", "is there an organisation that
 * helps people after they come back"): the same family as AFTER_RETURN. Help *with* something after one's own trip
 * ("帮你带奶茶") names no one to help after a return, and a return from study, business or a holiday is no escape.
 */
const HELP_AFTER_RETURN = literalGate(
  /^(?!.*(?:留学|读书|进修|出差|旅游|旅行|度假|\b(?:study\w*|business|holidays?|vacation|trip)\b))(?=.*(?:(?:回来|回国|回家|回到家|回到香港|回到台湾|回到澳门)(?:以后|之后|后)|\b(?:after|since) (?:coming|getting) (?:back|home)\b|\b(?:after|when|since|once) (?:they|he|she|we|people|my \w+) (?:come|comes|came|get|gets|got|return|returns|returned) (?:back|home)\b|\breturnees?\b))(?=.*(?:(?:机构|组织|单位|部门|地方|社工|谁|哪里)[^,。!?]{0,8}(?:帮|援助|辅导|协助|求助|救助)|援助|救助|心理辅导|心理咨询|\b(?:organi[sz]ations?|agenc(?:y|ies)|charit(?:y|ies)|ngos?|support groups?|services?|counsel\w*)\b(?:\W+\w+){0,3}?\W+(?:help|helps|support|supports|assist\w*)\b))/,
);

/**
 * Life inside a compound in the family's words: a quota or script with the punishment for missing it ("做唔夠數會俾人罰",
 * "a quota of victims", "hit with a stick", "stand all night"). A sales target at home names neither a victim nor a
 * punishment of the body ("gets hit with extra weekend shifts" is not one).
 */
const QUOTA_PUNISHED = literalGate(
  /^(?=.*(?:不够数|做不够|完不成|没(?:有)?(?:完成)?业绩|业绩不(?:好|够)|指标|话术|\b(?:quotas?|targets?|scripts?)\b))(?=.*(?:罚|打|关|卖|电|\b(?:victims?|punish\w*|beat\w*|beaten|sold|locked|tortur\w*|electr\w*|(?:got|get|gets|were|was|be|being) hit with (?:a |an )?(?:sticks?|belts?|pipes?|batons?|rods?|wooden|plastic|metal|electric)|stand(?:ing)? all night)\b))/,
);

/**
 * Reporting without one's name ("匿名举报", "report a recruiter anonymously"): the reporter's fear of the recruiter, which
 * JobSafe's answer on reporting covers.
 */
const REPORT_ANONYMOUSLY = literalGate(
  /匿名(?:举报|报警|报案|检举|投诉)|(?:举报|报警|报案|检举)[^,。!?]{0,6}匿名|\b(?:report\w*|tip\w*)\b(?:\W+\w+){0,4}?\W+anonymous(?:ly)?\b|\banonymous(?:ly)? (?:report|tip)\w*/,
);

/**
 * Papers to travel home with none to hand ("本護照唔喺身邊，點樣返到香港", "no passport, how do I fly home"): the survivor's
 * errand at the embassy. A passport lost or stolen on a holiday is read first (danger.ts `isLostBelongings`).
 */
const NO_PAPERS_HOME = literalGate(
  /^(?=.*(?:护照|证件|旅行证|\b(?:passports?|papers|documents?|id)\b))(?=.*(?:没有|没了|不在|都没|\b(?:no|without|none|don't have|doesn't have|has no|have no)\b))(?=.*(?:回国|回家|回去|回到|返回|机票|\b(?:(?:go|fly|get|travel|come|return|send \w+) (?:back )?home|back home|ticket|flight)\b))/,
);

/** Pay advanced or a debt paid off by the employer ("预支工资帮你还债"): the lure of debt bondage. */
const ADVANCE_PAY = literalGate(
  /预支(?:工资|薪水|薪资)|(?:帮|替)(?:你|我|他|她)还(?:债|贷|钱)|\b(?:advance (?:on )?(?:your |my |the )?(?:salary|pay|wages?)|(?:pay|clear)\w* (?:off )?(?:your|my|his|her) (?:debts?|loans?))\b/,
);

/**
 * The work visa or permit promised for after arrival ("到了以后再帮你办工作签证", "the work permit will be done after you
 * arrive"): a sign of the lure (facts.md), whatever place it names; a tourist's visa on arrival (落地签证) is not.
 */
const VISA_AFTER_ARRIVAL = literalGate(
  /(?:到了|到达|抵达|落地|入境|过去)(?:以后|之后|后)?[^,。!?]{0,4}(?:再|才)[^,。!?]{0,6}(?:办|换|转|申请)[^,。!?]{0,4}(?:工作签|工签|(?<!落地|旅游)签证|准证|工作证|劳工证)|\b(?:visa(?! on arrival)|work permit|permit)\b[^.!?]{0,40}\b(?:after|on|upon) (?:arrival|arriving|(?:i|you|we|he|she|they) (?:arrive|get there|land))\b/,
);

/**
 * The lure's journey: a river or border crossed off the official way, or the place of work changed on arrival ("过河到公司",
 * "drive me to the border at night"). Read with a job, a recruiter or an airport: a ferry to an island is a holiday.
 */
const CROSSING = literalGate(
  /过河|坐船|走小路|不走口岸|(?:到了|到达|落地|下(?:了)?飞机|出(?:了)?机场)[^,。!?]{0,8}(?:坐|开|搭)[^,。!?]{0,6}(?:好几|十几|几|[0-9一二三四五六七八九十两]+)个?(?:多)?小时(?:的)?(?:车|面包车|巴士)|(?:到|去|过)边境|边境(?:城市|小镇)|地点(?:换|变)了|换了(?:工作)?地点|\b(?:across (?:the |a )?river|by boat|cross\w* (?:the )?border|to the border|border (?:town|crossing)|(?:\d+|several|many|long|few) hours? (?:drive|car ride|van ride|bus ride) (?:from the airport|after (?:landing|arrival|we land|i land))|(?:job|work) location (?:changed|moved)|changed (?:the )?(?:job |work )?location)\b/,
);
const AIRPORT = literalGate(/机场|\bairport\b/);

/**
 * Money asked before someone is let go ("交了钱就放人", "they want money to let my brother go"): the ransom question in the
 * family's words, whatever the danger check makes of it.
 */
const PAY_TO_RELEASE = literalGate(
  /(?:交|给|打|转|汇|凑)(?:了)?钱[^,。!?]{0,10}(?:放人|放(?:他|她)(?:走|回|出)|才(?:让|肯|能)(?:他|她)?(?:回|走|离开|出来)|送(?:到|回))|放(?:人|他|她)[^,。!?]{0,6}(?:要|得)(?:交|给|打|转|汇)钱|^(?!.*\b(?:hospital|clinic|parking|car|bail|bill|fine|tickets?)\b).*\b(?:money|pay\w*|dollars|fee|wire|transfer\w*|bank account)\b(?:\W+\w+){0,8}?\W+(?:let (?:him|her|them|my \w+) go|free (?:him|her|them|my \w+)|releas\w* (?:him|her|them|my \w+|our \w+)|before (?:he|she|they) can (?:leave|go|come home))\b/,
);

/**
 * Someone set on leaving for a job abroad who will not be talked out of it: the family's question before departure.
 * Read with a place abroad, since refusing to listen alone is any quarrel.
 */
const WONT_LISTEN = literalGate(
  /劝不住|劝不动|不听劝|劝不听|怎么劝|劝(?:他|她|了|过)|还是要去|非去不可|坚持要去|拦不住|说服|阻止|铁了心|非要去|执意|不听|\b(?:won't listen|not listening|refuses? to listen|persuad\w*|convince|talk (?:him|her|them) out|dissuad\w*|stop (?:him|her|them|my \w+) from|determined to go|(?:dead )?set on going|bent on going|insists? on going|makinig|nakikinig|sun (?:hi )?nahi)\b/,
);

/**
 * Someone gone without a word ("a loved one disappears", "my brother vanished", 人间蒸发, 下落不明): a person, not a parcel
 * or money; the domain's when a place abroad or work is named.
 */
const PERSON_GONE = literalGate(
  /人间蒸发|下落不明|音讯全无|\b(?:loved ones?|relatives?|family members?|son|daughter|brother|sister|husband|wife|friend|cousin|uncle|aunt|nephew|niece|mother|father|mom|mum|dad|boyfriend|girlfriend|he|she)\b(?:\W+\w+){0,2}?\W+(?:disappear\w*|vanish\w*|went missing|gone missing|go missing|goes missing)\b/,
);

/**
 * The recruiter by another name: a broker, a middleman, a manpower company, a dalal; the person who found the job or
 * sent someone ("帮我找工作的人", "介绍他去的人"). The domain's with a place abroad or work: a mortgage or stock broker names
 * neither.
 */
const ORDINARY_AGENT = literalGate(
  /帮(?:我|他|她|我们)找(?:的)?工作的|介绍(?:我|他|她|我们)(?:去|出国|过去)的|带(?:我|他|她|我们)(?:出国|过去|出去)的|\b(?:brokers?|middlem[ae]n|manpower|dalals?|sub-?agents?)\b/,
);

/**
 * Whether a company, agency or recruiter is real or licensed, or a job offer is real ("how can I check if a job offer is
 * real", "如何查證工作邀約是不是真的"): the check a family or a job seeker makes, whether or not a country is named.
 */
const VERIFY_EMPLOYER = literalGate(
  /^(?=.*(?:公司|雇主|中介|招聘|(?:工作|职位|岗位)?邀约|(?:工作|职位|岗位)offer|职缺|\b(?:company|employer|agency|recruiter|agent|syarikat|perusahaan|job offers?|offer letters?|employment offers?|(?:this|the|my|that) (?:job|offer))\b))(?=.*(?:是不是真|真假|是真的|真实存在|是否存在|存不存在|存在吗|合法|正规|注册|执照|牌照|查证|核实|核查|资质|底细|起底|\b(?:legit\w*|real|genuine|licen[cs]ed|registered|accredited|exists?|existing|verify|valid|authentic\w*|background check|wujud|berdaftar|berlesen|terdaftar)\b))/,
);

/**
 * Someone in trouble abroad ("家人在国外出事", "my brother is in trouble in Dubai"), or a crime committed there ("the crime
 * happened abroad"): whom the family calls, and whether the police at home can act.
 */
const TROUBLE = literalGate(
  /出事|出了事|遇险|遇到危险|(?:案子|案件|罪案|犯罪)[^,。!?]{0,4}(?:发生)?在(?:国外|海外|境外)|在(?:国外|海外|境外)(?:发生的)?(?:案子|案件|罪案|犯罪)|\bcrimes? (?:that )?(?:happened|committed|took place|was committed) (?:abroad|overseas|in another country)\b|\b(?:is|are|was|were) in (?:trouble|danger)\b|\bmay problema\b|\bdalam masalah\b|\bmusibat mein\b/,
);

/**
 * Which number to call or whom to ask for help ("which hotline should I ring", "要打哪個電話", "求助電話是幾號",
 * "nombor mana nak call", "telefon siapa dulu", "kisko call karein", "anong number ang tatawagan"), asked as such: the question of whom to call first, whatever else it names. A number
 * for an errand ("who do I call to fix my sink") asks for something else.
 */
const WHOM_TO_CALL = literalGate(
  /(?:要|应该|该|可以|能)?(?:打|拨|call)(?:哪个|哪支|哪一个|什么|边个|咩)(?:电话|号码|热线)|(?:找|向|打给|打俾|搵)(?:谁|边个)(?:求助|求救|帮忙)|\b(?:which|what) (?:\w+ )?(?:number|hotline|helpline|line)s? (?:should|do|can|must|shall|to|would)\b(?:\W+\w+){0,2}?\W+(?:call|dial|ring|phone|contact)\b(?=\s*(?:$|[?.!,]|for help|first|now|in (?:an )?emergency))|\bwho(?:m)? (?:should|do|can|must|shall|to|would) (?:(?:i|we|you|one) )?(?:call|phone|ring|contact)\b(?=\s*(?:$|[?.!,]|for help|first|now|to (?:get )?help|in (?:an )?emergency))|\b(?:numbers?|hotlines?|helplines?) to (?:call|dial|ring) for help\b|\bnombor (?:mana|apa)\b|\b(?:anong|saang) (?:number|numero)\b|\bsino (?:ang )?(?:tatawagan|tawagan)\b|\bkis (?:number|no) (?:pe|par) (?:call|phone)\b|\bkaunsa number\b|\bkis(?:ko|e) (?:pehle )?(?:call|phone|contact)\b|\b(?:call|telefon|talipon|hubungi|contact) siapa\b|\bsiapa (?:yang )?(?:patut|perlu|boleh|harus) (?:saya |kami |kita )?(?:call|telefon|hubungi|contact)\b|(?:求助|求救|急难|紧急|救助|领事|使馆|外交部)[^,。!?]{0,6}(?:电话|热线|专线|号码)[^,。!?]{0,4}(?:几号|多少|几多)|(?:电话|热线|专线)[^,。!?]{0,2}打几号/,
);

/** Whether the message asks which number to call or whom to ask for help. */
export function asksWhomToCall(canonical: string): boolean {
  return WHOM_TO_CALL.test(canonical);
}

/** Families asked to pay: the ransom question in general words. */
const FAMILY_ASKED_TO_PAY = literalGate(
  /\b(?:ask\w*|demand\w*|make) (?:the )?(?:famil(?:y|ies)|parents|relatives) (?:to pay|for money|to send)\b/,
);

/**
 * Messages that read as written for someone, or someone watching: the monitored life of a compound. A boss watching the
 * working day or a speakerphone call to a client is any office's; a guard watching, or a leader watching the chats and
 * the calls home, is the compound's.
 */
const MONITORED = literalGate(
  /有人[^,。!?]{0,6}(?:看着|看住|盯着|盯住|监视)|(?:看守|保安)[^,。!?]{0,4}(?:看着|看住|盯着|盯住|监视|监听)|(?:组长|主管|经理|老板)[^,。!?]{0,4}(?:看着|看住|盯着|盯住|监视|监听)[^,。!?]{0,8}(?:聊天|家里|家人|手机|打电话回家)|(?:家里|家人|父母|爸妈|回家)[^。!?]{0,12}开免提|开免提[^。!?]{0,4}(?:打|拨)?(?:给|回)(?:家里|家人|父母|爸妈|家)|被(?:人)?(?:看着|看住|盯着|盯住|监视|监控)|监控|台词|念稿|照稿|(?:别人|有人)教(?:她|他|我)?说|\b(?:monitor\w*|scripted)\b|\b(?:someone (?:is )?watching|being watched)\b(?=[^.!?]*\b(?:chats?|messages?|phones?|calls?|work|compound)\b)/,
);

/**
 * A job offer that pays the journey and the board: the lure itself ("包吃住包机票", "free ticket free hotel", "libre daw ang
 * flight", "sagot ng company", "tiket percuma", "syarikat bayar").
 */
const PAID_JOURNEY = literalGate(
  /\b(?:they|the (?:company|agent|agency|employer|boss|recruiter)|he|she)\b(?:\W+\w+){0,2}?\W+(?:booked|bought|arranged|paid for)\b(?:\W+\w+){0,2}?\W+(?:tickets?(?!\W+(?:for|to) (?:the|a|an|our|my) (?:concerts?|shows?|games?|match(?:es)?|movies?|films?|festivals?|part(?:y|ies)|museums?|zoos?|events?|gigs?|plays?|theat\w*|cinemas?)\b)|flights?|airfare|hotel)\b|(?:公司|老板|中介|对方|他们)[^,。!?]{0,6}(?:订|买)(?:好|了)?(?:机票|酒店)|\b(?:pays?|paid|paying|cover\w*) (?:for )?(?:my |your |our |the |all )?(?:plane |air )?(?:tickets?|flights?|airfare|hotel|travel(?: costs?)?)\b|包吃|包住|包食|包机票|包机|包路费|机票[^,。!?]{0,6}(?:不用(?:我)?(?:花钱|出钱|付钱)|公司出|他们出|对方出)|报销路费|路费|机票(?:[^,。!?]{0,8})(?:出|包|报销|免费|全包)|(?:出|包|报销|免费|全包|付|给)(?:[^,。!?]{0,4})机票|\b(?:free (?:ticket|flight|air ?fare|hotel|housing|accommodation|visa)s?|(?:ticket|flight|air ?fare)s? (?:is |are )?(?:paid|provided|covered|free)|tiket dibayar|libre(?:ng)? (?:(?:daw|raw|lang|din|rin|na|ang|yung|ng) ){0,2}(?:ticket|tiket|flight|airfare|pamasahe|pasahe|tirahan|bahay|hotel)|sagot (?:ng|ni) (?:company|kompanya|agency|ahensya|employer|amo)|(?:tiket|flight|penerbangan|kapal terbang|hotel)\b[^.!?]{0,16}\bpercuma|(?:syarikat|majikan|ejen|agen|company) (?:akan |yang )?(?:bayar|tanggung))\b/,
);

/** Met at the airport ("有人接机", "pick me up at the airport"): the lure's arrival, when a job or recruiter is named. */
const AIRPORT_PICKUP = literalGate(
  /接机|机场[^,。!?]{0,4}(?:有人)?接|\bpick (?:me|us|you|him|her) up\b[^.!?]{0,20}\bairport\b/,
);

/** The office a pickup drives to: the workplace, in the words of someone not yet hired. */
const OFFICE = literalGate(/办公室|\boffice\b/);

/** Where such offers arrive: social media and chat apps. */
const SOCIAL_CHANNEL = literalGate(
  /脸书|微信|小红书|抖音|私信|\b(?:facebook|fb|telegram|whatsapp|wechat|line|ig|instagram|tiktok|messenger|linkedin)\b/,
);

/** A tourist or visit visa, or none, used to work: the visa family of the lure. */
const TOURIST_VISA = literalGate(
  /旅游签|观光签|落地签|免签|\b(?:tourist|visit|visitor) visas?\b|\bvisa (?:on arrival|free)\b|\bvisa pelancong\b|\b(?:travel|enter|go|fly|come|leave)\w* (?:in |out )?as (?:a )?tourists?\b/,
);

/** Overseas recruitment itself: agents, agencies and their fees, and the labour-export words. */
const RECRUITMENT = literalGate(
  /中介|仲介|职介|介绍人|劳务|外派|出国务工|招工|招聘|拉人(?=去|出国|过去|到)|征才|征人|直招|猎头|招(?:人|客服|前台|文员|打字员|主播|荷官|模特|翻译|助理|司机|厨师|销售|电销|业务员|工人)|\b(?:recruit\w*|agency|agencies|agent|agents|agen|placement fees?|poea|dmw|ofws?|slbfe|ahensya|ejen)\b/,
);

/** Work and pay words, and the employer. */
const WORK = literalGate(
  /工作|求职|应聘|份工|(?:去|过去|一起|那边|这边)干(?![净嘛吗掉杯啥]|什么)|(?:外国|国外|海外|外地)工(?![厂程具业资人])|上班|打工|干活|挣|赚|工资|薪|月入|高薪|岗位|职位|职缺|客服|打字员|营销|行销|电销|网销|推广|做工|找工|工厂|公司|雇主|老板|\b(?:earn\w*|factory|company|employer|boss|syarikat|perusahaan|customer (?:service|support)|call cent(?:er|re)|data entry|typists?|kaam|jobs?|work\w*|employ\w*|salary|salaries|wages?|pay|paid|offer\w*|hiring|hired|position|vacanc\w*|kerja|bekerja|gaji|trabaho|sahod|sweldo|naukri|tankhwah)\b/,
);

/**
 * Abroad, or a country people are sent to work in. The compound countries count through `COMPOUND_PLACE`; these are
 * the transit hubs and labour destinations that job offers name.
 */
const ABROAD = literalGate(
  /国外|出国|海外|境外|外国|东南亚|中东|海湾(?:国家|地区)|非洲|泰国|曼谷|迪拜|杜拜|阿联酋|阿联|菲律宾|菲国|马尼拉|马来西亚|大马|越南|印尼|台湾|日本|韩国|新加坡|沙特|沙乌地|科威特|卡塔尔|卡达|\b(?:(?:in|to|from|for) (?:another|other|a foreign|a different) country|(?:outside|out of) (?:the|my|our|his|her|their) country|abroad|overseas|foreign|thailand|bangkok|dubai|uae|philippines|manila|malaysia|vietnam|indonesia|taiwan|japan|korea|singapore|saudi|kuwait|qatar|oman|bahrain|africa|(?:the|persian) gulf|gulf (?:countries|states|region|jobs?)|middle east|luar negeri|luar negara|ibang bansa|videsh)\b/,
);

/**
 * Labour law at home: the words of a workplace dispute ("用人单位", "劳动合同", "labour court"). Such a question is a
 * neighbouring topic unless it also names a passport, a place abroad or a scam.
 */
const LABOUR_LAW = literalGate(
  /用人单位|劳动者|劳动合同|劳动法|劳动仲裁|劳动局|\b(?:labou?r (?:law|court|tribunal|department)|employment act)\b/,
);
const PASSPORT = literalGate(/护照|\b(?:passports?|pasaporte|paspor)\b/);

/** Whether the message names a scam, fraud or trafficking, or the slang of the compound trade. */
export function namesScam(canonical: string): boolean {
  return SCAM.test(canonical);
}

/**
 * Whether the message names trafficking, slavery or the compound trade itself (园区, 卖猪仔, trafficked, "slave trade"):
 * words no neighbouring topic shares, unlike fraud in general.
 */
export function namesScamTrade(canonical: string): boolean {
  return SCAM_TRADE.test(canonical);
}

/** A workplace dispute at home: labour law, with no passport, place abroad or scam named. */
const isLabourLawAtHome = (canonical: string): boolean =>
  LABOUR_LAW.test(canonical) &&
  !(PASSPORT.test(canonical) || ABROAD.test(canonical) || COMPOUND_PLACE.test(canonical) || SCAM.test(canonical));

/**
 * A working day at home: a sales target, a KPI, overtime, clocking off or pay docked, set by a boss or a company
 * ("老板说业绩不达标就扣工资", "公司规定业绩完不成不准下班"). The words of a compound's quota too, so such a question is the
 * compound's only when it names a place abroad, a scam, a recruiter, the lure's promises (a ticket paid, pay advanced,
 * easy pay, a visa), someone held or in danger, a passport, or a punishment of the body ("完不成业绩会被打").
 */
const WORKDAY = literalGate(
  /业绩|指标|绩效|考核|加班|下班|打卡|考勤|扣(?:工资|钱|薪|奖金)|年终奖|提成|\b(?:kpis?|sales targets?|overtime|clock(?:ing)? (?:in|out|off)|performance reviews?)\b/,
);
const EMPLOYER_AT_WORK = literalGate(/老板|公司|经理|主管|上司|领导|单位|\b(?:boss|manager|supervisor|company|hr)\b/);
const BODILY_PUNISHMENT = literalGate(
  /打(?!卡|工|电话|字|算|扫|折|车)|罚(?:我们|他们|我|他|她)?站|罚跪|体罚|关(?:起来|小黑屋|禁闭)|小黑屋|电击|电棍|卖(?:掉|了|去|到|给)|不给(?:饭|吃)|\b(?:beat(?:en|ing|s)?|hit (?:me|us|him|her|them|with)|sold|locked (?:up|in)|electr\w*|starv\w*)\b/,
);

/**
 * A day on the phone at work: a speakerphone call, a boss watching, chatting with strangers (a shop's customer service,
 * a salesman's leads). The compound's only with a persona, a quota or the calls home watched (SCAM_WORK,
 * STRANGER_QUOTA, MONITORED), or with a chat app, where lures offer such work, unless the writer tells it as the job
 * they hold (OWN_JOB).
 */
const PHONE_WORK = literalGate(
  /开免提|(?:和|跟|同)陌生人(?:聊天|倾偈|聊)|(?:老板|领导|经理|主管|上司)[^,。!?]{0,4}(?:看着|盯着|盯住)|\b(?:speaker ?phone|on speaker|chat\w* (?:with|to) strangers|cold[- ]call\w*)\b/,
);
/** The writer's own job, told as theirs ("我的工作是", "I work in sales"): a job held, not one offered. */
const OWN_JOB = literalGate(
  /我(?:的)?工作是|我(?:在|是)[^,。!?]{0,8}(?:上班|工作)|\b(?:i work (?:in|as|at|for)|my job is)\b/,
);
const isPhoneWorkAtHome = (canonical: string): boolean =>
  PHONE_WORK.test(canonical) &&
  WORK.test(canonical) &&
  (OWN_JOB.test(canonical) || !SOCIAL_CHANNEL.test(canonical)) &&
  !SCAM_WORK.test(canonical) &&
  !STRANGER_QUOTA.test(canonical) &&
  !MONITORED.test(canonical);

/** A workplace at home: a day's target or hours with its boss, or a day on the phone, and nothing of the domain's own. */
const isWorkplaceAtHome = (canonical: string): boolean =>
  ((WORKDAY.test(canonical) && EMPLOYER_AT_WORK.test(canonical)) || isPhoneWorkAtHome(canonical)) &&
  !(
    ABROAD.test(canonical) ||
    COMPOUND_PLACE.test(canonical) ||
    SCAM.test(canonical) ||
    RECRUITMENT.test(canonical) ||
    PASSPORT.test(canonical) ||
    PAID_JOURNEY.test(canonical) ||
    ADVANCE_PAY.test(canonical) ||
    EASY_PAY.test(canonical) ||
    VISA.test(canonical) ||
    BODILY_PUNISHMENT.test(canonical) ||
    HELD.test(withoutDailyHoldups(canonical)) ||
    namesDanger(canonical)
  );

/** Political asylum and exile: a return feared for other reasons than forced scamming (a shelter, 庇护所, is not). */
const ASYLUM = literalGate(
  /政治庇护|政治避难|庇护(?!所)|避难(?!所)|流亡|难民身份|\b(?:asylum|exiles?|exiled|refugee status)\b/,
);

/** An asylum seeker's or exile's question, with no scam, compound place or danger named. */
const isAsylumQuestion = (canonical: string): boolean =>
  ASYLUM.test(canonical) && !(SCAM.test(canonical) || COMPOUND_PLACE.test(canonical) || namesDanger(canonical));

/** A visa, in any of its kinds. */
const VISA = literalGate(/签证|签注|免签|落地签|旅游签|\bvisas?\b|\bvisa-free\b/);

/**
 * A traveller's visa question ("is my visa on arrival valid for 30 days in Cambodia?"): a visa with no work, pay,
 * recruiter, scam or person in danger named. The lure's visa is always a visa to work on.
 */
const isTravelVisaQuestion = (canonical: string): boolean =>
  VISA.test(canonical) &&
  !WORK.test(canonical) &&
  !PAID_JOURNEY.test(canonical) &&
  !namesRecruiterScamOrDanger(canonical);

/** A recruiter, a scam or someone in danger: what makes a traveller's or a student's question JobSafe's after all. */
function namesRecruiterScamOrDanger(canonical: string): boolean {
  return (
    RECRUITMENT.test(canonical) ||
    SCAM.test(canonical) ||
    HELD.test(withoutDailyHoldups(canonical)) ||
    namesDanger(canonical)
  );
}

/**
 * The owner of a place to stay or a hire shop, named a few words after it ("民宿老板", "住民宿时老板", "在清迈租摩托车，老板",
 * "租船的店老板"): the keeper, not a boss one works for.
 */
const KEEPERS_OWNER =
  /(酒店|饭店|宾馆|旅馆|民宿|客栈|青旅|旅社|租[^,.!?。，！？]{0,5}(?:车|摩托|船|房)|(?:车|船)行)([^.!?。！？]{0,8}?)老板/g;

/**
 * A traveller's passport kept for a while ("the hotel kept my passport at check-in, is that normal?", "租摩托车要押护照
 * 吗"): not an employer's hold, unless a job, a recruiter, a scam, a compound or someone held is named too (the
 * passport kept is what the message is about, so it cannot count as the hold).
 */
export const isPassportInOrdinaryCustody = (canonical: string): boolean =>
  PASSPORT.test(canonical) &&
  TRAVEL_PASSPORT_KEEPER.test(canonical) &&
  !WORK.test(canonical.replace(KEEPERS_OWNER, "$1$2")) &&
  !RECRUITMENT.test(canonical) &&
  !SCAM.test(canonical) &&
  !COMPOUND_PLACE.test(canonical) &&
  !PAY_KEPT.test(canonical) &&
  !KEEPER_HOLDS_IT.test(canonical) &&
  !CAPTIVE.test(canonical);

/** Travel for its own sake: a holiday, a tour, a visit. */
const TRAVEL = literalGate(
  new RegExp(
    `${HOLIDAY_WORDS}|自由行|观光|游玩|好玩|景点|去[^,。!?]{0,6}玩(?!具)|\\b(?:tourists?|touris[mt]|sightseeing|backpack\\w*|visit(?:ing)? (?:as a tourist|for (?:a )?(?:holiday|vacation|fun))|travel(?:l?ing)? (?:to|around|in|through))\\b`,
  ),
);

/**
 * A traveller's question ("去柬埔寨旅游安全吗", "is Angkor Wat safe for a holiday?"): travel with no work, recruiter, scam
 * or person in danger named. A compound country is also a holiday destination.
 */
const isTravelQuestion = (canonical: string): boolean =>
  TRAVEL.test(canonical) && !WORK.test(canonical) && !namesRecruiterScamOrDanger(canonical);

/**
 * A flight cancelled or missed ("My flight is cancelled, please help!"): an airline's matter even with a plea, unless a
 * recruiter, a scam or someone held is named too.
 */
const FLIGHT_DISRUPTION = new RegExp(FLIGHT_DISRUPTED);
const isTravelDisruption = (canonical: string): boolean =>
  FLIGHT_DISRUPTION.test(canonical) &&
  !WORK.test(canonical) &&
  !RECRUITMENT.test(canonical) &&
  !SCAM.test(canonical) &&
  !HELD.test(withoutDailyHoldups(canonical));

/** Study abroad: a degree, a student visa, a scholarship, a return from one. */
const STUDY = literalGate(
  /留学|读书|读研|学生签|奖学金|交换生|\b(?:study\w*|students?|scholarships?|universit(?:y|ies)|degree|master's|phd|exchange programmes?)\b/,
);

/**
 * A job found or arranged for the writer ("帮我在日本找工作", "问我要不要去杜拜工作", "can find me a job in Japan"): an
 * offer, whoever makes it (a study agent, an agency an employer uses).
 */
const JOB_OFFERED = literalGate(
  /(?:帮|替|给)(?:我|你|他|她|我们)[^,。!?]{0,6}(?:找|安排|介绍)(?:份|个|一份)?(?:工作|工|职位)|(?:问|叫)(?:我|他|她|我们)要不要去[^,。!?]{0,8}(?:工作|打工|上班|做工)|\b(?:find|get|arrange|guarantee)s? (?:me|you|him|her|us|them) (?:a )?(?:job|work|position)s?\b/,
);

/** An agent who places students in schools ("留学中介", "study agent"): a student's errand, not a recruiter. */
const STUDY_AGENT =
  /(?:留学|游学|升学|读书)(?:的)?(?:中介|仲介|顾问|机构)|\b(?:study|studies|education|student|admissions?|university) (?:agents?|agenc(?:y|ies)|consultants?|consultanc(?:y|ies))\b/g;

/**
 * A student's question ("留学回来以后有没有机构帮他找工作"): study with no recruiter, compound trade or person in danger
 * named. A student cheated over rent, a purchase or a fake embassy call ("留学生在国外被骗了房租") meets a neighbouring scam;
 * fraud makes it ours only with work ("留学生被骗去柬埔寨打工").
 */
const isStudyQuestion = (canonical: string): boolean =>
  STUDY.test(canonical) &&
  !JOB_OFFERED.test(canonical) &&
  !RECRUITMENT.test(canonical.replace(STUDY_AGENT, "")) &&
  !SCAM_TRADE.test(canonical) &&
  !(FRAUD.test(canonical) && WORK.test(canonical)) &&
  !HELD.test(withoutDailyHoldups(canonical)) &&
  !namesDanger(canonical);

/** A bill or a fee charged wrongly at home: a phone, power or parking bill, a building's fees, a toll. */
const FEE_COMPLAINT = literalGate(
  /乱收费|多收费|乱扣费|多扣|收费不合理|账单|话费|电费|水费|燃气费|管理费|物业费|停车费|过路费|通行费|\b(?:overcharg\w*|(?:phone|power|electricity|water|gas|internet|utility|parking) bills?|wrong(?:ly)? (?:bill\w*|charged))\b/,
);

/**
 * A complaint about a bill or a fee at home ("停车场乱收费打什么电话投诉", "who do I call about a wrong electricity bill"):
 * the utility's or the consumer council's errand, whatever number it asks for, unless a recruiter charges the fee, or a
 * job abroad, a compound or someone in danger is named too.
 */
const isFeeComplaintAtHome = (canonical: string): boolean =>
  FEE_COMPLAINT.test(canonical) &&
  !RECRUITMENT.test(canonical) &&
  !SCAM_TRADE.test(canonical) &&
  !COMPOUND_PLACE.test(canonical) &&
  !(WORK.test(canonical) && ABROAD.test(canonical)) &&
  !namesDanger(canonical);

/** Buying and selling online: a shop, a seller, a marketplace ("淘宝卖家骗人去哪里举报", "the seller never shipped"). */
const SHOPPING = literalGate(
  /淘宝|天猫|拼多多|京东|闲鱼|网购|网店|卖家|商家|买家|发货|退货|退款|\b(?:online shop\w*|shopping|sellers?|buyers?|marketplace|e-?commerce|shipped|refunds?|carousell)\b/,
);

/** A purchase gone wrong at home: the platform's or the consumer council's errand, unless a job or someone held is named. */
const isShoppingErrand = (canonical: string): boolean => {
  if (!SHOPPING.test(canonical)) return false;
  // "被卖家骗了" is cheated by a seller, not sold ("被卖").
  const told = canonical.replace(/(?:卖|买|商)家/g, "店家");
  return !WORK.test(told) && !RECRUITMENT.test(told) && !SCAM_TRADE.test(told) && !namesCompoundOrSomeoneHeld(told);
};

/** Housing through an agent: renting or buying a home ("租房中介费谁出", "the letting agent wants two months' fee"). */
const HOUSING_AGENT = literalGate(
  /租房|租屋|房租|房屋中介|房产中介|地产(?:中介|代理)|二手房|买房|卖房|\b(?:rental|letting|real estate|estate|property|housing) agen\w*|\brent(?:ing)? (?:a |an )?(?:flat|apartment|room|house|condo)\b/,
);

/** A housing agent's fee or deposit at home: not a recruiter's, unless a job, a scam's trade or someone held is named. */
const isHousingErrand = (canonical: string): boolean =>
  HOUSING_AGENT.test(canonical) &&
  !WORK.test(canonical) &&
  !SCAM_TRADE.test(canonical) &&
  !namesCompoundOrSomeoneHeld(canonical);

/**
 * Hiring as the one who pays: a household or a company choosing an agency to bring a helper, a caregiver or workers in
 * ("想帮阿嬷请外籍看护，仲介怎么挑", "as an employer, how do I check an agency's licence?"). Someone's own employer ("my
 * employer keeps my passport") or the employer who should pay a worker's fee is not this errand.
 */
const HIRING_AS_EMPLOYER = literalGate(
  /(?:作为|身为|我们是)雇主|雇主(?:想|要|如何|怎么|怎样|该怎么|应该怎么|该如何)[^,。!?]{0,6}(?:选|挑|找|请|聘|核实|查)|请(?:个|一个|一位|位)?(?:外籍|外劳|外佣|菲佣|印佣)|聘请?外籍|为雇主(?:与|和|及)|就业服务(?:同业)?公会|\b(?:the|my|our) (?:fdws?|fdhs?|helpers?|maids?|domestic (?:helpers?|workers?)|caregivers?)(?:'s|s')? (?:employment )?agen(?:cy|cies|ts?)\b|\b(?:as (?:an? |the )?employers?|employers? (?:should|must|need to|can) (?:check|verify|ask|look)|(?:hiring|hire|employ|recruit) (?:a |an |our |my |some )?(?:new )?(?:staff|maids?|helpers?|caregivers?|nann(?:y|ies)|domestic (?:helpers?|workers?)|foreign (?:workers?|staff|helpers?)))\b/,
);

/** A compound place, someone held or someone in danger: what no neighbouring errand at home names. */
const namesCompoundOrSomeoneHeld = (canonical: string): boolean =>
  COMPOUND_PLACE.test(canonical) || HELD.test(withoutDailyHoldups(canonical)) || namesDanger(canonical);

/**
 * An employer's errand (see HIRING_AS_EMPLOYER), with no scam, compound, passport, person in danger, fee asked of the
 * worker or job offered to the writer named.
 */
const isEmployersErrand = (canonical: string): boolean =>
  HIRING_AS_EMPLOYER.test(canonical) &&
  !MONEY_ASKED_FIRST.test(canonical) &&
  !JOB_OFFERED.test(canonical) &&
  !SCAM.test(canonical) &&
  !PASSPORT.test(canonical) &&
  !namesCompoundOrSomeoneHeld(canonical);

/** Where jobs at home are found: a local job board, a campus fair, a graduate's job hunt. */

/** Money asked before the job (a deposit, a fee, "pay 20k first"): what a lure asks, not a job board. */
const MONEY_ASKED_FIRST = literalGate(
  /押金|保证金|先交|先付|交钱|培训费|中介费|服务费|\b(?:deposits?|fees?|pay (?:\d|a |the |us |them |him |her |first|before|upfront))/,
);
const JOB_HUNT_AT_HOME = literalGate(
  /58同城|boss直聘|智联招聘|前程无忧|猎聘|人力银行|校园招聘|校招|秋招|春招|应届生|毕业生|\b(?:local job (?:sites?|boards?|portals?)|campus (?:recruit\w*|job fairs?)|(?:fresh )?graduates?)\b/,
);

/**
 * A job hunt at home ("在58同城上找的工作靠谱吗", "how can graduates tell a fake posting?"): a local board, a campus fair
 * or a graduate's search, with no place abroad, scam, easy pay, money asked first, compound, paid journey or person in
 * danger named: a graduate offered easy money is a lure's target.
 */
const isJobHuntAtHome = (canonical: string): boolean =>
  JOB_HUNT_AT_HOME.test(canonical) &&
  !ABROAD.test(canonical) &&
  !SCAM.test(canonical) &&
  !EASY_PAY.test(canonical) &&
  !MONEY_ASKED_FIRST.test(canonical) &&
  !SCAM_TRADE.test(canonical) &&
  !PAID_JOURNEY.test(canonical) &&
  !namesCompoundOrSomeoneHeld(canonical);

/** A trip for the employer one already works for: a conference, a fair, a business trip. */
const BUSINESS_TRIP = literalGate(
  /出差|开会|参加会议|参展|展会|\b(?:business trips?|work trips?|conferences?|trade fairs?|trade shows?)\b/,
);

/** The countries the compounds are in, and Dubai: a "business trip" there is how some lures send people. */
const HUB_COUNTRY = literalGate(/缅甸|柬埔寨|老挝|泰国|迪拜|\b(?:myanmar|burma|cambodia|laos|thailand|dubai)\b/);

/** A business traveller's question ("公司报销机票去开会"): the employer pays the trip, and no recruiter is involved. */
const isBusinessTripQuestion = (canonical: string): boolean =>
  BUSINESS_TRIP.test(canonical) &&
  !HUB_COUNTRY.test(canonical) &&
  !COMPOUND_PLACE.test(canonical) &&
  !namesRecruiterScamOrDanger(canonical);

/** A working holiday: its own visa, and a neighbouring topic (issue 12). */
const WORKING_HOLIDAY = literalGate(/打工度假|度假打工|\bworking holidays?\b|\bwork and holiday\b/);

/**
 * A visa to work abroad ("出国打工需要办什么签证", "去外國做嘢要申請咩簽證"): the visa of a job, not of a trip, a degree or a
 * working holiday.
 */
const isWorkVisaAbroad = (canonical: string): boolean =>
  VISA.test(canonical) &&
  WORK.test(canonical) &&
  (ABROAD.test(canonical) || COMPOUND_PLACE.test(canonical)) &&
  !WORKING_HOLIDAY.test(canonical) &&
  !STUDY.test(canonical);

/** A pandemic and its lockdowns and flight bans. */
const PANDEMIC = literalGate(
  /疫情|新冠|封城|封国|\b(?:pandemic|epidemic|covid(?:-?19)?|coronavirus|corona|lockdowns?|flight bans?|travel bans?)\b/,
);

/** A captor's hold on someone, not a closed border's: locked up, beaten, ransomed, missing. */
const CAPTIVE = literalGate(
  /被困|被关|关起来|禁锢|扣押|软禁|绑架|失联|失踪|赎|被打|挨打|电击|小黑屋|不让|\b(?:being kept|trapped|held|hostage|captiv\w*|kidnap\w*|abduct\w*|detain\w*|ransom|missing|beaten|torture\w*|electrocut\w*|rape[ds]?|coerc\w*|locked|won'?t let)\b/,
);

/**
 * Stranded abroad by a pandemic ("lost my job in the lockdown, how do I get a flight home?", "疫情期间回不了国"): the
 * airline's, the embassy's or the government's errand, unless a recruiter, a scam, a compound, papers or pay kept or a
 * captor is named too. Not getting home and repatriation flights are what a closed border means here, so they do not
 * count as someone held (the danger reader still weighs the message first).
 */
const isStrandedByPandemic = (canonical: string): boolean =>
  PANDEMIC.test(canonical) &&
  !RECRUITMENT.test(canonical) &&
  !SCAM.test(canonical) &&
  !COMPOUND_PLACE.test(canonical) &&
  !DOCUMENT_KEPT.test(canonical) &&
  !PAY_KEPT.test(canonical) &&
  !CAPTIVE.test(canonical);

/**
 * A neighbouring topic that shares the domain's words: a workplace dispute or a working day at home, an exile's or asylum seeker's
 * return, a traveller's visa, a student's or a business traveller's trip, a bill at home, a pandemic's stranding. Such a question is not JobSafe's unless it
 * also names a scam, a compound place or someone in danger (a visa question: work of any kind).
 */
export const isNeighbouringTopic = (canonical: string): boolean =>
  isLabourLawAtHome(canonical) ||
  isWorkplaceAtHome(canonical) ||
  isAsylumQuestion(canonical) ||
  isTravelVisaQuestion(canonical) ||
  isPassportInOrdinaryCustody(canonical) ||
  isTravelQuestion(canonical) ||
  isTravelDisruption(canonical) ||
  isStudyQuestion(canonical) ||
  isFeeComplaintAtHome(canonical) ||
  isHousingErrand(canonical) ||
  isShoppingErrand(canonical) ||
  isBusinessTripQuestion(canonical) ||
  isStrandedByPandemic(canonical) ||
  isEmployersErrand(canonical) ||
  isJobHuntAtHome(canonical);

/** Whether the message is about overseas job scams, trafficking or someone held abroad. */
export function isAboutOurDomain(canonical: string): boolean {
  if (isNeighbouringTopic(canonical)) return false;
  return (
    SCAM_TRADE.test(canonical) ||
    (FRAUD.test(canonical) && (WORK.test(canonical) || ABROAD.test(canonical))) ||
    (WORK.test(canonical) &&
      (ABROAD.test(canonical) || SOCIAL_CHANNEL.test(canonical) || TOURIST_VISA.test(canonical))) ||
    namesOurOwnTopic(canonical)
  );
}

/**
 * The job turned out not to be the one promised ("is your job different than the job you were promised?", "到了才发现跟说
 * 好的不一样"): the bait and switch every lure ends in.
 */
const BAIT_AND_SWITCH = literalGate(
  /(?:和|跟|与)(?:当初|原来|之前|中介|招聘)?(?:说好|讲好|承诺|答应|介绍|说)的(?:工作|岗位|不)?[^,。!?]{0,4}不(?:一样|同|符)|货不对板|挂羊头卖狗肉|\b(?:job|work|position)s?\b[^.!?]{0,24}\b(?:different|not the (?:same|one)|not what)\b[^.!?]{0,30}\bpromised\b|\bnot (?:the )?(?:job|work) (?:i|we|you|he|she|they) (?:was|were) promised\b|\bpromised (?:me|us|him|her|them|you)\b[^.!?]{0,40}\b(?:a )?(?:different|another|other) (?:job|work|position)\b/,
);

/**
 * The compound's work told without naming it: chatting under a made-up persona, adding strangers by the hundred
 * ("要他每天加满200个好友", "pretending to be a rich woman"). Chatting with strangers alone is a shop's customer service
 * or a salesman's day: it is the compound's with a persona (above) or a quota (STRANGER_QUOTA).
 */
const SCAM_WORK = literalGate(
  /(?:让|叫|逼|要)(?:我们|我|他们|他|她们|她)?(?:去)?骗人|加(?:满|够)\d*个?(?:好友|陌生人|微信)|加[\d几两三四五六七八九十百千]+个?(?:好友|陌生人|微信)|(?:假装|装成|冒充|扮成|扮演|扮)[^,。!?]{0,4}(?:女|富|有钱|单身|美女|老板|靓)|人设|\b(?:pretend\w* to be (?:a |an )?(?:rich|wealthy|single|young|beautiful|woman|women|girl|lady|man)|fake (?:profiles?|personas?|accounts?))\b/,
);
const STRANGER_CHAT = literalGate(
  /(?:和|跟|同)陌生人(?:聊天|倾偈|聊)|\b(?:chat\w* (?:with|to|up) strangers|befriend\w* strangers)\b/,
);
const STRANGER_QUOTA = literalGate(/指标|任务量|业绩|\b(?:quotas?|targets?|kpis?)\b/);

/**
 * A debt to the company that keeps someone working ("说他欠机票和生活费，要干满才能走", "he owes the company for the
 * flight before he can leave"): debt bondage, as compounds run it.
 */
const DEBT_TO_LEAVE = literalGate(
  /欠(?:公司|老板|他们)?[^,。!?]{0,8}(?:机票|路费|生活费|食宿|饭钱|培训费|介绍费|钱)[^。!?]{0,12}(?:才能|才可以|才让|才放|才准|才肯|先可以|先能|先准|先让|先放)(?:他|她|我)?(?:走|回|离开|回国|出来)|\bowes? (?:the |his |her |their )?(?:company|boss|bosses|employer|agent)\b[^.!?]{0,40}\b(?:flight|ticket|food|debt|before|until|leave|go home)\b/,
);

/**
 * Whether the message names what only JobSafe's domain talks about: a compound place, someone held or ransomed, a
 * passport or pay kept, recruitment, the lure's promises, returning and being punished. Scam words alone are shared
 * with neighbouring scams (a fake online shop, a romance scam) and work abroad with working holidays and study.
 */
export function namesOurOwnTopic(canonical: string): boolean {
  if (isNeighbouringTopic(canonical)) return false;
  return (
    COMPOUND_PLACE.test(canonical) ||
    HELD.test(withoutDailyHoldups(canonical)) ||
    CONSULAR.test(canonical) ||
    namesDanger(canonical) ||
    DOCUMENT_KEPT.test(canonical) ||
    PAY_KEPT.test(canonical) ||
    RECRUITMENT.test(canonical) ||
    PAID_JOURNEY.test(canonical) ||
    EASY_PAY.test(canonical) ||
    RETURN_PUNISHED.test(canonical) ||
    MONITORED.test(canonical) ||
    AFTER_RETURN.test(canonical) ||
    HELP_AFTER_RETURN.test(canonical) ||
    QUOTA_PUNISHED.test(canonical) ||
    REPORT_ANONYMOUSLY.test(canonical) ||
    WHOM_TO_CALL.test(canonical) ||
    isWorkVisaAbroad(canonical) ||
    ADVANCE_PAY.test(canonical) ||
    NO_PAPERS_HOME.test(canonical) ||
    VISA_AFTER_ARRIVAL.test(canonical) ||
    VERIFY_EMPLOYER.test(canonical) ||
    FAMILY_ASKED_TO_PAY.test(canonical) ||
    PAY_TO_RELEASE.test(canonical) ||
    BAIT_AND_SWITCH.test(canonical) ||
    DEBT_TO_LEAVE.test(canonical) ||
    ((SCAM_WORK.test(canonical) || (STRANGER_CHAT.test(canonical) && STRANGER_QUOTA.test(canonical))) &&
      WORK.test(canonical)) ||
    (CROSSING.test(canonical) &&
      (WORK.test(canonical) || RECRUITMENT.test(canonical) || AIRPORT.test(canonical) || OFFICE.test(canonical))) ||
    (AIRPORT_PICKUP.test(canonical) &&
      (WORK.test(canonical) || RECRUITMENT.test(canonical) || OFFICE.test(canonical))) ||
    (WONT_LISTEN.test(canonical) && (ABROAD.test(canonical) || COMPOUND_PLACE.test(canonical))) ||
    (TROUBLE.test(canonical) && (ABROAD.test(canonical) || COMPOUND_PLACE.test(canonical))) ||
    ((PERSON_GONE.test(canonical) || ORDINARY_AGENT.test(canonical)) &&
      (ABROAD.test(canonical) || COMPOUND_PLACE.test(canonical) || WORK.test(canonical)))
  );
}

/**
 * Weighing an offer: is it real, safe, worth going, normal? In the ways people ask it, including Cantonese as it
 * folds (係咪真㗎 → 是不是真, 靠唔靠得住 → 靠不靠得住), Taiwan usage (要衝嗎), Malay and Indonesian (betul ke, aman gak)
 * Taglish (totoo ba) and Hinglish (sach mein hai kya, fake to nahi); whether to worry about it ("should I be worried",
 * "dapat ba akong mag-alala", "perlu risau ke").
 */
const APPRAISAL = literalGate(
  /靠谱|靠不靠谱|可靠|靠得住|靠不靠得住|信得过|信不信得过|能去|可以去|去不去得|去得吗|该去|该不该去|要不要去|值得去|要冲|冲吗|安全吗|安不安全|危险吗|有没有危险|会不会有危险|危不危险|(?:应该|该不该|要不要|能不能|可不可以|可以|能)接(?:受)?(?:吗|不|这|那|这份|那份)?|接不接|是不是真|是真的吗|真的吗|真的假的|正规吗|正常吗|正不正常|合理吗|可信吗|有问题吗|有没有问题|是不是骗|会不会被骗|怎么可能|\b(?:is (?:it|this|that) (?:safe|legit\w*|real|genuine|normal|a scam|true)|(?:is|are) (?:the |this |that |these )?(?:company|companies|job|jobs|offer|offers|agency|employer|recruiter|agent)s? (?:real|legit\w*|genuine|safe)|(?:company|job|offer|agency|employer|recruiter|agent)s? (?:is|are) (?:real|legit\w*|genuine|safe)|are they (?:legit\w*|real|genuine)|should (?:i|we|he|she) (?:go|take|accept)|can i trust|trust (?:this|that|the|these) (?:job|offer|agency|agent|company|recruiter)s?|(?:can )?go or not|worth (?:it|going|taking)|too good to be true|red flag|is this legal|legit\w*|aman (?:gak|nggak|tak|ke)|betul ke|selamat ke|boleh percaya|totoo|legit ba|safe ba|sach (?:mein|me|much)|asli hai|sahi hai kya|(?:fake|scam|fraud|farzi|dhokha) (?:toh? )?(?:nahi|nhi)|should (?:i|we) (?:be )?worr(?:y|ied)|how (?:do|can|would|will) (?:i|we) (?:know|tell) (?:if |whether )?(?:it'?s|its|it is|this is|they'?re|they are) (?:real|legit\w*|genuine|safe)|(?:mag-?alala|kabahan|risau)|can trust)\b/,
);

/**
 * The writer hires ("家里想请个菲佣", "我们工厂要引进移工", "we want to hire a domestic helper"): an agency weighed by an
 * employer is the employer's errand, not a job offer.
 */
const HIRING_SIDE = literalGate(
  /(?:我们|我|家里|我家)[^,。!?]{0,6}(?:请|雇|聘请|聘|引进|招)(?:个|一个|一位|几个|名|些)?[^,。!?]{0,4}(?:菲佣|印佣|外佣|外劳|移工|看护|保姆|家政|帮佣|佣人|工人|员工|外籍)|\b(?:we|i|my (?:family|parents|mom|mum|dad)|our (?:family|company|factory|firm|business|restaurant|farm))\b(?:\W+\w+){0,3}?\W+(?:hire|hiring|employ|employing|recruit|recruiting|bring in)\b(?:\W+\w+){0,3}?\W+(?:helpers?|maids?|caregivers?|carers?|nann(?:y|ies)|workers?|staff|employees?)\b/,
);

/** Whether the message asks whether a job abroad is real, safe or worth taking. */
export function asksAboutAnOffer(canonical: string): boolean {
  return (
    APPRAISAL.test(canonical) &&
    !HIRING_SIDE.test(canonical) &&
    (WORK.test(canonical) || RECRUITMENT.test(canonical) || PAID_JOURNEY.test(canonical) || SCAM.test(canonical)) &&
    (ABROAD.test(canonical) ||
      COMPOUND_PLACE.test(canonical) ||
      RECRUITMENT.test(canonical) ||
      SOCIAL_CHANNEL.test(canonical) ||
      PAID_JOURNEY.test(canonical))
  );
}

/**
 * A report about other people, as news, a court or an NGO words it: an attribution ("the verdict", "victims revealed",
 * "according to", 据报道, 法院认定) or the groups such texts write about ("those who refused", "the brokers", "many of
 * them", 被骗人员中有的). Pasted without a question and without the writer or the reader in it (no I, we, you, 我, 你),
 * it asks nothing: a scam entry would answer a question nobody put, and an emergency card would answer a danger to no
 * one the writer knows. A family's own report names itself ("my brother", "我弟弟") or asks; a single person's "he
 * said" is left to the danger reader.
 */
const REPORTED = literalGate(
  /据(?:报道|报导|了解|悉|统计)|报道|报导|记者|透露|新闻(?:说|称|讲)|获救|被解救|其中[一二两三四五六七八九十\d]+(?:人|名)|披露|判决|裁定|法院|检方|警方(?:称|表示|指出)|受害(?:者|人)(?:们)?(?:中|都|也|大多)|被骗人员|有的[^,。!?]{1,12}有的|部分(?:案例|受害)|\b(?:revealed|described|recounted|testified|according to|reporters? said|news says|read this|who were rescued|reportedly|the verdict|the court|prosecutors?|the report|victims|survivors|those who|many of them|some of them|several of them|the brokers|traffickers|syndicates)\b/,
);
/**
 * News register beyond attributions: officials quoted ("officials said", "a spokesperson confirmed", "the ministry said
 * it had…"), a count of people ("eleven men", "45 citizens"), people found or brought home in the passive ("were found
 * and repatriated"), and the anonymised names, dates and counts of Chinese news (男子张某, 李某某, 其家属, 近日,
 * 多名江西籍青年). Someone asking about their own people names them instead (a brother, 弟弟) and is left to the other
 * readers.
 */
const NEWS_REGISTER = literalGate(
  /(?:男子|女子|男孩|女孩|青年|小伙|村民|市民|学生|游客|[^\s,，。、“”"]{1,2}籍)[\p{Script=Han}]{1,2}某|[\p{Script=Han}]某某|其家属|近日|日前|[一多两三四五六七八九十百\d]+名[^,，。]{0,6}(?:男子|女子|青年|公民|同胞|民众|工人|务工人员|人员|游客|学生)|籍(?:男子|女子|青年|公民|同胞|人员|工人|务工人员|游客|学生)|\b(?:officials?|authorities|local media|news agency|told (?:reuters|afp|the bbc|reporters)|spokes(?:man|woman|person)|(?:ministry|embassy|police|government|agency) (?:said|says|confirmed|added|stated)|(?:said|says|confirmed) (?:it|they) had|so far this (?:week|month|year)|(?:was|were) (?:\w+ )?(?:found|rescued|freed|repatriated|brought (?:home|back))|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|dozens of|scores of|hundreds of|thousands of) (?:more |such |other )?(?:women|men|people|citizens|nationals|workers|victims|migrants|filipinos|indonesians|kenyans|ugandans|thais)\b)/u,
);
/** The writer's own people, named even without "my": a message about them is theirs, not news. */
const KIN =
  /\b(?:brother|sister|son|daughter|husband|wife|cousin|nephew|niece|uncle|aunt|boyfriend|girlfriend|friend|mother|mom|mum|father|dad|bro|sis)s?\b|弟|哥|姐|妹|儿子|女儿|老公|老婆|丈夫|妻子|朋友|表亲|堂亲|侄|外甥|爸|妈/;
/** The writer or the reader, in the languages mixed into messages. */
const FIRST_OR_SECOND_PERSON =
  /\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|we|we're|we've|us|our|you|your|u|ur|pls|please|ako|aku|saya|kami|kita|mera|meri|mere|main|hum|humara|hamara|mujhe)\b|我|你|您|咱|俺/;
/** A question or a request, however loosely put ("在警方帮助下", "with the police's help", tells rather than asks). */
const ASKS =
  /[?？]|^(?:what|how|why|when|where|who|which|whom|can|could|should|would|is|are|do|does|did|will|may|any)\b|\b(?:anyone|anybody|advice|advise)\b|吗|呢|怎|咋|什么|啥|谁|哪|能不能|可不可以|是不是|会不会|有没有|要不要|好不好|多少|请问|求助|帮(?!助下)/;

/**
 * A film, a book, a school essay or research about the topic ("is the Netflix documentary on scam compounds worth
 * watching?", "论文需要人口贩卖的统计数据"): a look-alike of the domain's questions that no entry answers. A message in which
 * the writer has a stake (my brother, my offer, 我弟弟, 我被) is the writer's own question, whatever film it names.
 */
const MEDIA = literalGate(
  /纪录片|电影|电视剧|影片|影集|小说|论文|作业|新闻报道|密室逃脱|剧本杀|\bescape rooms?\b|\b(?:documentar(?:y|ies)|films?|movies?|tv series|netflix|novels?|books? (?:about|on)|essays?|thesis|dissertation|research (?:about|on|into)|school (?:project|assignment)s?|homework|statistics (?:on|about)|news (?:stor(?:y|ies)|articles?|reports?) (?:about|on)|articles? (?:about|on)|podcasts?|the scene (?:where|when|in which|with))\b/,
);
const WRITERS_STAKE =
  /\bmy (?:brother|sister|son|daughter|child|kids?|husband|wife|partner|friend|cousin|mother|mom|mum|father|dad|parents?|nephew|niece|uncle|aunt|boyfriend|girlfriend|fianc\w*|offer|job|agent|agency|recruiter|employer|boss)\b|\b(?:i|we) (?:was|were|got|have been|am|are|'m|'ve been) (?:offered|recruited|sent|trapped|held|stuck)\b|我(?:的|们的)?(?:家人|朋友|弟|哥|姐|妹|儿子|女儿|老公|老婆|孩子|同学|表|堂|爸|妈|亲戚)|我(?:被|收到|想去|要去|在(?!写|做|玩|看|读))|\b(?:should (?:i|we) (?:go|take|accept|apply|trust)|is (?:it|this|that|the \w+) (?:legit|safe|real|a scam)|can (?:i|we) trust)\b|能去吗|可以去吗|靠谱吗|可信吗|是真的吗|安全吗/;

/**
 * How an event seen on the news ended ("were they ever rescued? saw it on the news", "新闻说的那些人后来救出来了吗"): a
 * finished story asked about. The news cited as background to how compounds work ("新闻说家人视频都得按稿子说") is not.
 */
const NEWS_CITED = /新闻|报道|\b(?:on|in) the news\b|\bnews (?:stor(?:y|ies)|reports?|articles?)\b/;
const ASKS_HOW_IT_ENDED =
  /后来|最后|结果|\b(?:did|were|was|have|has|had)\b[^.!?]{0,40}\bever\b|\bin the end\b|\bwhat (?:ever )?happened to\b|\beventually\b/;
function asksHowTheNewsEnded(canonical: string): boolean {
  return NEWS_CITED.test(canonical) && ASKS_HOW_IT_ENDED.test(canonical);
}

/**
 * Whether the message asks about a film, a book, an essay or research on the topic, with no stake of the writer's (a
 * relative, their own offer, or a question whether to go or to trust it).
 */
export function isAboutMedia(canonical: string): boolean {
  return (MEDIA.test(canonical) || asksHowTheNewsEnded(canonical)) && !WRITERS_STAKE.test(canonical);
}

/** Whether the message is a report about others (news, a verdict, a survey) that asks nothing of the bot. */
export function isReportAboutOthers(canonical: string): boolean {
  if (FIRST_OR_SECOND_PERSON.test(canonical) || ASKS.test(canonical)) return false;
  return REPORTED.test(canonical) || (NEWS_REGISTER.test(canonical) && !KIN.test(canonical));
}

/**
 * A question put to the bot itself ("你能做什么", "what can you do", "who are you", "你的资料从哪来"): its words are all
 * function words, so no entry's vocabulary can find it. Where the bot's information comes from is asked of "your"
 * information: 来源 alone also asks where a job ad comes from ("这个招聘信息的来源是抖音").
 */
const TO_THE_BOT = literalGate(
  /(?:你|您)(?:们)?(?:的(?:信息|资料|消息|数据|回答|答案|提醒|说法)|说的(?:这些|话)?)[^。？！?!，,]{0,6}?(?:从哪|哪来|哪里来|哪儿来|来源|出处|依据)|\bwhere (?:does|do) (?:your|jobsafe'?s|this bot'?s|the bot'?s) (?:information|info|data|advice|answers?|facts) come from\b|\bwhat (?:are|is) your sources?\b|^(?:你|您)(?:们)?(?:能|可以|会)(?:帮我)?(?:做|干)(?:些)?(?:什么|啥|咩)|^(?:你|您)(?:们)?是(?:谁|什么机器人)|(?:这个|呢个)?(?:机器人|助手|\bbot\b)(?:是)?(?:干嘛|做什么|干什么|怎么用|点用|可以点用)|怎么(?:使)?用(?:这个|你)|^(?:what|how) (?:can|could) you (?:do|help)\b|^who are you\b|\bhow (?:do|can|should) i use (?:you|this bot|the bot)\b|\bwhat (?:is|does) (?:this|the) bot\b|\bare you a (?:real )?(?:person|human|bot|robot)\b|\bwhat does jobsafe\b/,
);

/** Whether the message asks the bot what it is or what it can do. */
export function asksAboutTheBot(canonical: string): boolean {
  return TO_THE_BOT.test(canonical.trim());
}

/**
 * How to check whether "it" is real or a scam ("what should I ask them to check if it's real?", "how can I check it's
 * not a scam", "要怎麼確認是不是詐騙", "點樣知係咪真嘅公司" as it folds, "该问他们什么才能确认是真的"): a checking verb, then
 * whether the offer, the company, the job or the people behind it (or nothing named: "it", "they") are genuine or a
 * scam. Something else checked is another matter ("check if my flight is real-time", "確認是不是感冒", "how do I know
 * if my love is real", "怎么知道他是不是真的喜欢我").
 */
const CHECKED_EN = String.raw`(?:it|this|that|they|them|he|she|these|those|(?:the|this|that|these|those|their|his|her) (?:company|companies|job|jobs|offer|offers|employer|agency|agent|recruiter|ad|advert|post|people|guys?|person|contract|work permit|visa))`;
const GENUINE_EN = String.raw`(?:not )?(?:(?:really|actually) )?(?:an? )?(?:real|genuine|legit\w*|fake|scam|scammers?|fraud\w*|true|for real|trustworthy)\b(?=\s*(?:$|[?.!,]|or\b|and\b|(?:job|company|offer|agency|recruiter|employer|one|not|before|first)\b))`;
/** Asked, not told ("I know it's real"): how, what, can, should, want to… before the checking verb. */
const ASKING_EN = String.raw`\b(?:how|what|which|ways?|can|could|should|shall|would|do|does|any|tips|want|wanna|need|have to|help|try|trying)\b.*?`;
const VERIFY_EN = new RegExp(
  String.raw`${ASKING_EN}\b(?:check|verify|confirm|find out|know|tell|make sure|be sure|figure out|prove|see|look up|test)\b(?: (?:if|whether|that|for sure if|for sure whether))? ${CHECKED_EN}(?:['’]s|['’]re| is| are| was| were)? ${GENUINE_EN}`,
);
/** Checking in Chinese as it folds (點知 → 怎么知道, 係咪 → 是不是); the people or thing checked, if named, is the offer's. */
const CHECKED_ZH =
  "(?:他们|她们|他|她|它|对方|这|那|这家|那家|这间|那间|这个|那个|这份|那份|这些|那些|公司|工作|职位|招聘|广告|中介|仲介|老板|雇主|单位|企业|offer)*";
const GENUINE_ZH =
  "(?:真的(?=$|[?,.!]|吗|呢|啊|吧|还是|公司|工作|招聘|职位|的)|真实|真假|真公司|真工作|假的|假公司|诈骗|骗局|骗人|骗子|骗钱|正规|合法|靠谱)";
const ASKING_ZH = "(?:怎么|怎样|如何|什么|哪|能不能|可不可以|可以|能|要|该|应该|想|办法|方法|帮我|帮忙)[^,.!?]{0,12}?";
const VERIFY_ZH = new RegExp(
  `${ASKING_ZH}(?:确认|确定|核实|核对|查证|验证|查清|查一下|查查|查|知道|知|判断|分辨|辨别|看出|鉴别|证实|证明|弄清楚|搞清楚|确保)${CHECKED_ZH}(?:是不是|是否|是|会不会|有没有)?${GENUINE_ZH}`,
);

export function asksHowToVerify(canonical: string): boolean {
  return VERIFY_EN.test(canonical) || VERIFY_ZH.test(canonical);
}
