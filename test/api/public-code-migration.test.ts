// Migration 0006 on a database made before public codes: the congresses already there get
// "<level>-<n>" codes in order of age, marked as not chosen (so the secretariat may replace them).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../db/client';

describe('migration 0006_public_code', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'migrations-before-0006-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('derives a code for each existing congress, unique and changeable', async () => {
    // The migrations as they were before 0006.
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const journalPath = path.join(dir, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    const at = journal.entries.findIndex((e) => e.tag === '0006_public_code');
    expect(at).toBeGreaterThan(0);
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));

    const client = new PGlite();
    const db = drizzle(client);
    try {
      await migrate(db, { migrationsFolder: dir });
      await client.exec(`
        insert into congresses (name, jurisdiction, level, created_at) values
          ('甲县人民代表大会', '甲县', 'county', '2025-01-01'),
          ('某市人民代表大会', '某市', 'city', '2025-02-01'),
          ('乙县人民代表大会', '乙县', 'county', '2025-03-01');`);
      await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
      const rows = await client.query<{ name: string; public_code: string; public_code_chosen_at: Date | null }>(
        'select name, public_code, public_code_chosen_at from congresses order by created_at',
      );
      expect(rows.rows.map((r) => [r.name, r.public_code, r.public_code_chosen_at])).toEqual([
        ['甲县人民代表大会', 'county-1', null],
        ['某市人民代表大会', 'city-1', null],
        ['乙县人民代表大会', 'county-2', null],
      ]);
      // The column is now required and unique.
      await expect(client.query(`insert into congresses (name, jurisdiction, level) values ('丙县', '丙县', 'county')`)).rejects.toThrow();
      await expect(
        client.query(`insert into congresses (name, jurisdiction, level, public_code) values ('丙县', '丙县', 'county', 'county-1')`),
      ).rejects.toThrow();
    } finally {
      await client.close();
    }
  });
});
