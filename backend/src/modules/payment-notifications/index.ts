import { Module } from "@medusajs/framework/utils"
import PaymentNotificationsModuleService from "./service"

export const PAYMENT_NOTIFICATIONS_MODULE = "payment_notifications"

export default Module(PAYMENT_NOTIFICATIONS_MODULE, { service: PaymentNotificationsModuleService })
