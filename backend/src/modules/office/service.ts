import { MedusaService } from "@medusajs/framework/utils"
import { OfficeScope } from "./models/office-scope"

class OfficeModuleService extends MedusaService({ OfficeScope }) {}

export default OfficeModuleService
