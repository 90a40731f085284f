import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * A review of the day's danger changes: everyday frames (leave for a holiday, a family's rule) must not hide a hold
 * named in the same message, and the day's new held and harmed patterns must not fire on ordinary life.
 */
const ROUTED = [
  // No leave for a holiday explains only not getting home; a lock, a guard, a debt or a threat is a hold.
  "My sister went for a holiday job and now they lock her in and won't let her leave",
  "They won't let me go home, the boss says I can leave only after I pay back 5000",
  "My daughter is locked in a room by her employer, she has no leave until her contract ends",
  "The company won't let my son leave, he is locked in the dorm since Christmas",
  "老板不让我们离开，要做到合同结束，过年也不准回家，门口有人看着",
  // A family's rule is the family's own say; a captor named (他们抓了…, 被他们关) is a hold.
  "他们抓了我妈妈不让她回家，要我们给钱",
  "我老公被他们关起来了，家里不让报警",
  // Organs taken by captors; armed guards locking people in; documents kept by an agent; kin in an alarm.
  "They said they will sell his kidneys if we don't pay",
  "there are armed guards outside and they lock us in every night",
  "The agent is keeping all our documents and my brother cannot leave Dubai",
  "我弟弟在路上出事了，快报警",
  // Blind probe 3: detained in Cantonese (俾人禁咗), a threat to the family of whoever leaves.
  "我朋友喺柬埔寨俾人禁咗，佢偷偷send咗個定位畀我",
  "i wanna go home but they say if i go they will find my family",
  "my son in cambodia hasnt answered for an hour, they took his phone",
  "my son is stuck at work in a compound in Myawaddy, they won't let him leave",
  "他们抓了我爸妈不让他们走，要钱",
  "我在缅甸，酒店老板把我的护照扣了不还，不让走",
];

const QUIET = [
  // No leave for a holiday, said of going home.
  "can't come home for Eid because of my work contract in Qatar",
  "hindi ako makauwi kasi walang leave",
  // Surgery, a festival, exam season, compliance, strict parents, closing time, forms, one's own papers, a road accident.
  "我被禁了言，在群里发不了消息",
  // Blind probe 3: a child locked in by itself, a lift, a spouse quiet for an hour.
  "my kid locked himself out of the house, who do i call for a locksmith",
  "孩子把自己反锁在卫生间里出不来了",
  "电梯坏了，我被关在里面十分钟",
  "my husband hasnt answered his phone for an hour",
  "my kid locked himself out of the house and i'm stuck at work, who do i call for a locksmith",
  "考試壓力好大 感覺被困住了 爸媽不讓我出門",
  // A hotel's deposit until check-out.
  "飯店說我的護照要押在櫃台 退房才還 這樣正常嗎",
  "the hotel reception wants to keep my passport as a deposit until i check out, is that normal",
  "if i leave this job they will find my replacement fast",
  "The doctor removed my kidney stone yesterday",
  "doctors took his kidney out in 2019",
  "At Songkran the kids poured cold water on us, so fun",
  "I haven't seen daylight in weeks, exam season is brutal",
  "复习考试两个星期没见过太阳了",
  "The company monitors our chats on work laptops for compliance",
  "They check my phone every day, my parents are so strict",
  "Our office building has armed guards and we lock the doors at 6pm",
  "Guards with guns at the mall now, they lock the gates at 10",
  "They put us in a small room for two hours to fill in forms at the embassy",
  "I kept all my documents in the hotel safe",
  "My wife keeps our documents in the drawer",
  "楼下车祸出事了，快报警",
];

const CASES: [string, boolean][] = [
  ...ROUTED.map((text): [string, boolean] => [text, true]),
  ...QUIET.map((text): [string, boolean] => [text, false]),
];

describe("review of the day's danger changes", () => {
  it.each(CASES)("%s → danger %s", (text, danger) => {
    expect(detectDanger(text).danger).toBe(danger);
    expect(matchQuestion(text).emergency).toBe(danger);
  });
});
