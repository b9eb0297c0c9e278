import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ReportingPeriod } from "@ocop/domain"
import { PROGRAMME_MODULE } from "../../../../modules/programme"
import type { ProgrammeFigures } from "../../../../modules/programme/figures/types"
import type ProgrammeModuleService from "../../../../modules/programme/service"

/** The channel the seed creates for the online shop: found by name when the store names no default channel. */
const ONLINE_CHANNEL_NAME = "Chợ OCOP trực tuyến"

/** The shop's online channel: the store's default sales channel, else the one named for the online shop. */
async function onlineChannel(container: MedusaContainer): Promise<{ id: string | null; name: string }> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["id", "default_sales_channel_id"] })
  if (store?.default_sales_channel_id) {
    const [channel] = await salesChannels.listSalesChannels({ id: store.default_sales_channel_id })
    if (channel) return { id: channel.id, name: channel.name }
  }
  const [byName] = await salesChannels.listSalesChannels({ name: ONLINE_CHANNEL_NAME })
  return { id: byName?.id ?? null, name: byName?.name ?? ONLINE_CHANNEL_NAME }
}

export type FiguresOptions = {
  period: ReportingPeriod
  provinceCode?: string | null
  /** the newest N changes (dashboard); all of them when omitted (reports) */
  changeLimit?: number
  now?: Date
}

/**
 * Every figure of the programme dashboard and reports for one province (or all) and one period: the
 * sales channels come from Medusa's store and sales channel modules, the figures from the programme
 * module's service.
 */
export async function programmeFigures(container: MedusaContainer, options: FiguresOptions): Promise<ProgrammeFigures> {
  const [channel, salesChannels] = await Promise.all([
    onlineChannel(container),
    container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { select: ["id", "name"] }),
  ])
  const programme: ProgrammeModuleService = container.resolve(PROGRAMME_MODULE)
  return programme.programmeFigures({ ...options, onlineChannel: channel, salesChannels })
}
