"use client"

import { useTranslations } from "next-intl"
import { useId, useState } from "react"

const MAX_BYTES = 5 * 1024 * 1024

type Props = {
  /** Name of the hidden input(s) holding the uploaded URLs. */
  name: string
  label: string
  hint?: string
  /** Field error from the server action. */
  error?: string
  accept: string
  multiple?: boolean
  initial?: string[]
  required?: boolean
  testId?: string
  /** "certificate_scan" lets the backend take a PDF too. */
  purpose?: "certificate_scan"
}

/**
 * A file picker that uploads at once through the storefront's /api/producer/uploads (which adds the
 * producer's token) and keeps the returned URLs in hidden inputs for the surrounding form.
 * Files over 5 MB are refused before sending; the backend checks size and type again.
 */
export default function UploadField({ name, label, hint, error, accept, multiple, initial = [], required, testId, purpose }: Props) {
  const t = useTranslations("producer.upload")
  const id = useId()
  const [urls, setUrls] = useState<string[]>(initial)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | undefined>()
  const shown = problem ?? error
  const describedBy = [hint ? `${id}-hint` : null, shown ? `${id}-error` : null].filter(Boolean).join(" ") || undefined

  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? [])
    e.target.value = ""
    if (!files.length) return
    if (files.some((f) => f.size > MAX_BYTES)) {
      setProblem(t("tooLarge"))
      return
    }
    setProblem(undefined)
    setBusy(true)
    try {
      const body = new FormData()
      for (const f of files) body.append("files", f)
      const response = await fetch(`/api/producer/uploads${purpose ? `?purpose=${purpose}` : ""}`, { method: "POST", body })
      const json = (await response.json().catch(() => ({}))) as { files?: { url: string }[]; message?: string }
      if (!response.ok || !json.files) {
        const lang = document.documentElement.lang === "en" ? "en" : "vi"
        setProblem(localize(json.message, lang) || t("failed"))
        return
      }
      const added = json.files.map((f) => f.url)
      setUrls((prev) => (multiple ? [...prev, ...added] : added.slice(0, 1)))
    } catch {
      setProblem(t("failed"))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="space-y-2" data-testid={testId}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-status-expired">
            *
          </span>
        )}
      </label>
      {urls.map((url) => (
        <input key={url} type="hidden" name={name} value={url} />
      ))}
      {urls.length > 0 && (
        <ul className="flex flex-wrap gap-2" data-testid="uploaded-files">
          {urls.map((url, i) => (
            <li key={url} className="flex items-center gap-2 rounded-lg border border-line bg-white p-1.5 pr-2 text-sm">
              {/\.pdf($|\?)/i.test(url) ? (
                <span className="flex size-12 items-center justify-center rounded bg-clay-50 text-xs font-bold text-clay-700">PDF</span>
              ) : (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={url} alt="" className="size-12 rounded object-cover" />
              )}
              <span className="sr-only">{t("uploaded")}</span>
              <button
                type="button"
                onClick={() => setUrls((prev) => prev.filter((u) => u !== url))}
                className="min-h-11 min-w-11 rounded-full px-2 text-lg text-muted hover:bg-line/50 hover:text-ink"
                aria-label={t("remove", { name: `${label} ${i + 1}` })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        onChange={onChange}
        disabled={busy}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full text-sm text-muted file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-full file:border-0 file:bg-brand-50 file:px-4 file:py-2.5 file:text-sm file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
      />
      {busy && (
        <p role="status" className="text-sm text-muted">
          {t("uploading")}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {shown && (
        <p id={`${id}-error`} className="text-sm font-medium text-status-expired" data-testid="field-error">
          {shown}
        </p>
      )}
    </div>
  )
}

/** "Vietnamese (English)" → the reader's part (same rule as lib/shop's localizeBackendMessage). */
function localize(message: string | undefined, lang: "vi" | "en"): string {
  const text = String(message ?? "").trim()
  const m = /^(.*)\(([^()]*)\)$/.exec(text)
  if (!m) return text
  return lang === "en" ? m[2].trim() : m[1].trim()
}
