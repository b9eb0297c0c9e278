// Medusa's integration test runner, on a database cloned from the migrated template
// (template-database.ts) instead of one migrated from nothing for every file.
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFromMigratedTemplate } from "./template-database"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

let files = 0

export function integrationTestRunner(options: RunnerOptions) {
  // short (Postgres names stop at 63 bytes; the runner adds "-template") and unique per process and file
  const dbName = options.dbName ?? `ocop_it_${process.pid}_${Date.now().toString(36)}_${files++}`
  // this file's own event and workflow queues on the shared Redis (medusa-config.ts); set now, as
  // the runner reads medusa-config.ts before it applies its `env`
  process.env.OCOP_QUEUE_PREFIX = `${dbName}-`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // runs before the runner creates (here: finds) and migrates its database
      beforeServerStart: async (container) => {
        await createFromMigratedTemplate(dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}
