import { defineConfig, devices } from "@playwright/test"

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser build). The web server
 * is the whole stack: a fresh database, migrations, the demo seed, the backend on :9000 and
 * a production build of this storefront on :8000 (scripts/stack.mjs).
 */
/** Point the tests at an already running storefront instead of starting the stack. */
const externalBaseUrl = process.env.E2E_BASE_URL

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: externalBaseUrl ?? "http://localhost:8000",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "vi-VN",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "mobile", use: { ...devices["Pixel 5"], browserName: "chromium", viewport: { width: 360, height: 780 } } },
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: "node ../scripts/stack.mjs --e2e",
        url: "http://localhost:8000/vi",
        timeout: 600_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        // stack.mjs stops its backend and storefront process groups on SIGTERM; a SIGKILL would orphan them
        gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      },
})
