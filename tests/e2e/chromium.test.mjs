// Debian's Chromium driven by playwright-core.
import { scenarios } from './lib/scenarios.mjs';

scenarios('chromium');
