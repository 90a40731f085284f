import { describe, expect, it } from "vitest";
import { inferNationality } from "../../src/sos/directory.ts";

/**
 * A government's own offices, IDs and informal country names, written as one's own, say whose contacts help (issue
 * 12): Singapore's MOM and "SG", the Philippines' OUMWA and "Pinas", Indonesia's SPLP, Malaysia's "M'sia".
 */
describe("inferNationality from a country's own institutions and short names", () => {
  it("reads Singapore's Ministry of Manpower written MOM, and 'SG' after from / back home", () => {
    expect(inferNationality("my brother went to Myanmar for a job, can MOM help us or not?")?.nationality).toBe("sg");
    expect(inferNationality("I already complained to MOM but my son still cannot come back")?.nationality).toBe("sg");
    expect(inferNationality("we're from SG, my cousin is stuck in Cambodia")?.nationality).toBe("sg");
    expect(inferNationality("我们是从SG来的，我弟弟在柬埔寨被扣了")?.nationality).toBe("sg");
    expect(inferNationality("我哋係SG人，個仔喺緬甸出唔到嚟")?.nationality).toBe("sg");
  });

  it("does not read a mother written MOM in a message shouted in capitals, or 'mom' as the ministry", () => {
    expect(inferNationality("MOM PLEASE HELP ME THEY TOOK MY PHONE")).toBeUndefined();
    expect(inferNationality("my mom says the job in Dubai is fine")).toBeUndefined();
  });

  it("reads the Philippines' OUMWA and 'Pinas', Indonesia's SPLP and Malaysia's M'sia", () => {
    expect(inferNationality("nag-email na kami sa OUMWA about my sister in Cambodia")?.nationality).toBe("ph");
    expect(inferNationality("we already went to the DFA but my brother is still stuck in Myawaddy")?.nationality).toBe(
      "ph",
    );
    expect(inferNationality("DFA said wait lang daw, pero hindi pa rin nakakauwi si kuya")?.nationality).toBe("ph");
    expect(inferNationality("we're from Pinas, my husband is held in Myawaddy")?.nationality).toBe("ph");
    expect(inferNationality("KBRI said they can make an SPLP for my brother")?.nationality).toBe("id");
    expect(inferNationality("I'm from M'sia, my son is stuck in Cambodia")?.nationality).toBe("my");
    expect(inferNationality("我們從大馬來，女兒在柬埔寨出不來")?.nationality).toBe("my");
  });

  it("reads national service, public housing, job banks and e-wallets that only one country has", () => {
    expect(inferNationality("just ORD from NS, an agent offered me a job in Cambodia")?.nationality).toBe("sg");
    expect(inferNationality("my son is an NSman, can he take a job in Laos?")?.nationality).toBe("sg");
    expect(inferNationality("我在组屋区长大，刚服完兵役，有人介绍我去柬埔寨")?.nationality).toBe("sg");
    expect(inferNationality("我啱啱做完國民服役，有人叫我去泰國做客服")?.nationality).toBe("sg");
    expect(inferNationality("剛退伍，在人力銀行上面看到緬甸的工作")?.nationality).toBe("tw");
    expect(inferNationality("I have a pending SSS loan and the agent wants the fee via GCash")?.nationality).toBe("ph");
    expect(inferNationality("nag-apply ako sa Pag-IBIG bago umalis papuntang Dubai")?.nationality).toBe("ph");
  });

  it("does not read the same letters in their everyday sense", () => {
    expect(inferNationality("my flight leaves from ORD tomorrow, is the job in Dubai real?")).toBeUndefined();
    expect(inferNationality("公司让我去人力资源部报到")).toBeUndefined();
  });
});
