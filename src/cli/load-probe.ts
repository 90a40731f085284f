/**
 * Run by `npm run bench -- load` in a fresh process: loads either the text normaliser alone or the whole offer
 * check, answers one text, and prints how long that took in milliseconds. The difference between the two is what
 * the check costs a CLI call, a test file or a bot at start beyond normalisation.
 */
const SAMPLE = "高薪招聘客服，月薪2万，包机票，落地有人接，地点缅甸妙瓦底";
const started = performance.now();
if (process.argv[2] === "check") {
  const { checkOffer } = await import("../check/index.ts");
  checkOffer(SAMPLE);
} else {
  const { normalizeText } = await import("../text/normalize.ts");
  normalizeText(SAMPLE);
}
process.stdout.write(`${(performance.now() - started).toFixed(1)}\n`);
