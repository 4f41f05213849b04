CREATE TABLE "name_votes" (
	"node_id" bigint,
	"name" text,
	"uses" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "name_votes_pkey" PRIMARY KEY("node_id","name")
);
--> statement-breakpoint
CREATE INDEX "nodes_kind_org_kind_country_idx" ON "nodes" ("kind","org_kind","country_code");--> statement-breakpoint
ALTER TABLE "name_votes" ADD CONSTRAINT "name_votes_node_id_nodes_id_fkey" FOREIGN KEY ("node_id") REFERENCES "nodes"("id") ON DELETE CASCADE;