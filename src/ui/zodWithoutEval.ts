import * as z from "zod/mini";

// The app is served with a Content-Security-Policy that forbids evaluating code
// (`script-src 'self'`). Zod compiles a parser for each object schema with `new Function`
// unless told not to, probing for eval when the schema is built; in the page and in its
// worker that probe is a CSP violation, reported each time, after which zod falls back to
// its plain parsers anyway. Both entry points import this module first, before any schema is
// built. Node (the CLI, the server, the benchmarks) keeps the compiled parsers, which import
// large files faster.
z.config({ jitless: true });
