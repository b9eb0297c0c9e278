"use client"

import { useLocale, useTranslations } from "next-intl"
import { useSearchParams } from "next/navigation"
import { type FormEvent, type KeyboardEvent, Suspense, useEffect, useId, useRef, useState } from "react"
import { usePathname, useRouter } from "@/i18n/navigation"
import { MAX_QUERY_LENGTH, parseSearchParams } from "@/lib/search-params"
import { highlightMatches, nextActiveIndex, shouldSuggest, SUGGEST_DEBOUNCE_MS } from "@/lib/search-suggest"
import type { SearchSuggestion, SearchSuggestionsResponse } from "@ocop/contract"
import StarBadge from "@/modules/common/components/star-badge"

/**
 * The header search box: a plain GET form to /{locale}/search (works without JavaScript),
 * enhanced into a WAI-ARIA combobox with product suggestions as you type (debounced; arrow
 * keys move, Enter opens, Escape closes). The last option searches for all results.
 *
 * The form itself is never inside a Suspense boundary: a boundary may stream its content after
 * the shell and swap the DOM, which would drop the focus and what the shopper already typed.
 * Only the part that reads the URL (to show the words of the results page) waits for it.
 */
export default function SearchBox() {
  const t = useTranslations("search.box")
  const locale = useLocale()
  const router = useRouter()
  const id = useId()
  const listboxId = `${id}-listbox`
  const hintId = `${id}-hint`
  const optionId = (i: number) => `${id}-option-${i}`

  const [value, setValue] = useState("")
  const input = useRef<HTMLInputElement>(null)
  const synced = useRef(false)
  const [suggestions, setSuggestions] = useState<SearchSuggestion[]>([])
  /** The words the current suggestions answer. */
  const [suggestedFor, setSuggestedFor] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [loading, setLoading] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const request = useRef<AbortController | null>(null)

  useEffect(() => {
    // words typed before the page became interactive are the shopper's: keep them
    const typed = input.current?.value ?? ""
    if (typed) {
      setValue(typed)
      requestSuggestions(typed)
    }
    return () => {
      clearTimeout(timer.current)
      request.current?.abort()
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, [])

  /** The results page's words: shown in the box, and again after back/forward or a link. */
  function showUrlQuery(q: string) {
    const first = !synced.current
    synced.current = true
    if (first && input.current?.value) return
    setValue(q)
  }

  const optionCount = suggestedFor !== null ? suggestions.length + 1 : 0

  function close() {
    setOpen(false)
    setActive(-1)
  }

  function requestSuggestions(q: string) {
    clearTimeout(timer.current)
    request.current?.abort()
    if (!shouldSuggest(q)) {
      setLoading(false)
      setSuggestions([])
      setSuggestedFor(null)
      close()
      return
    }
    setLoading(true)
    timer.current = setTimeout(async () => {
      const controller = new AbortController()
      request.current = controller
      try {
        const response = await fetch(`/${locale}/search/suggestions?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
          headers: { accept: "application/json" },
        })
        if (!response.ok) throw new Error(`suggestions: HTTP ${response.status}`)
        const data = (await response.json()) as SearchSuggestionsResponse
        setSuggestions(data.suggestions ?? [])
        setSuggestedFor(q)
        setActive(-1)
        setOpen(true)
      } catch (error) {
        if (controller.signal.aborted) return
        console.warn(error)
        setSuggestions([])
        setSuggestedFor(null)
        close()
      } finally {
        if (request.current === controller) setLoading(false)
      }
    }, SUGGEST_DEBOUNCE_MS)
  }

  function searchFor(q: string) {
    close()
    const words = q.replace(/\s+/g, " ").trim()
    router.push({ pathname: "/search", query: words ? { q: words } : {} })
  }

  function choose(index: number) {
    const suggestion = suggestions[index]
    if (suggestion) {
      close()
      router.push(`/products/${suggestion.handle}`)
    } else {
      searchFor(value)
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    clearTimeout(timer.current)
    request.current?.abort()
    setLoading(false)
    searchFor(value)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        if (optionCount === 0) return
        event.preventDefault()
        if (!open) {
          setOpen(true)
          setActive(event.key === "ArrowDown" ? 0 : optionCount - 1)
        } else {
          setActive(nextActiveIndex(active, event.key, optionCount))
        }
        return
      case "Enter":
        if (open && active >= 0) {
          event.preventDefault()
          choose(active)
        }
        return // otherwise the form submits
      case "Escape":
        if (open) {
          event.preventDefault()
          close()
        } else if (value) {
          event.preventDefault()
          setValue("")
          requestSuggestions("")
        }
        return
      case "Tab":
        close()
        return
    }
  }

  const expanded = open && optionCount > 0
  let status = ""
  if (loading) status = t("loading")
  else if (expanded) status = t("count", { count: suggestions.length })

  return (
    <form action={`/${locale}/search`} method="get" role="search" onSubmit={onSubmit} data-testid="search-box" className="relative w-full">
      <label htmlFor={`${id}-input`} className="sr-only">
        {t("label")}
      </label>
      <div className="flex items-center rounded-full bg-white ring-1 ring-line transition-shadow focus-within:ring-2 focus-within:ring-brand-600">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="ml-3 size-4 shrink-0 fill-muted">
          <path d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4a1 1 0 0 1-1.4 1.4l-4-4A6.5 6.5 0 1 1 8.5 2zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z" />
        </svg>
        <input
          ref={input}
          id={`${id}-input`}
          type="search"
          name="q"
          value={value}
          onChange={(e) => {
            setValue(e.target.value)
            requestSuggestions(e.target.value)
          }}
          onKeyDown={onKeyDown}
          onFocus={() => {
            if (suggestedFor !== null && suggestedFor === value) setOpen(true)
          }}
          onBlur={close}
          placeholder={t("placeholder")}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          data-testid="search-input"
          className="h-10 min-w-0 flex-1 bg-transparent px-2 text-base text-ink outline-none placeholder:text-muted sm:text-sm [&::-webkit-search-cancel-button]:appearance-none"
        />
        <button
          type="submit"
          className="mr-1 inline-flex h-8 shrink-0 items-center rounded-full bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {t("submit")}
        </button>
      </div>
      <p id={hintId} className="sr-only">
        {t("hint")}
      </p>
      <Suspense fallback={null}>
        <UrlQuery onQuery={showUrlQuery} />
      </Suspense>
      <p role="status" className="sr-only">
        {status}
      </p>

      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("suggestions")}
        hidden={!expanded}
        data-testid="search-suggestions"
        className="absolute inset-x-0 top-full z-40 mt-2 max-h-[70vh] overflow-y-auto rounded-2xl bg-white py-1 shadow-xl shadow-brand-900/10 ring-1 ring-line"
      >
        {expanded &&
          suggestions.map((s, i) => (
            <li
              key={s.handle}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              data-testid="search-suggestion"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
              onMouseMove={() => active !== i && setActive(i)}
              className={`flex cursor-pointer items-center gap-3 px-3 py-2 ${i === active ? "bg-brand-50" : ""}`}
            >
              <span className="size-10 shrink-0 overflow-hidden rounded-lg bg-brand-50 ring-1 ring-inset ring-brand-100">
                {s.thumbnail && (
                  // eslint-disable-next-line @next/next/no-img-element -- images come from any backend file host
                  <img src={s.thumbnail} alt="" className="size-full object-cover" loading="lazy" />
                )}
              </span>
              <span className="min-w-0 flex-1">
                <span className="line-clamp-2 text-sm leading-snug text-ink">
                  {highlightMatches(s.title, suggestedFor ?? value).map((part, j) =>
                    part.match ? (
                      <strong key={j} className="font-semibold text-brand-800">
                        {part.text}
                      </strong>
                    ) : (
                      <span key={j}>{part.text}</span>
                    )
                  )}
                </span>
              </span>
              <StarBadge stars={s.stars} size="sm" className="shrink-0" />
            </li>
          ))}
        {expanded && (
          <li
            id={optionId(suggestions.length)}
            role="option"
            aria-selected={active === suggestions.length}
            data-testid="search-see-all"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(suggestions.length)}
            onMouseMove={() => active !== suggestions.length && setActive(suggestions.length)}
            className={`cursor-pointer border-t border-line px-3 py-2.5 text-sm font-semibold text-brand-700 ${
              active === suggestions.length ? "bg-brand-50" : ""
            }`}
          >
            {t("seeAll", { q: value.trim() })}
          </li>
        )}
      </ul>
    </form>
  )
}

/** Reports the `q` of the results page the box is on (after hydration and on each navigation). */
function UrlQuery({ onQuery }: { onQuery: (q: string) => void }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const q = pathname === "/search" ? parseSearchParams(searchParams).q : null
  const report = useRef(onQuery)
  report.current = onQuery
  useEffect(() => {
    if (q !== null) report.current(q)
  }, [q])
  return null
}
