// Debian's Firefox ESR driven by puppeteer-core (WebDriver BiDi).
import { noHostScenarios, scenarios, settingsScenarios } from './lib/scenarios.mjs';

scenarios('firefox');
settingsScenarios('firefox');
noHostScenarios('firefox');
