import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import ProducerModule from "../modules/producer"

// A producer's own warehouses: the portal manages stock there, points of sale report "stock at the producer".
export default defineLink(ProducerModule.linkable.producer, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
