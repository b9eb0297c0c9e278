import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { VnpayProvider } from "./vnpay-provider"

/** VNPay (cards, bank apps, VNPAY-QR) as a Medusa payment provider: pp_vnpay_vnpay. */
export default ModuleProvider(Modules.PAYMENT, { services: [VnpayProvider] })
