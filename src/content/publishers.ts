/**
 * Who publishes each page the emergency directory cites, and which sites speak for a government, so that a source
 * line names the organisation ("Ministry of External Affairs, India", "CNA (Singapore)") instead of a web address,
 * and so that tests can check that a contact shows the official page wherever facts.md gives one (issue 12).
 */

/**
 * The domains of each government and its missions abroad: a page on one of them, or on a subdomain, is an official
 * source. Keyed by jurisdiction (the United States for OSAC's country reports).
 */
export const OFFICIAL_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  bd: ["gov.bd"],
  cn: ["gov.cn", "china-embassy.org", "china-consulate.org", "china-embassy.gov.cn", "china-consulate.gov.cn"],
  hk: ["gov.hk"],
  id: ["go.id"],
  in: ["gov.in", "nic.in"],
  ke: ["go.ke"],
  kh: ["gov.kh"],
  la: ["gov.la"],
  lk: ["gov.lk"],
  mm: ["gov.mm"],
  mo: ["gov.mo"],
  my: ["gov.my"],
  // IACAT, the Philippine inter-agency council against trafficking, runs its hotline from its own domain.
  ph: ["gov.ph", "1343actionline.ph"],
  pk: ["gov.pk"],
  sg: ["gov.sg"],
  th: ["go.th"],
  tw: ["gov.tw"],
  us: ["osac.gov", "state.gov", "fbi.gov"],
  vn: ["gov.vn"],
};

/**
 * Sites that speak for no one or copy other publishers' pages: facts.md marks each as a weak source and says why. A
 * contact cites one only for a number facts.md confirms and finds no better page for, last, named as a copy; a bare
 * IP address is always weak (`weakSourceReason`).
 */
export const WEAK_SOURCE_HOSTS: Readonly<Record<string, string>> = {
  "huazhu.la": "private association site (老挝华助)",
  "reportify.cn": "mirror of other outlets' text",
  "daily8.com": "mirror of other outlets' text",
  "gentrybusinessleader.com": "repost of a Bangkok Post report",
};

/** The host a source line names: without "www." or "m." and without a trailing dot. */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^(www|m)\./, "").replace(/\.$/, "");
}

/** Whether `url` is on a government's or mission's own domain (`OFFICIAL_DOMAINS`). */
export function isOfficialSource(url: string): boolean {
  const host = sourceHost(url);
  return Object.values(OFFICIAL_DOMAINS).some((domains) =>
    domains.some((domain) => host === domain || host.endsWith(`.${domain}`)),
  );
}

/** Why `url` is a weak source (a bare IP address, a mirror, a private site); undefined when it is not. */
export function weakSourceReason(url: string): string | undefined {
  const host = sourceHost(url);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[")) return "bare IP address";
  return WEAK_SOURCE_HOSTS[host];
}

/** The locale key of each publisher's name, by `sourceHost`. */
const PUBLISHER_KEYS: Readonly<Record<string, string>> = {
  "49.213.3.35": "sos.publisher.crntt_copy",
  "huazhu.la": "sos.publisher.huazhu_la",
  "reportify.cn": "sos.publisher.cctv_copy",
  "1343actionline.ph": "sos.publisher.iacat",
  "2021.chisa.edu.cn": "sos.publisher.cscse",
  "adaderana.lk": "sos.publisher.ada_derana",
  "adcc.gov.hk": "sos.publisher.hk_adcc",
  "bangkokpe.dfa.gov.ph": "sos.publisher.ph_embassy_bangkok",
  "boca.gov.tw": "sos.publisher.tw_boca",
  "bole90.com": "sos.publisher.bole90",
  "business-standard.com": "sos.publisher.business_standard",
  "businessmirror.com.ph": "sos.publisher.businessmirror",
  "bwc.cug.edu.cn": "sos.publisher.cug",
  "c.m.163.com": "sos.publisher.netease",
  "cdn.gcs.gov.mo": "sos.publisher.mo_gcs",
  "news.gov.mo": "sos.publisher.mo_gcs",
  "channelnewsasia.com": "sos.publisher.cna",
  "danang.china-consulate.org": "sos.publisher.cn_consulate_danang",
  "dfa.gov.ph": "sos.publisher.ph_dfa",
  "diasporamessenger.com": "sos.publisher.diaspora_messenger",
  "en.prothomalo.com": "sos.publisher.prothom_alo",
  "en.vietnamplus.vn": "sos.publisher.vietnamplus",
  "fsi.mea.gov.in": "sos.publisher.in_mea",
  "gmanetwork.com": "sos.publisher.gma",
  "gov.mo": "sos.publisher.mo_portal",
  "gujarati.abplive.com": "sos.publisher.abp_asmita",
  "gurutv.lk": "sos.publisher.guru_tv",
  "hindi.awazthevoice.in": "sos.publisher.awaz",
  "hnfo.gov.cn": "sos.publisher.hunan_fao",
  "humenglish.com": "sos.publisher.hum_news",
  "immd.gov.hk": "sos.publisher.hk_immd",
  "indiatoday.in": "sos.publisher.india_today",
  "industry.macaotourism.gov.mo": "sos.publisher.mo_tourism",
  "info.gov.hk": "sos.publisher.hk_gov_news",
  "jambi.antaranews.com": "sos.publisher.antara",
  "lb.china-embassy.org": "sos.publisher.cn_embassy_lebanon",
  "livenowafrica.com": "sos.publisher.live_now_africa",
  "malaymail.com": "sos.publisher.malay_mail",
  "nationthailand.com": "sos.publisher.nation_thailand",
  "news.abs-cbn.com": "sos.publisher.abs_cbn",
  "news.cnhubei.com": "sos.publisher.changjiang_daily",
  "news.jstv.com": "sos.publisher.litchi_news",
  "newsinfo.inquirer.net": "sos.publisher.inquirer",
  "newsisland.lk": "sos.publisher.news_island",
  "noa.co.id": "sos.publisher.noa",
  "osac.gov": "sos.publisher.us_osac",
  "overseas.fjsen.com": "sos.publisher.cn_consular_channel",
  "pakistantoday.com.pk": "sos.publisher.pakistan_today",
  "panaynews.net": "sos.publisher.panay_news",
  "philstar.com": "sos.publisher.philstar",
  "phnompenhpost.com": "sos.publisher.phnom_penh_post",
  "platform.diaspora.go.ke": "sos.publisher.ke_diaspora",
  "police.ntpc.gov.tw": "sos.publisher.ntpc_police",
  "qdnd.vn": "sos.publisher.qdnd",
  "sb.gov.hk": "sos.publisher.hk_security_bureau",
  "shine.cn": "sos.publisher.shanghai_daily",
  "somodhara.com": "sos.publisher.somodhara",
  "staging.malaysiagazette.com": "sos.publisher.malaysia_gazette",
  "suara.com": "sos.publisher.suara",
  "taipeitimes.com": "sos.publisher.taipei_times",
  "tech.sina.cn": "sos.publisher.sina",
  "thestar.com.my": "sos.publisher.the_star_my",
  "thesun.my": "sos.publisher.the_sun_my",
  "tirada.tribune.net.ph": "sos.publisher.daily_tribune",
  "tongsiao.house.miaoli.gov.tw": "sos.publisher.miaoli_county",
  "tv9hindi.com": "sos.publisher.tv9",
  "udn.com": "sos.publisher.udn",
  "urdu.brecorder.com": "sos.publisher.business_recorder",
  "vietnam.vn": "sos.publisher.vietnam_vn",
  "vietnamnet.vn": "sos.publisher.vietnamnet",
  "wqb.xa.gov.cn": "sos.publisher.xian_fao",
  "ws.moi.gov.tw": "sos.publisher.tw_moi",
  "wyx.tit.edu.cn": "sos.publisher.tit",
  "znews.vn": "sos.publisher.znews",
};

/** The locale key naming who publishes `url`, or undefined for a site not listed yet. */
export function publisherKey(url: string): string | undefined {
  return PUBLISHER_KEYS[sourceHost(url)];
}
