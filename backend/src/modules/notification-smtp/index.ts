import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** E-mail for the Notification Module's "email" channel: SMTP, or files in development (config.ts). */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpNotificationService] })
