// Ingests and curations serialize on this advisory lock, so that two articles naming one new
// person create one node and a curation never interleaves with an ingest.
export const INGEST_LOCK = 7_318_220_001;
