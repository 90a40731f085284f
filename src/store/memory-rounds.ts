import type { RoundKind, RoundPlan } from "../broadcast/plan.ts";
import {
  RoundLedger,
  type CompletedRound,
  type DeliveryEvent,
  type PendingDelivery,
  type RoundInfo,
  type RoundStore,
  type SentWarning,
} from "../broadcast/round-store.ts";

/**
 * A `RoundStore` that keeps everything in memory: for tests and `npm run chat`. State survives as long as the
 * object does, so a test can "restart" a runner against the same store to check resumption.
 */
export class InMemoryRoundStore implements RoundStore {
  private readonly ledger = new RoundLedger();
  private lockOwner: string | undefined;

  async tryLock(owner: string): Promise<boolean> {
    if (this.lockOwner !== undefined && this.lockOwner !== owner) return false;
    this.lockOwner = owner;
    return true;
  }

  async unlock(owner: string): Promise<void> {
    if (this.lockOwner === owner) this.lockOwner = undefined;
  }

  async activeRound(): Promise<RoundInfo | undefined> {
    return this.ledger.activeRound();
  }

  async lastCompletedRound(kind: RoundKind): Promise<CompletedRound | undefined> {
    return this.ledger.lastCompletedRound(kind);
  }

  async saveRoundPlan(plan: RoundPlan): Promise<void> {
    this.ledger.begin(plan);
  }

  async pendingDeliveries(roundId: string): Promise<Iterable<PendingDelivery>> {
    return this.ledger.pending(roundId);
  }

  async record(roundId: string, event: DeliveryEvent): Promise<void> {
    this.ledger.apply(roundId, event);
  }

  /** /forget: drops the chat's delivery from the active round (see `RoundLedger.erase`). */
  async erase(chatId: number): Promise<boolean> {
    return this.ledger.erase(chatId) !== undefined;
  }

  async unconfirmedChats(roundId: string): Promise<number[]> {
    return this.ledger.unconfirmedChats(roundId);
  }

  async receivedWarnings(roundId: string): Promise<Iterable<SentWarning>> {
    return this.ledger.received(roundId);
  }

  async completeRound(roundId: string, completedAt: Date): Promise<CompletedRound> {
    return this.ledger.complete(roundId, completedAt.toISOString());
  }
}
