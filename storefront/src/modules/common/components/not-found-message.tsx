import { Link } from "@/i18n/navigation"

type Props = {
  title: string
  body: string
  back: string
  href: string
  tone?: "neutral" | "warning"
}

/** Friendly 404 body, in the page's language (texts come from the caller's messages). */
export default function NotFoundMessage({ title, body, back, href, tone = "neutral" }: Props) {
  return (
    <div data-testid="not-found" className="mx-auto flex max-w-lg flex-col items-center px-4 py-20 text-center">
      <span
        aria-hidden="true"
        className={`flex size-16 items-center justify-center rounded-full font-bold ${
          tone === "warning" ? "bg-status-expired/10 text-3xl text-status-expired" : "bg-brand-50 text-xl text-brand-700"
        }`}
      >
        {tone === "warning" ? "!" : "404"}
      </span>
      <h1 className="mt-6 font-display text-2xl font-bold text-ink sm:text-3xl">{title}</h1>
      <p className="mt-3 leading-relaxed text-muted">{body}</p>
      <Link
        href={href}
        className="mt-8 inline-flex rounded-full bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {back}
      </Link>
    </div>
  )
}
