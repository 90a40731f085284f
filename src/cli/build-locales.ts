/** Part of `npm run build`: the locale files as one JSON file beside the bundle, which starts faster from it. */
import { writeBuiltLocales } from "../i18n/load.ts";

writeBuiltLocales();
