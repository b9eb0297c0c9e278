import { useLocale, useTranslations } from "next-intl"
import { browsePaths, type ListingParams } from "@/lib/browse"
import { producerTypeName, provinceLabel } from "@/lib/labels"
import type { SearchResponse, StoreProducer } from "@ocop/contract"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import ProducerIdentity from "@/modules/products/components/producer-identity"
import ListingResults from "../components/listing-results"

type Props = {
  producer: StoreProducer
  result: SearchResponse
  params: ListingParams
}

/** A producer (chủ thể): who they are, their legal identity, their story and listed products. */
export default function ProducerTemplate({ producer, result, params }: Props) {
  const t = useTranslations("browse")
  const tp = useTranslations("product.producer")
  const locale = useLocale() as "vi" | "en"
  const province = producer.province_name || provinceLabel(producer.province_code)
  const typeLabel = producer.type_label?.[locale] ?? producerTypeName(producer.type, locale)
  const place = [producer.commune, province].filter(Boolean).join(", ")

  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <Breadcrumbs
        className="mb-4"
        items={[
          { label: t("nav.home"), href: browsePaths.home() },
          { label: province, href: browsePaths.province(producer.province_code) },
          { label: producer.name },
        ]}
      />
      <header className="mb-6">
        <p className="text-xs font-semibold uppercase tracking-wider text-clay-700" data-testid="producer-type">
          {typeLabel}
        </p>
        <h1 className="mt-1 font-display text-2xl font-bold leading-tight text-brand-900 sm:text-3xl">{producer.name}</h1>
        {place && (
          <p className="mt-2 flex items-center gap-1 text-sm text-muted">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 fill-clay-500">
              <path d="M10 1.5a6 6 0 0 0-6 6c0 4.4 6 11 6 11s6-6.6 6-11a6 6 0 0 0-6-6zm0 8.2a2.2 2.2 0 1 1 0-4.4 2.2 2.2 0 0 1 0 4.4z" />
            </svg>
            {place}
          </p>
        )}
      </header>

      <div className="grid items-start gap-6 md:grid-cols-[3fr_2fr]">
        <section aria-labelledby="producer-story-title" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
          <h2 id="producer-story-title" className="font-display text-lg font-bold text-brand-900">
            {t("producer.story")}
          </h2>
          <p className="mt-2 whitespace-pre-line leading-relaxed text-ink/90" data-testid="producer-story">
            {producer.story || tp("unknown")}
          </p>
        </section>
        <section
          aria-labelledby="producer-identity-title"
          className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5"
          data-testid="producer-block"
        >
          <h2 id="producer-identity-title" className="font-display text-lg font-bold text-brand-900">
            {t("producer.identity")}
          </h2>
          <p className="mt-1 text-xs text-muted">{t("producer.identityHint")}</p>
          <div className="mt-2">
            <ProducerIdentity producer={producer} />
          </div>
        </section>
      </div>

      <section aria-labelledby="producer-products-title" className="mt-10">
        <h2 id="producer-products-title" className="mb-4 font-display text-xl font-bold text-brand-900 sm:text-2xl">
          {t("producer.products")}
        </h2>
        <ListingResults
          result={result}
          params={params}
          pathname={browsePaths.producer(producer.handle)}
          emptyText={t("producer.noProducts")}
        />
      </section>
    </div>
  )
}
