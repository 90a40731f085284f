/**
 * `npm run images`: renders the evaluation texts (eval/ and ../shared/corpus) as the pictures lures travel as — a chat
 * screenshot, a poster and a photographed flyer — into eval/images/ (git-ignored) with a manifest of what each
 * holds, for `npm run eval` and `npm run bench`.
 *   --per-group N   texts per language and label (lure, legit); default 12, sampled by id so reruns match
 *   --fixtures      also rewrites the few committed fixtures in tests/fixtures/images/ (with their source text)
 *
 * Needs the fonts of Debian's `fonts-noto-cjk`, `fonts-arphic-ukai`, `fonts-wqy-microhei`, `fonts-dejavu` and
 * `fonts-liberation` (apt-get install):
 * sharp renders text with the system's fontconfig. Tests never run this; they read the committed fixtures.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { checkOffer } from "../check/index.ts";
import { EVAL_DIR, readEval, readJsonl, splitOf, type LabelledText } from "./eval-data.ts";

export const IMAGE_STYLES = ["chat", "poster", "flyer"] as const;
export type ImageStyle = (typeof IMAGE_STYLES)[number];
export type ImageLang = "zh-hans" | "zh-hant" | "en";

/** One rendered picture and the text drawn on it (a long text is drawn in part: `text` is what the picture holds). */
export interface ImageCase {
  file: string;
  id: string;
  lang: ImageLang;
  label: "lure" | "legit";
  style: ImageStyle;
  text: string;
  /** The split of the text drawn on it: the shared corpus is all dev; the project's own texts split by id. */
  split: "dev" | "test";
}

export const IMAGE_SET_DIR = path.join(EVAL_DIR, "images");
export const FIXTURE_DIR = fileURLToPath(new URL("../../tests/fixtures/images/", import.meta.url));
export const MANIFEST = "manifest.jsonl";

/** A poster or flyer carries a short text; a chat screenshot shows a longer message. */
const MAX_CHARS: Record<ImageStyle, number> = { chat: 320, poster: 180, flyer: 240 };

const FONTS: Record<ImageLang, Record<ImageStyle, string[]>> = {
  "zh-hans": {
    chat: ["Noto Sans CJK SC", "WenQuanYi Micro Hei"],
    poster: ["Noto Sans CJK SC Bold", "Noto Serif CJK SC Bold"],
    flyer: ["Noto Serif CJK SC", "WenQuanYi Micro Hei"],
  },
  "zh-hant": {
    chat: ["Noto Sans CJK TC", "WenQuanYi Micro Hei"],
    poster: ["Noto Sans CJK TC Bold", "Noto Serif CJK TC Bold"],
    flyer: ["AR PL UKai TW", "Noto Serif CJK TC"],
  },
  en: {
    chat: ["DejaVu Sans", "Noto Sans CJK SC"],
    poster: ["DejaVu Sans Bold", "Noto Serif CJK SC Bold"],
    flyer: ["Liberation Serif", "DejaVu Serif"],
  },
};

/** A deterministic stream of numbers in [0, 1) per id, so the same text always gets the same picture. */
function randomFor(seed: string): () => number {
  let state = createHash("sha1").update(seed).digest().readUInt32BE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

const escapeMarkup = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Cuts a text at a sentence or clause end near `max` characters, so a picture never stops mid-word. */
export function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+\n/g, "\n").trim()];
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max).join("");
  const end = Math.max(...[..."。！？!?；;\n.，,"].map((mark) => head.lastIndexOf(mark)));
  return end > max / 2 ? head.slice(0, end + 1) : head;
}

async function textLayer(
  text: string,
  font: string,
  size: number,
  width: number,
  colour: string,
): Promise<{ input: Buffer; width: number; height: number }> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${colour}">${escapeMarkup(text)}</span>`,
      font: `${font} ${size}`,
      width,
      dpi: 72,
      rgba: true,
      wrap: "word-char",
      spacing: Math.round(size * 0.35),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

const svg = (width: number, height: number, body: string): Buffer =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`);

/** A phone screenshot of a chat: title bar, avatar, the message in a bubble, as Telegram sends it (JPEG). */
async function renderChat(title: string, text: string, lang: ImageLang, random: () => number): Promise<Buffer> {
  const width = 750;
  const font = pick(FONTS[lang].chat, random);
  const size = pick([26, 28, 30], random);
  const dark = random() < 0.3;
  const [page, bubble, ink] = dark
    ? ["#17212b", "#2b5278", "#ffffff"]
    : pick(
        [
          ["#ededed", "#ffffff", "#111111"],
          ["#e5ddd5", "#dcf8c6", "#111111"],
          ["#f0f2f5", "#ffffff", "#050505"],
        ],
        random,
      );
  const body = await textLayer(text, font, size, 520, ink!);
  const name = await textLayer(title, font, 30, 600, ink!);
  const height = 140 + body.height + 60 + 120;
  const background = svg(
    width,
    height,
    `<rect width="100%" height="100%" fill="${page}"/>` +
      `<rect width="100%" height="96" fill="${dark ? "#242f3d" : "#f7f7f7"}"/>` +
      `<rect x="24" y="140" width="72" height="72" rx="10" fill="#8fa9c9"/>` +
      `<rect x="112" y="132" width="${body.width + 48}" height="${body.height + 40}" rx="18" fill="${bubble}"/>`,
  );
  return sharp(background)
    .composite([
      { input: name.input, left: Math.round((width - name.width) / 2), top: 30 },
      { input: body.input, left: 136, top: 152 },
    ])
    .jpeg({ quality: 85 })
    .toBuffer();
}

/** A Moments-style poster: a loud background, a headline and the offer in bold type. */
async function renderPoster(title: string, text: string, lang: ImageLang, random: () => number): Promise<Buffer> {
  const width = 800;
  const font = pick(FONTS[lang].poster, random);
  const [from, to, ink] = pick(
    [
      ["#c0392b", "#f39c12", "#ffffff"],
      ["#0b3d91", "#1e90ff", "#fff7c2"],
      ["#fdf2e9", "#f8c471", "#7b241c"],
      ["#111111", "#4a235a", "#ffd700"],
    ],
    random,
  );
  const head = await textLayer(title, font, 72, 700, ink!);
  const body = await textLayer(text, font, pick([30, 34], random), 700, ink!);
  const height = 80 + head.height + 50 + body.height + 80;
  const background = svg(
    width,
    height,
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0.4" y2="1"><stop offset="0" stop-color="${from}"/>` +
      `<stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>` +
      `<circle cx="${Math.round(random() * width)}" cy="${height - 60}" r="160" fill="#ffffff" fill-opacity="0.12"/>`,
  );
  return sharp(background)
    .composite([
      { input: head.input, left: Math.round((width - head.width) / 2), top: 80 },
      { input: body.input, left: 50, top: 80 + head.height + 50 },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A printed flyer photographed on a table: off-white paper, a slight tilt, soft focus, uneven light, sensor noise. */
async function renderFlyer(_title: string, text: string, lang: ImageLang, random: () => number): Promise<Buffer> {
  const font = pick(FONTS[lang].flyer, random);
  const body = await textLayer(text, font, pick([28, 32], random), 640, "#1a1a1a");
  const paperWidth = 720;
  const paperHeight = body.height + 120;
  const paper = await sharp(svg(paperWidth, paperHeight, `<rect width="100%" height="100%" fill="#f6f1e4"/>`))
    .composite([{ input: body.input, left: 40, top: 60 }])
    .png()
    .toBuffer();
  const angle = (random() * 2 - 1) * 4;
  const tilted = await sharp(paper)
    .rotate(angle, { background: "#5d4e3f" })
    .png()
    .toBuffer({ resolveWithObject: true });
  const width = tilted.info.width + 80;
  const height = tilted.info.height + 80;
  const light = svg(
    width,
    height,
    `<defs><radialGradient id="l" cx="${0.3 + random() * 0.4}" cy="0.3" r="0.9"><stop offset="0" stop-color="#ffffff" stop-opacity="0"/>` +
      `<stop offset="1" stop-color="#000000" stop-opacity="0.35"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#l)"/>`,
  );
  const noise = await sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 14 } },
  })
    .png()
    .toBuffer();
  const photo = await sharp({ create: { width, height, channels: 3, background: "#5d4e3f" } })
    .composite([
      { input: tilted.data, left: 40, top: 40 },
      { input: light, left: 0, top: 0 },
      { input: noise, blend: "soft-light" },
    ])
    .png()
    .toBuffer();
  return sharp(photo)
    .blur(0.6 + random() * 0.6)
    .jpeg({ quality: 55 + Math.floor(random() * 20) })
    .toBuffer();
}

/**
 * Words a picture shows above the offer: a chat's contact name, a poster's headline. Neutral, so that the picture's
 * text gets the verdict the offer's text gets.
 */
const TITLES: Record<ImageStyle, Record<ImageLang, string[]>> = {
  chat: {
    "zh-hans": ["王经理", "HR 小李", "Amy"],
    "zh-hant": ["陳小姐", "HR 阿明", "David"],
    en: ["Amy", "David HR", "Recruiter"],
  },
  poster: { "zh-hans": ["招聘", "招聘信息"], "zh-hant": ["徵才", "招募"], en: ["HIRING", "JOB OFFER"] },
  flyer: { "zh-hans": [""], "zh-hant": [""], en: [""] },
};

const RENDERERS: Record<
  ImageStyle,
  (title: string, text: string, lang: ImageLang, random: () => number) => Promise<Buffer>
> = {
  chat: renderChat,
  poster: renderPoster,
  flyer: renderFlyer,
};

/** Renders one text in one style; the returned case says what the picture holds. */
export async function renderCase(
  item: SampleText,
  style: ImageStyle,
): Promise<{ case: Omit<ImageCase, "file">; image: Buffer }> {
  const lang = item.lang.toLowerCase() as ImageLang;
  const body = clip(item.text, MAX_CHARS[style]);
  const random = randomFor(`${item.id}/${style}`);
  const title = pick(TITLES[style][lang], random);
  const image = await RENDERERS[style](title, body, lang, random);
  const text = title ? `${title}\n${body}` : body;
  return { case: { id: item.id, lang, label: item.label, style, text, split: item.split }, image };
}

type SampleText = LabelledText & { label: "lure" | "legit"; split: "dev" | "test" };

/** Texts per language and label, chosen by a hash of the id so the set is stable as files grow. */
export function sampleTexts(perGroup: number): SampleText[] {
  const own = (items: LabelledText[]) => items.map((item) => ({ ...item, split: splitOf(item.id) }));
  const corpus = (items: LabelledText[]) => items.map((item) => ({ ...item, split: "dev" as const }));
  const lures = [
    ...own(readEval("lures-real-")),
    ...corpus([...readJsonl("lures-dev.jsonl"), ...readJsonl("lures-composed-dev.jsonl")]),
  ];
  const ads = [...own(readEval("ads-lawful-real")), ...corpus(readJsonl("ads-overseas-dev.jsonl"))];
  const labelled = [
    ...lures.map((item) => ({ ...item, label: "lure" as const })),
    ...ads.map((item) => ({ ...item, label: "legit" as const })),
  ];
  const order = (id: string): string => createHash("sha1").update(id).digest("hex");
  const groups = new Map<string, SampleText[]>();
  for (const item of labelled) {
    const key = `${item.lang.toLowerCase()}/${item.label}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].flatMap((group) =>
    group.sort((a, b) => order(a.id).localeCompare(order(b.id))).slice(0, perGroup),
  );
}

async function renderSet(perGroup: number): Promise<void> {
  mkdirSync(IMAGE_SET_DIR, { recursive: true });
  const cases: ImageCase[] = [];
  for (const item of sampleTexts(perGroup)) {
    for (const style of IMAGE_STYLES) {
      const rendered = await renderCase(item, style);
      const file = `${item.id.replace(/[^\w-]/g, "_")}.${style}.jpg`;
      writeFileSync(path.join(IMAGE_SET_DIR, file), rendered.image);
      cases.push({ file, ...rendered.case });
    }
  }
  writeFileSync(path.join(IMAGE_SET_DIR, MANIFEST), cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
  console.log(`${cases.length} images in ${IMAGE_SET_DIR}`);
}

/**
 * The committed fixtures (tests/fixtures/images/): per language, a lure as a chat screenshot and as a photographed
 * flyer, and a lawful ad as a poster, each the first text of its group (in sample order) that the check grades high
 * (lures) or not high (ads), so that a test can ask the picture for the text's verdict.
 */
async function renderFixtures(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const texts = sampleTexts(Number.MAX_SAFE_INTEGER);
  const cases: ImageCase[] = [];
  const wanted: [ImageLang, "lure" | "legit", ImageStyle][] = (["zh-hans", "zh-hant", "en"] as const).flatMap(
    (lang) =>
      [
        [lang, "lure", "chat"],
        [lang, "lure", "flyer"],
        [lang, "legit", "poster"],
      ] as const,
  );
  for (const [lang, label, style] of wanted) {
    const used = new Set(cases.map((c) => c.id));
    for (const item of texts.filter((t) => t.lang.toLowerCase() === lang && t.label === label && !used.has(t.id))) {
      const rendered = await renderCase({ ...item, text: clip(item.text, FIXTURE_CHARS) }, style);
      const level = checkOffer(rendered.case.text).level;
      if (label === "lure" ? level !== "high" : level === "high") continue;
      const file = `${lang}-${label}-${style}.jpg`;
      writeFileSync(path.join(FIXTURE_DIR, file), rendered.image);
      cases.push({ file, ...rendered.case });
      break;
    }
  }
  writeFileSync(path.join(FIXTURE_DIR, "fixtures.json"), JSON.stringify(cases, null, 2) + "\n");
  console.log(`${cases.length} fixtures in ${FIXTURE_DIR}`);
}

/** Fixtures hold short texts, so the committed pictures stay small. */
const FIXTURE_CHARS = 150;

/**
 * Stops with the packages to install when a font is missing: fontconfig would silently draw Chinese as empty boxes,
 * and the pictures would score the OCR on nothing.
 */
function requireFonts(): void {
  const families = new Set(Object.values(FONTS).flatMap((styles) => Object.values(styles).flat()));
  const installed = execFileSync("fc-list", [":", "family", "style"], { encoding: "utf8" });
  const missing = [...families].filter((family) => {
    const [name, weight] = family.endsWith(" Bold") ? [family.slice(0, -5), "Bold"] : [family, ""];
    return !installed.split("\n").some((line) => line.includes(name) && line.includes(weight));
  });
  if (missing.length > 0) {
    console.error(
      `Missing fonts: ${missing.join(", ")}.\n` +
        "Install them with: apt-get install fonts-noto-cjk fonts-arphic-ukai fonts-wqy-microhei fonts-dejavu fonts-liberation",
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  requireFonts();
  const args = process.argv.slice(2);
  const perGroup = args.includes("--per-group") ? Number(args[args.indexOf("--per-group") + 1]) : 12;
  await renderSet(perGroup);
  if (args.includes("--fixtures")) await renderFixtures();
}
