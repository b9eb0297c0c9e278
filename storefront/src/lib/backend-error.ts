/**
 * The machine code of a backend refusal (@ocop/contract ERROR_CODES, or a domain rule's problem
 * code), for branching on what happened instead of on the words of the message. Pure: no I/O.
 */
import type { ErrorCode } from "@ocop/contract"

/** A refusal of the backend, with the `code` of its answer kept (the SDK's FetchError drops it). */
export class BackendError extends Error {
  readonly status: number
  readonly statusText: string
  readonly code: ErrorCode | string | undefined
  readonly type: string | undefined

  constructor(body: { message?: unknown; code?: unknown; type?: unknown }, status: number, statusText = "") {
    super(typeof body.message === "string" && body.message ? body.message : statusText)
    this.name = "BackendError"
    this.status = status
    this.statusText = statusText
    this.code = typeof body.code === "string" ? body.code : undefined
    this.type = typeof body.type === "string" ? body.type : undefined
  }
}

/** The code of an error answer, when the error carries one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code
  return typeof code === "string" ? code : undefined
}
