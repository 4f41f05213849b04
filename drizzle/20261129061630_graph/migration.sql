CREATE TABLE "aliases" (
	"id" bigserial PRIMARY KEY,
	"node_id" bigint NOT NULL,
	"alias" text NOT NULL,
	"alias_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" bigserial PRIMARY KEY,
	"url" text,
	"content_hash" text NOT NULL,
	"title" text,
	"publisher" text,
	"published_at" date,
	"byline" text,
	"dateline_place" text,
	"text" text NOT NULL,
	"sentences" jsonb NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" bigserial PRIMARY KEY,
	"article_id" bigint NOT NULL,
	"node_id" bigint,
	"edge_id" bigint,
	"sentence" integer NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"quote" text NOT NULL,
	"confidence" real DEFAULT 1 NOT NULL,
	CONSTRAINT "citations_target_check" CHECK (("node_id" is null) <> ("edge_id" is null))
);
--> statement-breakpoint
CREATE TABLE "edges" (
	"id" bigserial PRIMARY KEY,
	"type" text NOT NULL,
	"src_id" bigint NOT NULL,
	"dst_id" bigint NOT NULL,
	"props" jsonb DEFAULT '{}' NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"confidence" real DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nodes" (
	"id" bigserial PRIMARY KEY,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"org_kind" text,
	"country_code" text,
	"status" text,
	"date_start" date,
	"date_end" date,
	"date_precision" text,
	"mode" text,
	"medium" text,
	"quote" text,
	"confidence" real DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nodes_kind_check" CHECK ("kind" in ('person','organization','place','meeting','visit','statement'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "aliases_node_alias_key" ON "aliases" ("node_id","alias_key");--> statement-breakpoint
CREATE INDEX "aliases_alias_key_idx" ON "aliases" ("alias_key");--> statement-breakpoint
CREATE INDEX "aliases_alias_key_trgm_idx" ON "aliases" USING gin ("alias_key" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "articles_url_key" ON "articles" ("url");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles" ("content_hash");--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" ("published_at");--> statement-breakpoint
CREATE INDEX "citations_article_idx" ON "citations" ("article_id");--> statement-breakpoint
CREATE INDEX "citations_node_idx" ON "citations" ("node_id");--> statement-breakpoint
CREATE INDEX "citations_edge_idx" ON "citations" ("edge_id");--> statement-breakpoint
CREATE INDEX "edges_src_type_idx" ON "edges" ("src_id","type");--> statement-breakpoint
CREATE INDEX "edges_dst_type_idx" ON "edges" ("dst_id","type");--> statement-breakpoint
CREATE UNIQUE INDEX "edges_identity_key" ON "edges" ("type","src_id","dst_id",coalesce("props"->>'title', ''));--> statement-breakpoint
CREATE INDEX "nodes_kind_name_key_idx" ON "nodes" ("kind","name_key");--> statement-breakpoint
CREATE INDEX "nodes_kind_date_idx" ON "nodes" ("kind","date_start");--> statement-breakpoint
CREATE INDEX "nodes_name_key_trgm_idx" ON "nodes" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
ALTER TABLE "aliases" ADD CONSTRAINT "aliases_node_id_nodes_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_node_id_nodes_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_edge_id_edges_id_fkey" FOREIGN KEY ("edge_id") REFERENCES "edges"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "edges" ADD CONSTRAINT "edges_src_id_nodes_id_fkey" FOREIGN KEY ("src_id") REFERENCES "nodes"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "edges" ADD CONSTRAINT "edges_dst_id_nodes_id_fkey" FOREIGN KEY ("dst_id") REFERENCES "nodes"("id") ON DELETE CASCADE;