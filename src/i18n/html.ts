/** Text for Telegram's HTML parse mode: escaping, and a marker for HTML that is already safe. */
/** A value the caller vouches is already safe HTML (e.g. built from other translations). */
export class Html {
  constructor(readonly html: string) {}
}
export const html = (value: string): Html => new Html(value);

/** Escapes text for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
