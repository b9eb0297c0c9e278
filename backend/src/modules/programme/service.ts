import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { ReportingPeriod } from "@ocop/domain"
import { assembleProgrammeFigures, figuresWindow } from "./figures/assemble"
import { certificateFiguresQuery, salesQuery } from "./figures/sql"
import type { ProgrammeFigures } from "./figures/types"
import { ProgrammeTarget } from "./models/programme-target"

export type ProgrammeFiguresInput = {
  period: ReportingPeriod
  /** one province's figures; every province's when null */
  provinceCode?: string | null
  /** the newest N changes (dashboard); all of them when omitted (reports) */
  changeLimit?: number
  now?: Date
  /** the shop's online channel (what "listed online" means) and every channel's name, from the sales channel module */
  onlineChannel: { id: string | null; name: string }
  salesChannels: Array<{ id: string; name: string }>
}

class ProgrammeModuleService extends MedusaService({ ProgrammeTarget }) {
  /**
   * Every figure of the programme dashboard and reports for one province (or all) and one period. The
   * counts are SQL aggregates over certificates, products, producers and orders (see figures/sql.ts),
   * run on this module's connection; the targets are this module's own.
   */
  @InjectManager()
  async programmeFigures(
    input: ProgrammeFiguresInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<ProgrammeFigures> {
    const now = input.now ?? new Date()
    const provinceCode = input.provinceCode ?? null
    const { period, changeLimit } = input
    const window = figuresWindow(period, now)
    const knex = sharedContext.manager!.getKnex()

    const certificateQuery = certificateFiguresQuery(
      { provinceCode, onlineChannelId: input.onlineChannel.id },
      {
        asOf: window.asOf,
        months: window.months,
        changes: { from: window.changesFrom, to: period.end, today: window.today },
        list: { from: period.start, to: period.end, limit: changeLimit },
      }
    )
    const sales = salesQuery({ provinceCode }, { from: window.salesFrom, to: period.end }, period, period.previous)
    const [[certificates], salesRows, targets] = await Promise.all([
      knex.transaction(async (trx) => {
        // An aggregate over every certificate: JIT compilation costs more than it saves here. And on a
        // catalogue bulk-loaded and never analysed the planner believes the tables are empty and picks
        // nested loops that rescan whole tables per row (minutes at 20,000 products): force hash joins then.
        await trx.raw("SET LOCAL jit = off")
        const { rows } = await trx.raw("SELECT reltuples FROM pg_class WHERE oid = 'certificate'::regclass")
        if (!(Number(rows[0]?.reltuples) >= 0)) await trx.raw("SET LOCAL enable_nestloop = off")
        return (await trx.raw(certificateQuery.sql, certificateQuery.bindings as any[])).rows
      }),
      knex.raw(sales.sql, sales.bindings as any[]).then((result: any) => result.rows as any[]),
      this.listProgrammeTargets(
        provinceCode ? { province_code: provinceCode } : {},
        { order: { period_end: "ASC", metric: "ASC" } },
        sharedContext
      ),
    ])
    return assembleProgrammeFigures(
      { period, provinceCode, changeLimit, now, window, onlineChannel: input.onlineChannel, salesChannels: input.salesChannels },
      { certificates, sales: salesRows, targets: targets as any[] }
    )
  }
}

export default ProgrammeModuleService
