// Reads by key are served by an index on the local server too (issue #12). FerretDB 1.24 on PostgreSQL
// filters equality as `_jsonb->'field' @> value`, which its btree indexes cannot serve; scripts/infra.sh
// gives each of them a GIN twin (scripts/sql/ferretdb-gin-twins.sql, an event trigger for new ones).
// Against 50,000 documents the plan of a read by _id, and by a declared index, must use an index — on
// MongoDB (testcontainers, production) it does by itself.
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
});
