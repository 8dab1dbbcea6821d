// The full fuzz run (`npm run fuzz`, test/fuzz/run.mjs): the suite's configuration, this one file, and room
// for a run of minutes (the suite gives a test file one minute).
import config from '../../web-test-runner.config.mjs';

export default { ...config, files: ['test/fuzz/cookies.test.ts'], testsFinishTimeout: 20 * 60_000 };
