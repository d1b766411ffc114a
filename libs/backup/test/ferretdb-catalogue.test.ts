import { catalogueDifferences, catalogueOf, copyRowsOf, unescapeCopyText } from '../src/ferretdb-postgresql';

// A catalogue row as FerretDB 1.24.2 writes it (sjson: values, and a `$s` schema with types and key
// order — PostgreSQL's jsonb sorts an object's keys, so the index key's order lives only in `$k`).
const marksRow =
  '{"$s": {"p": {"_id": {"t": "string"}, "uuid": {"t": "string"}, "table": {"t": "string"}, "indexes": {"i": [{"t": "object", "$s": {"p": {"key": {"t": "object", "$s": {"p": {"_id": {"t": "int"}}, "$k": ["_id"]}}, "name": {"t": "string"}, "unique": {"t": "bool"}, "pgindex": {"t": "string"}}, "$k": ["pgindex", "name", "key", "unique"]}}, {"t": "object", "$s": {"p": {"key": {"t": "object", "$s": {"p": {"date": {"t": "int"}, "lessonId": {"t": "int"}}, "$k": ["lessonId", "date"]}}, "name": {"t": "string"}, "unique": {"t": "bool"}, "pgindex": {"t": "string"}}, "$k": ["pgindex", "name", "key", "unique"]}}], "t": "array"}, "cappedDocs": {"t": "long"}, "cappedSize": {"t": "long"}}, "$k": ["_id", "uuid", "table", "indexes", "cappedSize", "cappedDocs"]}, "_id": "marks", "uuid": "f539d686-a546-4f4b-b181-134af9d60458", "table": "marks_d9763829", "indexes": [{"key": {"_id": 1}, "name": "_id_", "unique": true, "pgindex": "marks_d9763829__id__67399184_idx"}, {"key": {"date": -1, "lessonId": 1}, "name": "lesson_date", "unique": true, "pgindex": "marks_d9763829_lesson_date_b0f32cb5_idx"}], "cappedDocs": 0, "cappedSize": 0}';

const sql = `--
-- PostgreSQL database dump
--

\\restrict dfTmCMObkwCK6yDpBflbLU37aDlkWWA8bCItG86LZDAEiE69YqaXJ5kLNbcLBGh

SET statement_timeout = 0;

COPY "school_x"._ferretdb_database_metadata (_jsonb) FROM stdin;
${marksRow}
{"_id": "a\\\\\\\\b", "table": "a_b_0000000a", "indexes": [], "cappedDocs": 0, "cappedSize": 0}
\\.


--
-- PostgreSQL database dump complete
--
`;

describe("FerretDB's catalogue in a dump", () => {
  it('reads the rows of the COPY block, escapes undone', () => {
    expect(copyRowsOf(sql)).toEqual([marksRow, '{"_id": "a\\\\b", "table": "a_b_0000000a", "indexes": [], "cappedDocs": 0, "cappedSize": 0}']);
    // A collection named a\b: a backslash in JSON, doubled again by COPY.
    expect(catalogueOf(copyRowsOf(sql)).map((collection) => collection.name)).toEqual(['a\\b', 'marks']);
  });

  it.each([
    ['a\\\\b', 'a\\b'],
    ['line\\nnext\\ttab\\r', 'line\nnext\ttab\r'],
    ['\\101\\x42', 'AB'],
    ['plain "quoted" text', 'plain "quoted" text'],
  ])('undoes COPY text escapes in %s', (escaped, plain) => {
    expect(unescapeCopyText(escaped)).toBe(plain);
  });

  it('refuses SQL without a COPY block', () => {
    expect(() => copyRowsOf('SET x = 1;\n')).toThrow('no COPY block');
  });

  it('reads collections with their tables, indexes and the order of each index key', () => {
    expect(catalogueOf([marksRow])).toEqual([
      {
        name: 'marks',
        table: 'marks_d9763829',
        cappedSize: 0,
        cappedDocuments: 0,
        indexes: [
          { name: '_id_', pgIndex: 'marks_d9763829__id__67399184_idx', key: [['_id', 1]], unique: true },
          // jsonb gave {"date": -1, "lessonId": 1}; the index is on lessonId first.
          { name: 'lesson_date', pgIndex: 'marks_d9763829_lesson_date_b0f32cb5_idx', key: [['lessonId', 1], ['date', -1]], unique: true },
        ],
      },
    ]);
  });

  it('refuses a row that is not a collection', () => {
    expect(() => catalogueOf(['{"_id": 1}'])).toThrow('not a FerretDB catalogue row');
  });
});

describe('comparing the catalogue FerretDB made with the dumped one', () => {
  const [marks] = catalogueOf([marksRow]);

  it('finds none when the tables and PostgreSQL indexes are named alike', () => {
    expect(catalogueDifferences([marks], [structuredClone(marks)])).toEqual([]);
  });

  it('names each table, index and collection that differs', () => {
    const made = structuredClone(marks);
    made.table = 'marks_d976382a';
    made.indexes[1].pgIndex = 'other_idx';
    const extra = { ...structuredClone(marks), name: 'extra' };
    expect(catalogueDifferences([marks], [made, extra])).toEqual([
      'marks: table marks_d976382a, the dump has marks_d9763829',
      'marks.lesson_date: PostgreSQL index other_idx, the dump has marks_d9763829_lesson_date_b0f32cb5_idx',
      'extra: not in the dump',
    ]);
    expect(catalogueDifferences([marks], [])).toEqual(['marks: not made']);
  });
});
