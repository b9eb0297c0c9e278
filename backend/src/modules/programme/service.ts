import { MedusaService } from "@medusajs/framework/utils"
import { ProgrammeTarget } from "./models/programme-target"

class ProgrammeModuleService extends MedusaService({ ProgrammeTarget }) {}

export default ProgrammeModuleService
