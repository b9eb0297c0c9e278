import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { CashOnDeliveryProvider } from "./cash-on-delivery"
import { VietQrProvider } from "./vietqr"

/** Vietnam's everyday payment methods: cash on delivery and bank transfer by VietQR. */
export default ModuleProvider(Modules.PAYMENT, { services: [CashOnDeliveryProvider, VietQrProvider] })
