import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
