import type pg from "pg";
import { deliverySchema, tripSchema, type AlertDelivery, type Trip } from "../trip/model.ts";
import type { DeliveryOutcome, TripStore } from "../trip/trip-store.ts";
import { inTransaction } from "./pg-transaction.ts";

/**
 * Safe trips in PostgreSQL, shared by every instance. A trip is one row: the validated document in `data`, plus the
 * columns the queries need — `due_at` (partial index: the job's "due check-ins" query), the traveller and the
 * contacts (GIN index) — and `version` for compare-and-set. Alert deliveries are rows of their own, claimed with an
 * `UPDATE … WHERE state = 'pending'`, which only one instance can win.
 */
export class PgTripStore implements TripStore {
  private readonly trips: string;
  private readonly deliveries: string;

  /** `schema` must be a checked SQL identifier, already migrated (see `PgStore.open`). */
  constructor(
    private readonly pool: pg.Pool,
    schema: string,
  ) {
    this.trips = `${schema}.trips`;
    this.deliveries = `${schema}.trip_alert_deliveries`;
  }

  async get(id: string): Promise<Trip | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>(`SELECT data FROM ${this.trips} WHERE id = $1`, [id]);
    return rows[0] && tripSchema.parse(rows[0].data);
  }

  async ofTraveller(userId: number): Promise<Trip | undefined> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM ${this.trips} WHERE traveller_id = $1 AND NOT ended LIMIT 1`,
      [userId],
    );
    return rows[0] && tripSchema.parse(rows[0].data);
  }

  async ofContact(userId: number): Promise<Trip[]> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM ${this.trips} WHERE contact_ids @> ARRAY[$1::bigint] AND NOT ended`,
      [userId],
    );
    return rows.map((row) => tripSchema.parse(row.data));
  }

  async save(trip: Trip, deliveries: readonly AlertDelivery[] = []): Promise<Trip | undefined> {
    const saved = tripSchema.parse({ ...trip, version: trip.version + 1 });
    const values = [
      saved.id,
      saved.travellerId,
      saved.contacts.map((contact) => contact.userId),
      saved.status === "ended",
      saved.dueAt ?? null,
      saved.version,
      JSON.stringify(saved),
    ];
    return inTransaction(this.pool, async (client) => {
      const { rowCount } =
        trip.version === 0
          ? await client.query(
              `INSERT INTO ${this.trips} (id, traveller_id, contact_ids, ended, due_at, version, data)
               VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
              values,
            )
          : await client.query(
              `UPDATE ${this.trips} SET traveller_id = $2, contact_ids = $3, ended = $4, due_at = $5, version = $6,
                 data = $7 WHERE id = $1 AND version = $6 - 1`,
              values,
            );
      if (rowCount !== 1) return undefined;
      if (deliveries.length > 0) {
        await client.query(
          `INSERT INTO ${this.deliveries} (alert_id, contact_id, trip_id, state)
           SELECT a, c, $3, 'pending' FROM unnest($1::text[], $2::bigint[]) AS d(a, c)
           ON CONFLICT DO NOTHING`,
          [deliveries.map((d) => d.alertId), deliveries.map((d) => d.contactId), saved.id],
        );
      }
      return saved;
    });
  }

  async erase(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(`DELETE FROM ${this.trips} WHERE id = $1`, [id]);
    return (rowCount ?? 0) > 0;
  }

  async due(now: Date, limit: number): Promise<Trip[]> {
    const { rows } = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM ${this.trips} WHERE due_at IS NOT NULL AND due_at <= $1 ORDER BY due_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((row) => tripSchema.parse(row.data));
  }

  async pendingDeliveries(limit: number): Promise<AlertDelivery[]> {
    const { rows } = await this.pool.query<{ alert_id: string; contact_id: string; trip_id: string; state: string }>(
      `SELECT alert_id, contact_id, trip_id, state FROM ${this.deliveries} WHERE state = 'pending' ORDER BY seq LIMIT $1`,
      [limit],
    );
    return rows.map(toDelivery);
  }

  async claimDelivery(alertId: string, contactId: number): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE ${this.deliveries} SET state = 'claimed' WHERE alert_id = $1 AND contact_id = $2 AND state = 'pending'`,
      [alertId, contactId],
    );
    return rowCount === 1;
  }

  async markDelivery(alertId: string, contactId: number, outcome: DeliveryOutcome): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.deliveries} SET state = $3 WHERE alert_id = $1 AND contact_id = $2 AND state = 'claimed'`,
      [alertId, contactId, outcome === "released" ? "pending" : outcome],
    );
  }

  async deliveriesOf(alertId: string): Promise<AlertDelivery[]> {
    const { rows } = await this.pool.query<{ alert_id: string; contact_id: string; trip_id: string; state: string }>(
      `SELECT alert_id, contact_id, trip_id, state FROM ${this.deliveries} WHERE alert_id = $1 ORDER BY contact_id`,
      [alertId],
    );
    return rows.map(toDelivery);
  }
}

function toDelivery(row: { alert_id: string; contact_id: string; trip_id: string; state: string }): AlertDelivery {
  return deliverySchema.parse({
    alertId: row.alert_id,
    tripId: row.trip_id,
    contactId: Number(row.contact_id),
    state: row.state,
  });
}
