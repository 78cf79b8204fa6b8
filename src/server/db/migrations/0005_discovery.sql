CREATE TABLE "discovered_apps" (
	"catalog_app_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sources" text[] NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	"signins" integer NOT NULL,
	"failures" integer NOT NULL,
	"users" integer NOT NULL,
	"unknown_users" integer NOT NULL,
	"leaver_users" integer NOT NULL,
	"grants" integer NOT NULL,
	"active_grants" integer NOT NULL,
	"grant_risk" text,
	"spend" jsonb NOT NULL,
	"spend_rows" integer NOT NULL,
	"departments" jsonb NOT NULL,
	"department_ids" uuid[] NOT NULL,
	"spend_minor" bigint DEFAULT 0 NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discovered_users" (
	"user_key" text PRIMARY KEY NOT NULL,
	"user_name" text,
	"person_id" uuid,
	"department_id" uuid,
	"status" text NOT NULL,
	"end_date" date,
	"apps" integer NOT NULL,
	"signins" integer NOT NULL,
	"signins_after_end" integer NOT NULL,
	"first_seen" timestamp with time zone NOT NULL,
	"last_seen" timestamp with time zone NOT NULL,
	"app_names" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "discovery_decisions" (
	"catalog_app_id" text PRIMARY KEY NOT NULL,
	"decision" text NOT NULL,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idp_apps" (
	"source" text NOT NULL,
	"app_id" text NOT NULL,
	"client_id" text,
	"label" text,
	"name" text,
	"import_seq" integer NOT NULL,
	CONSTRAINT "idp_apps_source_app_id_import_seq_pk" PRIMARY KEY("source","app_id","import_seq")
);
--> statement-breakpoint
CREATE TABLE "oauth_grants" (
	"import_seq" integer NOT NULL,
	"line" integer NOT NULL,
	"event_key" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_key" text,
	"match_seq" integer,
	"client_id" text,
	"app_name" text,
	"scopes" text[] NOT NULL,
	"risk" text NOT NULL,
	"action" text NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signin_daily" (
	"import_seq" integer NOT NULL,
	"match_seq" integer NOT NULL,
	"user_key" text NOT NULL,
	"day" date NOT NULL,
	"signins" integer NOT NULL,
	"failures" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signin_events" (
	"import_seq" integer NOT NULL,
	"line" integer NOT NULL,
	"event_key" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"match_seq" integer NOT NULL,
	"user_key" text,
	"outcome" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signin_users" (
	"import_seq" integer NOT NULL,
	"match_seq" integer NOT NULL,
	"user_key" text NOT NULL,
	"user_name" text,
	"signins" integer NOT NULL,
	"failures" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "import_file_chunks" ADD COLUMN "compressed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "discovery_decisions" ADD CONSTRAINT "discovery_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discovered_apps_last_idx" ON "discovered_apps" USING btree ("last_seen");--> statement-breakpoint
CREATE INDEX "discovered_apps_depts_idx" ON "discovered_apps" USING gin ("department_ids");--> statement-breakpoint
CREATE INDEX "discovered_users_status_idx" ON "discovered_users" USING btree ("status","last_seen");--> statement-breakpoint
CREATE INDEX "idp_apps_client_idx" ON "idp_apps" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "oauth_grants_key_idx" ON "oauth_grants" USING btree ("event_key");--> statement-breakpoint
CREATE INDEX "oauth_grants_match_idx" ON "oauth_grants" USING btree ("match_seq");--> statement-breakpoint
CREATE INDEX "oauth_grants_client_idx" ON "oauth_grants" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "signin_events_key_idx" ON "signin_events" USING btree ("event_key");--> statement-breakpoint
CREATE INDEX "signin_events_match_idx" ON "signin_events" USING btree ("match_seq");--> statement-breakpoint
CREATE INDEX "signin_users_match_idx" ON "signin_users" USING btree ("match_seq");--> statement-breakpoint
CREATE INDEX "people_aliases_idx" ON "people" USING gin ("aliases");