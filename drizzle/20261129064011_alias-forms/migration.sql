DROP INDEX "aliases_node_alias_key";--> statement-breakpoint
CREATE UNIQUE INDEX "aliases_node_form_key" ON "aliases" ("node_id","alias");--> statement-breakpoint
CREATE INDEX "aliases_node_alias_key_idx" ON "aliases" ("node_id","alias_key");