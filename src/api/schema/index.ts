// The schema: each domain file registers its types and fields on the one builder.
import { builder } from '../builder.js';
import './refs.js';
import './places.js';
import './articles.js';
import './actors.js';
import './events.js';
import './curation.js';
import './analytics.js';

export const schema = builder.toSchema({ sortSchema: false });
