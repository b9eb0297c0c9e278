import type { AddressInfo } from "node:net"
import { ContainerRegistrationKeys, EventPriority, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/runner"
import { formatVnd } from "@ocop/domain"
import { type ParsedMail, simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import { cartReadyToComplete } from "../helpers/checkout"
import { demoProduct, seedDemoCatalogue } from "../helpers/demo-catalogue"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"

jest.setTimeout(180 * 1000)

const SHOPPER = "nguoi-mua@example.vn"
const PRODUCER_EMAIL = "luan-nghiep@example.vn"
const DEMO_ID = "HT05" // Nước mắm Luận Nghiệp

/** A real SMTP server in this process: what the backend's SMTP provider delivers lands in `inbox`. */
const inbox: ParsedMail[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        inbox.push(mail)
        callback()
      })
      .catch(callback)
  },
})

const addressed = (to: string) => inbox.filter((m) => [m.to].flat().some((a) => a?.text.includes(to)))

async function until<T>(read: () => T | undefined | false | Promise<T | undefined | false>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = await read()
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

// before the runner's own beforeAll loads medusa-config.ts: the provider reads SMTP_URL there
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve))
  const { port } = smtp.server.address() as AddressInfo
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
  process.env.SMTP_FROM = "OCOP Market <no-reply@ocop.test>"
})
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

integrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    it("a COD order e-mails the shopper and the producer in Vietnamese, once even when the event is redelivered", async () => {
      const container = getContainer()
      const { storeHeaders, regionId } = await seedDemoCatalogue(container)
      const product = await demoProduct(container, DEMO_ID)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: owners } = await query.graph({ entity: "product", fields: ["producer.id"], filters: { id: product.id } })
      const producerId = (owners[0] as any).producer.id
      const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
      await producers.updateProducers({ id: producerId, email: PRODUCER_EMAIL })

      const cartId = await cartReadyToComplete(api, storeHeaders, regionId, product.variants[0].id, "pp_cod_ocop")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, { headers: storeHeaders })
      expect(data.type).toBe("order")
      const order = data.order
      const orderNo = `#${order.display_id}`
      const line = order.items[0]

      const [toShopper] = await until(() => addressed(SHOPPER).length > 0 && addressed(SHOPPER), "the shopper's e-mail")
      expect(toShopper.subject).toBe(`OCOP Market: đã nhận đơn hàng ${orderNo}`)
      expect(toShopper.from?.text).toContain("no-reply@ocop.test")
      expect(toShopper.text).toContain(`Mã đơn hàng: ${orderNo}`)
      expect(toShopper.text).toContain(`Tổng cộng: ${formatVnd(Number(order.total))}`)
      expect(toShopper.text).toContain(line.title)
      expect(toShopper.html).toContain("Cảm ơn bạn đã đặt hàng!")

      const [toProducer] = await until(() => addressed(PRODUCER_EMAIL).length > 0 && addressed(PRODUCER_EMAIL), "the producer's e-mail")
      expect(toProducer.subject).toContain(`đơn hàng mới ${orderNo}`)
      expect(toProducer.text).toContain(`Tiền hàng của quý chủ thể: ${formatVnd(Number(line.unit_price) * Number(line.quantity))}`)
      expect(toProducer.text).toContain("Người nhận: Nguyễn Lan, Hà Tĩnh")
      expect(toProducer.html).toContain("Bạn có đơn hàng mới")

      // the event delivered again (a retry after a crash, a second worker): no second message. With
      // the priority Medusa's checkout gives it, so it is not queued behind the seed's events.
      const eventBus = container.resolve(Modules.EVENT_BUS) as any
      await eventBus.emit({ name: "order.placed", data: { id: order.id } }, { priority: EventPriority.CRITICAL })
      // handled once the event bus's queue (BullMQ, removeOnComplete) no longer holds this order's job
      const pending = async () =>
        (await eventBus.queue_.getJobs(["waiting", "active", "prioritized", "delayed"])).filter(
          (job: any) => job?.name === "order.placed" && job.data?.data?.id === order.id
        ).length
      await until(async () => (await pending()) === 0, "the redelivered event to be handled", 30_000)
      expect(addressed(SHOPPER)).toHaveLength(1)
      expect(addressed(PRODUCER_EMAIL)).toHaveLength(1)
      const recorded = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: [SHOPPER, PRODUCER_EMAIL], channel: "email" })
      expect(recorded.map((n: any) => n.status)).toEqual(["success", "success"])
    })
  },
})
