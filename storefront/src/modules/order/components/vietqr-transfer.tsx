import QRCode from "qrcode"
import { getTranslations } from "next-intl/server"
import { bankName, vnd, type VietQrTransfer as Transfer } from "@/lib/shop"

/**
 * The order's VietQR: the EMVCo payload from the payment rendered as a QR code (SVG, on the
 * server), with the same details written out for shoppers who type the transfer by hand.
 */
export default async function VietQrTransfer({ transfer, displayId }: { transfer: Transfer; displayId?: number | string }) {
  const t = await getTranslations("order.vietqr")
  const svg = await QRCode.toString(transfer.qr_payload, { type: "svg", margin: 2, errorCorrectionLevel: "M" })
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  const rows: [string, string, string][] = [
    [t("bank"), bankName(transfer.bank_bin), "vietqr-bank"],
    [t("accountNumber"), transfer.account_number, "vietqr-account-number"],
    [t("accountName"), transfer.account_name, "vietqr-account-name"],
    [t("amount"), vnd(transfer.amount), "vietqr-amount"],
    [t("reference"), transfer.reference, "vietqr-reference"],
  ]
  return (
    <section aria-labelledby="vietqr-title" data-testid="vietqr" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-6">
      <h2 id="vietqr-title" className="font-display text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <div className="mt-4 grid items-start gap-5 sm:grid-cols-[auto_1fr]">
        <figure className="mx-auto flex flex-col items-center gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- inline SVG data URL */}
          <img
            src={src}
            alt={t("qrAlt", { amount: vnd(transfer.amount), reference: transfer.reference })}
            width={224}
            height={224}
            data-testid="vietqr-image"
            className="size-56 rounded-lg bg-white ring-1 ring-line"
          />
          <figcaption className="text-center text-xs text-muted">{t("scan")}</figcaption>
        </figure>
        <dl className="grid gap-2 text-sm">
          {rows.map(([label, value, testId]) => (
            <div key={testId} className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 border-b border-line pb-2 last:border-0">
              <dt className="text-muted">{label}</dt>
              <dd data-testid={testId} className="break-all font-semibold tabular-nums text-ink">
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {transfer.awaiting_confirmation ? (
        <p data-testid="vietqr-awaiting" className="mt-4 rounded-lg bg-clay-50 p-3 text-sm font-medium text-clay-700 ring-1 ring-clay-100">
          {t("awaiting", { order: String(displayId ?? "") })}
        </p>
      ) : (
        <p className="mt-4 rounded-lg bg-brand-50 p-3 text-sm font-medium text-brand-800">{t("confirmed")}</p>
      )}
    </section>
  )
}
