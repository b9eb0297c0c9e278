import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Container, Table, Tabs, Text } from "@medusajs/ui"
import { CertificateFilters } from "../../components/certificate-filters"
import { CertificateTable } from "../../components/certificate-table"
import { OfficePageHeader } from "../../components/office-page-header"
import { useCertificateList } from "../../hooks/use-certificates"
import { useLang } from "../../hooks/use-lang"
import { useOfficeQuery } from "../../hooks/use-office-query"
import { OFFICE_TABS, PAGE_SIZE, type OfficeTab } from "../../lib/office-tabs"

/** The OCOP office's workspace: review queue, expiring, suspended, revoked, all. */
const OcopOfficePage = () => {
  const { t } = useLang()
  const q = useOfficeQuery()
  const { data, isLoading, isError, error, isPlaceholderData } = useCertificateList(q.apiQuery)
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0" data-testid="ocop-page">
      <OfficePageHeader title={t("page.title")} subtitle={t("page.subtitle")} />
      <div className="px-6 py-3">
        <Tabs value={q.tab} onValueChange={(v) => q.setTab(v as OfficeTab)}>
          <Tabs.List className="flex-wrap">
            {OFFICE_TABS.map((tab) => (
              <Tabs.Trigger key={tab} value={tab} data-testid={`ocop-tab-${tab}`}>
                {t(`page.tabs.${tab}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <CertificateFilters values={q.filters} onChange={q.setFilter} onClear={q.clearFilters} />
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
      {data && !data.certificates.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-8 text-center" data-testid="ocop-empty">
          {t("page.empty")}
        </Text>
      )}
      {data && data.certificates.length > 0 && (
        <div className={isPlaceholderData ? "opacity-50 transition-opacity" : undefined} aria-busy={isPlaceholderData}>
          <CertificateTable certificates={data.certificates} showDocument={q.tab === "review"} />
          <Table.Pagination
            data-testid="ocop-pagination"
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={q.page}
            pageCount={pageCount}
            canPreviousPage={q.page > 0}
            canNextPage={q.page + 1 < pageCount}
            previousPage={() => q.setPage(q.page - 1)}
            nextPage={() => q.setPage(q.page + 1)}
            translations={{
              of: t("page.of"),
              results: t("page.results"),
              pages: t("page.pages"),
              prev: t("page.previous"),
              next: t("page.next"),
            }}
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "OCOP",
  icon: ShieldCheck,
})

export default OcopOfficePage
