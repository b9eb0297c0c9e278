import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { VnpayReturn } from "@/lib/data/vnpay"
import { vnd } from "@/lib/shop"
import PlaceOrder from "@/modules/checkout/components/place-order"

/**
 * Back from VNPay: paid → one button completes the order (already placed if VNPay's IPN came first)
 * and opens its confirmation; not paid → back to the payment step, the cart kept.
 */
export default async function VnpayReturnTemplate({ result }: { result: VnpayReturn | null }) {
  const t = await getTranslations("checkout.vnpayReturn")
  const paid = result?.paid === true
  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-10 sm:px-6" data-testid="vnpay-return" data-paid={paid}>
      <h1 className="font-display text-2xl font-bold text-brand-900">{paid ? t("paidTitle") : t("failedTitle")}</h1>
      {paid ? (
        <>
          <p className="text-ink">{t("paidText", { amount: vnd(result?.amount ?? 0) })}</p>
          <PlaceOrder label={t("finish")} />
        </>
      ) : (
        <>
          <p className="text-ink" role="alert">
            {result ? t("failedText") : t("invalidText")}
          </p>
          <Link
            href={{ pathname: "/checkout", query: { step: "payment" } }}
            className="inline-block font-semibold text-brand-800 underline underline-offset-2"
            data-testid="vnpay-retry"
          >
            {t("retry")}
          </Link>
        </>
      )}
    </div>
  )
}
