import type pg from "pg";

/**
 * Connections that carry attempts, each with at most one statement outstanding so that a new one leaves at once.
 * With several, an attempt rarely waits for one to be free, so a statement carries only the few sends that came due
 * meanwhile: the time between the write and the last of its requests — when a crash would leave a delivery attempted
 * that never left — stays that of a couple of sends. Two, not four: with four, nearly every attempt found one free
 * and went alone, a statement and a commit per message, and the database's share of a busy machine's CPU capped the
 * round's rate; with two, the sends that came due during a statement share the next (a millisecond or two later).
 */
export const ATTEMPT_CONNECTIONS = 2;
/** How long a new runner waits for an earlier runner's attempt sessions to end before ending them. */
const ATTEMPTS_DRAIN_MS = 5000;
/**
 * The database session that held the round lock ended, so another instance may be running rounds now: this one
 * must stop writing for its round rather than risk sending the same warnings twice.
 */
export class RoundLockLostError extends Error {
  constructor(cause: Error) {
    super(`the warning-round lock was lost with its database connection (${cause.message}); stopping`, { cause });
    this.name = "RoundLockLostError";
  }
}

interface HeldLock {
  owner: string;
  /** The session that holds the advisory lock; the lock lives exactly as long as this connection. */
  client: pg.PoolClient;
  lost?: Error;
  onLost: (error?: Error) => void;
}

/**
 * The lock that lets one runner work on rounds in a PostgreSQL deployment, and the connections its attempts go out on.
 * `tryLock` takes a session-level advisory lock on a pooled connection kept until `unlock` or `close`; if that
 * connection dies the database drops the lock and another instance may take over, so `check` then throws
 * `RoundLockLostError` and the round stops here. With the lock come `ATTEMPT_CONNECTIONS` connections, each holding
 * a shared advisory lock (see `drainEarlierAttempts`), lent one at a time by `takeAttemptConnection`.
 */
export class PgRoundLock {
  private held: HeldLock | undefined;
  private readonly attemptClients: pg.PoolClient[] = [];
  private readonly lockKey: string;
  private readonly attemptsKey: string;

  constructor(
    private readonly pool: pg.Pool,
    schema: string,
  ) {
    this.lockKey = `${schema}.rounds`;
    this.attemptsKey = `${schema}.round-attempts`;
  }

  /**
   * A lost lock stays taken here until its owner unlocks, so that owner's round fails before anyone else in this
   * process resumes it.
   */
  async tryLock(owner: string): Promise<boolean> {
    if (this.held) return !this.held.lost && this.held.owner === owner;
    const client = await this.pool.connect();
    let locked: boolean;
    try {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        this.lockKey,
      ]);
      locked = rows[0]?.locked === true;
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    if (!locked) {
      client.release();
      return false;
    }
    const lock: HeldLock = {
      owner,
      client,
      onLost: (error) => {
        lock.lost ??= error ?? new Error("connection ended");
      },
    };
    // A checked-out client that errors without a listener would crash the process; here it means the lock is gone.
    client.on("error", lock.onLost);
    client.on("end", lock.onLost);
    this.held = lock;
    try {
      await this.drainEarlierAttempts(client);
      for (let i = 0; i < ATTEMPT_CONNECTIONS; i++) {
        const attemptClient = await this.pool.connect();
        // Its failure is reported by the query that meets it; an error event must not crash the process.
        attemptClient.on("error", () => undefined);
        this.attemptClients.push(attemptClient);
        await attemptClient.query(`SELECT pg_advisory_lock_shared(hashtext($1))`, [this.attemptsKey]);
      }
    } catch (error) {
      await this.unlock(owner);
      throw error;
    }
    return true;
  }

  async unlock(owner: string): Promise<void> {
    const lock = this.held;
    if (!lock || lock.owner !== owner) return;
    this.held = undefined;
    await this.releaseAttemptConnections();
    if (lock.lost) {
      this.releaseLockClient(lock);
      return;
    }
    try {
      await lock.client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.lockKey]);
      this.releaseLockClient(lock);
    } catch (error) {
      // Destroying the connection ends its session, and with it the lock: nothing is left held.
      this.releaseLockClient(lock, error as Error);
    }
  }

  /** Releases the round lock if held. The pool belongs to the caller. */
  async close(): Promise<void> {
    if (this.held) await this.unlock(this.held.owner);
  }

  /** Throws `RoundLockLostError` once the lock's session has ended. */
  check(): void {
    if (this.held?.lost) throw new RoundLockLostError(this.held.lost);
  }

  /** An idle attempt connection, lent until `giveBack`; undefined without the lock (or when one broke). */
  takeAttemptConnection(): pg.PoolClient | undefined {
    return this.attemptClients.pop();
  }

  /** Takes a lent connection back; a broken one is destroyed instead. */
  giveBack(client: pg.PoolClient, broken?: Error): void {
    if (broken) client.release(broken);
    else this.attemptClients.push(client);
  }

  /** Returns the attempt connections to the pool, their shared lock released (none is in use: the round is over). */
  private async releaseAttemptConnections(): Promise<void> {
    for (const client of this.attemptClients.splice(0)) {
      try {
        await client.query(`SELECT pg_advisory_unlock_shared(hashtext($1))`, [this.attemptsKey]);
        client.removeAllListeners("error");
        client.release();
      } catch (error) {
        // Destroying the connection ends its session, and with it the lock.
        client.release(error as Error);
      }
    }
  }

  /**
   * Attempts go out on several connections, each holding a shared advisory lock (`attemptsKey`). When a runner dies,
   * its sessions may still carry an attempt whose message left — the database executes what the socket delivered
   * before it sees the connection close. A new runner reading the round before that commits would find the delivery
   * pending and send it again. So it first takes the claims lock exclusively, which waits until every session of the
   * earlier runner has ended, its last statements done. A runner that lost its lock but still lives keeps its
   * sessions open: after `ATTEMPTS_DRAIN_MS` they are ended, fencing it off from the round.
   */
  private async drainEarlierAttempts(client: pg.PoolClient): Promise<void> {
    const started = Date.now();
    for (;;) {
      const { rows } = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        this.attemptsKey,
      ]);
      if (rows[0]?.locked) {
        await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.attemptsKey]);
        return;
      }
      if (Date.now() - started >= ATTEMPTS_DRAIN_MS) {
        await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_locks
           WHERE locktype = 'advisory' AND mode = 'ShareLock' AND objsubid = 1 AND pid <> pg_backend_pid()
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
             AND objid = (hashtext($1)::bigint & 4294967295)::oid`,
          [this.attemptsKey],
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Returns a healthy connection to the pool without our listeners; a broken one is destroyed and keeps its error
   * listener, since a late error from a connection being torn down must not crash the process.
   */
  private releaseLockClient(lock: HeldLock, error?: Error): void {
    const broken = error ?? lock.lost;
    lock.client.off("end", lock.onLost);
    if (!broken) lock.client.off("error", lock.onLost);
    lock.client.release(broken);
  }
}
