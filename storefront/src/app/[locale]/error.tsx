"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"

export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error")
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <div className="mx-auto max-w-md px-4 py-20 text-center">
      <h1 className="font-display text-2xl font-bold text-ink">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-full bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {t("retry")}
      </button>
    </div>
  )
}
