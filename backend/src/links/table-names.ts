/**
 * The tables Medusa creates for the module links in this folder (named from both sides of each
 * defineLink) and the Medusa core link tables OCOP reads in SQL. Raw SQL names a link table only
 * through this object, so a renamed link is one edit.
 */
export const LINK_TABLE = {
  productCertificate: "product_product_ocop_certificate",
  producerProduct: "producer_producer_product_product",
  producerLocation: "producer_producer_stock_location_stock_location",
  salesPointLocation: "retail_sales_point_stock_location_stock_location",
  boothLocation: "retail_booth_stock_location_stock_location",
  salesPointChannel: "retail_sales_point_sales_channel_sales_channel",
  boothChannel: "retail_booth_sales_channel_sales_channel",
  /** Medusa core: product ↔ sales channel. */
  productSalesChannel: "product_sales_channel",
} as const
