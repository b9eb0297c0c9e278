import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import RetailModule from "../modules/retail"

// The counter of a booth: its own sales channel (orders, publishable key, feed).
export default defineLink(RetailModule.linkable.booth, SalesChannelModule.linkable.salesChannel)
