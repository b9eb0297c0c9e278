import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import RetailModule from "../modules/retail"

// The counter of a sales point: its own sales channel (orders, publishable key, feed).
export default defineLink(RetailModule.linkable.salesPoint, SalesChannelModule.linkable.salesChannel)
