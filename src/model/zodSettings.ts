import { z } from "zod";

// Zod compiles a parser for each object schema with `new Function` unless told not to. On the
// 100k-object configurations of `npm run bench` the compiled parsers are no faster than zod's
// plain ones (mutagen JSON and RAW alike; XML imports about a tenth faster without them), and
// in the browser the app's Content-Security-Policy (`script-src 'self'`) forbids evaluating
// code: zod's probe for it is reported as a violation. Every module that builds an object
// schema imports this one first, so the setting holds before the first schema is built (zod
// decides when the schema is built).
z.config({ jitless: true });
