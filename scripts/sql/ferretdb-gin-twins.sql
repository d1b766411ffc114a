SET client_min_messages = warning;
-- FerretDB 1.24 on PostgreSQL filters every equality, _id included, as `_jsonb->'field' @> value`,
-- which its own btree indexes on `_jsonb->'field'` cannot serve: every read by key scans the table.
-- A GIN index (jsonb_path_ops) on the same expression can. This file, run by scripts/infra.sh on
-- FerretDB's database (idempotent), gives every such btree index a GIN twin: the ones that exist now,
-- and — through an event trigger on CREATE INDEX — every one FerretDB makes later (each new
-- collection's _id index and the indexes the services declare), so each collection is index-served
-- from its first document. Production runs on MongoDB, which needs none of this.

CREATE OR REPLACE FUNCTION ejournal_gin_twin_of(index_oid oid) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  definition text := pg_get_indexdef(index_oid);
  field text;
  twin text;
  target regclass;
  twin_oid oid;
BEGIN
  -- Only single-field btree indexes on a FerretDB document field: ... USING btree (((_jsonb -> 'field'::text)))
  field := substring(definition FROM $re$USING btree \(\(\(_jsonb -> '((?:[^']|'')+)'::text\)\)\)\Z$re$);
  IF field IS NULL THEN RETURN; END IF;
  SELECT indrelid::regclass INTO target FROM pg_index WHERE indexrelid = index_oid;
  twin := left((SELECT relname FROM pg_class WHERE oid = index_oid), 59) || '_gin';
  -- fastupdate off: a GIN index otherwise queues new entries in a pending list that every search reads
  -- whole until a vacuum (or 4 MB of it) moves them into the index — on FerretDB's tables, rewritten row
  -- by row on every update, a read by _id read 150 pages instead of 3 after one update of 20,000 rows.
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops) WITH (fastupdate = off)', twin, target, replace(field, '''''', ''''));
  -- A twin made before that setting: set it, and move what its pending list holds into the index.
  twin_oid := (SELECT c.oid FROM pg_class c WHERE c.relname = twin AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = target));
  IF (SELECT NOT coalesce('fastupdate=off' = ANY (reloptions), false) FROM pg_class WHERE oid = twin_oid) THEN
    EXECUTE format('ALTER INDEX %s SET (fastupdate = off)', twin_oid::regclass);
    PERFORM gin_clean_pending_list(twin_oid::regclass);
  END IF;
END $fn$;

CREATE OR REPLACE FUNCTION ejournal_gin_twins_on_create() RETURNS event_trigger LANGUAGE plpgsql AS $fn$
DECLARE
  created record;
BEGIN
  FOR created IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE INDEX' AND object_type = 'index' LOOP
    PERFORM ejournal_gin_twin_of(created.objid);
  END LOOP;
END $fn$;

DROP EVENT TRIGGER IF EXISTS ejournal_gin_twins;
CREATE EVENT TRIGGER ejournal_gin_twins ON ddl_command_end WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION ejournal_gin_twins_on_create();

-- The indexes made before this file ran.
DO $fn$
BEGIN
  PERFORM ejournal_gin_twin_of(i.indexrelid)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
  WHERE am.amname = 'btree' AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace);
END $fn$;
