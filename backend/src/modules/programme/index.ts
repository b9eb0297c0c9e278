import { Module } from "@medusajs/framework/utils"
import ProgrammeModuleService from "./service"

export const PROGRAMME_MODULE = "programme"

export default Module(PROGRAMME_MODULE, { service: ProgrammeModuleService })
