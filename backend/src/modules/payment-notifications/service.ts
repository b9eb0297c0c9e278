import { MedusaService } from "@medusajs/framework/utils"
import { PaymentNotification } from "./models/payment-notification"

class PaymentNotificationsModuleService extends MedusaService({ PaymentNotification }) {}

export default PaymentNotificationsModuleService
