/**
 * A second independent probe of danger routing (issue 12, "Danger first, always"), written before reading the danger
 * code and without the first probe's messages, to see whether the rules generalise: messages as a parent, a spouse, a
 * friend relaying or the worker inside would type them — short, unpunctuated, misspelt, code-mixed. Each says that
 * someone is held, beaten, sold or resold, threatened, ransomed, has lost a passport or pay to an employer, or has gone
 * silent abroad, and must get the emergency answer first. Many say it only with weak words that mean danger together
 * (silent + abroad + a job, 出事了 + a place abroad, 不让回来, "hindi pinapauwi", "salary nahi de rahe" + abroad).
 *
 * The quiet list is everyday life that shares those words: a spouse or a hotel that locks someone out, an airport delay
 * with no weather named, a work contract that keeps someone from going home for a holiday, "walang leave", news about
 * victims, a film or a game, ransomware, exam stress, and danger words inside an offer's conditions.
 */
export type ProbeStyle = "en" | "zh-hans" | "zh-tw" | "yue" | "singlish" | "taglish" | "hinglish" | "ms-id";

export const DANGER_PROBE_2: readonly (readonly [ProbeStyle, string])[] = [
  ["en", "my boy went thailand for IT job 3 weeks ago now phone off and the agent not picking up"],
  ["en", "son stopped replying since he got to cambodia, agent says hes fine but we cant talk to him"],
  ["en", "pls help my daughter in myanmar they wont let her go home"],
  ["en", "im inside a compound near the border they watch us 24h cant go out"],
  ["en", "they took our passports at the airport pickup and now we work 15 hours no pay"],
  ["en", "friend of mine is stuck in laos the company says he must pay 6000 to leave"],
  ["en", "my sister msgd me saying the boss slapped her and shes scared"],
  ["en", "bro is being beaten everyday in a scam company he sent me pics of his bruises"],
  ["en", "the guys holding my husband want 10k usd by friday or else"],
  ["en", "employer kept my passport and says i owe him for the visa, i want to go back home but cant"],
  ["en", "havent heard anything from mum since she went to work as a maid in kuwait, 2 months now"],
  ["en", "my cousin got sold to another company in kk park"],
  ["en", "they said if we go to police they will find our family"],
  ["en", "went to dubai for a hotel job but they brought me to a building where we scam people, passport gone"],
  ["en", "no salary for 5 months and they keep my passport, in riyadh, what can i do"],
  ["en", "something happened to my son in cambodia, his friend said the bosses took him somewhere"],
  ["en", "pls my brother is in trouble overseas the company wont release him"],
  ["en", "they lock the doors at night and theres guards with guns outside"],
  ["en", "my wife was forced to work in a casino in the philippines and they hit her when she said no"],
  ["en", "daughter's last msg was 'mum they took my phone' then nothing"],
  ["en", "my bro is trapd in cambodia plz hlp"],
  ["en", "they r holding my son n want money"],
  ["en", "boss take my pasport n no pay 3 month in malaysia"],
  ["en", "wife went to work in thailand n now shes not answering for 10 days, agency also silent"],
  ["en", "my dad works in Qatar, employer hasnt paid in months and wont give his passport back so he cant fly home"],
  ["en", "got a call from unknown number saying my son owes them and they'll hurt him if we don't pay"],

  ["singlish", "my kaki kena conned to cambodia, now the boss dont let him go back sg"],
  ["singlish", "wah my cousin in myanmar kena whack by the manager, they say must pay then can go"],
  ["singlish", "bro my gf went bangkok for job then no news liao one month, phone also cannot reach"],

  ["taglish", "tulong po, yung kapatid ko sa cambodia hindi pinapauwi ng kompanya"],
  ["taglish", "kinuha ng amo yung passport ng nanay ko sa saudi at hindi pa siya sinasahuran"],
  ["taglish", "ate ko sinasaktan ng employer niya sa kuwait, ayaw siyang pauwiin"],
  ["taglish", "yung pinsan ko nasa myanmar, pinagbabantaan daw sila na papatayin kung tatakas"],
  ["taglish", "hindi na namin ma-contact si kuya mula nung pumunta siya sa laos, 3 weeks na"],
  ["taglish", "binenta daw siya sa ibang kompanya, kailangan magbayad ng 300k para makauwi"],

  ["hinglish", "yaar mera bhai Myanmar mein phas gaya hai, company passport le li aur jaane nahi de rahi"],
  ["hinglish", "bhaiya ko 4 mahine se salary nahi de rahe Dubai mein, passport bhi company ke paas hai"],
  ["hinglish", "beta Cambodia gaya tha job ke liye, 2 hafte se koi baat nahi hui, phone switch off"],
  ["hinglish", "wo log paise maang rahe hai, bolte hai 5 lakh do warna chhodenge nahi"],
  ["hinglish", "mere dost ko wahan maarte hai agar target poora na ho"],

  ["ms-id", "anak saya di Kemboja, majikan ambil pasport dan tak bagi balik Malaysia"],
  ["ms-id", "abang saya kena pukul dekat syarikat scam di Myanmar"],
  ["ms-id", "adik saya tak dapat dihubungi sejak pergi kerja di Thailand, dah sebulan"],
  ["ms-id", "tolong, suami saya ditahan di Laos, mereka minta tebusan RM80 ribu"],
  ["ms-id", "kakak saya kerja di Malaysia, paspor ditahan majikan, gaji tidak dibayar 6 bulan"],
  ["ms-id", "teman saya dijual ke perusahaan lain di Kamboja, tidak boleh pulang"],

  ["zh-hans", "我儿子去了柬埔寨 出事了"],
  ["zh-hans", "老公在缅甸那边出事了 公司说要拿钱赎人"],
  ["zh-hans", "女儿去泰国打工一个多月了 一直不回消息 电话关机"],
  ["zh-hans", "他们不让我回来 说违约要赔钱"],
  ["zh-hans", "我弟被卖到妙瓦底了"],
  ["zh-hans", "交钱才放人 说要三十万"],
  ["zh-hans", "在那边天天被打 不敢跟家里说"],
  ["zh-hans", "公司把我们护照收了 说不干满两年不给"],
  ["zh-hans", "我表妹在迪拜做保姆 雇主不发工资 不让她出门"],
  ["zh-hans", "他说再不交业绩就把我卖到缅北"],
  ["zh-hans", "哥哥在老挝园区被关水牢了"],
  ["zh-hans", "对方威胁说要是报警就撕票"],

  ["zh-tw", "我兒子去柬埔寨工作後就失聯了，已經十幾天"],
  ["zh-tw", "朋友說他在緬甸被控制，不能離開，要我們匯錢"],
  ["zh-tw", "女兒在那邊被打，公司不讓她回台灣"],
  ["zh-tw", "我先生去泰國出差就沒消息了，手機一直沒人接"],
  ["zh-tw", "他們說要付二十萬台幣才會放我弟回來"],

  ["yue", "我個仔去咗柬埔寨做嘢，而家搵唔到佢"],
  ["yue", "佢哋唔俾我妹返嚟，話要賠錢先得"],
  ["yue", "我老公喺緬甸俾人打，佢哋話唔俾錢就唔放人"],
  ["yue", "阿哥俾人賣咗去第二間公司"],
  ["yue", "個朋友喺泰國出咗事，護照俾人收埋咗"],
];

export const QUIET_PROBE_2: readonly (readonly [ProbeStyle, string])[] = [
  ["en", "locked out of the house, my husband took the keys to work"],
  ["en", "hotel front desk locked me out of my room, key card not working"],
  ["en", "stuck at changi for 8 hours, flight delayed again"],
  ["en", "stuck at the airport in Doha, missed my connection"],
  ["en", "can't come home for Eid because of my work contract in Qatar"],
  ["en", "my contract in Dubai doesn't let me take leave until next year, so no trip home this Christmas"],
  ["en", "watched a film about a guy trapped in a scam compound, so intense"],
  ["en", "news says 200 victims rescued from myanmar compounds, so sad"],
  ["en", "ransomware hit our company server, they want bitcoin"],
  ["en", "exam week is killing me, i feel trapped"],
  ["en", "my son hasn't texted back, he's at camp with no signal"],
  ["en", "my brother is in Cambodia for work, he's doing fine, calls every week"],
  ["en", "in the game my character got kidnapped and I need to pay the ransom in gold"],
  ["en", "my mum holds my passport at home so I don't lose it"],
  ["en", "HR asked me to hand my passport for the visa stamp, it's normal in Singapore?"],
  ["en", "boss didn't pay overtime this month, going to labour office"],
  ["en", "my daughter went silent after our fight, she's at her dorm in Manila"],
  ["en", "dad is abroad on holiday in Japan and forgot to charge his phone"],
  ["en", "the offer says the company will keep your passport during the contract, is that legal?"],
  ["en", "kidnapped by my friends for a surprise birthday lol"],
  ["en", "my wife locked me out after an argument"],
  ["en", "son missed his flight home from bangkok, airline says next one is tomorrow"],

  ["singlish", "kena stuck at work until 11pm, boss dont let go home sian"],
  ["singlish", "wah my phone kena confiscated by teacher"],

  ["taglish", "hindi ako makauwi sa pasko kasi walang leave sa trabaho dito sa dubai"],
  ["taglish", "walang leave hanggang december, miss ko na pamilya ko"],
  ["taglish", "na-lock out ako sa condo, nasa loob yung susi"],
  ["taglish", "delayed flight namin sa NAIA, 5 hours na kami dito"],

  ["hinglish", "yaar exam ki tension se pagal ho gaya hoon"],
  ["hinglish", "Diwali pe ghar nahi aa sakta, company leave nahi de rahi Dubai mein"],
  ["hinglish", "salary late aayi is baar, boss bola next week"],

  ["ms-id", "tak dapat balik raya tahun ni sebab kontrak kerja di Qatar"],
  ["ms-id", "terkunci di luar rumah, kunci tertinggal dalam"],
  ["ms-id", "pesawat delay di Soekarno-Hatta, sudah 6 jam"],

  ["zh-hans", "被老婆锁在门外了 怎么办"],
  ["zh-hans", "酒店房卡失效 进不去房间"],
  ["zh-hans", "航班延误 在机场困了一晚上"],
  ["zh-hans", "看了电影孤注一掷 里面的园区太吓人了"],
  ["zh-hans", "新闻说又有一批人从缅甸被解救回来"],
  ["zh-hans", "期末考试压力好大 感觉快被逼疯了"],
  ["zh-hans", "公司不批假 过年回不了家"],
  ["zh-hans", "勒索病毒把电脑锁了 要比特币"],
  ["zh-hans", "儿子在宿舍 今天一直没回消息 估计在打游戏"],

  ["zh-tw", "被鎖在門外了，鑰匙忘在家裡"],
  ["zh-tw", "班機延誤，在桃園機場等了五個小時"],
  ["zh-tw", "合約規定一年內不能請長假，今年過年不能回台灣"],

  ["yue", "我俾人鎖咗喺門外，冇帶鎖匙"],
  ["yue", "航班延誤，喺機場等咗成晚"],
  ["yue", "睇完部戲講園區嘅，好恐怖"],

  ["en", "my employer says I can't go home for Eid this year, the contract only gives leave after 2 years"],
];
