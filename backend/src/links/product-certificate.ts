import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

// A product keeps every certificate it ever held (rating history); one of them is live at a time.
export default defineLink(ProductModule.linkable.product, {
  linkable: OcopModule.linkable.certificate,
  isList: true,
})
