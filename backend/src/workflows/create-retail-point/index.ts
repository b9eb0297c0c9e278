import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createApiKeysWorkflow,
  createRemoteLinkStep,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { RETAIL_MODULE } from "../../modules/retail"
import { createPointRecordStep, type NewPointRecord } from "./steps/create-point-record"

export type CreateRetailPointInput = NewPointRecord & {
  /** booths: the channel opens only during the fair */
  channel_disabled?: boolean
  /** for the stock location's address */
  location_address?: { address_1: string; city?: string; province?: string }
}

/**
 * Opens a point of sale or a fair booth: its record, its own stock location, its own sales channel
 * (disabled for a booth outside its fair's dates) and a publishable API key for that channel (the
 * catalogue feed for external POS software). Any failure undoes every piece.
 */
export const createRetailPointWorkflow = createWorkflow("create-retail-point", (input: WorkflowData<CreateRetailPointInput>) => {
  const point = createPointRecordStep(
    transform({ input }, ({ input }) => {
      const { channel_disabled, location_address, ...record } = input as any
      return record as NewPointRecord
    })
  )
  const locations = createStockLocationsWorkflow.runAsStep({
    input: transform({ input, point }, ({ input, point }) => ({
      locations: [
        {
          name: `Kho ${point.name}`.slice(0, 250),
          address: {
            address_1: input.location_address?.address_1 ?? point.name,
            city: input.location_address?.city,
            province: input.location_address?.province,
            country_code: "vn",
          },
        },
      ],
    })),
  })
  const channels = createSalesChannelsWorkflow.runAsStep({
    input: transform({ input, point }, ({ input, point }) => ({
      salesChannelsData: [
        {
          name: `${input.kind === "booth" ? "Gian hàng" : "Điểm bán"}: ${point.name}`,
          description: input.kind === "booth" ? "Bán tại gian hàng hội chợ" : "Bán tại điểm giới thiệu và bán sản phẩm OCOP",
          is_disabled: !!input.channel_disabled,
        },
      ],
    })),
  })
  const keys = createApiKeysWorkflow.runAsStep({
    input: transform({ point }, ({ point }) => ({
      api_keys: [{ title: `POS ${point.name}`.slice(0, 250), type: "publishable" as const, created_by: "" }],
    })),
  })
  linkSalesChannelsToApiKeyWorkflow.runAsStep({
    input: transform({ keys, channels }, ({ keys, channels }) => ({ id: keys[0].id, add: [channels[0].id] })),
  })
  linkSalesChannelsToStockLocationWorkflow.runAsStep({
    input: transform({ locations, channels }, ({ locations, channels }) => ({ id: locations[0].id, add: [channels[0].id] })),
  })
  createRemoteLinkStep(
    transform({ point, locations, channels }, ({ point, locations, channels }) => {
      const own = point.kind === "sales_point" ? { sales_point_id: point.id } : { booth_id: point.id }
      const links: LinkDefinition[] = [
        { [RETAIL_MODULE]: own, [Modules.STOCK_LOCATION]: { stock_location_id: locations[0].id } },
        { [RETAIL_MODULE]: own, [Modules.SALES_CHANNEL]: { sales_channel_id: channels[0].id } },
      ]
      return links
    })
  )
  return new WorkflowResponse(
    transform({ point, locations, channels, keys }, ({ point, locations, channels, keys }) => ({
      id: point.id,
      kind: point.kind,
      stock_location_id: locations[0].id,
      sales_channel_id: channels[0].id,
      publishable_key: keys[0].token,
    }))
  )
})
