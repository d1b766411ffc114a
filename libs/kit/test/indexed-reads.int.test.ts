// Reads by key are served by an index on the local server too (issue #12). FerretDB 1.24 on PostgreSQL
// filters equality as `_jsonb->'field' @> value`, which its btree indexes cannot serve; scripts/infra.sh
// gives each of them a GIN twin (scripts/sql/ferretdb-gin-twins.sql, an event trigger for new ones).
// Against 50,000 documents the plan of a read by _id, and by a declared index, must use an index — on
// MongoDB (testcontainers, production) it does by itself.
import { execFileSync } from 'node:child_process';
import type mongoose from 'mongoose';
import { freshDatabase } from '@ejournal/testing';

describe('reads by key at real size', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  const DOCUMENTS = 50_000;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('indexed_reads'));
    const marks = connection.collection('marks');
    await marks.createIndex({ login: 1 });
    for (let batch = 0; batch < DOCUMENTS / 1_000; batch++) {
      await marks.insertMany(Array.from({ length: 1_000 }, (_, i) => ({ _id: `m${batch * 1_000 + i}` as never, login: `l${batch * 1_000 + i}`, values: [5], comment: 'x'.repeat(200) })));
    }
  }, 120_000);
  afterAll(async () => drop());

  const planOf = async (filter: Record<string, string>) => JSON.stringify(await connection.collection('marks').find(filter).explain());
  const indexed = (plan: string) => /Index Scan|Index Only Scan|IXSCAN|IDHACK|EXPRESS_IXSCAN|EXPRESS_CLUSTERED_IXSCAN/.test(plan) && !/Seq Scan|COLLSCAN/.test(plan);

  it('reads one document by _id through an index, not a scan of 50,000', async () => {
    const plan = await planOf({ _id: 'm43210' });
    expect({ indexed: indexed(plan), plan: plan.slice(0, 400) }).toEqual({ indexed: true, plan: plan.slice(0, 400) });
    expect((await connection.collection('marks').findOne({ _id: 'm43210' as never }))?.login).toBe('l43210');
  });

  it('reads by a field the service declared an index on through that index, made after the collection', async () => {
    const plan = await planOf({ login: 'l31337' });
    expect({ indexed: indexed(plan), plan: plan.slice(0, 400) }).toEqual({ indexed: true, plan: plan.slice(0, 400) });
  });

  // FerretDB rewrites a document's row on every update, so each write adds index entries. A GIN index
  // by default queues them in a pending list that every search reads whole, until a vacuum (off on this
  // machine's PostgreSQL) or 4 MB of them moves them into the index: reads by key grew slower with
  // every write. The twins are made without that list (fastupdate = off).
  it('reads one document by _id in a few pages after every document was written and rewritten', async () => {
    const build = await connection.db!.admin().command({ buildInfo: 1 });
    const postgresqlUrl = process.env.FERRETDB_POSTGRESQL_URL ?? 'postgres://postgres@127.0.0.1:5432/ferretdb';
    if (!build.ferretdbVersion) return; // MongoDB keeps its own indexes
    const rewritten = connection.collection('rewritten');
    await rewritten.insertMany(Array.from({ length: 5_000 }, (_, i) => ({ _id: `r${i}` as never, login: `l${i}`, version: 1 })));
    await rewritten.updateMany({}, { $set: { version: 2 } });
    const psql = (sql: string) => execFileSync('psql', ['-X', '-t', '-A', '-c', sql, postgresqlUrl], { encoding: 'utf8' }).trim();
    const schema = connection.name;
    const table = psql(`SELECT _jsonb->>'table' FROM "${schema}"._ferretdb_database_metadata WHERE _jsonb->>'_id' = 'rewritten'`);
    // The statement FerretDB runs for findOne({ _id }), with its value.
    const [{ Plan: plan }] = JSON.parse(psql(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT _jsonb FROM "${schema}"."${table}" WHERE _jsonb->'_id' @> '"r4321"'`));
    const pages = plan['Shared Hit Blocks'] + plan['Shared Read Blocks'];
    expect({ pages, rows: plan['Actual Rows'] }).toEqual({ pages: expect.any(Number), rows: 1 });
    expect(pages).toBeLessThanOrEqual(8);
    expect((await rewritten.findOne({ _id: 'r4321' as never }))?.version).toBe(2);
  }, 120_000);
});
