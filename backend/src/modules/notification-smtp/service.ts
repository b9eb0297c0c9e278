import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "../../notifications/templates"
import type { SmtpNotificationOptions } from "./config"

/**
 * Sends the "email" channel's notifications: renders the notification's template (Vietnamese
 * subject, HTML and text) and hands it to the SMTP server of SMTP_URL. Without one (development,
 * local stacks, tests that do not read mail) the message is composed the same way and written to
 * the outbox folder as .eml (open it in any mail client) and .html (open it in a browser).
 *
 * Each notification is sent once: the Notification Module skips a notification whose idempotency
 * key was already sent, and the senders give every message one (e.g. order-new-producer:<order>:<producer>).
 */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  private readonly logger_: Logger
  private readonly options_: SmtpNotificationOptions
  private readonly transporter_: Transporter

  static validateOptions(options: Record<string, unknown>) {
    if (!options.url && !options.outbox_dir) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp needs `url` (SMTP_URL) or `outbox_dir`")
    }
    if (!options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "notification-smtp needs `from` (SMTP_FROM)")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpNotificationOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    this.transporter_ = options.url
      ? nodemailer.createTransport(options.url)
      : // composes the complete message (MIME, encodings) without sending it
        nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail needs a recipient (`to`)")
    }
    const email = renderEmail(notification.template, notification.data)
    const info = await this.transporter_.sendMail({
      from: notification.from || this.options_.from,
      to: notification.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: { "X-OCOP-Template": notification.template },
    })
    if (this.options_.url) {
      this.logger_.info(`E-mail "${notification.template}" sent (${info.messageId})`)
      return { id: info.messageId }
    }
    const file = await this.keepInOutbox(notification, email.html, info.message as Buffer)
    this.logger_.info(`E-mail not sent (no SMTP_URL): to ${notification.to} «${email.subject}» → ${file}.html`)
    return { id: info.messageId }
  }

  /** The message as .eml and its HTML body as .html in the outbox folder; returns the path without extension. */
  private async keepInOutbox(notification: ProviderSendNotificationDTO, htmlBody: string, message: Buffer) {
    const dir = this.options_.outbox_dir as string
    await mkdir(dir, { recursive: true })
    const stamp = new Date().toISOString().replace(/[:.]/g, "-")
    const recipient = notification.to.replace(/[^a-zA-Z0-9@._-]/g, "_")
    const base = path.join(dir, `${stamp}-${notification.template}-${recipient}`)
    await writeFile(`${base}.eml`, message)
    await writeFile(`${base}.html`, htmlBody)
    return base
  }
}
