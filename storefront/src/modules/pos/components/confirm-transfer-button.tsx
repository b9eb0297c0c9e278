"use client"

import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { useState, useTransition } from "react"
import { confirmTransfer } from "@/lib/data/pos-actions"

/**
 * For a VietQR sale awaiting payment: the staff member confirms the transfer arrived in the point's
 * account. Shows "received" once the backend has marked the sale paid.
 */
export default function ConfirmTransferButton({ pointId, orderId, paid = false }: { pointId: string; orderId: string; paid?: boolean }) {
  const t = useTranslations("pos.counter.done")
  const router = useRouter()
  const [confirmed, setConfirmed] = useState(paid)
  const [error, setError] = useState<string | null>(null)
  const [pending, start] = useTransition()

  if (confirmed) {
    return (
      <p
        data-testid="pos-transfer-confirmed"
        role="status"
        className="rounded-lg bg-brand-50 px-3 py-2 text-center font-semibold text-brand-900"
      >
        ✓ {t("transferConfirmed")}
      </p>
    )
  }
  return (
    <div className="space-y-2 print:hidden">
      <p className="text-sm text-muted">{t("awaitingTransfer")}</p>
      <button
        type="button"
        data-testid="pos-confirm-transfer"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await confirmTransfer(pointId, orderId)
            if ("paid" in result) {
              setConfirmed(true)
              setError(null)
              router.refresh()
            } else {
              setError(result.message ?? t("confirmError"))
            }
          })
        }
        className="inline-flex min-h-12 w-full items-center justify-center rounded-xl bg-brand-700 px-5 text-base font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {t("confirmTransfer")}
      </button>
      {error && (
        <p role="alert" className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired">
          {error}
        </p>
      )}
    </div>
  )
}
