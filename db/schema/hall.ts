// The session hall's devices: paired deputy tablets. A tablet keeps a device token; only its
// SHA-256 is stored here.
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { congresses } from './core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tablets = pgTable(
  'tablets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    congressId: uuid('congress_id')
      .notNull()
      .references(() => congresses.id),
    /** Seat or row, as the clerks label it ("第3排-12"). */
    name: text('name').notNull(),
    /** SHA-256 of a short pairing code, until the tablet pairs. */
    pairingCodeHash: text('pairing_code_hash'),
    pairingExpiresAt: ts('pairing_expires_at'),
    deviceTokenHash: text('device_token_hash'),
    pairedAt: ts('paired_at'),
    lastSeenAt: ts('last_seen_at'),
    revokedAt: ts('revoked_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tablets_device_token').on(t.deviceTokenHash), index('tablets_congress').on(t.congressId)],
);
