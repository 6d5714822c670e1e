// Debian's Chromium driven by playwright-core.
import { noHostScenarios, scenarios, settingsScenarios } from './lib/scenarios.mjs';

scenarios('chromium');
settingsScenarios('chromium');
noHostScenarios('chromium');
