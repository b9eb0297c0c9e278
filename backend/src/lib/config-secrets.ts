import { randomBytes } from "node:crypto"

/**
 * Secrets fail closed: outside development (production, tests, any other NODE_ENV) a missing or
 * known-weak secret stops the process before it serves anything, naming the variable to set.
 * Development (NODE_ENV "development", or unset as `medusa exec` leaves it; `medusa start` sets
 * "production") without the variable gets a random secret for this process, never a known one
 * (sessions end on restart); `npm run dev` passes stable ones generated once under `.data/secrets.json`.
 *
 * No I/O and no framework imports: medusa-config.ts loads this before Medusa is up.
 */

/** Values published in docs, examples or earlier versions of this repository. */
const KNOWN_WEAK = [/^supersecret$/i, /^secret$/i, /^change[-_]?me/i, /^changeme/i, /^password$/i, /^test$/i]
export const MIN_SECRET_LENGTH = 12

export class MissingSecretError extends Error {
  constructor(
    readonly variable: string,
    reason: string
  ) {
    super(
      `${variable} ${reason}. Đặt biến môi trường ${variable} bằng một chuỗi ngẫu nhiên dài ` +
        `(set ${variable} to a long random value, e.g. \`openssl rand -hex 32\`); ` +
        `the server refuses to start without it outside development.`
    )
    this.name = "MissingSecretError"
  }
}

export function weaknessOf(value: string): string | null {
  if (KNOWN_WEAK.some((pattern) => pattern.test(value.trim()))) {
    return "is a published example value"
  }
  if (value.length < MIN_SECRET_LENGTH) {
    return `is shorter than ${MIN_SECRET_LENGTH} characters`
  }
  return null
}

type Env = Record<string, string | undefined>

/** The secret named `variable` from the environment, or a refusal outside development. */
export function requiredSecret(variable: string, env: Env = process.env): string {
  const value = env[variable]
  const development = !env.NODE_ENV || env.NODE_ENV === "development"
  if (!value) {
    if (!development) {
      throw new MissingSecretError(variable, "is not set")
    }
    console.warn(`${variable} is not set: using a random secret for this development process.`)
    return randomBytes(32).toString("hex")
  }
  const weakness = weaknessOf(value)
  if (weakness && !development) {
    throw new MissingSecretError(variable, weakness)
  }
  return value
}
