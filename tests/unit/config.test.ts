import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.ts";

describe("parseConfig", () => {
  it("explains a missing BOT_TOKEN with how to get one and how to try without it", () => {
    const error = (() => {
      try {
        parseConfig({});
      } catch (e) {
        return e as ConfigError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toContain("@BotFather");
    expect(error?.message).toContain("npm run chat");
  });

  it("lists every bad variable in one error", () => {
    expect(() =>
      parseConfig({ BOT_TOKEN: "nope", LOG_LEVEL: "loud", ADMIN_IDS: "12,abc", TELEGRAM_API_ROOT: "x" }),
    ).toThrow(
      expect.objectContaining({
        problems: [
          expect.stringContaining("BOT_TOKEN"),
          expect.stringContaining("TELEGRAM_API_ROOT"),
          expect.stringContaining("LOG_LEVEL"),
          expect.stringContaining("ADMIN_IDS"),
        ],
      }),
    );
  });

  it("applies defaults and parses lists", () => {
    const config = parseConfig({
      BOT_TOKEN: "123:abcdef",
      ADMIN_IDS: "1, 22",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9/",
    });
    expect(config.apiRoot).toBe("http://127.0.0.1:9");
    expect([...config.adminIds]).toEqual([1, 22]);
    expect(config.logLevel).toBe("info");
    expect(config.dataDir).toMatch(/data$/);
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ BOT_TOKEN: "123:abcdef", LOG_LEVEL: "" }).logLevel).toBe("info");
  });

  it(".env.example documents exactly the variables the schema reads", () => {
    const example = readFileSync(new URL("../../.env.example", import.meta.url), "utf8");
    const documented = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).sort();
    const source = readFileSync(new URL("../../src/config.ts", import.meta.url), "utf8");
    const read = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(read);
  });
});

describe("warning settings", () => {
  it("refuses a cron expression or time zone that cannot work, naming the variable", () => {
    expect(() => parseConfig({ BOT_TOKEN: "1:a", WARNING_CRON: "every monday", WARNING_TZ: "Mars/Olympus" })).toThrow(
      expect.objectContaining({ problems: expect.arrayContaining([expect.stringContaining("WARNING_CRON")]) }),
    );
  });

  it("keeps rounds under Telegram's 30 messages a second, but lets a local Bot API go faster", () => {
    expect(() => parseConfig({ BOT_TOKEN: "1:a", BROADCAST_RATE: "100" })).toThrow(/at most 30/);
    expect(
      parseConfig({ BOT_TOKEN: "1:a", BROADCAST_RATE: "2000", TELEGRAM_API_ROOT: "http://127.0.0.1:8081" }).warnings
        .rate,
    ).toBe(2000);
  });

  it("defaults to a weekly Monday 10:00 round in Asia/Shanghai", () => {
    expect(parseConfig({ BOT_TOKEN: "1:a" }).warnings).toMatchObject({
      weeklyCron: "0 10 * * 1",
      timeZone: "Asia/Shanghai",
      rate: 25,
    });
  });
});
