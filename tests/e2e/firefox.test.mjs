// Debian's Firefox ESR driven by puppeteer-core (WebDriver BiDi).
import { scenarios } from './lib/scenarios.mjs';

scenarios('firefox');
