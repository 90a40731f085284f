/**
 * Part of `npm run build`: what the bot would otherwise build at start or on its first message, written beside the
 * bundle — the locale files as one JSON file, and the Traditional→Simplified character table.
 */
import { writeBuiltLocales } from "../i18n/load.ts";
import { writeBuiltSimplifiedTable } from "../text/normalize.ts";

writeBuiltLocales();
writeBuiltSimplifiedTable();
