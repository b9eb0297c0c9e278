import { formatVnd, viDate } from "@ocop/domain"
import { layout, oneLine, type RenderedEmail } from "./render"

/**
 * The Vietnamese e-mails of the marketplace, by the `template` name a notification carries. The
 * SMTP provider renders `notification.template` with `notification.data`; the subscribers and
 * workflows that create notifications pass the data each template reads below.
 */
export const EMAIL_TEMPLATES = {
  /** to the shopper: the order was received (confirm-order-placed workflow) */
  orderPlaced: "order-placed",
  /** to a producer: an order holds its lines */
  orderNewForProducer: "order-new-producer",
  /** to the shopper: the order was cancelled */
  orderCanceled: "order-canceled",
  /** to a producer: a certificate of its product ends soon */
  certificateExpiring: "certificate-expiring",
  /** to a producer: the office approved, rejected or suspended it */
  producerApproval: "producer-approval",
  /** to a new member of a producer: the invitation link (invite-producer-member workflow) */
  producerMemberInvite: "producer-member-invite",
  /** to new counter staff: the invitation link (create-retail-staff workflow) */
  retailStaffInvite: "retail-staff-invite",
} as const

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[keyof typeof EMAIL_TEMPLATES]

type Line = { title: string; quantity: number; unit_price?: number | null; total?: number | null }

export type OrderPlacedData = { display_id: number | string; total: number; items?: Line[]; customer_name?: string | null }
export type OrderForProducerData = {
  display_id: number | string
  producer_name: string
  items: Line[]
  item_total: number
  customer?: { name?: string | null; city?: string | null } | null
}
export type OrderCanceledData = { display_id: number | string; total: number; items?: Line[] }
export type CertificateExpiringData = {
  producer_name?: string | null
  product_title?: string | null
  verification_code: string
  ends_on: string
  days_left: number
}
export type InviteData = { url: string; expires_at: string | Date; name?: string | null; point_name?: string | null }
export type ProducerApprovalData = { producer_name: string; approval_status: string; reason?: string | null }

const vnd = (amount: unknown) => formatVnd(Number(amount))
const orderNo = (d: { display_id: number | string }) => `#${oneLine(d.display_id)}`

function lineTable(items: Line[] | undefined, withPrices: boolean) {
  const lines = items ?? []
  if (!lines.length) return undefined
  return withPrices
    ? {
        head: ["Sản phẩm", "SL", "Đơn giá", "Thành tiền"],
        rows: lines.map((l) => [
          oneLine(l.title),
          String(l.quantity),
          l.unit_price == null ? "" : vnd(l.unit_price),
          vnd(l.total ?? Number(l.unit_price ?? 0) * l.quantity),
        ]),
      }
    : { head: ["Sản phẩm", "Số lượng"], rows: lines.map((l) => [oneLine(l.title), String(l.quantity)]) }
}

function orderPlaced(d: OrderPlacedData): RenderedEmail {
  const subject = `OCOP Market: đã nhận đơn hàng ${orderNo(d)}`
  return {
    subject,
    ...layout({
      title: `Cảm ơn bạn đã đặt hàng! Đơn hàng ${orderNo(d)}`,
      intro: [
        `Chào ${oneLine(d.customer_name) || "bạn"}, OCOP Market đã nhận đơn hàng ${orderNo(d)} của bạn.`,
        "Các chủ thể OCOP sẽ xác nhận và chuẩn bị hàng; chúng tôi sẽ báo cho bạn khi hàng được giao cho đơn vị vận chuyển.",
      ],
      table: lineTable(d.items, false),
      rows: [
        { label: "Mã đơn hàng", value: orderNo(d) },
        { label: "Tổng cộng", value: vnd(d.total) },
      ],
      after: ["Nếu bạn chọn thanh toán khi nhận hàng (COD), vui lòng chuẩn bị đúng số tiền trên khi nhận hàng."],
    }),
  }
}

function orderNewForProducer(d: OrderForProducerData): RenderedEmail {
  const customer = [oneLine(d.customer?.name), oneLine(d.customer?.city)].filter(Boolean).join(", ")
  return {
    subject: `OCOP Market: đơn hàng mới ${orderNo(d)} cho ${oneLine(d.producer_name)}`,
    ...layout({
      title: `Bạn có đơn hàng mới ${orderNo(d)}`,
      intro: [
        `Kính gửi ${oneLine(d.producer_name)}, một khách hàng vừa đặt sản phẩm của quý chủ thể trên OCOP Market.`,
        "Vui lòng vào cổng nhà sản xuất để xác nhận và chuẩn bị giao hàng.",
      ],
      table: lineTable(d.items, true),
      rows: [
        { label: "Mã đơn hàng", value: orderNo(d) },
        ...(customer ? [{ label: "Người nhận", value: customer }] : []),
        { label: "Tiền hàng của quý chủ thể", value: vnd(d.item_total) },
      ],
    }),
  }
}

function orderCanceled(d: OrderCanceledData): RenderedEmail {
  return {
    subject: `OCOP Market: đơn hàng ${orderNo(d)} đã bị hủy`,
    ...layout({
      title: `Đơn hàng ${orderNo(d)} đã bị hủy`,
      intro: [
        `Đơn hàng ${orderNo(d)} (${vnd(d.total)}) đã được hủy.`,
        "Nếu bạn đã thanh toán trước, khoản tiền sẽ được hoàn lại theo phương thức bạn đã dùng.",
      ],
      table: lineTable(d.items, false),
      after: ["Nếu bạn không yêu cầu hủy đơn này, vui lòng liên hệ OCOP Market."],
    }),
  }
}

function certificateExpiring(d: CertificateExpiringData): RenderedEmail {
  const product = oneLine(d.product_title) || oneLine(d.verification_code)
  return {
    subject: `OCOP Market: chứng nhận OCOP của «${product}» hết hạn sau ${d.days_left} ngày`,
    ...layout({
      title: `Chứng nhận OCOP sắp hết hạn`,
      intro: [
        `Kính gửi ${oneLine(d.producer_name) || "quý chủ thể"}, chứng nhận OCOP của sản phẩm «${product}» hết hiệu lực vào ngày ${viDate(d.ends_on)} (còn ${d.days_left} ngày).`,
        "Hồ sơ đánh giá lại nộp trong khoảng từ 180 đến 120 ngày trước khi hết hạn. Khi chứng nhận hết hạn, sản phẩm sẽ tạm ngừng bán trên OCOP Market.",
      ],
      rows: [
        { label: "Mã xác minh", value: oneLine(d.verification_code) },
        { label: "Hết hạn", value: viDate(d.ends_on) },
      ],
    }),
  }
}

const APPROVAL_TEXT: Record<string, { subject: string; title: string; body: string }> = {
  approved: {
    subject: "hồ sơ chủ thể đã được duyệt",
    title: "Quý chủ thể đã được duyệt bán hàng",
    body: "Văn phòng OCOP đã duyệt hồ sơ. Các sản phẩm có chứng nhận OCOP còn hiệu lực của quý chủ thể được hiển thị và bán trên OCOP Market.",
  },
  rejected: {
    subject: "hồ sơ chủ thể chưa được duyệt",
    title: "Hồ sơ chủ thể chưa được duyệt",
    body: "Văn phòng OCOP chưa duyệt hồ sơ của quý chủ thể. Sản phẩm chưa được bán trên OCOP Market.",
  },
  suspended: {
    subject: "chủ thể bị tạm ngừng bán hàng",
    title: "Quý chủ thể bị tạm ngừng bán hàng",
    body: "Văn phòng OCOP đã tạm ngừng việc bán hàng của quý chủ thể: các sản phẩm được gỡ khỏi OCOP Market và các điểm bán.",
  },
}

function producerApproval(d: ProducerApprovalData): RenderedEmail {
  const text = APPROVAL_TEXT[d.approval_status]
  if (!text) {
    throw new Error(`No producer approval e-mail for the status ${d.approval_status}`)
  }
  return {
    subject: `OCOP Market: ${text.subject}`,
    ...layout({
      title: text.title,
      intro: [`Kính gửi ${oneLine(d.producer_name)},`, text.body],
      rows: d.reason ? [{ label: "Lý do", value: oneLine(d.reason) }] : [],
      after: ["Mọi thắc mắc xin liên hệ Văn phòng Điều phối OCOP của tỉnh."],
    }),
  }
}

/** A moment as people in Việt Nam read it: "14:05 07/12/2026". */
function viDateTime(value: string | Date): string {
  return new Date(value).toLocaleString("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    hour: "2-digit",
    minute: "2-digit",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  })
}

function producerMemberInvite(d: InviteData): RenderedEmail {
  return {
    subject: "OCOP Market: lời mời tham gia chủ thể OCOP",
    ...layout({
      title: "Lời mời tham gia cổng nhà sản xuất",
      intro: ["Bạn được mời làm thành viên của một chủ thể OCOP trên OCOP Market.", `Mở liên kết sau để tạo tài khoản: ${oneLine(d.url)}`],
      rows: [{ label: "Hết hạn lúc", value: viDateTime(d.expires_at) }],
      after: ["Nếu bạn không chờ lời mời này, hãy bỏ qua thư."],
    }),
  }
}

function retailStaffInvite(d: InviteData): RenderedEmail {
  return {
    subject: "OCOP Market: lời mời làm nhân viên quầy",
    ...layout({
      title: "Lời mời làm nhân viên quầy",
      intro: [
        `Chào ${oneLine(d.name) || "bạn"}, bạn được mời bán hàng tại ${oneLine(d.point_name) || "một điểm bán OCOP"}.`,
        `Mở liên kết sau để đặt mật khẩu: ${oneLine(d.url)}`,
      ],
      rows: [{ label: "Hết hạn lúc", value: viDateTime(d.expires_at) }],
      after: ["Nếu bạn không chờ lời mời này, hãy bỏ qua thư."],
    }),
  }
}

const RENDERERS: Record<EmailTemplate, (data: any) => RenderedEmail> = {
  [EMAIL_TEMPLATES.orderPlaced]: orderPlaced,
  [EMAIL_TEMPLATES.orderNewForProducer]: orderNewForProducer,
  [EMAIL_TEMPLATES.orderCanceled]: orderCanceled,
  [EMAIL_TEMPLATES.certificateExpiring]: certificateExpiring,
  [EMAIL_TEMPLATES.producerApproval]: producerApproval,
  [EMAIL_TEMPLATES.producerMemberInvite]: producerMemberInvite,
  [EMAIL_TEMPLATES.retailStaffInvite]: retailStaffInvite,
}

/** The message of a template with its data; an unknown template is an error (never a blank e-mail). */
export function renderEmail(template: string, data: Record<string, unknown> | null | undefined): RenderedEmail {
  const render = RENDERERS[template as EmailTemplate]
  if (!render) {
    throw new Error(`Unknown e-mail template "${template}" (known: ${Object.keys(RENDERERS).join(", ")})`)
  }
  return render(data ?? {})
}
