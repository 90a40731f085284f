/**
 * The sources that several content files quote, each once and under one name (who says it, and when), and the
 * date the content was last compared with /work/shared/facts.md. A URL quoted by one file only stays beside the
 * fact it supports; `tests/content/sources.test.ts` checks that no URL is written out in two files.
 */

/** The day the rules, places, answers, checklists and warnings were last compared with facts.md and their sources. */
export const CONTENT_REVIEWED = "2026-11-25";

export const CH3_NIGHT_CROSSINGS = "https://ch3plus.com/news/crime/morning/307960";
export const CN_110_FAMILY = "http://lb.china-embassy.org/chn/zyts/201805/t20180511_1498761.htm";
export const CN_12308 = "http://overseas.fjsen.com/wap/2024-06/19/content_31668498.htm";
export const CN_12308_TIT = "https://wyx.tit.edu.cn/info/1153/4443.htm";
export const CN_96110 = "https://bwc.cug.edu.cn/info/1038/2447.htm";
export const CN_96110_SPOOF = "http://wqb.xa.gov.cn/xwzx/tzgg/1739196421810798593.html";
export const CN_ANTIFRAUD_APP = "http://news.cnhubei.com/content/2021-03/25/content_13697655.html";
export const CN_EMBASSY_CAMBODIA = "http://49.213.3.35/doc/7_0_106973235_1.html";
export const CN_EMBASSY_MM_2023 = "https://redian.news/wxnews/362836";
export const CN_EMBASSY_TH_2025 = "https://laoge916.com/d/13923--";
export const DMW_PH =
  "https://malaya.com.ph/news/national-news/dmw-warns-ofw-hopefuls-vs-illegal-recruiters-syndicates";
export const DMW_PH_FEES =
  "https://filipinotimes.net/latest-news/2024/09/18/dmw-issues-advisory-warning-against-online-job-scams/";
export const FBI_2023 = "https://www.ibtimes.com/fbi-warns-fake-ads-forcing-job-seekers-cryptocurrency-scams-3695319";
export const FBI_2023_B = "https://therecord.media/cyber-trafficking-fbi-warning-scam-compounds-pig-butchering";
export const HK_ADCC_18222 = "https://www.adcc.gov.hk/en-hk/about-us.html";
export const HK_ADCC_SPOOF = "https://www.adcc.gov.hk/en-hk/alerts-detail/alerts-1444920522000367618.html";
export const HK_IMMD_1868 = "https://immd.gov.hk/publications/a_report_60/hkt/65";
export const HK_SB = "https://sb.gov.hk/chi/ota/note-MyanmarProvinces.html";
export const INTERPOL_2023 = "https://scamsnow.com/interpol-issues-global-warning-on-human-trafficking-fueled-fraud/";
export const INTERPOL_STORM_MAKERS = "https://cybermaterial.com/arrested-cyber-fraud-human-traffickers";
export const IOM_TH = "https://thailand.iom.int/stories/forced-crime-trafficking-survivors-thailand-tell-their-stories";
export const KENYA_MAE_SOT = "https://wallafricajournal.com/kenya-warns-citizens-against-travel-to-myanmar";
export const KENYA_TH = "https://nairobinews.nation.africa/beware-of-fake-jobs-in-thailand-kenyans-warned/";
export const KE_DIASPORA = "https://platform.diaspora.go.ke/welfare/faqs/category/welfare-and-rights";
export const KE_EMBASSY_2024 =
  "https://eastleighvoice.co.ke/human%20trafficking/69269/three-kenyans-missing-in-myanmar-as-embassy-warns-of-rising-trafficking-risks";
export const KH_117 = "https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp";
export const LA_POLICE = "http://huazhu.la/index.php?c=article&id=735";
export const LK_SLBFE = "http://www.adaderana.lk/news.php?nid=87450";
export const MATICHON_SHWE_KOKKO = "https://www.matichon.co.th/foreign/news_5398706";
export const MEA_IN =
  "https://www.hindustantimes.com/india-news/mea-issues-warning-against-online-job-offers-by-dubious-foreign-it-firms-101664003609621-amp.html";
/**
 * India's MEA (2024): stay away from offers of "support jobs" with the Russian army, which agents sell as jobs. DNA
 * India's report of the advisory: MEA's own press release is not in the reference store (checked 2026-12-07).
 */
export const MEA_IN_RUSSIAN_ARMY_2024 =
  "https://www.dnaindia.com/world/report-mea-issues-fresh-advisory-against-indian-nationals-joining-russian-army-amid-ukraine-war-3179695";
export const MEA_IN_VOA =
  "https://www.ndtv.com/india-news/mea-asks-indians-to-exercise-caution-before-taking-up-jobs-in-thailand-3368615";
export const MFA_CN_2022 = "http://hot1.ffsy56.com/newsdetail1766064.html";
export const MM_POLICE = "https://www.osac.gov/Content/Report/56b8a705-62f3-4b5e-adb1-1ec1e8732473";
export const MO_JUDICIARY_POLICE = "https://gov.mo/zh-hant/?p=1081279";
export const MO_PSP_DOCUMENTS = "https://industry.macaotourism.gov.mo/en/page/content.php?page_id=274&txt=on";
export const MPS_2024 = "https://etnet.com.hk/mobile/tc/ashares/news_detail.php?newsid=ETN341121854";
export const MY_MFA_2022 =
  "https://www.malaymail.com/news/malaysia/2022/09/04/saifuddin-195-malaysian-job-scam-victims-are-still-abroad/26475";
export const OHCHR_2023 =
  "https://www.ohchr.org/en/press-releases/2023/08/hundreds-thousands-trafficked-work-online-scammers-se-asia-says-un-report";
export const OHCHR_2023_REPORT =
  "https://www.lokmattimes.com/international/hundreds-of-thousands-trafficked-into-online-scam-centres-across-southeast-asia-un-report/";
export const OHCHR_LATER = "https://www.miragenews.com/un-report-severe-abuses-in-scam-center-1623671";
export const PH_1343 = "https://1343actionline.ph";
export const PH_1348 =
  "https://www.philstar.com/headlines/2025/06/14/2450529/dmw-assures-assistance-ofws-amid-israel-iran-tensions";
export const PH_1348_LAUNCH = "https://newsinfo.inquirer.net/1631649/unfunded-ofw-dept-launches-action-hotline/amp";
export const PH_911 = "https://bole90.com/portalview-127487.html";
export const PH_DFA_2025 =
  "https://dfa.gov.ph/dfa-news/statements-and-advisoriesupdate/36939-dfa-statement-on-illegal-scam-centers-in-mainland-southeast-asia";
export const PH_DMW_AIR =
  "https://bangkokpe.dfa.gov.ph/advisories-and-announcements/1611-babala-ukol-sa-human-trafficking-sa-mekong-region";
export const PH_TOURISTS_CAMBODIA =
  "https://news.abs-cbn.com/news/02/25/23/8-pinoy-job-scam-victims-in-cambodia-rescued";
export const SRI_LANKA =
  "https://thehawk.in/news/world/suspected-chinese-gangs-luring-job-seekers-into-committing-cybercrime:-report";
export const TAIWAN_MOFA = "https://ctwant.com./article/200897";
export const THAI_EMBASSY_GT = "https://www.nationthailand.com/in-focus/40013497";
export const THAI_MFA = "https://pattayaone.news/?p=188260";
export const THAI_MFA_MAESAI = "https://www.sentangsedtee.com/today-news/article_205164";
export const TW_165 = "https://www.police.ntpc.gov.tw/cp-2884-79049-2.html";
export const TW_MOFA_ABROAD = "https://www.boca.gov.tw/np-88-1.html";
export const TW_MOFA_EMERGENCY = "https://www.boca.gov.tw/np-53-1.html";
export const VN_MFA_2025 = "https://vnexpress.net/70-nguoi-viet-chay-tu-o-lua-dao-myanmar-sang-thai-lan-4960879.html";

// Recruitment fees (qa `recruitment_fee`), checked 2026-12-07.
/** ILO (2020): workers shall not be charged, directly or indirectly, any fees or related costs for their recruitment. */
export const ILO_RECRUITMENT_FEES =
  "https://www.ilo.org/hanoi/Informationresources/Publicinformation/Videos/WCMS_743685/lang--en/index.htm";
/** Singapore MOM, written answer of 2021-04-05: the Philippines has had a zero placement fee policy for domestic workers since 2006. */
export const MOM_SG_ZERO_PLACEMENT_FEE =
  "https://mom.gov.sg/newsroom/parliament-questions-and-replies/2021/0405-written-answer-by-minister-for-manpower-on-plans-to-increase-mdws-from-other-countries";
/**
 * IDN Times (BP3MI NTB, 2024): under BP2MI Regulation 9/2020 workers in domestic, care, cooking, driving, gardening,
 * cleaning, farm and fishing-crew jobs pay no placement costs (tickets, work visa, training, the agency's service, passport, medical).
 */
export const ID_BP2MI_ZERO_COST =
  "https://ntb.idntimes.com/news/ntb/5-300-warga-ntb-mengadu-nasib-ke-luar-negeri-sejak-januari-2024-00-ldn3d-vxjscv/amp";
/**
 * Law 18/2017 on the Protection of Indonesian Migrant Workers, the statute's text (an official document in the public
 * domain, on Wikisource): Art. 30(1), migrant workers may not be charged placement costs.
 */
export const ID_LAW_18_2017 = "https://id.wikisource.org/wiki/Undang-Undang_Republik_Indonesia_Nomor_18_Tahun_2017";
/** Nepal News: "Free Visa, Free Ticket" (from 2015/16) for Malaysia and six Gulf countries; the worker pays at most Rs 10,000. */
export const NP_FREE_VISA_FREE_TICKET = "https://english.nepalnews.com/?p=187243";

// Pig-butchering (qa `pig_butchering`), checked 2026-12-07.
/** FBI: cryptocurrency investment fraud, "which the media commonly describes as pig butchering"; report at ic3.gov. */
export const FBI_CRYPTO_INVESTMENT_FRAUD =
  "https://www.fbi.gov/how-we-can-help-you/victim-services/national-crimes-and-victim-resources/cryptocurrency-investment-fraud";
/** The date the recruitment-fee and pig-butchering answers were checked against their sources. */
export const FEES_AND_PIG_BUTCHERING_REVIEWED = "2026-12-07";

// Where a job seeker checks an agency's licence at home (src/content/agency-checks.ts) and what an agent may charge
// (qa `recruitment_fee`), checked 2026-12-07.
/** India's MEA, "Recruiting Agents": under s. 10 of the Emigration Act, 1983 only agents registered with the PGE may recruit. */
export const MEA_IN_RECRUITING_AGENTS = "https://www.mea.gov.in/ras.htm";
/** India's MEA in the Rajya Sabha (2025-07-24): no one may act as a recruiting agent without a valid RC; 3,505 illegal agents notified on eMigrate. */
export const MEA_IN_ILLEGAL_AGENTS =
  "https://www.mea.gov.in/rajya-sabha.htm?dtl/39842/QUESTION+DIARY+NO592+IMMIGRATION+RACKETS+IN+THE+COUNTRY";
/**
 * Emigration (Amendment) Rules, 2017 (MEA notification of 2017-12-14 in the Gazette), rule 25: service charges at most
 * Rs 30,000, with a receipt, GST not included. The notification's text as reprinted by The Dollar Business: no copy on
 * mea.gov.in or emigrate.gov.in was found (searched 2026-12-07), so the answer says "as reported".
 */
export const IN_EMIGRATION_RULE_25 = "https://in.thedollarbusiness.com/news/emigration-rules-1983-amended/51559";
/** MEA press release of 2023-12-14, as reported: no recruiting agent may charge more than Rs 30,000 plus GST (18%); a receipt is due. */
export const MEA_IN_FEE_ADVISORY_2023 = "https://pravasisamwad.com/?p=28598";
/**
 * SLBFE, "Finding Employment through an Agent": a licensed agent, its approvals; "If you are migrating to a Middle
 * Eastern country; You must only pay the registration fee specified by the Sri Lanka Bureau of Foreign Employment".
 */
export const LK_SLBFE_AGENT = "http://slbfe.lk/page.php?LID=1&PID=27";
/** Indonesia's KP2MI (2026-01-09): register and check a placement in SISKOP2MI before leaving. */
export const ID_KP2MI_SISKOP2MI =
  "https://kp2mi.go.id/index.php/berita-detail/cegah-penempatan-pmi-ilegal-bp3mi-sulawesi-tengah-sosialisasi-pemanfaatan-siskop2mi";
/**
 * Cianjur's labour office as reported: a placement company needs a SIP3MI licence; licensed companies are listed in
 * SISKOP2MI. No page of BP2MI's or KP2MI's own on SIP3MI was found (searched 2026-12-07): the official source above
 * (ID_KP2MI_SISKOP2MI) comes first.
 */
export const ID_SIP3MI_LIST =
  "https://www.jabarnews.com/daerah/penipuan-cpmi-ke-timur-tengah-disnakertrans-cianjur-hanya-sebatas-koordinasi/3";
/** Hong Kong Labour Department, Employment Agencies Portal: agencies need a licence (search on the portal); commission at most 10% of the first month's wages. */
export const HK_LD_EMPLOYMENT_AGENCIES = "https://www.eaa.labour.gov.hk/en/looking.html";
/** The date the agency checks were compared with their sources. */
export const AGENCY_CHECKS_REVIEWED = "2026-12-07";
