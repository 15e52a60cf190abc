import { z } from 'zod';

// The app runs under a Content-Security-Policy without 'unsafe-eval'. Zod's JIT would probe `Function('')` on the
// first object it parses, which the policy blocks and reports as a violation; the interpreted mode is fast enough
// for packs and stored records.
z.config({ jitless: true });
