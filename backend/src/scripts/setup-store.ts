import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStoreBasics, STOREFRONT_KEY_TITLE } from "./seed/store-basics"

/**
 * Production's first start (docker-compose runs it after the migrations, every start): the store
 * basics without any demo data or demo login — sales channel, region Việt Nam (VND), tax and the
 * storefront's publishable key, printed as PUBLISHABLE_KEY=… for the storefront's environment.
 * Idempotent: once a publishable key exists, it only prints it. Warehouses, shipping options and
 * the office's accounts are set up by the office in the admin.
 */
export default async function setupStore({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [existing] = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ type: "publishable", title: STOREFRONT_KEY_TITLE, revoked_at: { $eq: null } } as any, { take: 1 })
  if (existing) {
    logger.info(`Store already set up. PUBLISHABLE_KEY=${existing.token}`)
    return
  }
  logger.info("Setting up the store: sales channel, region Việt Nam (VND), tax, publishable key…")
  const { apiKey } = await createStoreBasics(container)
  logger.info(`PUBLISHABLE_KEY=${apiKey.token}`)
}
