-- Uploads are stored as sent and compressed by PostgreSQL with lz4 (several times faster than deflating them
-- in Node, and off the server's JavaScript thread). A server built without lz4 keeps its default (pglz).
DO $$
BEGIN
  ALTER TABLE import_file_chunks ALTER COLUMN data SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
  NULL;
END $$;
