"use client"

import { useTranslations } from "next-intl"

export default function PrintButton() {
  const t = useTranslations("pos.receipt")
  return (
    <button
      type="button"
      onClick={() => window.print()}
      data-testid="pos-print"
      className="inline-flex min-h-12 items-center justify-center rounded-xl bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800"
    >
      {t("print")}
    </button>
  )
}
