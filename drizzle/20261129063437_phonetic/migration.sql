ALTER TABLE "aliases" ADD COLUMN "phonetic_key" text;--> statement-breakpoint
CREATE INDEX "aliases_phonetic_key_idx" ON "aliases" ("phonetic_key");