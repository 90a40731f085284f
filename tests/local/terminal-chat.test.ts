import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/index.ts";
import { parseConfig } from "../../src/config.ts";
import { createDeps } from "../../src/deps.ts";
import { loadTranslator } from "../../src/i18n/load.ts";
import { localeFromLanguageCode, type Locale } from "../../src/i18n/locales.ts";
import { LocalBotApi } from "../../src/local/bot-api/in-process.ts";
import { TerminalChat, terminalLanguage, terminalUser } from "../../src/local/terminal-chat.ts";
import { createLogger } from "../../src/logger.ts";
import { LowdbStore } from "../../src/store/lowdb-store.ts";
import type { Store } from "../../src/store/store.ts";

const translator = loadTranslator();

let cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const step of cleanup) await step();
  cleanup = [];
});

async function terminal(
  languageCode: string | undefined,
): Promise<{ chat: TerminalChat; lines: string[]; store: Store }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "jobsafe-terminal-"));
  const store = await LowdbStore.open(dataDir);
  cleanup.push(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const config = parseConfig({ BOT_TOKEN: "0:local-terminal-chat", DATA_DIR: dataDir });
  const api = new LocalBotApi();
  const { deps } = createDeps(config, { store, logger: createLogger({ level: "silent" }) });
  const { bot } = createBot(deps, { token: "0:local-terminal-chat", botInfo: api.botInfo, burstWindowMs: 5 });
  bot.api.config.use(api.transformer);
  const lines: string[] = [];
  // Lines as read, without colours (picocolors colours output when CI is set, whatever is set later).
  const sink = (line: string) => lines.push(stripVTControlCharacters(line));
  return { chat: new TerminalChat(bot, api, terminalUser(languageCode), sink), lines, store };
}

const numberOf = (lines: readonly string[], label: string): string => {
  const line = [...lines].reverse().find((l) => l.endsWith(`] ${label}`));
  if (!line) throw new Error(`no button '${label}' in:\n${lines.join("\n")}`);
  return /\[(\d+)\]/.exec(line)![1]!;
};

describe("the terminal chat", () => {
  it("keeps buttons of earlier messages pressable after new messages arrive", async () => {
    const { chat, lines } = await terminal("en");
    await chat.input("/start");
    const checklists = numberOf(lines, translator.t("en", "menu.checklist"));
    await chat.input("/help");
    await chat.input("/privacy");
    const before = lines.length;
    await chat.input(checklists);
    const after = lines.slice(before).join("\n");
    expect(after).not.toContain(translator.t("en", "unhandled.text").slice(0, 30));
    expect(after).toMatch(/JobSafe/);
  });

  it("shows an answer's buttons under it: the question that ends an emergency answer and the answer's own", async () => {
    const { chat, lines } = await terminal("en");
    // A danger message gets the emergency answer, ending with the question where the person is from.
    await chat.input("my brother is locked in a compound in myanmar and they took his passport");
    const text = lines.join("\n");
    const asked = text.indexOf(translator.t("en", "sos.ask_nationality"));
    const philippines = text.indexOf(`] ${translator.t("en", "sos.nationality.ph")}`);
    const useful = text.indexOf(`] ${translator.t("en", "feedback.useful")}`);
    expect(asked).toBeGreaterThan(-1);
    expect(philippines).toBeGreaterThan(asked);
    expect(useful).toBeGreaterThan(philippines);
    // The nationality choices are shown once.
    expect(lines.filter((line) => line.endsWith(`] ${translator.t("en", "sos.nationality.ph")}`))).toHaveLength(1);
  });

  it("greets a person with a real-looking first name", async () => {
    for (const languageCode of ["en", "zh-cn", "zh-tw"]) {
      const { chat, lines } = await terminal(languageCode);
      await chat.input("/start");
      const locale = localeFromLanguageCode(languageCode);
      expect(lines.join("\n")).toContain(
        translator.t(locale, "start.welcome", { name: terminalUser(languageCode).first_name }).slice(0, 8),
      );
      expect(lines.join("\n")).not.toMatch(/You你好|Hello You\b/);
    }
  });

  it.each([
    [[], { LANG: "zh_TW.UTF-8" }, "zh-hant"],
    [[], { LANG: "zh_CN.UTF-8" }, "zh-hans"],
    [[], { LANG: "en_US.UTF-8" }, "en"],
    [[], { LANG: "en_US.UTF-8", LC_ALL: "zh_HK.UTF-8" }, "zh-hant"],
    [["--lang", "en"], { LANG: "zh_TW.UTF-8" }, "en"],
    [[], { LANG: "C" }, "en"],
  ] as const)("argv %j with %j speaks %s", (argv, env, locale: Locale) => {
    expect(localeFromLanguageCode(terminalLanguage(argv, env))).toBe(locale);
  });
});

describe("commands leave a wizard", () => {
  it("/cancel inside /report cancels it instead of being taken as the report", async () => {
    const { chat, lines, store } = await terminal("en");
    await chat.input("/report");
    await chat.input("/cancel");
    expect(lines.join("\n")).toContain(
      translator
        .t("en", "report.cancelled")
        .replace(/<[^>]+>/g, "")
        .slice(0, 20),
    );
    expect((await store.getUser(1000))?.reportDraft).toBeUndefined();
    await chat.input("@hr_someone");
    expect(lines.join("\n")).not.toContain(translator.t("en", "report.ask_details").slice(0, 20));
  });

  it("any other command leaves /report too, and what follows is not report text", async () => {
    const { chat, lines, store } = await terminal("en");
    await chat.input("/report");
    await chat.input("@hr_someone");
    await chat.input("/help");
    expect((await store.getUser(1000))?.reportDraft).toBeUndefined();
    const before = lines.length;
    await chat.input("is a job in Dubai safe?");
    expect(lines.slice(before).join("\n")).not.toContain("Send it?");
  });

  it("/cancel with nothing in progress says so", async () => {
    const { chat, lines } = await terminal("en");
    await chat.input("/cancel");
    expect(lines.join("\n")).toContain(translator.t("en", "cancel.nothing").slice(0, 20));
  });
});

describe("/help", () => {
  it("lists /family", async () => {
    const { chat, lines } = await terminal("en");
    await chat.input("/help");
    expect(lines.join("\n")).toContain(`/family — ${translator.t("en", "commands.family")}`);
  });
});
