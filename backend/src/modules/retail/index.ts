import { Module } from "@medusajs/framework/utils"
import RetailModuleService from "./service"

export const RETAIL_MODULE = "retail"

export default Module(RETAIL_MODULE, { service: RetailModuleService })
