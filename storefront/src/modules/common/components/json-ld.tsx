import { serializeJsonLd } from "@/lib/json-ld"

/** schema.org structured data for search engines, written into the server-rendered HTML. */
export default function JsonLd({ data, id }: { data: Record<string, unknown> | Record<string, unknown>[]; id?: string }) {
  return <script type="application/ld+json" id={id} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
