/**
 * How many wrong guesses a login accepts before it answers 429: per account (e-mail, whatever the
 * actor type, so switching /auth/<actor>/ does not buy more guesses) and per client address.
 * Overridable by environment for a deployment behind a shared address (e.g. a school network).
 */
const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

export const loginLimits = () => ({
  /** failed logins per account within the window */
  account: positive(process.env.AUTH_ACCOUNT_FAILURE_LIMIT, 5),
  /** failed logins and registrations per client address within the window */
  address: positive(process.env.AUTH_ADDRESS_FAILURE_LIMIT, 50),
  /** password-reset requests per account within the window */
  resetRequests: positive(process.env.AUTH_RESET_REQUEST_LIMIT, 5),
  windowSeconds: positive(process.env.AUTH_LIMIT_WINDOW_SECONDS, 15 * 60),
})

export const accountKey = (email: string) => `ocop:auth:account:${email.trim().toLowerCase()}`
export const addressKey = (address: string) => `ocop:auth:address:${address}`
export const resetRequestKey = (email: string) => `ocop:auth:reset:${email.trim().toLowerCase()}`
