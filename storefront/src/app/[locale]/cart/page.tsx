import { ClientMessages } from "@/i18n/client-messages"
import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { retrieveCart } from "@/lib/data/cart"
import CartTemplate from "@/modules/cart/templates/cart-template"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart")
  return { title: t("title"), robots: { index: false } }
}

export default async function CartPage() {
  return (
    <ClientMessages area="cart">
      <CartTemplate cart={await retrieveCart()} />
    </ClientMessages>
  )
}
