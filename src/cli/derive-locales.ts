/**
 * `npm run locales`: a drafting aid for Traditional Chinese. Prints, for every zh-hans.yaml key that zh-hant.yaml
 * lacks, an OpenCC conversion (Taiwan standard with phrases) to start from. It writes no file: users read only
 * zh-hant.yaml, so review the draft for Taiwan usage (合約, 帳戶, 訊息, 影片 …) and 「」 quotes before pasting it in.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import * as OpenCC from "opencc-js/cn2t";
import { LOCALES_DIR, readYaml, type RawTree } from "../i18n/load.ts";

/** The zh-hans entries `reviewed` lacks, each passed through `convert`. */
function missingFrom(hans: RawTree, reviewed: RawTree, convert: (text: string) => string): RawTree {
  const out: RawTree = {};
  for (const [key, value] of Object.entries(hans)) {
    const existing = reviewed[key];
    if (typeof value === "string") {
      if (existing === undefined) out[key] = convert(value);
    } else {
      const nested = missingFrom(value, typeof existing === "object" ? existing : {}, convert);
      if (Object.keys(nested).length > 0) out[key] = nested;
    }
  }
  return out;
}

/** OpenCC drafts of the zh-hans entries that zh-hant.yaml in `dir` lacks (empty when it has every key). */
export function draftMissingTraditional(dir: string = LOCALES_DIR): RawTree {
  const convert = OpenCC.Converter({ from: "cn", to: "twp" });
  return missingFrom(readYaml(path.join(dir, "zh-hans.yaml")), readYaml(path.join(dir, "zh-hant.yaml")), convert);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const drafts = draftMissingTraditional();
  if (Object.keys(drafts).length === 0) {
    process.stdout.write("zh-hant.yaml has every zh-hans.yaml key: nothing to draft.\n");
  } else {
    process.stdout.write(
      "# OpenCC drafts (cn → twp) of the keys zh-hant.yaml lacks. Review each for Taiwan usage and Chinese\n" +
        "# punctuation, then add it to locales/zh-hant.yaml at the same place as in zh-hans.yaml.\n" +
        yaml.dump(drafts, { lineWidth: -1, quotingType: '"', forceQuotes: true }),
    );
  }
}
