import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/** Danger now in the ways people write it (our own wording), and look-alikes that are not danger. */
describe("restraint, confinement and food withheld are danger now", () => {
  it.each([
    ["They keep us in cages at night and handcuff whoever misses the target", "held"],
    ["my cousin says they are not even given food if they refuse, he is still in the building", "beaten"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    ["we are not allowed to go out and the gate is locked from outside", "held"],
    ["my husband is in Myanmar now and they won't release him", "held"],
    ["they drove me over the border at night and now I can't go back", "held"],
  ])("kept from leaving: %s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it("a plea to be saved gets the emergency answer", () => {
    expect(matchQuestion("please tell the government to save us, we are dying here").emergency).toBe(true);
  });

  it.each([
    "The trainer forced us to work late before the exam",
    "I can't go back to the office today, I have a fever",
    "Our campus is guarded by security around the clock, free dormitory, salary 3000 USD",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("scolded and beaten, whoever does it, is a beating", () => {
  it.each(["我们在那边被老板骂和打", "我每天都被主管骂又打", "被他们骂和打，好痛"])("%s", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "beaten" });
  });

  it.each(["被老师骂了一顿，又被罚站", "今天被老板骂了，心情不好"])("no blow, no beating: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("danger now in code-mixed and Cantonese messages", () => {
  it.each([
    ["didi bol rahi hai unko khana nahi dete aur kaam 16 ghante karwate hain", "beaten"],
    ["humse 3 lakh maang rahe hain chhodne ke liye", "ransom"],
    ["binubugbog daw sila pag hindi naka-target, gusto na niya umuwi", "beaten"],
    ["nasa loob pa rin kami ng compound, bantay sarado kami", "held"],
    ["佢哋沒收咗我哋全部手提電話", "held"],
    ["我個女話佢好驚，想返香港，但係佢哋唔俾", "held"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it("wanting to go home on leave is not", () => {
    expect(detectDanger("我想回家但是老板不给请假").danger).toBe(false);
  });
});

describe("danger in each style, for each reason (issues 12 and 13)", () => {
  it.each([
    // Cantonese: 畀/俾 as the passive, threats to kill or maim, locked in, shocked, a phone nobody answers
    ["阿仔話佢畀公司賣咗去另一個園區", "trafficked"],
    ["佢哋話如果唔做就殺咗佢", "held"],
    ["老細恐嚇我細佬話要斬佢手指", "held"],
    ["佢哋鎖住我哋喺房入面", "held"],
    ["阿哥話做唔到數就會畀人電", "beaten"],
    ["打佢電話一直冇人聽,已經五日", "silent"],
    // Hinglish: threats, release only once paid, refusals in the present progressive
    ["woh log dhamki de rahe hain ki bhai ko maar denge", "held"],
    ["agent bol raha hai 3 lakh do tabhi chhodenge mere bhai ko", "ransom"],
    ["Dubai mein 4 mahine se salary nahi de rahe, ghar bhi nahi jaane de rahe", "passport"],
    // Malay: threats, a passport kept and not given back
    ["mereka ugut nak bunuh anak saya kalau tak buat kerja", "held"],
    ["majikan simpan pasport adik saya dan tak nak pulangkan", "passport"],
    // Singlish: no pay, "dun let"
    ["my sister work in Dubai 3 months never get salary, boss dun let her go home", "passport"],
    // Taglish: not allowed home, unreachable, hurt, paying so someone can come home
    ["si kuya nasa Myanmar, ayaw siyang payagan umuwi", "held"],
    ["hindi na namin makontak si ate simula nung pumunta siya sa Thailand", "silent"],
    ["sinasaktan daw sila ng mga amo doon", "beaten"],
    ["kailangan daw magbayad ng 200k para makauwi si bunso", "ransom"],
    // threatened with being sold on (Cantonese 聽話 is "obey"), movements restricted, sold on in Taglish
    ["我好驚 佢哋話我唔聽話就賣我去第二度", "trafficked"],
    ["我妹在柬埔寨被限制行動 手機也被沒收", "held"],
    ["binebenta daw sila sa ibang company pag hindi naka-quota", "trafficked"],
    // testimonies: punished with sticks and squats, nobody has seen him, moved on, a threat to whoever runs
    ["If we missed the target the boss had us hit with sticks", "beaten"],
    ["Nobody has seen my nephew since he crossed into Myanmar in May", "silent"],
    ["She texted at midnight that they are moving everyone to another compound tomorrow", "trafficked"],
    ["The supervisor said anybody who tries to escape will be shot", "held"],
    ["我老公说那边上厕所都有人跟着,24小时有人盯着", "held"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "majikan akan simpan pasport semasa kontrak, gaji RM5000",
    "我把房子卖了去泰国做生意",
    "他说要杀价,便宜点",
    "朋友被人电话骚扰了好几天",
    "binebenta ko ang kotse ko para makapunta sa Dubai",
    "my kid was hit by a car last week",
    "we were kicked out of the apartment",
    "公司把我转到别的公司了",
    "妈妈每天盯着我学习",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("danger in families' and held people's own words (issue 12, second collection)", () => {
  it.each([
    // typed on a phone: the curly apostrophe reads as the typed one
    ["they won’t let my sister leave the building", "held"],
    // passed on from one syndicate to the next
    ["my brother says he has been sent to another syndicate and may be transferred to a third one soon", "trafficked"],
    ["我弟说他下个月又要被转到另一个集团", "trafficked"],
    // abused by whoever holds them, days without food
    ["her employer subjects her to physical abuse and keeps her salary", "beaten"],
    ["the boss abuses him every night, he called me crying", "beaten"],
    ["my husband hasn't eaten for three days, they lock the food away", "beaten"],
    // not sent home
    ["the agency refuses to send my daughter back home", "held"],
    // a search that found no one
    ["we tried everything to locate my nephew but in vain", "silent"],
    ["we still cannot find her after two months", "silent"],
    ["家里人都说我表哥这次凶多吉少", "silent"],
    ["I fear for her life, the last message came from the border", "silent"],
    // a farewell from inside
    ["儿子发语音说妈你就当没生过我吧", "distress"],
    ["别救我了，钱留着给爸爸看病", "distress"],
    ["we will die here if nobody comes", "distress"],
    ["baka mamatay kami dito, tulungan nyo kami", "distress"],
    // the same classes in Cantonese, Taglish, Hinglish and Singlish
    ["我老公喺緬甸三日冇食過嘢", "beaten"],
    ["佢哋唔肯送佢返香港", "held"],
    ["個女話媽咪你當冇生過我啦", "distress"],
    ["佢本護照畀老細收埋咗", "passport"],
    ["ilang araw na siyang hindi pinapakain", "beaten"],
    ["ayaw siyang pauwiin ng agency", "held"],
    ["unko 3 din se khana nahi mila", "beaten"],
    ["they dun wan send her back leh", "held"],
    // no phone allowed, where someone is held (without a place, captor or scam work it is a school's or a parent's rule)
    ["喺園區佢哋唔俾我哋用電話", "held"],
    ["佢哋唔俾我哋用電話，做唔夠業績仲要罰企", "held"],
    // a search that found no one, in Cantonese ("where he went")
    ["搵勻成個鎮都搵唔到阿爸，唔知佢去咗邊", "silent"],
    ["they don't let us use our phones except to call targets", "held"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    // an offer's terms are what the check flags, not someone held now
    "The employer will keep your passport for the duration of the contract",
    "护照由公司统一保管，包吃住，月薪两万",
    // look-alikes
    "I can't find him a job in Dubai",
    "I was transferred to another company last year",
    "my son is not eating well these days",
    "我今天没吃饭",
    "上课时老师不让我们用手机",
    // a fee for a job is what the check weighs, not a ransom
    "the agent wants 2 lakh for a job in Dubai, is that normal",
    "中介要三万块服务费才给办签证",
    // an ad's own wording: the demands of the job, a price list
    "Teacher assistant: must meet the demands of active 3-5 year olds",
    "所有费用明码标价，合同两年",
    "ayaw ko pang umuwi, masaya ako dito",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });

  it.each([
    ["my brother has not been rescued, he is held in a compound", "held"],
    ["hindi pa kami na-rescue, kinulong kami dito", "held"],
  ])("not yet rescued is still held: %s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it("a Cantonese plea to be saved (救下我哋) gets the emergency answer", () => {
    expect(matchQuestion("我哋喺度好驚,救下我哋").emergency).toBe(true);
  });

  it("a passport already taken stays danger even when the boss calls it safekeeping", () => {
    expect(detectDanger("老板把我的护照收走了，说是统一保管")).toMatchObject({ danger: true, reason: "passport" });
  });
});

describe("held people's pleas in English (issue 12)", () => {
  it.each([
    // a plea to be brought home, or to a government to help
    ["please help us to come back home, the company in Cambodia keeps us working", "distress"],
    ["please bring us back home, the boss in Dubai says we can never go", "distress"],
    ["we are asking the government to help us come home", "distress"],
    // forced to scam, someone in trouble in a compound country, promised one place and now in another
    ["they force us to scam people", "held"],
    ["Kindly help us, the agent brought us here and we are in trouble in Myanmar", "distress"],
    ["we were promised jobs in Thailand but now we are in Myanmar", "trafficked"],
    ["他说好去泰国做客服，结果到了妙瓦底", "trafficked"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "please help me get home from the airport, my car broke down",
    "can you help us come back home early from the trip? flights are cancelled",
    "they force me to study every night lol",
    "my boss makes us work overtime every friday",
    "I was told the hotel had a pool but now we are in a dump",
    "we are in trouble with our landlord",
    "is it true that people are in trouble in Myanmar?",
    "说好去泰国旅游，结果下雨了",
    // beating in other senses: a game, a phone call
    "他们在打游戏，不理我",
    "我弟在打电话给他女朋友",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("domestic and migrant workers held by an employer abroad (issue 12)", () => {
  it.each([
    ["my sister in Saudi has not been paid for 8 months and wants to come home", "passport"],
    ["we are 20 girls kept in the agency office in Oman", "held"],
    ["the agent keeps us inside the warehouse in Malaysia at night", "held"],
    ["my employer in Dubai says I must pay 3000 dirham to leave", "ransom"],
    ["the company in Saudi is not giving us food and we sleep on the floor", "beaten"],
  ])("%s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "my keys are kept in the office",
    "I have not been paid for 2 months by my client in Manila, can I sue?",
    "my landlord says I must pay two months rent to leave early",
    "the gym says I must pay a fee to leave the contract",
    "the restaurant is not giving us free drinks anymore",
  ])("not danger: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("a ransom asked without the word (issue 12)", () => {
  it.each([
    "要交多少钱才能让我儿子回来",
    "对方说给三万块就放他回家",
    "佢哋要幾多錢先肯放我個仔返嚟",
    "how much do we have to pay to get him back",
    "they said we must pay 5000 to get my brother out",
  ])("%s → ransom", (text) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason: "ransom" });
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each([
    "医院说交了钱就可以回家了",
    "付完钱就让我走了，服务员很客气",
    "How much do I have to pay to get my car back from the pound?",
    "we paid the fee to get our deposit back",
  ])("payment to get a thing back or to leave a shop: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});

describe("everyday words that are danger only where someone is held (review of 6 December)", () => {
  it.each([
    // Phones and lifts home: a company rule, a boyfriend, a refund, a school camp, a parent.
    "我们公司规定上班不准用手机",
    "The company doesn't let us use our phones on the production line, is that legal?",
    "男朋友今天不送我回家，好生气",
    "他不送我回去，我自己打车吧",
    "Amazon won't send my refund back",
    "Please don't send my son home early from the school camp",
    "My mom won't let my sister go to the party",
    // Days without food: work, a sick child, a cat, exam week; abuse as a school topic.
    "我两天没吃饭了，工作太忙",
    "我儿子发烧三天没吃东西，怎么办",
    "My cat hasn't eaten for two days, should I see a vet?",
    "I haven't eaten in days lol exam week",
    "Our school has a zero-tolerance policy on physical abuse; we teach my kids about it",
    // A phone rule whose "they" is a school or a parent, nobody holding anyone.
    "they don't let us use phones at school",
    "在学校他们不让我们用手机，好烦",
    // Things that cannot be found.
    "I bought new shoes for my son but now I can't find them",
    "My daughter lost her keys and we can't find them anywhere",
    // Dying "here" as a figure of speech.
    "这家公司天天加班，迟早累死在这里",
    "This beach is so beautiful I could die here",
    // "Save me" about a spreadsheet or a computer.
    "求大神救一下我，这个Excel公式怎么写",
    "救下我啦，部電腦死咗",
  ])("no emergency answer: %s", (text) => {
    expect(detectDanger(text).danger).toBe(false);
    expect(matchQuestion(text).emergency).toBe(false);
  });

  it.each([
    ["园区的看守不让我们用手机，我想回家", "held"],
    ["老板不送我回国，我在缅甸", "held"],
    ["我们两天没吃饭了，被关在园区", "held"],
    ["They are holding my brother in Cambodia, he hasn't eaten for days", "beaten"],
    ["我可能会死在这里，在缅甸园区", "held"],
    ["why can't they send back my daughter? she sleeps in corridors", "held"],
  ])("the same words where someone is held: %s → %s", (text, reason) => {
    expect(detectDanger(text)).toMatchObject({ danger: true, reason });
  });

  it("a fee demanded for a held person's leaving is ransom, whatever it is called", () => {
    expect(
      detectDanger("They are holding my brother in Myawaddy and want 5000 usd service fee before he can leave"),
    ).toMatchObject({ danger: true, reason: "ransom" });
  });

  it("not yet rescued, with particles between 'pa' and the verb, is still held", () => {
    expect(detectDanger("hindi pa po kami na-rescue, binubugbog kami").danger).toBe(true);
    expect(detectDanger("hindi pa rin po kami nasagip, kinulong kami dito").danger).toBe(true);
  });
});

describe("Chinese that drops the 'I': a clause that opens on where it happens is the writer's own (review)", () => {
  it.each(["手机被收了，在缅甸出不去", "在柬埔寨的公司出不来了", "現在在園區，出不去了"])("%s → emergency", (text) => {
    expect(detectDanger(text).danger).toBe(true);
    expect(matchQuestion(text).emergency).toBe(true);
  });

  it.each(["很多人在缅甸的园区出不来", "在泰国玩，酒店门口下大雨出不去"])("%s → no emergency", (text) => {
    expect(detectDanger(text).danger).toBe(false);
  });
});
