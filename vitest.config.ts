import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{server,drivers,config,kiosk-ui,display-ui,staff-ui,ui-shared,hub}/{src,test}/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Browser and device tests start servers and Chromium: keep the 2-core machine from thrashing.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
