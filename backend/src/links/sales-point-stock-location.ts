import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import RetailModule from "../modules/retail"

// The shelf of a sales point: its own stock location.
export default defineLink(RetailModule.linkable.salesPoint, StockLocationModule.linkable.stockLocation)
