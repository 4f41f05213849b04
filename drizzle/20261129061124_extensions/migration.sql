-- Fuzzy name matching (trigram similarity, phonetic keys) used by entity resolution.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
