import { readdirSync } from "node:fs"
import { join } from "node:path"
import { integrationTestRunner } from "../helpers/runner"
import { attackSummary, type AttackArea, type AttackContext } from "../helpers/attacks"
import { seedDemoCatalogue } from "../helpers/demo-catalogue"

jest.setTimeout(600 * 1000)

/**
 * The attack suite: every file in integration-tests/attacks/ is one area (secrets, accounts,
 * producer data, counters, orders, office authority, …). One Medusa, one database: each area's
 * setup runs once, and the runner restores that state before every attack, so attacks cannot
 * lean on each other. The demo catalogue is seeded before any area's setup.
 * `ATTACK_AREA=name[,name]` runs only some areas.
 */
const AREA_DIR = join(__dirname, "../attacks")
const only = (process.env.ATTACK_AREA || "").split(",").filter(Boolean)
const areas: AttackArea[] = readdirSync(AREA_DIR)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
  .sort()
  .map((file) => require(join(AREA_DIR, file)).default as AttackArea)
  .filter((area) => !only.length || only.includes(area.name))

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const ctx: AttackContext = { api, getContainer }
    const fixtures = new Map<string, unknown>()

    beforeAll(async () => {
      // the demo catalogue first: its seed skips a database that already has producers, and areas
      // create producers of their own in their setup
      await seedDemoCatalogue(getContainer())
      for (const area of areas) fixtures.set(area.name, await area.setup(ctx))
    })

    // The certificate clock and the booth job run every 5 minutes (src/jobs) and may legitimately change
    // certificates the areas' setups left due; an attack's "nothing changed" window must not straddle a tick.
    beforeEach(async () => {
      const TICK_MS = 5 * 60 * 1000
      const untilTick = TICK_MS - (Date.now() % TICK_MS)
      if (untilTick < 20_000) await new Promise((r) => setTimeout(r, untilTick + 15_000))
    })

    for (const area of areas) {
      describe(area.name, () => area.register(ctx, () => fixtures.get(area.name)))
    }

    afterAll(() => {
      process.stdout.write(`\n${attackSummary()}\n\n`)
    })
  },
})
