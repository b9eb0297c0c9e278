import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { browsePaths } from "@/lib/browse"
import type { PublicProducer } from "@ocop/contract"
import ProducerIdentity from "./producer-identity"

type Props = {
  producer: PublicProducer | null
}

/** The seller's legal identity (consumer-protection law) on the product page, and their page. */
export default function ProducerBlock({ producer }: Props) {
  const t = useTranslations("product.producer")
  const tb = useTranslations("browse.product")
  if (!producer) return null

  return (
    <section data-testid="producer-block" aria-labelledby="producer-title" className="rounded-2xl bg-white p-4 ring-1 ring-line sm:p-5">
      <h2 id="producer-title" className="font-display text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <div className="mt-3">
        <ProducerIdentity producer={producer} />
      </div>
      {producer.story && (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-ink">{t("story")}</h3>
          <p className="mt-1 whitespace-pre-line text-sm leading-relaxed text-muted">{producer.story}</p>
        </div>
      )}
      {producer.handle && (
        <Link
          href={browsePaths.producer(producer.handle)}
          data-testid="producer-link"
          className="mt-4 inline-flex items-center gap-1 text-sm font-semibold text-brand-700 underline-offset-2 hover:underline"
        >
          {tb("producerLink")}
          <span aria-hidden="true">→</span>
        </Link>
      )}
    </section>
  )
}
