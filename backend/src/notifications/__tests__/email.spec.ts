import { MissingSmtpConfigError, smtpNotificationOptions } from "../../modules/notification-smtp/config"
import { renderEmail } from "../templates"

describe("e-mail templates", () => {
  it("renders Vietnamese subject, HTML and text with VND amounts", () => {
    const email = renderEmail("order-new-producer", {
      display_id: 42,
      producer_name: "HTX Nước mắm Luận Nghiệp",
      items: [{ title: "Nước mắm cá cơm 500 ml", quantity: 2, unit_price: 125000, total: 250000 }],
      item_total: 250000,
      customer: { name: "Nguyễn Lan", city: "Hà Tĩnh" },
    })
    expect(email.subject).toBe("OCOP Market: đơn hàng mới #42 cho HTX Nước mắm Luận Nghiệp")
    expect(email.text).toContain("Tiền hàng của quý chủ thể: 250.000\u00A0₫")
    expect(email.html).toContain('<td style="border-bottom:1px solid #eeece2;padding:6px 4px">125.000\u00A0₫</td>')
  })

  it("escapes what comes from data and keeps headers on one line", () => {
    const email = renderEmail("producer-approval", {
      producer_name: 'Cơ sở <script>alert("x")</script>\r\nBcc: someone@example.com',
      approval_status: "rejected",
      reason: "Thiếu <b>giấy phép</b>",
    })
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&lt;script&gt;")
    expect(email.html).toContain("Thiếu &lt;b&gt;giấy phép&lt;/b&gt;")
    expect(email.text).not.toMatch(/\r|\nBcc/)
  })

  it("refuses an unknown template rather than sending a blank message", () => {
    expect(() => renderEmail("no-such-template", {})).toThrow(/Unknown e-mail template/)
  })
})

describe("SMTP configuration", () => {
  it("sends over SMTP_URL when set", () => {
    expect(smtpNotificationOptions({ NODE_ENV: "production", SMTP_URL: "smtp://mail:25", SMTP_FROM: "OCOP <a@b.vn>" })).toEqual({
      url: "smtp://mail:25",
      from: "OCOP <a@b.vn>",
    })
  })

  it("keeps messages in an outbox folder in development, or where EMAIL_OUTBOX_DIR says", () => {
    expect(smtpNotificationOptions({}, "/srv/backend").outbox_dir).toBe("/srv/backend/.data/outbox")
    expect(smtpNotificationOptions({ NODE_ENV: "production", EMAIL_OUTBOX_DIR: "/tmp/mails" }).outbox_dir).toBe("/tmp/mails")
  })

  it("fails closed outside development without SMTP_URL or SMTP_FROM, naming the variable", () => {
    expect(() => smtpNotificationOptions({ NODE_ENV: "production" })).toThrow(MissingSmtpConfigError)
    expect(() => smtpNotificationOptions({ NODE_ENV: "production" })).toThrow(/SMTP_URL is not set/)
    expect(() => smtpNotificationOptions({ NODE_ENV: "production", SMTP_URL: "smtp://mail:25" })).toThrow(/SMTP_FROM is not set/)
  })
})
