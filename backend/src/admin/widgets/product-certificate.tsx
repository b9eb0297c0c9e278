import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { CertificateActions } from "../components/certificate-actions"
import { CertificateHistory } from "../components/certificate-history"
import { EventTimeline } from "../components/event-timeline"
import { LiveCertificate } from "../components/live-certificate"
import { PendingSubmissions } from "../components/pending-submissions"
import { RecordCertificateModal } from "../components/record-certificate-modal"
import { useProductCertificates } from "../hooks/use-certificates"
import { useLang } from "../hooks/use-lang"

/** The OCOP office's view of one product: live certificate, actions, rating history, event log. */
const ProductCertificateWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { t } = useLang()
  const { data, isLoading, isError, error } = useProductCertificates(product.id)
  const certificates = data?.certificates ?? []
  const live = certificates.find((c) => c.id === data?.live_certificate_id) ?? null

  return (
    <Container className="divide-y p-0" data-testid="ocop-certificate-widget">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("widget.title")}</Heading>
        {data && <RecordCertificateModal productId={product.id} live={live} />}
      </div>
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid="ocop-load-error">
          {t("common.loadError")}: {(error as Error)?.message}
        </Text>
      )}
      {data && !live && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid="ocop-no-certificate">
          {t("widget.noCertificate")}
        </Text>
      )}
      {live && <LiveCertificate certificate={live} />}
      {live && <CertificateActions certificate={live} />}
      <PendingSubmissions certificates={certificates.filter((c) => c.id !== live?.id && c.status === "pending_review")} />
      {certificates.length > 0 && <CertificateHistory certificates={certificates} liveId={live?.id ?? null} />}
      {certificates.length > 0 && <EventTimeline certificates={certificates} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.after",
})

export default ProductCertificateWidget
