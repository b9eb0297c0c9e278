import { getTranslations } from "next-intl/server"
import { Suspense } from "react"
import { Link } from "@/i18n/navigation"
import { cartItemCount } from "@/lib/data/cart"

function CartIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M3 4h2l2.2 10.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6.2" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="10" cy="20" r="1.3" />
      <circle cx="17" cy="20" r="1.3" />
    </svg>
  )
}

function AccountIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="1.8">
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c1.5-4 4.5-6 8-6s6.5 2 8 6" strokeLinecap="round" />
    </svg>
  )
}

async function CartLink({ count }: { count?: number }) {
  const t = await getTranslations("cart.header")
  const label = count === undefined ? t("cart") : t("cartWithCount", { count })
  return (
    <Link
      href="/cart"
      aria-label={label}
      data-testid="header-cart"
      data-count={count ?? ""}
      className="relative flex size-10 items-center justify-center rounded-full text-brand-900 hover:bg-brand-50"
    >
      <CartIcon />
      {count !== undefined && count > 0 && (
        <span
          aria-hidden="true"
          className="absolute -right-0.5 -top-0.5 flex min-w-5 items-center justify-center rounded-full bg-clay-700 px-1 text-[11px] font-bold leading-5 text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  )
}

async function CartLinkWithCount() {
  return <CartLink count={await cartItemCount()} />
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
      <Suspense fallback={<CartLink />}>
        <CartLinkWithCount />
      </Suspense>
    </div>
  )
}
