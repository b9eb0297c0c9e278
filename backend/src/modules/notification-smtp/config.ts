import path from "node:path"

/**
 * Where e-mail goes, decided once from the environment when medusa-config.ts loads:
 * - SMTP_URL set (smtp://user:pass@host:587, smtps://…): sent over SMTP, from SMTP_FROM;
 * - EMAIL_OUTBOX_DIR set: not sent, each message written there as .eml and .html and logged
 *   (the local stacks of scripts/ and the tests choose this explicitly);
 * - development (NODE_ENV unset or "development") without either: the same, under .data/outbox;
 * - anywhere else: the process refuses to start, naming the variable, so production never drops
 *   shoppers' and producers' messages silently (secrets fail closed the same way: lib/config-secrets.ts).
 *
 * No I/O and no framework imports: medusa-config.ts loads this before Medusa is up.
 */
export type SmtpNotificationOptions = { url?: string; from: string; outbox_dir?: string }

export const DEV_FROM = "OCOP Market <no-reply@ocop.localhost>"

export class MissingSmtpConfigError extends Error {
  constructor(variable: string) {
    super(
      `${variable} is not set. Đặt biến môi trường ${variable} để gửi e-mail cho người mua và chủ thể OCOP ` +
        `(set ${variable}${variable === "SMTP_URL" ? ", e.g. smtps://user:password@smtp.example.vn:465" : ', e.g. "OCOP Market <no-reply@example.vn>"'}); ` +
        "the server refuses to start without it outside development (EMAIL_OUTBOX_DIR=<folder> writes the messages to files instead of sending them)."
    )
    this.name = "MissingSmtpConfigError"
  }
}

type Env = Record<string, string | undefined>

export function smtpNotificationOptions(env: Env = process.env, cwd = process.cwd()): SmtpNotificationOptions {
  const development = !env.NODE_ENV || env.NODE_ENV === "development"
  const url = env.SMTP_URL?.trim()
  const from = env.SMTP_FROM?.trim()
  if (url) {
    if (!from && !development) throw new MissingSmtpConfigError("SMTP_FROM")
    return { url, from: from || DEV_FROM }
  }
  const outbox = env.EMAIL_OUTBOX_DIR?.trim()
  if (outbox) return { outbox_dir: path.resolve(cwd, outbox), from: from || DEV_FROM }
  if (development) return { outbox_dir: path.resolve(cwd, ".data", "outbox"), from: from || DEV_FROM }
  throw new MissingSmtpConfigError("SMTP_URL")
}
