import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import RetailModule from "../modules/retail"

// The shelf of a booth: its own stock location.
export default defineLink(RetailModule.linkable.booth, StockLocationModule.linkable.stockLocation)
