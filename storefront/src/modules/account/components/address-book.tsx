"use client"

import type { HttpTypes } from "@medusajs/types"
import { formatVnMobilePhone } from "@ocop/domain"
import { useTranslations } from "next-intl"
import { useActionState, useEffect, useRef } from "react"
import { useFormStatus } from "react-dom"
import { addCustomerAddress, deleteCustomerAddress, type AddressBookState } from "@/lib/data/customer"
import { addressLine } from "@/lib/shop"
import AddressFields from "@/modules/checkout/components/address-fields"
import { PRIMARY_BUTTON } from "@/modules/common/components/form-field"

function Submit({ label, pending: pendingLabel }: { label: string; pending: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className={PRIMARY_BUTTON} data-testid="address-add-submit">
      {pending ? pendingLabel : label}
    </button>
  )
}

function RemoveButton({ label, text }: { label: string; text: string }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      aria-label={label}
      disabled={pending}
      data-testid="address-remove"
      className="min-h-10 rounded-full px-3 text-sm font-medium text-status-expired hover:underline disabled:opacity-50"
    >
      {text}
    </button>
  )
}

/** Saved delivery addresses: list with remove, and a form to add one (same rules as checkout). */
export default function AddressBook({ addresses }: { addresses: HttpTypes.StoreCustomerAddress[] }) {
  const t = useTranslations("account.addresses")
  const tc = useTranslations("checkout")
  const [state, action] = useActionState<AddressBookState, FormData>(addCustomerAddress, {})
  const form = useRef<HTMLFormElement>(null)
  const status = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (state.saved) form.current?.reset()
    if (state.errors || state.message) status.current?.focus()
  }, [state])
  const count = Object.keys(state.errors ?? {}).length

  return (
    <div className="space-y-4">
      {addresses.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {addresses.map((a) => {
            const line = addressLine(a)
            return (
              <li
                key={a.id}
                data-testid="saved-address"
                className="flex flex-col justify-between gap-2 rounded-xl bg-paper p-3 text-sm ring-1 ring-line"
              >
                <div>
                  <p className="font-semibold">
                    {[a.first_name, a.last_name].filter(Boolean).join(" ")} · {formatVnMobilePhone(a.phone ?? "")}
                  </p>
                  <p className="text-muted">{line}</p>
                </div>
                <form action={deleteCustomerAddress}>
                  <input type="hidden" name="address_id" value={a.id} />
                  <RemoveButton label={t("removeLabel", { address: line })} text={t("remove")} />
                </form>
              </li>
            )
          })}
        </ul>
      )}
      <details className="rounded-xl bg-white ring-1 ring-line" open={addresses.length === 0 || Boolean(state.errors)}>
        <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800">{t("add")}</summary>
        <form ref={form} action={action} noValidate className="space-y-4 px-4 pb-4" data-testid="address-add-form">
          {(count > 0 || state.message) && (
            <p
              ref={status}
              tabIndex={-1}
              role="alert"
              className="rounded-lg bg-status-expired/10 p-3 text-sm font-medium text-status-expired"
            >
              {state.message ?? tc("errors.summary", { count })}
            </p>
          )}
          <AddressFields idPrefix="address-book" values={state.values} errors={state.errors} key={state.saved ?? "new"} />
          <Submit label={t("save")} pending={tc("saving")} />
        </form>
      </details>
      <p role="status" className="sr-only">
        {state.saved ? t("saved") : ""}
      </p>
    </div>
  )
}
