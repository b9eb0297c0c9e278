import { ClientMessages } from "@/i18n/client-messages"
import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { redirect } from "next/navigation"
import { listPaymentProviders, listShippingOptions, retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

type Props = { searchParams: Promise<{ step?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout")
  return { title: t("title"), robots: { index: false } }
}

export default async function CheckoutPage({ searchParams }: Props) {
  const { step } = await searchParams
  const cart = await retrieveCart()
  if (!cart || (cart.items?.length ?? 0) === 0) redirect(`/${await getLocale()}/cart`)
  const [customer, shippingOptions, providerIds] = await Promise.all([
    retrieveCustomer(),
    listShippingOptions(cart.id),
    listPaymentProviders(cart.region_id ?? ""),
  ])
  return (
    <ClientMessages area="checkout">
      <CheckoutTemplate
        cart={cart}
        customer={customer}
        shippingOptions={shippingOptions}
        providerIds={providerIds}
        requested={Array.isArray(step) ? step[0] : step}
      />
    </ClientMessages>
  )
}
