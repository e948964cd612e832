// Zod compiles fast object parsers with `new Function` where it may, and probes
// for that on first use. Under the server's Content-Security-Policy (no
// 'unsafe-eval') the probe is refused and reported as a policy violation, so the
// browser app turns the compiler off before any schema parses. The parsers give
// the same results; the client parses answers of at most a few hundred rows.
import { z } from 'zod';

z.config({ jitless: true });
