import type { HttpTypes } from "@medusajs/types"
import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { logout } from "@/lib/data/customer"
import { formatDate } from "@/lib/format"
import { paymentStatusKey, vnd } from "@/lib/shop"
import AddressBook from "@/modules/account/components/address-book"
import { LoginForm, RegisterForm } from "@/modules/account/components/auth-forms"
import { SECONDARY_BUTTON } from "@/modules/common/components/form-field"

/** Log in or register (a guest), or the account overview: orders, addresses, log out. */
export async function GuestAccount({ next }: { next?: string }) {
  const t = await getTranslations("account")
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{next === "/checkout" ? t("fromCheckout") : t("intro")}</p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <div className="rounded-2xl bg-white p-5 ring-1 ring-line">
          <LoginForm next={next} />
        </div>
        <div className="rounded-2xl bg-white p-5 ring-1 ring-line">
          <RegisterForm next={next} />
        </div>
      </div>
    </div>
  )
}

export async function AccountOverview({ customer, orders }: { customer: HttpTypes.StoreCustomer; orders: HttpTypes.StoreOrder[] }) {
  const t = await getTranslations("account")
  const locale = await getLocale()
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-6 sm:px-6 sm:py-10" data-testid="account-overview">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="font-display text-2xl font-bold text-brand-900 sm:text-3xl">{t("overview.title")}</h1>
          <p className="mt-1 text-ink" data-testid="account-greeting">
            {t("overview.hello", { name: name || customer.email })}
          </p>
          <p className="text-sm text-muted">{customer.email}</p>
        </div>
        <form action={logout}>
          <button type="submit" className={SECONDARY_BUTTON} data-testid="logout">
            {t("logout")}
          </button>
        </form>
      </div>

      <section aria-labelledby="orders-title" className="space-y-3">
        <h2 id="orders-title" className="font-display text-xl font-bold text-brand-900">
          {t("orders.title")}
        </h2>
        {orders.length === 0 ? (
          <p className="rounded-2xl bg-white p-4 text-sm text-muted ring-1 ring-line">
            {t("orders.empty")}{" "}
            <Link href="/products" className="font-semibold text-brand-800 underline underline-offset-2">
              {t("orders.browse")}
            </Link>
          </p>
        ) : (
          <ul className="divide-y divide-line overflow-hidden rounded-2xl bg-white ring-1 ring-line" data-testid="order-list">
            {orders.map((o) => (
              <li key={o.id} data-testid="order-row">
                <Link
                  href={`/account/orders/${o.id}`}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-brand-50"
                >
                  <span className="min-w-0">
                    <span className="block font-semibold text-brand-900">{t("orders.number", { number: String(o.display_id ?? "") })}</span>
                    <span className="block text-sm text-muted">
                      {formatDate(String(o.created_at ?? "").slice(0, 10), locale)} ·{" "}
                      {t("orders.items", { count: (o.items ?? []).reduce((n, i) => n + (i.quantity ?? 0), 0) })}
                    </span>
                  </span>
                  <span className="ml-auto text-right">
                    <span className="block font-bold tabular-nums text-brand-800">{vnd(o.total)}</span>
                    <span className="block text-xs text-muted">{t(`paymentStatus.${paymentStatusKey(o.payment_status)}`)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="addresses-title" className="space-y-3">
        <h2 id="addresses-title" className="font-display text-xl font-bold text-brand-900">
          {t("addresses.title")}
        </h2>
        <AddressBook addresses={customer.addresses ?? []} />
      </section>
    </div>
  )
}
