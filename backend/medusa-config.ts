import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { requiredSecret } from "./src/lib/config-secrets"
import { smtpNotificationOptions } from "./src/modules/notification-smtp/config"
import { vnpaySettings } from "./src/modules/payment-vnpay/settings"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL
// Queue names on Redis; the integration tests run one app per file on one Redis and name each
// file's queues apart, so that jobs a file left behind never run in the next (helpers/runner.ts).
const queuePrefix = process.env.OCOP_QUEUE_PREFIX ?? ""
const stripeApiKey = process.env.STRIPE_API_KEY
// VNPay when VNPAY_TMN_CODE and VNPAY_SECURE_SECRET are set; only one of them stops the start outside development
const vnpay = vnpaySettings()

// Production modules run on Redis when it is configured; without it Medusa's in-memory defaults
// serve development (single process only).
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl,
          queueName: `${queuePrefix}events-queue`,
          // A subscriber that fails (the storefront briefly down during a revalidation, a lock
          // timeout, the SMTP server away) is retried, the Medusa way: BullMQ attempts with backoff
          // (2, 4, 8, 16 s), and only the subscribers that failed run again. Failed jobs are kept an
          // hour for inspection.
          jobOptions: {
            attempts: 5,
            backoff: { type: "exponential", delay: 2000 },
            removeOnComplete: { age: 3600, count: 1000 },
            removeOnFail: { age: 3600, count: 1000 },
          },
        },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: {
          redis: { redisUrl, queueName: `${queuePrefix}medusa-workflows`, jobQueueName: `${queuePrefix}medusa-workflows-jobs` },
        },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  : []

// Medusa's Caching Module (flag MEDUSA_FF_CACHING=true: production, compose, benches): Medusa caches
// the cart's regions, variants, prices and shipping options, and our store reads pass `cache` to
// Query. Entries are dropped by Medusa's own mutation events (and ours: subscribers/drop-product-cache.ts);
// on Redis so every server shares one cache. Tests run without it unless a spec turns it on.
const cachingEnabled = process.env.MEDUSA_FF_CACHING === "true"
// its own Redis (database) when CACHE_REDIS_URL is set, as Medusa Cloud names it; else the shared one
const cachingRedisUrl = process.env.CACHE_REDIS_URL || redisUrl
const cachingModules = cachingEnabled
  ? [
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          // seconds: a safety net only; invalidation is by event
          ttl: 300,
          ...(cachingRedisUrl
            ? {
                providers: [
                  {
                    resolve: "@medusajs/medusa/caching-redis",
                    id: "caching-redis",
                    is_default: true,
                    options: { redisUrl: cachingRedisUrl, prefix: "ocop:cache:" },
                  },
                ],
              }
            : { in_memory: { enable: true } }),
        },
      },
    ]
  : []

// Payments: cash on delivery and VietQR bank transfer always (pp_cod_ocop, pp_vietqr_ocop); Stripe
// cards when STRIPE_API_KEY is set (pp_stripe_stripe); VNPay when configured (pp_vnpay_vnpay).
const paymentModule = {
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: [
      {
        resolve: "./src/modules/ocop-payments",
        id: "ocop",
        options: {
          bank_bin: process.env.VIETQR_BANK_BIN,
          account_number: process.env.VIETQR_ACCOUNT_NUMBER,
          account_name: process.env.VIETQR_ACCOUNT_NAME,
        },
      },
      ...(stripeApiKey
        ? [
            {
              resolve: "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: { apiKey: stripeApiKey, webhookSecret: process.env.STRIPE_WEBHOOK_SECRET },
            },
          ]
        : []),
      ...(vnpay ? [{ resolve: "./src/modules/payment-vnpay", id: "vnpay", options: vnpay }] : []),
    ],
  },
}

const meilisearchHost = process.env.MEILISEARCH_HOST

// Search: the in-memory MiniSearch provider by default (no extra server; each process keeps a copy
// of the index, stored durably in the Vietnamese Postgres provider's tables, which answer until it
// is loaded); SEARCH_PROVIDER=postgres answers every search from Postgres; Meilisearch in production
// when MEILISEARCH_HOST is set. Every provider stays registered so that switching providers lets
// `db:migrate` drop the indexes the previous one held (the switch rebuilds the index at startup).
const VIETNAMESE_SEARCH_PROVIDER = "search-vietnamese"
const MINISEARCH_PROVIDER = "search-minisearch"
const MEILISEARCH_PROVIDER = "meilisearch"
const searchModule = {
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "./src/modules/vietnamese-search", id: "vietnamese" },
      { resolve: "./src/modules/minisearch-search", id: "minisearch" },
      ...(meilisearchHost
        ? [
            {
              resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
              id: "meilisearch",
              options: { config: { host: meilisearchHost, apiKey: process.env.MEILISEARCH_API_KEY } },
            },
          ]
        : []),
    ],
    default_provider: meilisearchHost
      ? MEILISEARCH_PROVIDER
      : process.env.SEARCH_PROVIDER === "postgres"
        ? VIETNAMESE_SEARCH_PROVIDER
        : MINISEARCH_PROVIDER,
  },
}

// Notifications: the office's admin feed (stored, logged by the local provider), and e-mail to
// shoppers and producers over SMTP_URL; without it development writes the messages under
// .data/outbox, and anywhere else the start is refused (modules/notification-smtp/config.ts).
const notificationModule = {
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local notifications", channels: ["feed"] },
      },
      {
        resolve: "./src/modules/notification-smtp",
        id: "smtp",
        options: { channels: ["email"], ...smtpNotificationOptions() },
      },
    ],
  },
}

// Uploaded files live outside `static/` (which Medusa serves before any middleware, without our
// headers) and are served by src/api/uploads/[name]/route.ts: nosniff, a sandboxing CSP, known types only.
const UPLOADS_DIR = process.env.UPLOADS_DIR || "uploads"
const fileModule = {
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: {
          upload_dir: UPLOADS_DIR,
          private_upload_dir: UPLOADS_DIR,
          backend_url: `${process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"}/uploads`,
        },
      },
    ],
  },
}

module.exports = defineConfig({
  featureFlags: { caching: cachingEnabled },
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      // no fallback: outside development a missing or weak secret stops the start (config-secrets.ts)
      jwtSecret: requiredSecret("JWT_SECRET"),
      cookieSecret: requiredSecret("COOKIE_SECRET"),
    },
    // A production build served over plain http on localhost (e2e tests, docker compose on a laptop)
    // cannot set Secure session cookies; only then is this switched off.
    ...(process.env.SESSION_COOKIE_INSECURE === "true" ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    disable: process.env.DISABLE_ADMIN === "true",
    backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  },
  modules: [
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/stripe-webhooks" },
    { resolve: "./src/modules/payment-notifications" },
    { resolve: "./src/modules/programme" },
    { resolve: "./src/modules/retail" },
    { resolve: "./src/modules/office" },
    searchModule,
    ...redisModules,
    ...cachingModules,
    paymentModule,
    notificationModule,
    fileModule,
  ],
})
