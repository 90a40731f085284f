import { describe, expect, it } from "vitest";
import { matchQuestion } from "../../src/qa/match.ts";

/**
 * Review 21: a trip "to play" abroad and silence after leaving for work abroad. The shipped bot, rules and opinion
 * together, on the reviewer's texts and variants written for this test.
 */
describe("a trip for fun followed by days of silence keeps the emergency card", () => {
  // A net friend or a boyfriend who invites, takes or pays: the classic lure. Silence told as missing (phone off,
  // unreachable, days without a word) is alarming on any trip, lure or not.
  it.each([
    "我女儿跟网友说去泰国玩，已经五天没联系了，手机一直关机",
    "我女兒跟網友說去泰國玩，已經五天沒聯繫了，手機一直關機",
    "我個女同網友講去泰國玩，已經五日冇聯絡，手機一直關機",
    "她网上认识的男朋友约她去马来西亚玩，到现在十天没联系了",
    "網友約我妹妹去杜拜玩，說機票他出，已經一週沒消息了",
    "朋友约我妹妹去迪拜玩，说包机票，现在一周没消息了",
    "男朋友带我妹妹去泰国玩，已经一个星期没联系了，电话打不通",
    "我老婆跟朋友去越南玩，一直联系不上，已经五天了",
    "到了那边才知道不是玩，手机被收了，联系不上",
    // The family's plain "has not called us" after a lured trip.
    "网友约我妹妹去泰国玩，一直没跟家里联系",
    "網友約我妹妹去日本玩，之後就沒跟家裡聯絡",
    "佢男朋友帶佢去泰國玩，之後冇同屋企聯絡",
    "我妹去泰国不是去玩，是去打工，之后就没跟家里联系了",
  ])("routes %s to the emergency answer", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: "lost_contact", emergency: true });
  });

  // A friend's own trip and a family that simply has not heard for a few days: a traveller offline.
  it.each([
    "我朋友去泰国玩了，三天没跟我们联系",
    "我朋友去泰國玩幾天，三天都沒跟我們聯絡",
    "我朋友去日本玩咗幾日，冇同屋企聯絡",
    "我表弟去日本游玩，这几天没跟家里联系",
  ])("keeps quiet about %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });
});

describe("silence after leaving for work abroad, and word that they are well", () => {
  // Said well (平安, 一切都好, 过得不错, okay naman, theek hai), busy by their own word, or a family quarrel.
  it.each([
    "我弟弟在国外工作，最近没跟家里联系，不过他朋友说他很好，平安无事",
    "我弟弟在国外工作，最近没跟家里联系，不过他朋友说他一切都好",
    "我哥哥去日本打工，一直没跟家里联系，不过昨天在朋友圈看到他发了照片，挺好的",
    "我女儿去新加坡工作了，没跟家里打电话，因为我们吵架了，她在那边挺好的",
    "她出国打工后没跟家里联系，听她同事说她辞职去别的城市了，过得不错",
    "我老公出国打工去了，这两天没给家里打电话，他说手机丢了，用同事手机报了平安",
    "我姐去泰国工作，一直没跟家里联系，她说工作很忙",
    "我弟去迪拜打工，一直没跟家里联系，他朋友说他平安",
    "我姐去泰國工作，這陣子沒跟家裡聯絡，她說工作很忙，週末會打給我們",
    "我哥去日本打工，最近都沒跟家裡聯絡，不過他同事說他一切都好",
    "我姐去杜拜工作，一直沒跟家裡聯絡，她朋友說她過得很好",
    "我老婆出國工作，這陣子沒跟家裡聯絡，因為我們吵架了",
    "佢去咗澳洲打工，冇同屋企聯絡，不過佢男朋友話佢好好",
    "我个仔去咗加拿大返工，冇同屋企聯絡，因為我哋嗌交，佢過得幾好",
    "我阿妹去咗新加坡做嘢，冇同屋企聯絡，佢朋友話佢過得幾好",
    "我老公去咗杜拜返工，冇同屋企聯絡，佢話工作好忙",
    "Bhai Dubai kaam ke liye gaya hai, busy hai isliye ghar pe koi baat nahi ki, par theek hai",
    "Anak ko nasa Dubai para magtrabaho, hindi na nagpaparamdam kasi busy daw siya, okay naman siya sabi ng kaibigan niya",
    "My brother moved abroad for work in Canada and hasn't talked to the family since our father's funeral, we had a big fight",
    "My brother moved abroad for work in Canada and hasn't talked to the family since, he fell out with dad",
  ])("keeps quiet about %s", (text) => {
    expect(matchQuestion(text).emergency).toBe(false);
  });

  // No word at all, a wish or a doubt instead of word, pay praised before leaving, or a compound where they are "well".
  it.each([
    "我哥去迪拜打工三个月了，一直没跟家里联系",
    "我哥去杜拜工作三個月了，一直沒跟家裡聯絡",
    "我個仔去咗柬埔寨做嘢兩個月，一直冇同屋企聯絡",
    "我妹妹去柬埔寨打工，到了那边之后就没再跟家里联系",
    "我妹妹去柬埔寨打工，到了那邊之後就沒再跟家裡聯絡",
    "anak ko nag-abroad sa Dubai tatlong buwan na, hindi na nagpaparamdam sa amin",
    "bhai Dubai gaya kaam ke liye, 3 mahine se ghar pe koi baat nahi ki",
    "my brother went to work in Dubai three months ago and hasn't been in touch with us since",
    "我哥去缅甸打工，说那边工资很好，去了以后就没跟家里联系了",
    "我哥去缅甸打工，一直没跟家里联系，希望他平安",
    "我弟去柬埔寨工作，半年没跟家里联系，不知道他好不好",
    "我個仔去咗柬埔寨做嘢，一直冇同屋企聯絡，唔知佢好唔好",
    "我姐去杜拜工作，一直沒跟家裡聯絡，她朋友說她在園區過得很好",
    "我老公出國打工去了，這兩天沒給家裡打電話，也沒報平安",
    "My sister went to Dubai for work and hasn't contacted us, I hope she's ok",
    "My brother went to work in Dubai and hasn't been in touch with us, I don't know if he is okay",
    "Anak ko nasa Dubai para magtrabaho, hindi na nagpaparamdam, hindi namin alam kung okay siya",
    "Bhai Dubai kaam ke liye gaya hai, ghar pe koi baat nahi ki, pata nahi theek hai ya nahi",
  ])("routes %s to the emergency answer", (text) => {
    expect(matchQuestion(text)).toMatchObject({ answer: "lost_contact", emergency: true });
  });
});
