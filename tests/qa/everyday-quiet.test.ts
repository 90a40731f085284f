import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Everyday messages that share words with the danger rules (travel mishaps, hospitals, schools, gyms, rent, bail,
 * games, scores, phone calls, quarantine, deposits): none of them is someone held, and none gets the emergency answer.
 * Review of the answers changes, 6 December.
 */
const EVERYDAY = [
  // please bring/get us home, without a captor or a place of captivity
  "Our flight got cancelled, please get us home before Christmas",
  "Please bring us back home safely, the tour bus broke down outside Chiang Mai",
  "Please help us get back home, our car broke down on the highway",
  "At the airport: please help us return back home, our flight was overbooked",
  "Please get him home safely, he had too much to drink",
  "pls bring her back home by midnight",
  "Please bring us back home, mum, the party is boring",
  // kept in an office, a waiting room, a house, quarantine
  "They keep us in the office until 9pm every day",
  "My manager keeps me in the office late every Friday",
  "We were kept in the waiting room for 3 hours at the clinic",
  "My parents keep me inside the house until my exams are over",
  "We are kept in quarantine in a hotel room in Bangkok for 7 days",
  // a fee to leave a contract or a flat
  "My company says I must pay two months salary to leave before the contract ends",
  "The agent says we must pay one month rent to leave the apartment early",
  "The gym says they want me to pay 200 dollars to get out of the contract",
  // a bill, a parking fee, bail, a ticket
  "医院要我们交完三万块才让我妈回家",
  "停车场说交了20元才能让我们出来",
  "老师说交了三百元才让孩子回家",
  "We need to pay the hospital bill to get my dad out",
  "How much bail do I pay to get my son out of jail?",
  "给钱就放他进去吧",
  "交了钱就放我们进去了，演唱会太好看",
  // calling, playing, a score
  "我正在打他们公司客服电话，一直没人接",
  "我们正在打他们，比分3比1",
  "我在打他，游戏里他太菜了",
  "我哋打緊佢哋，三比一",
  "佢哋而家打緊我哋，快啲上線幫手",
  // a deposit, a phone, a car, goods, a card held back
  "佢哋扣起咗我按金",
  "房東扣起咗我按金唔還",
  "學校扣起咗我部手機",
  "差佬扣起咗我架車",
  "海關扣起咗我啲貨",
  "銀行扣起咗張信用卡",
  // can't get out of work, a toilet, a bed
  "我今晚OT出唔返嚟食飯",
  "我喺廁所出唔返嚟，門鎖壞咗",
  // no food on a flight or a shift
  "They are not giving us food on this flight, only water",
  "My company won't give us meals during Ramadan shifts",
  // asking a government for an errand
  "I am asking the embassy to help me renew my passport",
  "We are urging the government to help us with the drought",
  // a traveller's trouble
  "I'm in trouble in Laos, I overstayed my tourist visa by 2 days",
  "we are in trouble in Phnom Penh, we lost our wallets",
  "We were promised a beach hotel but now we are in a hostel in Phnom Penh",
  "我们说好去曼谷，现在在柬埔寨金边转机",
  // cheating at a market, conning a brother into babysitting
  "The boss makes us cheat customers on the scales at the market",
  "They made me con my brother into babysitting tonight",
  // a workplace phone rule at home
  "The boss doesn't let us use phones on the floor until we hit our targets",
  "公司不让我们用手机，怕我们被诈骗",
  "they don't let us use phones at school",
  // a teacher's unpaid wages, to sue over
  "I teach English in Thailand and have not been paid for two months, can I sue the school?",
];

describe("everyday messages stay quiet (review of 6 December)", () => {
  it.each(EVERYDAY)("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

// 困咗 (trapped, folded since c9243f1, before today's rules) still ranks the trapped answer for a cat: no danger signal.
it("a cat stuck under the bed is no danger signal", () => {
  expect(detectDanger("隻貓困咗喺床底出唔返嚟").danger).toBe(false);
});

describe("a phone ban where people are held or overworked is danger again", () => {
  it.each([
    "我在这里，他们不让我用手机，我好害怕",
    "他们不让我们用手机",
    "他们不让我打电话回家",
    "They don't let us use our phones and we work 16 hours a day",
  ])("%s → emergency", (text) => {
    expect(matchQuestion(text).emergency).toBe(true);
  });
});

describe("a relative locked in a building by 'they' where the compounds are is held", () => {
  it.each([
    "They locked my sister in a building in Myawaddy, how do we get her out?",
    "they keep us inside the warehouse in Cambodia",
  ])("%s → held", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "held" });
  });

  it.each(["they locked my bike in the office in Dubai", "They keep us in the office until 9pm every day"])(
    "not danger: %s",
    (text) => {
      expect(detectDanger(text).danger).toBe(false);
    },
  );
});

describe("a seller or an agent who vanished with the money is a fraud, not a person gone silent", () => {
  it.each([
    "I bought concert tickets online and the seller disappeared",
    "网店卖家收了钱就失联了",
    "The landlord took our deposit and vanished",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it.each([
    "The agent disappeared with our fees and my son is missing in Myanmar",
    "the agency disappeared and my sister has been unreachable for a week",
  ])("a relative gone silent too is danger: %s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "silent" });
  });
});

describe("Hinglish 'phasa hai' (is stuck) is held only where the compounds are", () => {
  it.each(["bhatija Myanmar mein phasa hai, target nahi hua toh maarte hain", "meri behen Myawaddy me phasi hui hai"])(
    "%s → held",
    (text) => {
      expect(detectDanger(text)).toMatchObject({ danger: true, reason: "held" });
    },
  );

  it.each(["traffic mein phasa hai, late ho jaunga", "main meeting mein phasa hoon, baad mein call karta hoon"])(
    "not danger: %s",
    (text) => {
      expect(detectDanger(text).danger).toBe(false);
    },
  );
});

describe("neighbouring questions keep their own answers (review of 6 December)", () => {
  it.each([
    "我儿子留学回来以后，有没有机构可以帮他找工作",
    "Are there services that help returnees start a business in Shenzhen?",
    "Does JobSafe work with any counselling organisation?",
  ])("not the returnee's answer: %s", (text) => {
    expect(matchQuestion(text).answer).not.toBe("after_return");
  });

  it("a tourist's visa on arrival is not the work visa promised for after arrival", () => {
    expect(matchQuestion("去泰国玩，到了以后再办落地签证可以吗？").answer).not.toBe("visa_work");
  });

  it("a shelter (庇护所) for a daughter back from abroad is not an asylum question", () => {
    expect(matchQuestion("我女儿从国外逃回来，有没有庇护所可以住").outOfScope).not.toBe(true);
  });
});

describe("rescues told as done, procedures asked in general, history, films and the writer's own silence stay quiet", () => {
  it.each([
    // a rescue already done, told in the active voice, and a case long closed
    "看到报道说警方在边境解救了二十多人，真是太好了",
    "新聞說他們從園區救出三十個人",
    "Thai police rescued 40 people from a compound last week, good news",
    "我表姐前年被騙去緬甸，後來回到台灣了，現在過得很好",
    // a procedure asked in general, a school project
    "被困在海外的人一般是怎么被营救的？",
    "how are rescues of people held abroad usually coordinated? it's for my school project",
    // history and a film's title
    "历史课本上写着当年很多人被卖到南洋做苦力",
    "we learned about the coolie trade in history class today, people were sold like cargo",
    "剛看完《孤注一擲》，那種被困住的感覺好可怕",
    // a hotel holding a passport for the night, the writer as the silent one
    "the guesthouse kept my passport overnight at check-in, got it back next morning",
    "酒店入住时前台把护照收了，说第二天还",
    "my mum keeps saying I don't reply to her messages, I'm just busy with exams",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });

  it.each([
    "警方解救了十几个人，但是我弟弟还在里面，怎么办",
    "they rescued 20 people from the compound but my son is still inside",
    "看完《孤注一擲》才知道，我弟弟現在在妙瓦底也被關著",
    "the hotel in Dubai kept my passport and won't give it back, I can't leave",
  ])("still danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });
});

describe("danger said without the usual words is still danger", () => {
  it.each([
    ["关进小黑屋两天了，不给饭吃", "held"],
    ["家里人打来电话说，不交钱就再也别想见到你弟弟", "ransom"],
    ["they called and said send 8000 dollars or you will never see your daughter again", "ransom"],
    ["我工资半年没发，公司说想回国可以，先赔五万违约金", "ransom"],
    ["我哥的护照在老板手里，人也出不来", "passport"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it.each(["在论坛发广告被关小黑屋了，禁言七天", "护照在中介手上，说工签办好就还给我", "我的护照在我手上，放心"])(
    "not danger: %s",
    (text) => {
      expect(detectDanger(text).danger).toBe(false);
    },
  );
});

describe("review of 7 December: someone safe or a general question beside someone held does not silence the danger", () => {
  it.each([
    "新闻说警方解救了200人，我弟弟被关在柬埔寨，他们打他",
    "我哥哥被关在缅甸园区，警察解救了一批人但他还没出来，求救",
    "姐姐上个月回到老家了，哥哥被卖到缅甸，他们每天打他，求救",
    "我在缅甸园区，一般怎么报警？他们每天打我",
    "I am locked in a compound in Laos, how does the embassy normally help? please",
    "房东把我们锁在房间里，手机被收走，每天挨打，救命",
    "she got home safe but her friend is still locked in the compound",
    "my brother is held in myawaddy, he is ok now but they beat him yesterday",
    "he never came home, they are holding him in a compound in cambodia",
    "we came home from work and the guards locked us in the room in kk park",
    // about to go home is not home yet
    "他本来要回国了，结果被公司关起来",
    "我儿子吵着要回老家了，老板把他锁在宿舍",
  ])("danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each([
    "Pay the invoice or you will never see your package again",
    "Give me a chance or you'll never see her again",
    "我今天不给小费就再也见不到那个服务员了",
    "我们在泰国旅游，导游强行带我们去购物店",
    "we can only leave after 5pm from the office in Bangkok",
    "we are slaves of the system here in Singapore, rent is crazy",
    "the airline refused to give me a ticket home, flight cancelled in Bangkok",
    "我护照在他手上，我们出去旅游他帮我拿着",
    "my landlord is keeping my deposit and says i owe him for repainting, is that allowed",
    "saw a doc on youtube about the compounds in cambodia, so many people trapped there",
    "my cousin was held in a compound two years ago but he got home in 2024 and works in Manila now",
    "請問外交部協助受困國人的程序大概是怎樣？",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("review of 7 December (2): ways of saying someone is held that the reader did not know", () => {
  it.each([
    // "holding him" after the relative was named
    "my son hasn't got home, they are holding him in myawaddy",
    "my sister went to cambodia for a job and now they are keeping her there",
    "my husband is in a compound in laos, they're holding him.",
    // the way home for money: "can come home if we pay"
    "they said he can come home if we pay 5000",
    "the boss says my daughter can go home if we pay them 3000 dollars",
    "if we pay 20k usd he can come back, they said",
    // still there after a raid or a rescue
    "police raided the compound but my son is still there",
    "they rescued some people from kk park but my brother is still inside",
    "警察突袭了园区，但我儿子还在里面",
    "警察突襲了園區，但我兒子還在裡面",
    // escaped, and stranded with nothing now
    "we were brought here for jobs and forced into scam work, we escaped but now we have no money and no support",
    "we were forced to scam people in cambodia. we ran off last night, now we have no passport and nowhere to go",
    // cannot survive here, and nobody comes
    "we can't survive here … is anyone coming for us?",
    "i cannot survive in this place, is anybody coming to get us",
    // one person safe or a general question beside someone held
    "my daughter came home last week but they are still holding my son in kk park",
    "how does the embassy usually help? they are holding my brother in myawaddy",
    "我女儿已经回来了，我儿子还被关在妙瓦底",
    "一般怎麼報警？我弟弟被關在柬埔寨園區",
  ])("danger: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    // holding / keeping him: a seat, a place, busy, in hospital at home
    "my son is in bangkok for a conference, they are keeping him busy all week",
    "my daughter studies in singapore and the school is holding her place until march",
    "my son flew to dubai, the airline is holding him a seat on the next flight",
    "my son had surgery, they're keeping him in hospital",
    "my son is in hospital in thailand after the accident, they're keeping him in",
    "my son was arrested at the border, they are holding him at the station",
    // can come home if we pay: a ticket, a bill, a school trip
    "my son can come home for christmas if we pay for his flight",
    "the hospital says my dad can come home if we pay the bill today",
    "my daughter can come home early from the school trip if we pay 50 for the bus",
    // still there after a raid or an evacuation: a club, a school, a hotel
    "police raided the nightclub last night but my son is still there, he's the dj",
    "the hotel was evacuated after the fire alarm but my son is still there waiting",
    "警察查了那間夜店，但我兒子還在那裡唱歌",
    "学校宿舍突击检查，我女儿还在宿舍睡觉",
    // escaped (the rain, a boring party) with no money now
    "we escaped the rain into a cafe, now we have no money left for the taxi lol",
    "we escaped the boring party early and now i have no money for a taxi",
    // can't survive here: heat, coffee, rent
    "i can't survive here without aircon, is anyone coming for dinner?",
    "we can't survive here on one salary, the rent in singapore is crazy",
    "I can't survive in this office without coffee",
    "we can't survive here in dubai with these rents, we want to go home",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(false);
  });
});

describe("review of 7 December (2): one relative safe home does not silence another held now", () => {
  it.each([
    "my wife got home safely last month, but my brother is locked up in myawaddy and they beat him",
    "my son came back in june, but now my nephew is held in myawaddy and they want 5000 usd",
    "我妹妹已经回国了，我弟弟被卖到柬埔寨，他们天天打他",
    "我妹妹已經回國了，我弟弟被賣到柬埔寨，他們天天打他",
    "my son was not rescued in the raid, he is still in kk park",
  ])("danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each([
    "我弟弟之前被关在缅甸，已经回国了，现在天天打游戏",
    "他以前被关在园区，已经回来了，现在每天打工赚钱",
    "他以前被關在園區，已經回來了，現在每天打工賺錢",
    "my son was rescued from kk park in march; my daughter is detained at school after class today",
    "she came back from myawaddy last year, her brother is held up at work tonight",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(false);
  });
});

describe("review of 7 December (2): the way home for a sum, said in Chinese or with 'once we pay'", () => {
  it.each([
    "他们说交五千他就可以回家",
    "他們說交五千他就可以回家",
    "他们说我们给五万块，我儿子就能回来",
    "只要付三萬美金，我女兒就可以回國",
    "they say my son can come home once we pay 8000",
  ])("danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each([
    "医院说交五千他就可以回家",
    "交了三千塊罰款他就可以回家了",
    "交完三千学费他就可以回学校上课",
    "我們給了五百塊車費，他就能回來過年",
    "他给了我一千块，他女儿就可以回家吃饭了",
    "付了两千块机票钱，我儿子就可以回国过年",
    "交五千押金她就可以离开宿舍",
    "the school says my son can come back once we pay 300 for the books",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(false);
  });
});

describe("review of 7 December (2): 他们扣着他 where the message is set abroad or at a compound", () => {
  it.each(["他们扣着他不放，在缅甸", "我兒子在柬埔寨，他們一直扣著他", "我儿子在柬埔寨，人被他们扣着"])(
    "danger: %s",
    (text) => {
      expect(detectDanger(text).danger).toBe(true);
    },
  );

  it.each([
    "我在泰國旅遊，海關扣著我們的行李",
    "在泰国，他被警察扣着问话",
    "我儿子在新加坡读书，学校扣着他的毕业证",
    "他们扣着他的快递，在马来西亚",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(false);
  });
});

describe("review of 7 December (2): 'they won't give him back', 'they have my brother… want money', 不给他走, not freed in a raid", () => {
  it.each([
    "my son is in myawaddy and they won't give him back",
    "they have my brother in cambodia and want money",
    "我儿子说他们不给他走，要赔十万",
    "我兒子說他們不給他走，要賠十萬",
    "my brother is in myawaddy, police raided the place but he wasn't freed",
    "the army raided kk park, my son wasn't among the people released",
  ])("danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(true);
  });

  it.each([
    "my son lent his bike to a friend in bangkok and he won't give it back",
    "the school in malaysia won't give him back his phone until friday",
    "they have my daughter on the school team in singapore and want money for the uniform",
    "my son wasn't released from hospital in phnom penh yet, the doctors want one more day",
    "police raided the club in phnom penh, my son wasn't arrested",
    "下雨了，妈妈不给我出去",
    "我媽不給我走，說太晚了",
    "老师不给他走，要留堂",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger || matchQuestion(text).emergency).toBe(false);
  });
});

describe("everyday words that only sound like a compound get no scam answer", () => {
  it.each([
    "I feel like I'm being watched when I walk home",
    "下个月带爸妈去日本玩，老人走不了太多路，有什么推荐",
    "这个月业绩不错，老板请我们吃饭",
  ])("%s", (text) => {
    const match = matchQuestion(text);
    expect(match.answer).toBeNull();
    expect(match.emergency).toBe(false);
  });
});
