// The classic script as /__bundle.js?entry=blocking serves it: src/bundle.ts, with the test-only
// services of ./test-services.ts added to the catalogue before it runs.
import './test-services.js';
import '../../src/bundle.js';
