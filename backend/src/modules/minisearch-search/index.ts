import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MiniSearchSearchService } from "./service"

export default ModuleProvider(Modules.SEARCH, { services: [MiniSearchSearchService] })
