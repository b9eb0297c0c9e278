"use client"

import { useLocale } from "next-intl"
import type { FormEvent, ReactNode } from "react"
import { useRouter } from "@/i18n/navigation"
import { mergeFormFields, searchQuery, type SearchState } from "@/lib/search-params"

type Props = {
  state: SearchState
  /** The fields this form sets; the rest of the current query travels in hidden inputs. */
  fields: readonly string[]
  children: ReactNode
  className?: string
  /** Submit as soon as a field changes (the sort select). */
  submitOnChange?: boolean
  testId?: string
}

/**
 * A GET form to the results page that keeps the rest of the current query. Without
 * JavaScript the browser submits it as it is; with JavaScript it goes to the canonical URL
 * of the new state by client navigation (so the back button returns to the previous results).
 */
export default function QueryForm({ state, fields, children, className, submitOnChange = false, testId }: Props) {
  const locale = useLocale()
  const router = useRouter()
  const hidden = Object.entries(searchQuery({ ...state, page: 1 })).filter(([key]) => !fields.includes(key))

  function navigate(target: HTMLFormElement) {
    const data = new FormData(target)
    const entries = fields.flatMap((key) => data.getAll(key).map((v): [string, string] => [key, typeof v === "string" ? v : ""]))
    // a field left empty still replaces the value the URL had
    for (const key of fields) if (!data.has(key)) entries.push([key, ""])
    router.push({ pathname: "/search", query: searchQuery(mergeFormFields(state, entries)) }, { scroll: false })
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    navigate(event.currentTarget)
  }

  return (
    <form
      action={`/${locale}/search`}
      method="get"
      onSubmit={onSubmit}
      onChange={submitOnChange ? (e) => navigate(e.currentTarget) : undefined}
      className={className}
      data-testid={testId}
    >
      {hidden.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      {children}
    </form>
  )
}
