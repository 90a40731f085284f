/**
 * Questions written for the tests, in the words a job seeker or a relative might use. They are neither copies of the
 * entries' sample questions nor of the dev corpus, so passing them shows that matching generalises.
 */
import type { DangerReason } from "../../src/content/qa.ts";

export interface Phrasing {
  text: string;
  /** The entry that should answer. */
  expected: string;
}

export const TOPIC_PHRASINGS: readonly Phrasing[] = [
  // zh-hans
  { text: "表哥叫我去缅甸做网络客服,包吃住,这个工作靠谱不?", expected: "offer_safety" },
  { text: "怎么查证泰国那家公司是不是真实存在的?", expected: "verify_employer" },
  { text: "办个旅游签过去上班行不行", expected: "visa_work" },
  { text: "诈骗园区里的人每天都要干些什么?", expected: "compound_life" },
  { text: "被迫参与了电信诈骗,回国后要坐牢吗?", expected: "return_punished" },
  { text: "零经验月薪三万的海外岗位是真的吗", expected: "high_pay" },
  { text: "对方承诺报销来回机票还包住宿,正常吗?", expected: "paid_travel" },
  { text: "电报上有人私信我说出国赚大钱,能信吗", expected: "recruiting_channels" },
  { text: "想举报一个招人去柬埔寨的群主,怎么弄?", expected: "report_recruiter" },
  { text: "海外招聘骗局有哪些常见套路", expected: "red_flags" },
  { text: "中介说先到曼谷,再坐车去湄索,最后坐船过河,这样走安全吗", expected: "routes" },
  { text: "你这个机器人都能帮我干啥?", expected: "about_bot" },
  // zh-hant (incl. Cantonese)
  { text: "被人呃咗去做詐騙，返嚟會唔會俾差佬拉", expected: "return_punished" },
  { text: "有人叫我去柬埔寨做客服,這份工可唔可以去?", expected: "offer_safety" },
  { text: "觀光簽證可以在泰國合法工作嗎?", expected: "visa_work" },
  { text: "公司話包晒機票同住宿,係咪有問題?", expected: "paid_travel" },
  { text: "在臉書群組看到徵人去海外,這種管道可靠嗎?", expected: "recruiting_channels" },
  { text: "想檢舉假的海外招聘廣告,要打去哪裡?", expected: "report_recruiter" },
  { text: "被逼做詐騙嘅人返到香港會唔會坐監?", expected: "return_punished" },
  // en
  { text: "Is a call centre job in Phnom Penh that a stranger offered me safe?", expected: "offer_safety" },
  { text: "How can I find out whether an employer in Laos is legitimate?", expected: "verify_employer" },
  { text: "Can I start working in Thailand on a visa exemption?", expected: "visa_work" },
  { text: "What goes on inside the scam centres in Myanmar?", expected: "compound_life" },
  { text: "Could I be charged for fraud I was forced to commit abroad?", expected: "return_punished" },
  { text: "They offer 3000 dollars a month for data entry with no experience. Real?", expected: "high_pay" },
  { text: "Why does a company pay for my plane ticket and hotel before I start?", expected: "paid_travel" },
  {
    text: "Someone on Telegram keeps sending me job offers abroad, can I trust them?",
    expected: "recruiting_channels",
  },
  { text: "Where can I report a recruiter sending people to Cambodian scam compounds?", expected: "report_recruiter" },
  { text: "What are the warning signs of a fake overseas job?", expected: "red_flags" },
  { text: "The job is in Thailand but they say we will cross a river into Myanmar by boat", expected: "routes" },
  { text: "What can this bot do for me?", expected: "about_bot" },
  // prosecution, records and travel bans after return; code-mixed offer questions
  { text: "被骗过去做了几个月诈骗,回家后会留案底吗?", expected: "return_punished" },
  {
    text: "My cousin was freed from a scam centre, will there be a police case against him at home?",
    expected: "return_punished",
  },
  { text: "2000 usd sahod, walang experience, libre flight pa. legit ba ito?", expected: "high_pay" },
  { text: "Are employers allowed to hold on to their workers' passports?", expected: "passport_taken" },
  { text: "nak lapor ejen yang hantar orang ke Kemboja, macam mana?", expected: "report_recruiter" },
  { text: "她回我的消息像是别人教她说的台词,是不是有人看着她?", expected: "compound_life" },
  { text: "被逼着去骗人的,回来算罪犯吗?", expected: "return_punished" },
  {
    text: "The boss at the factory in Malaysia keeps our savings and won't give them to us",
    expected: "passport_taken",
  },
];

export interface DangerPhrasing {
  text: string;
  reason: DangerReason;
}

export const DANGER_PHRASINGS: readonly DangerPhrasing[] = [
  // held
  { text: "我表弟被关在缅甸的一个园区里,不让他走", reason: "held" },
  { text: "我妹妹被困喺柬埔寨,走唔到", reason: "held" },
  { text: "My cousin is locked up in a compound and cannot leave", reason: "held" },
  // beaten
  { text: "他们完不成业绩就打我,我老公说每天都挨打", reason: "beaten" },
  { text: "我個仔話佢俾人打到成身傷", reason: "beaten" },
  { text: "My brother told us they beat him every night", reason: "beaten" },
  // passport
  { text: "老板把我们的护照都收走了,说干满一年才还", reason: "passport" },
  { text: "公司扣起我本護照唔俾我走", reason: "passport" },
  { text: "My boss has kept my passport since I arrived", reason: "passport" },
  // ransom
  { text: "园区的人打电话来,要我们打五万块钱才放我儿子", reason: "ransom" },
  { text: "對方要贖金先肯放我細佬", reason: "ransom" },
  { text: "They are demanding a ransom to release my daughter", reason: "ransom" },
  // silent
  { text: "我爸去老挝打工以后就失联了", reason: "silent" },
  { text: "阿哥去咗泰國之後冇覆我,電話又打唔通,聯絡唔到佢", reason: "silent" },
  { text: "My wife went to Cambodia for a job and we lost contact three weeks ago", reason: "silent" },
  { text: "My nephew stopped answering after he landed in Bangkok", reason: "silent" },
  // trafficked
  { text: "我男朋友说被人骗到缅甸去了", reason: "trafficked" },
  { text: "My friend was taken across the border to Myanmar by the recruiters", reason: "trafficked" },
  // code-mixed and indirect wording
  { text: "adik saya di kemboja, majikan tak bagi balik", reason: "held" },
  { text: "tulungan nyo po kapatid ko nasa cambodia, ayaw siyang pakawalan", reason: "held" },
  { text: "meri behen ko laos mein band karke rakha hai", reason: "held" },
  { text: "my sister can only talk to us when the guards are not watching", reason: "held" },
  { text: "他在那边被人看管着,不能自由出入", reason: "held" },
  { text: "bro my friend in myawaddy says the boss beats people who dont meet target", reason: "beaten" },
  { text: "我妹妹说那边的人不干活就打", reason: "beaten" },
  { text: "my kaki went to bangkok for job, now whatsapp also never reply", reason: "silent" },
  { text: "My friend's son went to Thailand two months ago and nobody knows where he is", reason: "silent" },
  { text: "kakak saya kena jual ke syarikat lain di myanmar", reason: "trafficked" },
  { text: "they sold my brother to another company for 20,000 dollars", reason: "trafficked" },
  { text: "我阿哥被人帶咗過緬甸", reason: "trafficked" },
  { text: "公司话我细佬欠佢哋几十万,迫佢打电话揾屋企人还钱", reason: "ransom" },
  { text: "佢讲宿舍门口日夜有人持枪把守", reason: "held" },
  { text: "三个月没消息了,连他是生是死都不知道", reason: "silent" },
  { text: "if we fall asleep at the desk they electrocute us", reason: "beaten" },
  { text: "All we ask is that they let us out of this country", reason: "held" },
  // someone in a compound country, in distress, in any words
  { text: "my son is in cambodia and he is scared, he wants to come home but the boss says no", reason: "distress" },
  { text: "我老公在缅甸哭着说想回家", reason: "distress" },
  { text: "阿仔喺柬埔寨,佢好驚,想返屋企", reason: "distress" },
  { text: "kuya ko nasa myawaddy, tulungan niyo po", reason: "distress" },
  { text: "beta myanmar mein hai, bahut dara hua hai, ghar aana chahta hai", reason: "distress" },
  { text: "adik saya di kamboja minta tolong, dia takut", reason: "distress" },
  { text: "my daughter said if she doesn't bring in money they will sell her", reason: "trafficked" },
  { text: "he is being made to scam people online in cambodia", reason: "held" },
  { text: "My employer made me sign that they look after my passport and work permit", reason: "passport" },
  { text: "My boss keeps my sister's work permit card", reason: "passport" },
  { text: "kami po yung binubog sa cambodia, sana matulungan nyo po kami makauwi", reason: "beaten" },
  // a held person's own words: ransom asked of the family, a beating told without a subject, counted victims, threats
  { text: "妈,快点凑钱赎我出去", reason: "ransom" },
  { text: "這邊天天被打,飯也吃不飽", reason: "beaten" },
  { text: "The team leader beat two Kenyan boys last night for missing the target", reason: "beaten" },
  { text: "they'll kill us if we try to run", reason: "held" },
  { text: "老板说会把我们打死", reason: "held" },
  { text: "老板说要把我们卖掉", reason: "trafficked" },
  { text: "andito pa kami sa kumpanya, sana matulungan nyo kami makauwi", reason: "held" },
  { text: "我老板扣了我的护照,这合法吗?", reason: "passport" },
  { text: "他们把我们关起来,每天打人", reason: "held" },
  { text: "我现在在柬埔寨,出不去,怎么办", reason: "held" },
  { text: "女儿说那边的人会打她,她不敢说", reason: "beaten" },
  { text: "I escaped but my friends are still inside", reason: "held" },
  { text: "we were tricked, it's a scam company, we want to go home", reason: "distress" },
  { text: "walang sahod tatlong buwan na, hawak pa ng amo ang passport ko", reason: "passport" },
  { text: "they took us across the river at night and now we are in Myanmar", reason: "trafficked" },
  {
    text: "HR said new staff must hand in passports, and now they refuse to return my passport",
    reason: "passport",
  },
  { text: "They are enslaved there and forced to scam Americans", reason: "held" },
  { text: "He sent a voice note saying they starve them if they don't meet the target", reason: "beaten" },
  { text: "He told us he was sold for $3000", reason: "trafficked" },
  { text: "please bring my son home from Cambodia", reason: "held" },
  { text: "他說園區不給飯吃", reason: "beaten" },
  { text: "我哥被押在那邊的公司", reason: "held" },
  { text: "my friend is crying every night, she says the boss hits her", reason: "beaten" },
  { text: "tulungan nyo po kami, hindi kami pinapakain", reason: "beaten" },
  { text: "mere bhai ko Cambodia mein bandi bana rakha hai", reason: "held" },
  { text: "they take our phones at night and we can't call anyone", reason: "held" },
  { text: "we work 17 hours a day and if we complain they punish us", reason: "beaten" },
  { text: "The boss said we owe him 5000 dollars for the flight and food", reason: "held" },
  { text: "she cried on the phone and said she wants to come back but they won't allow it", reason: "held" },
  { text: "女儿说吃不饱,每天被骂被罚站", reason: "beaten" },
  { text: "hum log yahan kaid hain, koi madad karo", reason: "held" },
  { text: "unhone hume ek kamre mein band kar diya hai", reason: "held" },
  { text: "kapatid ko nasa Myanmar, hindi siya pinapalabas ng kumpanya", reason: "held" },
  { text: "humihingi sila ng 100k para pakawalan si kuya", reason: "ransom" },
  { text: "nasa loob pa rin kami ng compound, hindi kami makalabas", reason: "held" },
  { text: "pinagtatrabaho kami ng 16 oras, pag hindi naka-quota pinaparusahan", reason: "beaten" },
  { text: "anak ko nasa Cambodia, ayaw na siyang pauwiin ng amo niya", reason: "held" },
  { text: "If you don't meet the target you get electrocuted, nobody can leave this place", reason: "held" },
  { text: "It is like a prison here, we cannot go anywhere", reason: "held" },
  { text: "my employer made you sign that they keep your passport, is that legal?", reason: "passport" },
  { text: "we are still here in the building, please help us go home", reason: "held" },
  // framed as a question, but about the writer's own relative, who is still there
  { text: "what happens now, my brother called and said he is trapped in cambodia", reason: "held" },
  { text: "my friend escaped but her sister is still locked in the compound in myawaddy", reason: "held" },
  // calling themselves prisoners or hostages, or guards taking phones, is being held whoever is named
  { text: "We are prisoners in this building, nobody tells us anything", reason: "held" },
  { text: "I'm basically a hostage at this company now", reason: "held" },
  { text: "園區的守衛把大家的手機都收走了", reason: "held" },
  { text: "电话里有人喊不准报警,后面有人在哭", reason: "held" },
  // a plea to a government or embassy to come for them
  { text: "We are begging our embassy to help us, please share this", reason: "distress" },
  // money demanded before release, said in other words
  { text: "他们要求家人筹集五万块,交钱才能脱身", reason: "ransom" },
  { text: "if we don't pay by friday he will be moved to another place", reason: "ransom" },
  // asking where someone is: whereabouts, the last call
  { text: "我们只想知道弟弟的下落", reason: "silent" },
  { text: "最後一次跟姊姊視訊是兩個星期前", reason: "silent" },
  { text: "我儿子什么都不回,只说平安", reason: "silent" },
  // a held person waving the family off or not knowing where they are
  { text: "她只说妈妈你不要帮我,我在这边很好", reason: "distress" },
  { text: "If I disappear, tell my mother I love her", reason: "distress" },
  { text: "they drove us for hours in the night and now I have no idea where I am", reason: "held" },
];

/** Not danger now: hearsay, prevention, a holiday theft, someone already home, a company's slow reply. */
export const NOT_DANGER: readonly string[] = [
  "旅游的时候护照在地铁上被偷了,怎么办?",
  "去旅行嗰陣銀包同護照唔見咗",
  "My passport was stolen from my hotel room in Bangkok while on holiday",
  "听说园区里会打人,是真的吗?",
  "How do I avoid having my passport taken by an employer?",
  "Can I send money to my family back home from Dubai every month?",
  "你不要帮我付钱,我自己来",
  "I don't know where I am going to work yet, the agency has not told me",
  "If you don't pay the visa fee on time, they will cancel your application",
  "招聘监控室值班员,负责视频监视和巡逻",
  "园区保安会没收违禁品吗?",
  "Is it true people in the compounds get beaten?",
  "我已经从柬埔寨逃回来了,之前被关在园区,现在会被判刑吗?",
  "那家公司一直没回复我的求职申请",
  "The recruiter has not replied to my email about the job",
  "老板逼我加班怎么办",
  "I am scared of going to Cambodia for a job",
  "they tell me go malaysia first then take van into thailand, work permit settle over there",
  "朋友叫我去柬埔寨,我有点怕",
  "帮帮我看看这个柬埔寨的工作",
  "我有点害怕,柬埔寨的工作是不是骗局",
  "please let me go home early today, boss",
  "The boss forced me to work overtime at home",
  "在曼谷被打劫了,钱包也没了",
  "园区里会挨打吗?",
  "Do guards beat people who miss their targets?",
  "Will they kill me if I report the recruiter?",
  "I'm still here at the airport, how do I get home from the station?",
  // a passport handed over as an offer's condition, or a copy of it; past events; beatings that are not beatings
  "公司要求员工入职后把护照交给人事统一保管,月薪两万",
  "New hires must hand their passport to HR on arrival for visa processing",
  "The school keeps a copy of my passport for the work permit",
  "我刚从柬埔寨回来,之前在园区被关过,现在会被判刑吗?",
  "他每天打游戏不上班",
  "我要打他电话问问",
  "我的快递被扣在海关了怎么办",
  "the boat took us over the river to the island for a holiday",
  "where do I complain about a shop that sold me a broken phone?",
  "I'm stuck here at the airport because my flight was cancelled",
  // what the law allows, asked in general
  "公司扣员工护照是否合法?",
  "Is it legal for an employer to hold a worker's passport?",
];

/** Off-topic questions that must not get a scam answer. */
export const OFF_TOPIC: readonly string[] = [
  "去新加坡读本科需要什么签证?",
  "博士奖学金怎么申请比较容易?",
  "在國外旅行的時候護照被偷,要怎麼補發?",
  "想申請去紐西蘭打工度假,要準備什麼?",
  "How can I apply for a student visa to study in Thailand?",
  "Which scholarships are there for a PhD in Japan?",
  "My employer at home makes me work overtime without a contract, is that legal?",
  "推荐一下新加坡好玩的地方",
  "在泰国旅游的时候钱包被偷了怎么办",
  "I lost my phone in a taxi in Manila, what should I do?",
  "kal Mumbai mein dhoop hogi kya?",
  "Can I extend my working holiday for another year?",
  "上班迟到十分钟就扣半天工资,这样合法吗?",
  "My manager says I have to work one more month unpaid before I can resign",
  "快递在海关被扣了好几天,要交税吗?",
  "A woman from a dating site wants me to send money so she can visit me",
];
