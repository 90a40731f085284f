/** Telegram's free broadcast rate: about 30 messages a second in all (Bots FAQ). */
export const FREE_BROADCAST_RATE = 30;
/**
 * The most a paid broadcast may send a second with Telegram's servers: `allow_paid_broadcast` lifts the limit to
 * 1,000, for 0.1 Telegram Star per message from the bot's balance (Bot API, sendMessage).
 */
export const PAID_BROADCAST_RATE = 1000;
