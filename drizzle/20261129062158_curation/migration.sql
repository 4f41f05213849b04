CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"details" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" bigserial PRIMARY KEY,
	"article_id" bigint NOT NULL,
	"node_id" bigint NOT NULL,
	"forms" jsonb NOT NULL,
	"rule" text NOT NULL,
	"score" real NOT NULL,
	"matched" text
);
--> statement-breakpoint
CREATE TABLE "suppressed_aliases" (
	"node_id" bigint,
	"alias_key" text,
	CONSTRAINT "suppressed_aliases_pkey" PRIMARY KEY("node_id","alias_key")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at");--> statement-breakpoint
CREATE INDEX "resolutions_node_idx" ON "resolutions" ("node_id");--> statement-breakpoint
CREATE INDEX "resolutions_article_idx" ON "resolutions" ("article_id");--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_node_id_nodes_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "suppressed_aliases" ADD CONSTRAINT "suppressed_aliases_node_id_nodes_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE;