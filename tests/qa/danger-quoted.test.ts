import { describe, expect, it } from "vitest";
import { detectDanger } from "../../src/qa/danger.ts";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Causes of the misses in the third collection of real danger messages (issue 12, qr-538 on, dev split): each class
 * of wording with composed variants that must get the emergency answer and look-alikes that must not.
 */
const CAUSES: { cause: string; danger: string[]; quiet: string[] }[] = [
  {
    cause: "a document someone is not handing over",
    danger: [
      "The agency is not giving my passport so I can't leave Riyadh",
      "the hospital is not willing to hand over our passports, we need help",
      "My sponsor is not ready to hand over my passport even after the contract ended",
      "we are unable return home because the company has our papers",
    ],
    quiet: [
      "Never give your passport to anyone you meet online",
      "Why is the passport office not returning my passport after renewal?",
      "I am not giving my passport number to a stranger on Telegram",
    ],
  },
  {
    cause: "a ransom call's threat in the captors' own voice",
    danger: [
      "If you don't pay 5 lakh by Friday we will kill him",
      "they said if the family cannot pay they will sell her to another company",
    ],
    quiet: ["If you don't pay the bill by Friday we will cut the power", "if we don't pay the rent they will evict us"],
  },
  {
    cause: "harm told as a report with its doer",
    danger: [
      "My sister says she is beaten by her employer every night",
      "he told us he suffers mistreatment by his sponsor every day",
      "She was tortured by the guards because she missed the target",
    ],
    quiet: [
      "The report says migrant workers are often abused by employers in the region",
      "The film is about workers abused by a factory boss in the 1920s",
    ],
  },
  {
    cause: "locked in here, waiting for a rescue, a chance to escape",
    danger: [
      "they locked us here and took the keys",
      "我们只能在这里等救援",
      "他说一直在找机会逃跑，但是保安太多",
      "we are waiting to be rescued, please tell the embassy",
      "Kinuha nila ang cellphone ko at hindi ako pinapalabas",
    ],
    quiet: [
      "I locked myself out of the flat again",
      "台风天我们在山上等救援队的消息，大家都平安",
      "下课了终于有机会逃出这个无聊的讲座，哈哈",
    ],
  },
  {
    cause: "Taglish: pay the agency or the employer to go home",
    danger: [
      "sabi ng agency sa Kuwait pag umuwi ako magbabayad ako ng 150k",
      "Ayaw ng amo ko, kung uuwi daw ako sa Pinas babayaran ko daw ang 3000 riyal, nasa Riyadh ako",
    ],
    quiet: [
      "pag umuwi ako sa probinsya magbabayad ako ng utang kay tita",
      "kung uuwi ka bukas, magbayad ka muna ng kuryente",
    ],
  },
  {
    cause: "advice against paying a ransom, and a passport already given back",
    danger: [
      "They want a ransom for my brother, the police said don't pay but they will kill him",
      "The agency kept my passport and never returned it, I am stuck in Dubai",
    ],
    quiet: [
      "我不鼓励受害者家人支付赎金，付了也不一定放人",
      "We do not encourage families to pay a ransom to these syndicates",
      "The police forced the agency to return my passport last year, so I changed employer",
      "I got my passport back from the agency after I complained to the labour department",
    ],
  },
  {
    cause: "news about victims as a class, and a ransom case already over",
    danger: [
      "Several victims told me my brother is still locked in the same building in KK Park",
      "他们要20万赎金才放我儿子，我们还没凑到钱",
      "交了赎金也没放人，他还在园区里",
    ],
    quiet: [
      "Several victims also testified that they were sold to other companies, the court heard",
      "被骗人员中，有的护照被扣押，有的被限制人身自由，领馆提醒谨慎出国务工",
      "家属缴纳了两万元赎金后，男子才最终脱身回国",
      "After paying the ransom he was released and came home last month",
    ],
  },
];

describe("danger in held people's and relatives' quoted words (issue 12, third collection)", () => {
  for (const { cause, danger, quiet } of CAUSES) {
    it(`${cause}: the emergency answer`, () => {
      for (const text of danger) expect(matchQuestion(text).emergency, text).toBe(true);
    });
    it(`${cause}: look-alikes stay quiet`, () => {
      for (const text of quiet) expect(detectDanger(text).danger, text).toBe(false);
    });
  }
});
