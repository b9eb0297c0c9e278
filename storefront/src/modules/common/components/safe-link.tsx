import { LOCAL_FILE_BASE_URL, safeUrl } from "@ocop/domain"
import type { ReactNode } from "react"

/** Our own file host: FILE_BASE_URL, the backend (uploads at <backend>/uploads), or its default http://localhost:9000. */
const OWN_ORIGINS = [process.env.FILE_BASE_URL, process.env.MEDUSA_BACKEND_URL, LOCAL_FILE_BASE_URL].filter((u): u is string => !!u)

type Props = { href: string | null | undefined; children: ReactNode; className?: string }

/**
 * Every link the storefront builds from stored data (decision scans, dossiers) goes through here:
 * an https link (or one on our own file host) opens in a new tab; anything else — javascript:,
 * data:, file: — is shown as plain text, never clickable.
 */
export default function SafeLink({ href, children, className }: Props) {
  if (!href) return null
  const url = safeUrl(href, { allowOrigins: OWN_ORIGINS })
  if (!url) {
    return (
      <span className="break-all text-sm text-muted" data-unsafe-url="true">
        {href}
      </span>
    )
  }
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
    </a>
  )
}
