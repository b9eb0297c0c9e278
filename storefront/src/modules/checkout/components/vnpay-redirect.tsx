import { getTranslations } from "next-intl/server"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"

/**
 * VNPay's last step: a link to the payment URL the backend signed for this cart's total (the
 * payment session's `payment_url`). VNPay sends the shopper back to /checkout/vnpay.
 */
export default async function VnpayRedirect({ paymentUrl, label }: { paymentUrl: unknown; label: string }) {
  const t = await getTranslations("checkout.payment.vnpay")
  const url = typeof paymentUrl === "string" && /^https:\/\//.test(paymentUrl) ? paymentUrl : null
  if (!url) {
    return (
      <p role="alert" className="text-sm font-medium text-status-expired" data-testid="vnpay-unavailable">
        {t("unavailable")}
      </p>
    )
  }
  return (
    <a href={url} rel="noopener noreferrer" className={`${PRIMARY_BUTTON} block w-full text-center text-base`} data-testid="vnpay-pay">
      {label}
    </a>
  )
}
