CREATE TABLE "import_errors" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"line" integer,
	"column" text,
	"reason" text NOT NULL,
	"raw" text,
	CONSTRAINT "import_errors_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_file_chunks" (
	"import_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "import_file_chunks_import_id_seq_pk" PRIMARY KEY("import_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"name" text PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_rows" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "import_rows_import_id_line_pk" PRIMARY KEY("import_id","line")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"preset" text,
	"mapping" jsonb,
	"mapping_name" text,
	"file_name" text NOT NULL,
	"file_size" bigint NOT NULL,
	"file_sha256" text NOT NULL,
	"skip_bad_rows" boolean DEFAULT false NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"phase" text DEFAULT 'queued' NOT NULL,
	"bytes_done" bigint DEFAULT 0 NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"rows_per_second" real,
	"eta_seconds" integer,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"rows_duplicate" integer DEFAULT 0 NOT NULL,
	"rows_bad" integer DEFAULT 0 NOT NULL,
	"rows_skipped" integer DEFAULT 0 NOT NULL,
	"summary" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_by_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_texts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"input_key" text NOT NULL,
	"source" text NOT NULL,
	"raw_text" text NOT NULL,
	"hints" jsonb,
	"normalised" text NOT NULL,
	"catalog_app_id" text,
	"app_name" text,
	"kind" text NOT NULL,
	"confidence" real NOT NULL,
	"method" text NOT NULL,
	"rule_id" uuid,
	"reasons" text[] NOT NULL,
	"first_import_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"dedupe_key" text NOT NULL,
	"external_id" text,
	"account" text,
	"posted_on" date NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text NOT NULL,
	"merchant" text,
	"cardholder" text,
	"person_id" uuid,
	"department_id" uuid,
	"mcc" text,
	"category" text,
	"match_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "apps" ADD COLUMN "catalog_id" text;--> statement-breakpoint
ALTER TABLE "import_errors" ADD CONSTRAINT "import_errors_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_file_chunks" ADD CONSTRAINT "import_file_chunks_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_rows" ADD CONSTRAINT "import_rows_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_created_idx" ON "imports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "imports_state_idx" ON "imports" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "match_texts_input_key_idx" ON "match_texts" USING btree ("input_key");--> statement-breakpoint
CREATE INDEX "match_texts_normalised_idx" ON "match_texts" USING btree ("source","normalised");--> statement-breakpoint
CREATE INDEX "match_texts_kind_idx" ON "match_texts" USING btree ("kind","confidence");--> statement-breakpoint
CREATE INDEX "transactions_import_idx" ON "transactions" USING btree ("import_id","line");--> statement-breakpoint
CREATE INDEX "transactions_dedupe_idx" ON "transactions" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "transactions_match_idx" ON "transactions" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "transactions_person_idx" ON "transactions" USING btree ("person_id") WHERE "transactions"."person_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "apps_catalog_idx" ON "apps" USING btree ("catalog_id");