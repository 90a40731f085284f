/** Telegram's limit on the text of one message. */
export const MESSAGE_LIMIT = 4096;

/**
 * Splits an HTML message into parts under the limit at paragraph, then line boundaries. Our messages close
 * every tag on the line that opens it, so a cut between lines never breaks markup.
 */
export function splitMessage(html: string, limit = MESSAGE_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const parts: string[] = [];
  let current = "";
  const pieces = html.split(/(?<=\n)/);
  for (const piece of pieces) {
    if (current && current.length + piece.length > limit) {
      parts.push(current.trimEnd());
      current = "";
    }
    // A single line longer than the limit is cut hard; only plain text (user evidence is short) can reach this.
    let rest = piece;
    while (rest.length > limit) {
      parts.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    current += rest;
  }
  if (current.trim()) parts.push(current.trimEnd());
  return parts;
}
