import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { passwordProblem } from "@ocop/domain"
import { attemptCounter } from "../../lib/auth/attempt-counter"
import { emailpassIdentityOf, emailTakenError } from "../../lib/auth/identities"
import { accountKey, addressKey, loginLimits, resetRequestKey } from "../../lib/auth/login-limits"
import { ocopError } from "../../lib/errors"

/**
 * Guards on Medusa's own /auth routes for every actor (user, customer, producer, sales_point):
 * wrong-password guesses are limited per account and per client address (429 with Retry-After),
 * passwords follow the one rule in @ocop/domain at registration and reset, and counter staff
 * cannot self-register (they join by the office's invitation). Spread into src/api/middlewares.ts.
 */

type Handler = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void> | void

const guarded =
  (handler: Handler): Handler =>
  async (req, res, next) => {
    try {
      await handler(req, res, next)
    } catch (error) {
      next(error)
    }
  }

const clientAddress = (req: MedusaRequest) => req.ip ?? req.socket?.remoteAddress ?? "unknown"
const bodyText = (req: MedusaRequest, field: string) => {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" && value.trim() ? value : null
}

type Words = (minutes: number) => string

function tooMany(res: MedusaResponse, retryAfterSeconds: number, vi: Words, en: Words) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    code: "auth.too_many_attempts",
    message: `${vi(minutes)} (${en(minutes)})`,
    retry_after: retryAfterSeconds,
  })
}
const vi =
  (words: string): Words =>
  (minutes) =>
    `${words} Vui lòng thử lại sau ${minutes} phút.`
const en =
  (words: string): Words =>
  (minutes) =>
    `${words} Try again in ${minutes} minutes.`

/** After the response: a success takes the attempt back; a failure stays counted. */
function onSuccess(res: MedusaResponse, undo: () => Promise<void>) {
  res.on("finish", () => {
    if (res.statusCode < 300) undo().catch(() => undefined)
  })
}

/** POST /auth/:actor_type/emailpass — counted before the password is checked, so parallel guesses cannot slip through. */
const limitLoginAttempts = guarded(async (req, res, next) => {
  const limits = loginLimits()
  const counter = attemptCounter()
  const email = bodyText(req, "email")
  if (email) {
    const account = await counter.hit(accountKey(email), limits.windowSeconds)
    if (account.count > limits.account) {
      // the password is not even checked: this is not a guess, the address is not charged
      return tooMany(res, account.retryAfterSeconds, vi("Quá nhiều lần đăng nhập sai."), en("Too many failed logins."))
    }
  }
  const address = await counter.hit(addressKey(clientAddress(req)), limits.windowSeconds)
  if (address.count > limits.address) {
    if (email) await counter.undo(accountKey(email))
    return tooMany(res, address.retryAfterSeconds, vi("Quá nhiều lần đăng nhập sai."), en("Too many failed logins."))
  }
  onSuccess(res, async () => {
    if (email) await counter.reset(accountKey(email))
    await counter.undo(addressKey(clientAddress(req)))
  })
  next()
})

function assertPasswordAllowed(password: unknown, email: string | null) {
  const problem = passwordProblem(password, email)
  if (problem) throw ocopError("INVALID_DATA", problem.code, problem.vi, problem.en)
}

/** POST /auth/:actor_type/emailpass/register — staff are invited, not self-registered; a weak password is refused. */
const guardRegistration = guarded(async (req, res, next) => {
  if (req.params.actor_type === "sales_point") {
    throw ocopError(
      "NOT_ALLOWED",
      "auth.invitation_only",
      "Nhân viên quầy chỉ tham gia qua đường dẫn mời của văn phòng OCOP",
      "counter staff join only through the office's invitation link"
    )
  }
  assertPasswordAllowed((req.body as any)?.password, bodyText(req, "email"))
  const limits = loginLimits()
  const counter = attemptCounter()
  const address = await counter.hit(addressKey(clientAddress(req)), limits.windowSeconds)
  if (address.count > limits.address) {
    return tooMany(res, address.retryAfterSeconds, vi("Quá nhiều lần đăng ký không thành công."), en("Too many failed registrations."))
  }
  // an address whose login already serves someone (a shopper, a producer, an officer) is refused with its
  // code, 409 auth.email_taken (Medusa says 401 "Identity with email already exists"); a login not yet
  // bound to anyone (a registration cut short) goes on to Medusa, which resumes it with the same password
  const email = bodyText(req, "email")
  const identity = email ? await emailpassIdentityOf(req.scope, email) : null
  if (identity && Object.keys(identity.app_metadata ?? {}).length > 0) throw emailTakenError()
  onSuccess(res, () => counter.undo(addressKey(clientAddress(req))))
  next()
})

/** POST /auth/:actor_type/emailpass/reset-password — a few reset e-mails per account per window. */
const limitResetRequests = guarded(async (req, res, next) => {
  const identifier = bodyText(req, "identifier")
  if (identifier) {
    const limits = loginLimits()
    const requests = await attemptCounter().hit(resetRequestKey(identifier), limits.windowSeconds)
    if (requests.count > limits.resetRequests) {
      return tooMany(res, requests.retryAfterSeconds, vi("Quá nhiều yêu cầu đặt lại mật khẩu."), en("Too many password reset requests."))
    }
  }
  next()
})

/** POST /auth/:actor_type/emailpass/update — the new password follows the rule (the reset token names the e-mail). */
const guardNewPassword = guarded(async (req, _res, next) => {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1]
  // Medusa verifies the token itself; it is only read here for the "not the e-mail" rule
  const claims = bearer ? claimsOf(bearer) : null
  const email = typeof claims?.entity_id === "string" ? claims.entity_id : null
  assertPasswordAllowed((req.body as any)?.password, email)
  next()
})

function claimsOf(token: string): Record<string, unknown> | null {
  try {
    return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
  } catch {
    return null
  }
}

export const authMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [limitLoginAttempts] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/register", middlewares: [guardRegistration] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/reset-password", middlewares: [limitResetRequests] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass/update", middlewares: [guardNewPassword] },
]
