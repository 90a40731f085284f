import { readFileSync } from "node:fs";
import { createQaMatcher, matchQuestion, searchDocs, termsOf } from "../qa/match.ts";
import { createEntryRanking } from "../qa/ranking.ts";
import { ReadText } from "../text/read-text.ts";
import { isAboutOurDomain, isNeighbouringTopic, asksAboutAnOffer, namesScam } from "../qa/domain.ts";
import { searchTerms } from "../qa/tokenize.ts";
import { shippedLearnedModel } from "../qa/learned.ts";
const ranking = createEntryRanking(searchDocs(), termsOf);
const rules = createQaMatcher();
for (const line of readFileSync(0, "utf8").split("\n").filter(Boolean)) {
  const read = new ReadText(line);
  const c = read.canonical;
  const terms = searchTerms(c);
  const r = ranking.rank(terms).slice(0, 4).map((x) => `${x.entry || "OOS"}:${x.score.toFixed(1)}${x.onTopic ? "*" : ""}[${x.matched.join(",")}]`);
  const m = matchQuestion(read);
  const rm = rules.match(read);
  const mo = shippedLearnedModel().opinion(read).topics.slice(0, 3).map((t) => `${t.entry}:${t.probability.toFixed(2)}`);
  console.log(`${line.slice(0, 90)}\n  final=${m.answer} [${m.alternatives}] conf=${m.confidence.toFixed(2)} em=${m.emergency} oos=${m.outOfScope ?? false} | rules=${rm.answer} conf=${rm.confidence.toFixed(2)}\n  domain=${isAboutOurDomain(c)} neigh=${isNeighbouringTopic(c)} offer=${asksAboutAnOffer(c)} scam=${namesScam(c)} terms=${terms.join(" ")}\n  rank=${r.join(" ")}\n  model=${mo.join(" ")}`);
}
