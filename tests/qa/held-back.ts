/**
 * A held-back set of composed questions, written before the Q&A samples and the matcher were tuned (issue 12), and
 * scored only at the end of that work, like a second test split: `npx tsx tests/qa/score-held-back.ts`. Neither the
 * entries' samples nor the eval texts were copied or paraphrased here; never add a sample because of one of these.
 * `accepted` lists the entries that answer the question (first the one it was written for); empty for a neighbouring
 * topic, which must get no scam answer.
 */
export interface HeldBackQuestion {
  text: string;
  lang: "zh-hans" | "zh-hant" | "en";
  accepted: readonly string[];
}

const OFFER = ["offer_safety", "red_flags", "high_pay", "paid_travel"];
const SILENT = ["lost_contact", "trapped_help"];

export const HELD_BACK: readonly HeldBackQuestion[] = [
  // zh-hans
  { lang: "zh-hans", text: "在缅北那种公司里上班，每天是不是要拉够多少人头才算完成任务", accepted: ["compound_life"] },
  { lang: "zh-hans", text: "听说那边搞诈骗的公司会把不听话的人转手卖掉 真的假的", accepted: ["compound_life"] },
  {
    lang: "zh-hans",
    text: "我儿子被骗去柬埔寨干了半年电诈，现在想回来，回来会不会被判",
    accepted: ["return_punished"],
  },
  { lang: "zh-hans", text: "从缅甸遣返回来的人是不是都要被调查", accepted: ["return_punished"] },
  { lang: "zh-hans", text: "表弟刚从园区回来，整天关在房间里不出门，我们该怎么办", accepted: ["after_return"] },
  { lang: "zh-hans", text: "跑出来了 但是证件都没了 怎么回国", accepted: ["after_return"] },
  { lang: "zh-hans", text: "家里人在国外出了事 是先打110还是先打领事保护热线", accepted: ["whom_to_call"] },
  {
    lang: "zh-hans",
    text: "想悄悄举报一个在群里招人去柬埔寨的人，不想让他知道是我",
    accepted: ["report_recruiter"],
  },
  { lang: "zh-hans", text: "朋友介绍我去迪拜做客服 说落地以后再办工作签 这样行吗", accepted: ["visa_work"] },
  { lang: "zh-hans", text: "去马来西亚打工用旅游签可以吗", accepted: ["visa_work"] },
  { lang: "zh-hans", text: "怎么看一个海外招聘公司是不是皮包公司", accepted: ["verify_employer"] },
  {
    lang: "zh-hans",
    text: "招聘的人只在抖音上联系我，这种渠道找的工作能信吗",
    accepted: ["recruiting_channels", "offer_safety"],
  },
  { lang: "zh-hans", text: "我姐铁了心要去老挝做什么数据录入，全家劝都没用", accepted: ["friend_leaving"] },
  { lang: "zh-hans", text: "月薪三万包吃住，什么都不用会，这种出国工作是不是坑", accepted: ["high_pay", ...OFFER] },
  { lang: "zh-hans", text: "对方说机票他们出，到了再从工资里扣，靠谱吗", accepted: ["paid_travel", ...OFFER] },
  { lang: "zh-hans", text: "出国找工作怎么避免被骗到园区", accepted: ["red_flags", "offer_safety"] },
  { lang: "zh-hans", text: "中介让我先到昆明再去西双版纳然后走山路出境", accepted: ["routes"] },
  { lang: "zh-hans", text: "园区打电话来要家里拿二十万 不然不放人 要给吗", accepted: ["ransom", "trapped_help"] },
  { lang: "zh-hans", text: "我弟说去越南工作 已经十天没联系上了", accepted: SILENT },
  // zh-hant: Taiwan usage and Cantonese
  { lang: "zh-hant", text: "聽說被賣到園區的人每天要被逼打詐騙電話打到半夜？", accepted: ["compound_life"] },
  { lang: "zh-hant", text: "園區會唔會監視你同屋企人講嘢", accepted: ["compound_life"] },
  { lang: "zh-hant", text: "從柬埔寨回來之後會不會被檢方約談", accepted: ["return_punished"] },
  { lang: "zh-hant", text: "佢哋返到嚟香港，警方會唔會當佢係犯人", accepted: ["return_punished"] },
  { lang: "zh-hant", text: "阿妹由緬甸返咗嚟之後成日發噩夢，唔肯講發生咩事", accepted: ["after_return"] },
  { lang: "zh-hant", text: "家人在國外被騙，要先打165還是找外交部", accepted: ["whom_to_call"] },
  { lang: "zh-hant", text: "想檢舉幫人仲介去柬埔寨的人，可以不留名字嗎", accepted: ["report_recruiter"] },
  { lang: "zh-hant", text: "那家海外公司要怎麼查是不是真的有登記", accepted: ["verify_employer"] },
  {
    lang: "zh-hant",
    text: "IG上有人私訊說去泰國工作月入十萬，可信嗎",
    accepted: ["recruiting_channels", "offer_safety", "high_pay"],
  },
  { lang: "zh-hant", text: "我老公下個月要去柬埔寨上班，講極都唔聽", accepted: ["friend_leaving"] },
  { lang: "zh-hant", text: "去泰國做客服包機票包住宿，這樣正常嗎", accepted: ["paid_travel", ...OFFER] },
  { lang: "zh-hant", text: "個仔去咗柬埔寨做嘢，成個禮拜冇消息", accepted: SILENT },
  // en: plain, Singlish, Taglish, Hinglish, Malay, keywords only
  {
    lang: "en",
    text: "do they give people targets in those scam factories and what happens if they miss them",
    accepted: ["compound_life"],
  },
  {
    lang: "en",
    text: "my nephew was rescued from a compound in Myanmar, will he face charges when he lands?",
    accepted: ["return_punished"],
  },
  {
    lang: "en",
    text: "uuwi na si kuya galing Cambodia, hindi ba siya huhulihin ng pulis dito?",
    accepted: ["return_punished"],
  },
  {
    lang: "en",
    text: "my cousin is back from Laos but barely speaks, where can he get counselling?",
    accepted: ["after_return"],
  },
  {
    lang: "en",
    text: "escaped the compound, no passport, how to get emergency travel document",
    accepted: ["after_return"],
  },
  {
    lang: "en",
    text: "brother in trouble in Thailand, should we call the local police or our foreign ministry first?",
    accepted: ["whom_to_call"],
  },
  {
    lang: "en",
    text: "where to report an agent who recruits people for cambodia scam jobs without giving my name",
    accepted: ["report_recruiter"],
  },
  {
    lang: "en",
    text: "how to check if a recruitment agency in Manila is licensed by DMW",
    accepted: ["verify_employer"],
  },
  {
    lang: "en",
    text: "can I start my job in Vietnam on a business visa and change it there lah",
    accepted: ["visa_work"],
  },
  {
    lang: "en",
    text: "is it normal that the employer pays my flight and hotel before I even sign anything",
    accepted: ["paid_travel", ...OFFER],
  },
  {
    lang: "en",
    text: "why do these overseas typing jobs pay so much with zero experience",
    accepted: ["high_pay", ...OFFER],
  },
  {
    lang: "en",
    text: "got job offer in Sihanoukville from a guy on telegram, legit or not",
    accepted: ["offer_safety", "recruiting_channels", "red_flags"],
  },
  {
    lang: "en",
    text: "bhai ko Dubai mein job mila hai through whatsapp agent, sach mein hai kya",
    accepted: ["offer_safety", "recruiting_channels", "verify_employer"],
  },
  {
    lang: "en",
    text: "my girlfriend insists on going to Cambodia for a casino job and won't hear a word from me",
    accepted: ["friend_leaving"],
  },
  { lang: "en", text: "red flags overseas job", accepted: ["red_flags", "offer_safety"] },
  { lang: "en", text: "they said we fly to Bangkok then a van will take us to Mae Sot", accepted: ["routes"] },
  { lang: "en", text: "kawan saya kerja di Kemboja, dah dua minggu tak dapat dihubungi", accepted: SILENT },
  {
    lang: "en",
    text: "the men holding my son want 8000 dollars before they let him go",
    accepted: ["ransom", "trapped_help"],
  },
  { lang: "en", text: "what can this bot actually do", accepted: ["about_bot"] },
  // neighbouring topics: working holidays, study, travel, labour law at home, a romance scam
  { lang: "en", text: "working holiday visa New Zealand how much money need to show", accepted: [] },
  { lang: "zh-hans", text: "留学生在英国可以打几个小时的工", accepted: [] },
  { lang: "zh-hant", text: "去泰國自由行要注意扒手嗎", accepted: [] },
  { lang: "zh-hant", text: "老闆拖欠我三個月薪水，勞工局可以幫忙嗎", accepted: [] },
  { lang: "en", text: "my online boyfriend asks for money for his flight ticket to see me", accepted: [] },
  { lang: "zh-hans", text: "跑外卖要交装备押金吗 退的时候会扣钱吗", accepted: [] },
  { lang: "en", text: "Can I bring my spouse on a student visa to Canada?", accepted: [] },
  { lang: "zh-hans", text: "在国内公司上班被辞退了有没有赔偿", accepted: [] },
  { lang: "en", text: "Is it safe to drink tap water in Bangkok?", accepted: [] },
  { lang: "en", text: "sa Japan po ba pwede mag-part time ang may student visa?", accepted: [] },
];
