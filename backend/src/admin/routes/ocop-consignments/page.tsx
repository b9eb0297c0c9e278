import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { CONSIGNMENT_STATUS_LABELS } from "../../lib/domain"
import { currentLang } from "../../lib/i18n"
import { sdk } from "../../lib/sdk"

type Consignment = {
  id: string
  status: keyof typeof CONSIGNMENT_STATUS_LABELS
  allowed_transitions: string[]
  point: { id: string; name: string | null }
  producer: { id: string; name: string | null }
  created_at: string
  lines: { variant_id: string; quantity: number; product_title: string | null; sku: string | null }[]
}

const MESSAGES = {
  vi: {
    title: "Yêu cầu ký gửi",
    subtitle: "Điểm bán xin nhận hàng của chủ thể. Văn phòng có thể phê duyệt thay chủ thể (ví dụ chủ thể đã đồng ý qua điện thoại).",
    point: "Điểm bán",
    producer: "Chủ thể",
    lines: "Hàng",
    status: "Trạng thái",
    approve: "Phê duyệt thay chủ thể",
    empty: "Không có yêu cầu nào chờ xác nhận.",
    done: "Đã phê duyệt",
    failed: "Không phê duyệt được",
  },
  en: {
    title: "Consignment requests",
    subtitle: "Points of sale ask producers for goods. The office may approve in a producer's place (e.g. agreed by phone).",
    point: "Point of sale",
    producer: "Producer",
    lines: "Goods",
    status: "Status",
    approve: "Approve for the producer",
    empty: "No request awaits confirmation.",
    done: "Approved",
    failed: "Could not approve",
  },
}

/** Requested consignments across points; approving lets the point receive exactly these lines, once. */
const OcopConsignmentsPage = () => {
  const lang = currentLang()
  const t = MESSAGES[lang]
  const qc = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: ["ocop", "consignments"],
    queryFn: () =>
      sdk.client.fetch<{ consignments: Consignment[] }>("/admin/ocop/consignments", { query: { status: "requested", limit: 100 } }),
  })
  const approve = useMutation({
    mutationFn: (id: string) => sdk.client.fetch(`/admin/ocop/consignments/${id}/approve`, { method: "POST" }),
    onSuccess: () => {
      toast.success(t.done)
      qc.invalidateQueries({ queryKey: ["ocop", "consignments"] })
    },
    onError: (e: Error) => toast.error(t.failed, { description: e.message }),
  })
  const rows = data?.consignments ?? []
  return (
    <Container className="divide-y p-0" data-testid="ocop-consignments">
      <div className="px-6 py-4">
        <Heading level="h1">{t.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t.subtitle}
        </Text>
      </div>
      {!isLoading && rows.length === 0 ? (
        <Text className="px-6 py-4">{t.empty}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.point}</Table.HeaderCell>
              <Table.HeaderCell>{t.producer}</Table.HeaderCell>
              <Table.HeaderCell>{t.lines}</Table.HeaderCell>
              <Table.HeaderCell>{t.status}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{c.point.name ?? c.point.id}</Table.Cell>
                <Table.Cell>{c.producer.name ?? c.producer.id}</Table.Cell>
                <Table.Cell>{c.lines.map((l) => `${l.quantity} × ${l.product_title ?? l.sku ?? l.variant_id}`).join(", ")}</Table.Cell>
                <Table.Cell>{CONSIGNMENT_STATUS_LABELS[c.status][lang]}</Table.Cell>
                <Table.Cell>
                  {c.allowed_transitions.includes("confirmed") && (
                    <Button size="small" variant="secondary" isLoading={approve.isPending} onClick={() => approve.mutate(c.id)}>
                      {t.approve}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Yêu cầu ký gửi", icon: ArchiveBox })

export default OcopConsignmentsPage
