import type { ReactNode } from "react"
import { LOCAL_FILE_BASE_URL, safeUrl } from "../lib/domain"

/** Our own file host: the backend serving this admin (uploads at <backend>/uploads), or its default http://localhost:9000. */
const OWN_ORIGINS = [
  typeof window !== "undefined" ? window.location.origin : "",
  import.meta.env.VITE_BACKEND_URL ?? "",
  LOCAL_FILE_BASE_URL,
].filter(Boolean)

type Props = { href: string | null | undefined; children: ReactNode; className?: string; testId?: string }

/**
 * Every link the admin builds from stored data (decision scans, dossiers, documents) goes through
 * here: an https link (or one on our own file host) opens in a new tab; anything else — javascript:,
 * data:, file: stored before the validators refused them — is shown as plain text, never clickable.
 */
export function SafeLink({ href, children, className, testId }: Props) {
  if (!href) return null
  const url = safeUrl(href, { allowOrigins: OWN_ORIGINS })
  if (!url) {
    return (
      <span
        className="txt-compact-xsmall text-ui-fg-muted break-all"
        data-testid={testId}
        data-unsafe-url="true"
        title="Đường dẫn không an toàn, không mở (unsafe link, not opened)"
      >
        {href}
      </span>
    )
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className={className} data-testid={testId}>
      {children}
    </a>
  )
}
