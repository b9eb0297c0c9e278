/**
 * The attack suite's bookkeeping. Each attack is one jest test that tries something an outsider, a
 * producer, a counter clerk or an officer of another province would try, then asserts two things:
 * the backend refused it (`probe.refused`) and nothing was stored or changed (`probe.unchanged`).
 * An attack that checks neither fails, so an attack cannot pass by asserting nothing.
 * The suite prints one line at the end: `attacks tried: N, refused: N, stored or changed: 0`.
 */
import type { MedusaContainer } from "@medusajs/framework/types"

/** What an area's attacks receive: the HTTP client of the started Medusa and its container. */
export type AttackContext = { api: any; getContainer: () => MedusaContainer }

/**
 * An attack area: `setup` runs once in the suite's beforeAll (before the database snapshot the
 * runner restores before every test), `register` declares the attacks with `attack(...)`.
 */
export type AttackArea<F = any> = {
  name: string
  setup: (ctx: AttackContext) => Promise<F>
  register: (ctx: AttackContext, fixture: () => F) => void
}

export const defineAttackArea = <F>(area: AttackArea<F>) => area

const tally = { tried: 0, refused: 0, changed: 0 }

/** Statuses that count as a refusal unless an attack names its own. */
const REFUSALS = [400, 401, 403, 404, 405, 409, 413, 415, 422, 429]

export class AttackProbe {
  refusalChecked = false
  unchangedChecked = false

  /** The response of a request that must be refused (axios rejects non-2xx; pass the promise). */
  async refused(request: Promise<any> | any, statuses: number[] = REFUSALS) {
    const response =
      request && typeof request.then === "function"
        ? await request.then(
            (r: any) => r,
            (e: any) => {
              if (!e?.response) throw e
              return e.response
            }
          )
        : request
    if (!statuses.includes(response?.status)) {
      throw new Error(
        `expected a refusal (${statuses.join("/")}), got ${response?.status}: ${JSON.stringify(response?.data)?.slice(0, 300)}`
      )
    }
    if (!this.refusalChecked) tally.refused++
    this.refusalChecked = true
    return response
  }

  /** Marks a refusal that is not an HTTP status (a process that refuses to start, a rejected config). */
  refusedBy(reason: string, ok: boolean) {
    if (!ok) throw new Error(`expected a refusal: ${reason}`)
    if (!this.refusalChecked) tally.refused++
    this.refusalChecked = true
  }

  /** Runs the check that nothing was stored or changed; a failure counts as "stored or changed". */
  async unchanged(check: () => Promise<void> | void) {
    try {
      await check()
    } catch (error) {
      tally.changed++
      throw error
    }
    this.unchangedChecked = true
  }
}

/** Declares one attack (a jest test). */
export function attack(name: string, run: (probe: AttackProbe) => Promise<void>, timeout?: number) {
  it(
    name,
    async () => {
      tally.tried++
      const probe = new AttackProbe()
      await run(probe)
      if (!probe.refusalChecked) throw new Error(`attack "${name}" never checked that it was refused`)
      if (!probe.unchangedChecked) throw new Error(`attack "${name}" never checked that nothing was stored or changed`)
    },
    timeout
  )
}

export function attackSummary() {
  return `attacks tried: ${tally.tried}, refused: ${tally.refused}, stored or changed: ${tally.changed}`
}
