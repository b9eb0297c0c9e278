import { ClientMessages } from "@/i18n/client-messages"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { readVnpayReturn } from "@/lib/data/vnpay"
import VnpayReturnTemplate from "@/modules/checkout/templates/vnpay-return-template"

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.vnpayReturn")
  return { title: t("metaTitle"), robots: { index: false } }
}

/** VNPay's return URL (VNPAY_RETURN_URL, by default <STOREFRONT_URL>/vi/checkout/vnpay). */
export default async function VnpayReturnPage({ searchParams }: Props) {
  return (
    <ClientMessages area="checkout">
      <VnpayReturnTemplate result={await readVnpayReturn(await searchParams)} />
    </ClientMessages>
  )
}
