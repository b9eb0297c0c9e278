import messages from "../../messages/vi.json"

/**
 * Requests outside any locale rarely end here (the middleware prefixes every page path with
 * /vi): a minimal document of its own, since the root layout renders none.
 */
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="flex min-h-screen items-center justify-center bg-paper p-6 font-sans text-ink">
        <main className="max-w-md text-center">
          <h1 className="font-display text-2xl font-bold">{messages.notFound.title}</h1>
          <p className="mt-2 text-muted">{messages.notFound.body}</p>
          <a href="/vi" className="mt-6 inline-block rounded-full bg-brand-700 px-5 py-2.5 text-sm font-semibold text-white">
            {messages.notFound.back}
          </a>
        </main>
      </body>
    </html>
  )
}
