import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/** Cantonese messages beside the same message in standard written Chinese (our own wording). */
const DANGER = [
  [
    "我老豆喺緬甸園區，佢哋逼佢日日呃人，做唔夠數就唔畀佢食飯",
    "我爸爸在缅甸园区，他们逼他天天骗人，做不够数就不给他吃饭",
  ],
  [
    "個仔去咗柬埔寨兩個禮拜，而家唔覆我訊息，佢最後話自己喺西港",
    "儿子去了柬埔寨两个礼拜，现在一直没回复我，他最后说自己在西港",
  ],
  ["我表姐喺老撾俾人禁錮，佢哋唔俾佢哋走", "我表姐在老挝被人禁锢，他们不让他们走"],
  ["家姐喺外國失咗聯絡成個月，點算好", "姐姐在国外失去联系一个月，怎么办"],
  ["我而家喺妙瓦底走唔甩，佢哋收晒啲手機", "我现在在妙瓦底逃不掉，他们把手机全收走了"],
  ["老公喺杜拜做嘢，老細扣住佢護照唔還，四個月冇出糧", "老公在迪拜工作，老板扣住他护照不还，四个月没发工资"],
  // 困咗 is "trapped" (困了 would be "sleepy"), 冇晒 "none at all", 唔俾離開 "not let leave".
  ["我阿哥喺泰緬邊境困咗兩個月", "我哥哥在泰缅边境被困住两个月了"],
  ["細佬喺柬埔寨，冇晒消息成個禮拜", "弟弟在柬埔寨，一个礼拜全没有消息"],
  ["佢哋唔俾離開宿舍，我個女好驚", "他们不让离开宿舍，我女儿很害怕"],
  // 先 after a demand is "only then" (才); 住 after a verb is the ongoing 着.
  ["阿哥話佢哋要錢先肯放佢返嚟", "哥哥说他们要钱才肯放他回来"],
  ["佢喺嗰邊俾人逼住做詐騙", "他在那边被人逼着做诈骗"],
  // 罰企 is made to stand as a punishment, threatened for a missed quota.
  ["阿仔喺度做唔夠業績就要罰企", "儿子在那里做不够业绩就要罚站"],
  // 扣起 a person is to hold them; 出唔返嚟 cannot get out; 打緊 is beating now; 鬧同打 scolded and beaten.
  ["我個仔俾人扣起咗喺柬埔寨", "我儿子被人扣住了在柬埔寨"],
  ["阿媽，我喺緬甸出唔返嚟", "妈，我在缅甸出不来"],
  ["救命呀，佢哋打緊我", "救命啊，他们在打我"],
  ["佢喺嗰邊日日俾人鬧同打", "他在那边天天被人骂和打"],
] as const;

const QUESTIONS = [
  ["冇經驗又畀咁多人工，信唔信得過？", "没有经验又给这么多薪水，信不信得过？"],
  ["公司話包晒機票同食住，會唔會有古惑？", "公司说机票和吃住全包，会不会有问题？"],
  ["返到香港之後會唔會要坐監？", "回到香港之后会不会要坐牢？"],
  ["點樣舉報啲呃人去外國做嘢嘅中介？", "怎样举报那些骗人去国外工作的中介？"],
  // 有冇人知 is "does anyone know"; 啲工 the jobs
  ["有冇人知柬埔寨啲工係咪真㗎", "有没有人知道柬埔寨那些工作是不是真"],
] as const;

describe("Cantonese messages understood like their standard Chinese wording", () => {
  it.each(DANGER)("danger now: %s", (cantonese, standard) => {
    expect(detectDanger(cantonese)).toEqual(detectDanger(standard));
    const match = matchQuestion(cantonese);
    expect(match.emergency).toBe(true);
    expect(match.answer).toBe(matchQuestion(standard).answer);
  });

  it.each(QUESTIONS)("question: %s", (cantonese, standard) => {
    const match = matchQuestion(cantonese);
    expect(match.answer).not.toBeNull();
    expect(match.answer).toBe(matchQuestion(standard).answer);
    expect(match.emergency).toBe(false);
  });
});

describe("a Cantonese lure gets the verdict of its standard Chinese wording", () => {
  it.each([
    [
      "柬埔寨網上客服，唔使經驗，人工兩萬五起，包機票包食住，嚟到先幫你辦簽證",
      "柬埔寨网上客服，不用经验，薪水两万五起，包机票包吃住，来到再帮你办签证",
    ],
    [
      "請人去泰國，工作輕鬆，冇經驗都得，月入三萬，護照要交俾公司",
      "招人去泰国，工作轻松，没有经验也可以，月入三万，护照要交给公司",
    ],
  ])("%s", (cantonese, standard) => {
    const verdict = checkOffer(cantonese);
    const expected = checkOffer(standard);
    expect(verdict.level).toBe(expected.level);
    expect(verdict.flags.map((flag) => flag.id).sort()).toEqual(expected.flags.map((flag) => flag.id).sort());
  });
});

describe("Cantonese questions reach their entry (issue 13)", () => {
  it.each([
    // 去唔去得 weighs an offer; 包食包住 is the paid board of the lure
    ["朋友介紹我去柬埔寨做嘢，包食包住，去唔去得", ["offer_safety", "paid_travel", "red_flags", "high_pay"]],
    // the employer pays the ticket (俾機票錢) and takes it from the pay
    ["公司話幫我俾機票錢，到咗先扣人工，係咪正常", ["paid_travel", "offer_safety", "red_flags"]],
    // a relative in trouble abroad (出咗事): whom to call first
    ["屋企人喺外國出咗事，應該打去邊度先", ["whom_to_call"]],
    // Hong Kong and Taiwan write 杜拜 for Dubai; 回香港 is coming back; 按金 is a deposit; 1868 is the immigration
    // department's line for residents abroad
    ["朋友叫我去杜拜做嘢，要咩簽證先得？", ["visa_work"]],
    ["佢話返香港之後會唔會坐監？", ["return_punished"]],
    ["個中介要我俾兩萬蚊按金，應唔應該俾？", ["verify_employer", "offer_safety", "red_flags"]],
    ["打1868入境處可以點幫我哋？", ["whom_to_call", "trapped_help"]],
    // 機械人 is the bot, 定係 "or"; 到咗先幫你辦簽證 the visa promised after arrival
    ["你係真人定機械人？", ["about_bot"]],
    ["佢哋話到咗先幫我辦工作簽證，得唔得㗎？", ["visa_work", "offer_safety", "red_flags"]],
  ])("%s → %s", (text, expected) => {
    expect(expected).toContain(matchQuestion(text).answer);
  });

  it.each([
    "my friend got into trouble with the police in Japan for drunk driving",
    "去泰國旅行會唔會好危險",
    "去杜拜旅行要帶咩？",
    "柬埔寨咁亂，去吳哥窟旅行安唔安全？",
    "Is it safe to visit Siem Reap as a tourist?",
  ])("trouble or danger on a trip is not JobSafe's: %s", (text) => {
    expect(matchQuestion(text).answer).toBeNull();
  });
});
