import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { producerDecisionsFrom, provinceName, type ProducerApprovalStatus, type ProducerDecision } from "../../lib/domain"
import { currentLang } from "../../lib/i18n"
import { sdk } from "../../lib/sdk"

type ApprovalStatus = ProducerApprovalStatus
type Decision = ProducerDecision

type OfficeProducer = {
  id: string
  name: string
  type: string
  tax_code: string | null
  business_registration_number: string | null
  province_code: string
  commune: string | null
  address: string | null
  phone: string | null
  email: string | null
  approval_status: ApprovalStatus
  rejection_reason: string | null
  created_at: string
  members?: { id: string; email: string; role: string }[]
}

const MESSAGES = {
  vi: {
    title: "Chủ thể OCOP",
    subtitle: "Duyệt chủ thể mới đăng ký trước khi sản phẩm của họ được bán.",
    status: { pending_approval: "Chờ duyệt", approved: "Đã duyệt", rejected: "Bị từ chối", suspended: "Tạm dừng" } as Record<
      ApprovalStatus,
      string
    >,
    name: "Chủ thể",
    registration: "MST / ĐKKD",
    place: "Địa bàn",
    contact: "Liên hệ",
    actions: "Quyết định",
    approve: "Phê duyệt",
    reject: "Từ chối",
    suspend: "Tạm dừng",
    reason: "Lý do (bắt buộc khi từ chối/tạm dừng)",
    empty: "Không có chủ thể nào.",
    done: "Đã ghi quyết định",
    failed: "Không ghi được quyết định",
  },
  en: {
    title: "OCOP producers",
    subtitle: "Approve newly registered producers before their products go on sale.",
    status: { pending_approval: "Awaiting approval", approved: "Approved", rejected: "Rejected", suspended: "Suspended" } as Record<
      ApprovalStatus,
      string
    >,
    name: "Producer",
    registration: "Tax code / reg. no.",
    place: "Place",
    contact: "Contact",
    actions: "Decision",
    approve: "Approve",
    reject: "Reject",
    suspend: "Suspend",
    reason: "Reason (required to reject or suspend)",
    empty: "No producers.",
    done: "Decision recorded",
    failed: "Could not record the decision",
  },
}

const COLOR: Record<ApprovalStatus, "orange" | "green" | "red" | "grey"> = {
  pending_approval: "orange",
  approved: "green",
  rejected: "red",
  suspended: "grey",
}

/** The office's producer approval queue: approve, reject (with reason) or suspend. */
const OcopProducersPage = () => {
  const lang = currentLang()
  const t = MESSAGES[lang]
  const [status, setStatus] = useState<ApprovalStatus>("pending_approval")
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const qc = useQueryClient()
  const { data, isLoading } = useQuery({
    queryKey: ["ocop", "producers", status],
    queryFn: () =>
      sdk.client.fetch<{ producers: OfficeProducer[]; count: number }>("/admin/ocop/producers", {
        query: { approval_status: status, limit: 100 },
      }),
    placeholderData: keepPreviousData,
  })
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) =>
      sdk.client.fetch(`/admin/ocop/producers/${id}/approval`, {
        method: "POST",
        body: { decision, ...(reasons[id] ? { reason: reasons[id] } : {}) },
      }),
    onSuccess: () => {
      toast.success(t.done)
      qc.invalidateQueries({ queryKey: ["ocop", "producers"] })
    },
    onError: (e: Error) => toast.error(t.failed, { description: e.message }),
  })

  return (
    <Container className="divide-y p-0" data-testid="ocop-producers">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">{t.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t.subtitle}
          </Text>
        </div>
        <Select value={status} onValueChange={(v) => setStatus(v as ApprovalStatus)}>
          <Select.Trigger className="w-56" data-testid="ocop-producers-status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {(Object.keys(t.status) as ApprovalStatus[]).map((s) => (
              <Select.Item key={s} value={s}>
                {t.status[s]}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {!isLoading && !data?.producers.length ? (
        <Text className="px-6 py-8 text-ui-fg-subtle">{t.empty}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t.name}</Table.HeaderCell>
              <Table.HeaderCell>{t.registration}</Table.HeaderCell>
              <Table.HeaderCell>{t.place}</Table.HeaderCell>
              <Table.HeaderCell>{t.contact}</Table.HeaderCell>
              <Table.HeaderCell>{t.actions}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.producers ?? []).map((p) => (
              <Table.Row key={p.id} data-testid="ocop-producer-row" data-producer-id={p.id}>
                <Table.Cell>
                  <div className="flex flex-col gap-1 py-2">
                    <Text weight="plus">{p.name}</Text>
                    <div className="flex gap-2">
                      <Badge size="2xsmall" color={COLOR[p.approval_status]}>
                        {t.status[p.approval_status]}
                      </Badge>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {p.type}
                      </Text>
                    </div>
                    {p.rejection_reason && (
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        {p.rejection_reason}
                      </Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>{[p.tax_code, p.business_registration_number].filter(Boolean).join(" / ")}</Table.Cell>
                <Table.Cell>{[p.commune, provinceName(p.province_code) ?? p.province_code].filter(Boolean).join(", ")}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Text size="small">{p.phone}</Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      {p.members?.find((m) => m.role === "owner")?.email ?? p.email}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col gap-2 py-2">
                    <Input
                      size="small"
                      placeholder={t.reason}
                      value={reasons[p.id] ?? ""}
                      onChange={(e) => setReasons((r) => ({ ...r, [p.id]: e.target.value }))}
                      data-testid="ocop-producer-reason"
                    />
                    <div className="flex gap-2">
                      {producerDecisionsFrom(p.approval_status).map((d) => (
                        <Button
                          key={d}
                          size="small"
                          variant={d === "approve" ? "primary" : "secondary"}
                          disabled={decide.isPending || (d !== "approve" && !reasons[p.id])}
                          onClick={() => decide.mutate({ id: p.id, decision: d })}
                          data-testid={`ocop-producer-${d}`}
                        >
                          {t[d]}
                        </Button>
                      ))}
                    </div>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chủ thể OCOP", icon: Users })

export default OcopProducersPage
