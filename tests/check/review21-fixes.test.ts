/**
 * Issue 11, session 21 review: readings the session's own changes had made worse for a user, each class tested with
 * the reviewer's texts, variants of our own in English, Simplified, Taiwan Traditional and Cantonese, and the texts the
 * change was made for (which keep working).
 */
import { describe, expect, it } from "vitest";
import { checkOffer } from "../../src/check/index.ts";

const flagIds = (text: string): string[] => checkOffer(text).flags.map((flag) => flag.id);
const lawfulIds = (text: string): string[] => checkOffer(text).lawfulSigns.map((sign) => sign.id);

describe("money paid for the dorm, meals or a sales target is no fee asked", () => {
  it.each([
    ["宿舍每人每月交200元水电，新加坡电子厂，月薪2500新币，工作准证公司办理。"],
    ["宿舍每月交三百塊，日本工廠，月薪18萬日圓，合法派遣。"],
    ["宿舍每個月交三百蚊，新加坡廚房，月薪四千新幣。"],
    ["每月交500元房租，澳洲摘水果，时薪25澳元。"],
    ["销售，新加坡，每月成交10万新币即可拿提成，底薪3000新币。"],
    ["包吃住，只需每月交100元伙食，韩国农场，月薪200万韩元。"],
    ["住宿舍的話每月交三百元，日本食品廠，月薪18萬日圓。"],
  ])("%j is low, with no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
    expect(checkOffer(text).level).toBe("low");
  });

  it.each([
    ["中介说这种案子很容易下签,交五万就能办加拿大工签。"],
    ["顧問說交十五萬就能辦澳洲工簽。"],
    ["交3000就能去日本打工，月薪2万。"],
    ["交八萬就可以出國，去杜拜當服務生。"],
    ["交三萬就包你出國，去日本工廠。"],
    ["Pay 3 lakh and you get the visa for Poland."],
  ])("%j (a sum paid to get the job, the visa or out) keeps the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
  });
});

describe("a visa already issued, then the arrival, is no visa promised for after arrival", () => {
  it.each([
    ["工作签证已经办好，去了以后公司安排宿舍，新加坡电子厂，月薪2500新币。"],
    ["工作准证已批，人到了先培训一周，新加坡工厂。"],
    ["工作签证已办妥，到那边后有专人接机，日本护理，月薪20万日元。"],
    ["签证已经下来了，去了之后公司安排住宿，韩国工厂。"],
    ["抵达后公司协助办理居留卡延期，新加坡，工作准证已批。"],
    ["工作簽證已經辦好，去了之後公司安排宿舍，新加坡電子廠。"],
  ])("%j raises no such flag", (text) => {
    expect(flagIds(text)).not.toContain("visa_after_arrival");
  });

  it("keeps the lawful work-permit sign of a permit already approved", () => {
    expect(lawfulIds("工作准证已批，人到了先培训一周，新加坡工厂。")).toContain("lawful_work_permit");
  });

  it.each([
    ["不用经验,会打字就行,包吃包住,去了再办工作签。"],
    ["到了那边再办工作签证,机票公司出。"],
    ["免經驗，包吃住，人到了再辦工簽。"],
    ["過去了再幫你辦工作證，先用旅遊簽。"],
    ["你先過去，工作證抵達再辦。"],
  ])("%j (the papers left for after arrival) raises the flag", (text) => {
    expect(flagIds(text)).toContain("visa_after_arrival");
  });
});

describe("a citizenship the ad requires is not one it offers", () => {
  it.each([
    ["須已取得中華民國國籍，赴美工作，月薪五千美元。"],
    ["需要拿到加拿大公民身份的人才可以申请，多伦多仓库工作。"],
    ["Only candidates who have been granted Australian citizenship may apply. Sydney office role."],
    ["Applicants must hold or be able to obtain Canadian citizenship. Engineer in Toronto."],
    ["已取得日本国籍者优先，东京餐厅，月薪25万日元。"],
    ["须已获得新加坡国籍或永久居民身份，新加坡会计，月薪5000新币。"],
    ["應徵者必須已經拿到英國國籍，倫敦倉庫，時薪12英鎊。"],
  ])("%j raises no such flag", (text) => {
    expect(flagIds(text)).not.toContain("citizenship_offered");
  });

  it.each([
    ["Guard jobs at industrial sites, 150,000 rubles a month and fast-track Russian citizenship."],
    ["Candidates will get fast-track Russian citizenship after six months of service, 200,000 rubles a month."],
    ["保安工作,月薪二十万卢布,半年后可以拿俄罗斯国籍。"],
    ["簽約後半年就能拿到俄羅斯國籍，月薪二十萬盧布。"],
    ["仲介說做滿三年就能取得國籍，去波蘭農場工作。"],
  ])("%j (a citizenship offered with the work) raises the flag", (text) => {
    expect(flagIds(text)).toContain("citizenship_offered");
  });
});

describe("a recruiter citing the state's rule while charging is still charging", () => {
  it.each([
    ["根據國家規定，仲介費不超過五萬元，去杜拜當服務生，月薪一萬五。"],
    ["根据国家规定，中介服务费不超过首月工资，赴日研修生，月薪15万日元。"],
    ["按国家有关规定，我们的中介费不超过三万，去新加坡做厨师。"],
  ])("%j is high with the fee flag", (text) => {
    expect(flagIds(text)).toContain("recruiter_fee");
    expect(checkOffer(text).level).toBe("high");
    expect(lawfulIds(text)).not.toContain("lawful_no_fee");
  });

  it.each([
    ["按照国家有关规定,外派劳务企业向劳务人员收取的服务费不得超过合同工资总额的12.5%。"],
    ["依照我國相關規定，仲介向移工收取的服務費不得超過每月1800元。"],
    ["根据国家有关规定，外派劳务公司向出国务工人员的收费不能超过合同工资总额的百分之十二点五。"],
  ])("%j (the rule told of agencies and workers in general) raises no fee flag", (text) => {
    expect(flagIds(text)).not.toContain("recruiter_fee");
  });
});

describe("one licence claim is one sign, and it does not cancel a fee asked", () => {
  it.each([
    ["Licensed by the POEA. Domestic helper in Saudi Arabia, we will deduct placement fee from salary."],
    ["POEA-licensed agency. Factory work in Taiwan. Placement fee PHP 120,000 payable before deployment."],
    ["We are licensed by the POEA but you need to pay 100,000 pesos placement fee for a factory job in Taiwan."],
    ["DMW-licensed agency. Caregiver in Israel, placement fee 80,000 pesos."],
  ])("%j is high with one lawful sign", (text) => {
    expect(checkOffer(text).level).toBe("high");
    expect(checkOffer(text).lawfulSigns).toHaveLength(1);
  });

  it("keeps the programme's own ad low", () => {
    expect(
      checkOffer(
        "Our recruiting service is certified and supervised by the POEA. Your employer will pay for your flight ticket.",
      ).level,
    ).toBe("low");
  });
});

describe("pay alone lowers a qualified post only in a Gulf hub, never where the army recruiters sell", () => {
  it.each([
    ["Engineers for Russia, salary 400,000 rubles per month, 3 years experience."],
    ["招聘赴俄罗斯工程师，月薪四十万卢布，三年经验。"],
    ["俄羅斯工程師，月薪四十萬盧布，需三年經驗。"],
    ["Engineers wanted in Abu Dhabi and Moscow, AED 35,000 a month, 8 years' experience."],
  ])("%j stays high", (text) => {
    expect(checkOffer(text).level).toBe("high");
  });

  it.each([
    ["Abu Dhabi: regional finance manager, CPA, 8 years' experience, AED 35,000 a month."],
    ["杜拜分公司徵財務經理，需會計師證照，月薪新台幣18萬，每年返台休假。"],
    ["阿联酋阿布扎比中资企业诚聘财务主管,CPA优先,月薪3万-4万人民币,每年回国休假一次。"],
  ])("%j (a Gulf hub) is not high", (text) => {
    expect(checkOffer(text).level).not.toBe("high");
  });
});

describe("a fare paid, and a programme named, only where the words say so", () => {
  it.each([
    ["我报名了一个英语班，车票我报销。"],
    ["我報名了日語班，車票我報銷。"],
    ["The employer sends the ticket after the work permit is issued by MOM. Factory in Singapore, SGD 2,000."],
  ])("%j raises no paid-travel flag", (text) => {
    expect(flagIds(text)).not.toContain("paid_travel");
  });

  it.each([
    ["车票我报，你直接过来，柬埔寨，月薪一万五。"],
    ["He sends the ticket tomorrow, job in Bangkok, no experience."],
    ["I'll send you the ticket, just come to Dubai, easy job."],
  ])("%j (the recruiter paying or sending the fare) keeps the flag", (text) => {
    expect(flagIds(text)).toContain("paid_travel");
  });

  it.each([["国家汉办招聘，去柬埔寨做网络推广，月薪两万，不要护照。"], ["國家漢辦急招，去緬甸做打字員，不用護照。"]])(
    "%j (the lure's job beside a programme's name) has no lawful sign",
    (text) => {
      expect(checkOffer(text).lawfulSigns).toHaveLength(0);
      expect(checkOffer(text).level).toBe("high");
    },
  );

  it("keeps the programme's own text a checkable sign", () => {
    expect(lawfulIds("國家漢辦為志願者提供每年一次的國際往返機票和生活津貼。")).toContain("lawful_licence_checkable");
  });
});
