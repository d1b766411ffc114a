SET client_min_messages = warning;
-- FerretDB 1.24 on PostgreSQL turns `updateOne({_id, version: v}, …)` into a read, then an UPDATE by
-- _id alone: two processes that both read version v both write, and one change is lost (MongoDB's
-- conditional update is atomic; production needs none of this). The kit's VersionedDocuments stamps
-- every replacement with a fresh `writeToken: {from: <the version it read>, nonce}`; this trigger, on
-- every table FerretDB makes in its database, refuses an UPDATE that brings a new token whose `from`
-- is not the row's version at that moment (PostgreSQL evaluates it against the latest committed row,
-- after waiting for a concurrent writer). Other writes (the relay clearing published events) carry the
-- token unchanged and pass. Installed by scripts/infra.sh (idempotent).

CREATE OR REPLACE FUNCTION ejournal_versioned_write() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW._jsonb ? 'writeToken'
     AND (NEW._jsonb -> 'writeToken') IS DISTINCT FROM (OLD._jsonb -> 'writeToken')
     AND (NEW._jsonb -> 'writeToken' -> 'from') IS DISTINCT FROM (OLD._jsonb -> 'version') THEN
    RAISE EXCEPTION 'ejournal: stale write (read version %, stored version %)', NEW._jsonb -> 'writeToken' -> 'from', OLD._jsonb -> 'version'
      USING ERRCODE = '40001';
  END IF;
  RETURN NEW;
END $fn$;

CREATE OR REPLACE FUNCTION ejournal_guard_table(target regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = target AND attname = '_jsonb' AND NOT attisdropped) THEN RETURN; END IF;
  IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = target AND tgname = 'ejournal_versioned_write') THEN RETURN; END IF;
  EXECUTE format('CREATE TRIGGER ejournal_versioned_write BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION ejournal_versioned_write()', target);
END $fn$;

CREATE OR REPLACE FUNCTION ejournal_guard_new_tables() RETURNS event_trigger LANGUAGE plpgsql AS $fn$
DECLARE
  created record;
BEGIN
  FOR created IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' AND object_type = 'table' LOOP
    PERFORM ejournal_guard_table(created.objid::regclass);
  END LOOP;
END $fn$;

DROP EVENT TRIGGER IF EXISTS ejournal_versioned_writes;
CREATE EVENT TRIGGER ejournal_versioned_writes ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION ejournal_guard_new_tables();

-- The tables made before this file ran.
DO $fn$
BEGIN
  PERFORM ejournal_guard_table(c.oid::regclass)
  FROM pg_class c
  WHERE c.relkind = 'r' AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace);
END $fn$;
