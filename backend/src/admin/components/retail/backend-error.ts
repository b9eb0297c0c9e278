/**
 * The backend's own message for a refused request (Vietnamese first, English in brackets), without
 * Medusa's English "Invalid request:" prefix of validation errors.
 */
export function backendMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error ?? "")
  return message.replace(/^Invalid request:\s*/i, "")
}
