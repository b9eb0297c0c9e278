import { formatVnd } from "@ocop/domain"
import { getLocale, getTranslations } from "next-intl/server"
import { formatVietnamTime } from "@/lib/vietnam-time"
import type { PosReceipt } from "@/types/pos"

/**
 * The receipt as printed on an 80 mm roll: on screen a paper strip, in print only the strip
 * (the rest of the page is hidden by the `@media print` rules of the receipt page).
 */
export default async function Receipt({ receipt }: { receipt: PosReceipt }) {
  const t = await getTranslations("pos.receipt")
  const locale = await getLocale()
  return (
    <article
      data-testid="pos-receipt"
      aria-labelledby="pos-receipt-title"
      className="pos-receipt mx-auto w-full max-w-[80mm] bg-white px-4 py-5 font-sans text-[13px] leading-snug text-black shadow-md ring-1 ring-line print:max-w-none print:px-[3mm] print:py-[2mm] print:shadow-none print:ring-0"
    >
      <header className="text-center">
        <p className="text-base font-bold">{receipt.point.name}</p>
        {receipt.point.address && <p>{receipt.point.address}</p>}
        <h1 id="pos-receipt-title" className="mt-2 text-sm font-bold uppercase tracking-wide">
          {t("title")}
        </h1>
        <p data-testid="pos-receipt-number">{t("number", { order: String(receipt.display_id) })}</p>
        <p>{formatVietnamTime(receipt.created_at, locale)}</p>
        {receipt.staff?.name && <p>{t("staff", { name: receipt.staff.name })}</p>}
      </header>
      <hr className="my-2 border-dashed border-black" />
      <ul className="space-y-2">
        {receipt.lines.map((line, i) => (
          <li key={`${line.sku ?? line.title}-${i}`} data-testid="pos-receipt-line">
            <p className="font-semibold">
              {line.title}
              {line.variant_title && line.variant_title !== "Default" ? ` · ${line.variant_title}` : ""}
            </p>
            <p className="flex justify-between gap-2">
              <span className="tabular-nums">
                {line.quantity} × {formatVnd(line.unit_price)}
              </span>
              <span className="font-semibold tabular-nums">{formatVnd(line.total)}</span>
            </p>
            {line.verification_code && (
              <p className="text-[11px]">
                {line.stars ? t("ocop", { stars: line.stars }) : "OCOP"} · {line.verification_code}
              </p>
            )}
          </li>
        ))}
      </ul>
      <hr className="my-2 border-dashed border-black" />
      <dl className="space-y-0.5">
        <div className="flex justify-between gap-2 text-base font-bold">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums" data-testid="pos-receipt-total">
            {formatVnd(receipt.total)}
          </dd>
        </div>
        <div className="flex justify-between gap-2">
          <dt>{t("payment")}</dt>
          <dd>{t(receipt.payment === "vietqr" ? "vietqr" : "cash")}</dd>
        </div>
        {receipt.payment_status && (
          <div className="flex justify-between gap-2">
            <dt>{t("status")}</dt>
            <dd data-testid="pos-receipt-payment-status" className="font-semibold">
              {t(receipt.payment_status === "paid" ? "paid" : "awaiting")}
            </dd>
          </div>
        )}
        {typeof receipt.cash_received === "number" && (
          <div className="flex justify-between gap-2">
            <dt>{t("cashReceived")}</dt>
            <dd className="tabular-nums">{formatVnd(receipt.cash_received)}</dd>
          </div>
        )}
        {typeof receipt.change_due === "number" && (
          <div className="flex justify-between gap-2">
            <dt>{t("change")}</dt>
            <dd className="tabular-nums">{formatVnd(receipt.change_due)}</dd>
          </div>
        )}
      </dl>
      <hr className="my-2 border-dashed border-black" />
      <footer className="text-center text-[11px]">
        {receipt.lines.some((l) => l.verification_code) && <p>{t("verifyHint")}</p>}
        <p className="mt-1 font-semibold">{t("thanks")}</p>
      </footer>
    </article>
  )
}
