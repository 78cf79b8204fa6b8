-- Uploads are compressed with zstd by the receiving process where Node has it: storing 1.8 GB as sent cost
-- PostgreSQL about 7 CPU-seconds (lz4, TOAST, WAL of 260 MB), zstd pieces (150 MB) about 1.5, for 1-2 s in Node.
ALTER TABLE "import_file_chunks" ADD COLUMN "zstd" boolean DEFAULT false NOT NULL;
