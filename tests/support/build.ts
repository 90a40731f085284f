import { execFileSync } from "node:child_process";

/** Vitest global setup: end-to-end tests start the built bot, as `npm start` does after its prestart build. */
export default function build(): void {
  execFileSync("npm", ["run", "--silent", "build"], {
    cwd: new URL("../../", import.meta.url).pathname,
    stdio: "inherit",
  });
}
