import { MedusaService } from "@medusajs/framework/utils"
import { Certificate } from "./models/certificate"
import { CertificateEvent } from "./models/certificate-event"

class OcopModuleService extends MedusaService({ Certificate, CertificateEvent }) {}

export default OcopModuleService
