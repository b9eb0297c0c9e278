import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import CartLink from "./header-cart-count"

function AccountIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" strokeLinecap="round" />
    </svg>
  )
}

/** Account and cart links of the header; the cart shows how many units it holds. */
export default async function HeaderShopLinks() {
  const t = await getTranslations("cart.header")
  return (
    <div className="flex items-center gap-0.5">
      <Link
        href="/account"
        aria-label={t("account")}
        data-testid="header-account"
        className="flex size-10 items-center justify-center rounded-full text-brand-900 hover:bg-brand-50"
      >
        <AccountIcon />
      </Link>
      <CartLink />
    </div>
  )
}
